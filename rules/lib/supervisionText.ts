/**
 * Reading supervision and management-oversight records (SPEC §4.7), one concern per module:
 * lexicon loading (supervisionLexicon), date normalising (supervisionDates), the phrase trie
 * (supervisionTrie), word interning (supervisionWords), tokenising (supervisionTokens), whether a
 * word gives a reason (supervisionReason), matching with negation (supervisionMatch), scoring
 * (supervisionScorer) and copy detection (supervisionCopy). This module is their public face.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { defaultModelFile, type ModelFile } from './supervisionModel.js';
import { SupervisionScorer } from './supervisionScorer.js';

export {
  compileLexicon,
  type CompiledLexicon,
  type Lexicon,
  lexiconSchema,
  loadLexicon,
} from './supervisionLexicon.js';
export { CRITERIA } from './supervisionTrie.js';
export { textWords } from './supervisionDates.js';
export {
  COPY_THRESHOLD,
  CopyComparer,
  jaccard,
  shingleSet,
  type Shingles,
  type TextScores,
} from './supervisionCopy.js';
export { EXPLAINED, type Explanation, type RecordScore, SupervisionScorer, TEXT_BITS } from './supervisionScorer.js';

/**
 * A scorer for a lexicon: each holds its own buffers, so two never disturb each other. With the
 * project's model (data/supervision-model.json) unless `model` is given; null for the lexicon alone.
 */
export function createScorer(lex: CompiledLexicon, model?: ModelFile | null): SupervisionScorer {
  return new SupervisionScorer(lex, model === undefined ? defaultModelFile() : model);
}
