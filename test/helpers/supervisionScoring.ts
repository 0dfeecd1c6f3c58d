/**
 * What the supervision round tests ask of one record or a pair: the scorer with the committed
 * lexicon and model, whether a record has an action with a timescale, and which earlier item a
 * record says became of (followUp's item, or null).
 */
import { followUp } from '../../rules/lib/supervisionFollowUp.js';
import { defaultModelFile, type ModelFile } from '../../rules/lib/supervisionModel.js';
import { createScorer, loadLexicon } from '../../rules/lib/supervisionText.js';

export const scorer = createScorer(loadLexicon());

export const actions = (text: string, box: string | null = null): boolean => scorer.scoreRecord(text, box).actions;

export const follows = (previous: string, text: string): string | null =>
  followUp([previous, null], [text, null])?.item ?? null;

/** The committed model file, changed by `edit` (a copy): the rounds' checks under weakened weights. */
export function editedModel(edit: (file: ModelFile) => void): ModelFile {
  const file = structuredClone(defaultModelFile()!);
  edit(file);
  return file;
}
