/**
 * The supervision model's data (issue 22): what the builder reads of a record (SupervisionScorer
 * modelInput), the model file it writes (data/supervision-model.json, bench/buildSupervisionModel.ts),
 * and the project's file read once. Apart from the scorer and the model so that each stays small.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/engine/paths.js';
import type { SentenceRule } from './supervisionFocusSentence.js';
import type { ModelCriterion } from './supervisionModel.js';

/** A word as the model reads it. */
export interface WordInput {
  word: string;
  slots: number;
}
/** What the model reads of a record: the lexicon's evidence bits, the words, and the sentence combinations seen once and twice (addSentence). */
export interface ModelInput {
  evidence: number;
  words: WordInput[];
  sentences: number[];
}

export interface CriterionWeights {
  bias: number;
  /** By evidence name, word key ("<name>", "<num>", "<date>" for the folded kinds) or "word word" bigram. */
  weights: Record<string, number>;
}
export interface CriterionModel extends CriterionWeights {
  /** Whether the model may take away what the lexicon found (else it can only add what the lexicon missed). */
  vetoes: boolean;
  /** Child focus only (round 34, supervisionFocusSentence): the sentence-level judgement, when the builder sets one. */
  sentenceRule?: SentenceRule;
}
export interface ModelFile {
  description: string;
  /** How the weights were chosen (regularisation, minimum document frequency), for the reader. */
  training: Record<string, unknown>;
  criteria: Partial<Record<ModelCriterion, CriterionModel>>;
}

let defaultFile: ModelFile | null | undefined;

/** The project's model (data/supervision-model.json), read once; null when the file is absent. */
export function defaultModelFile(): ModelFile | null {
  if (defaultFile === undefined) {
    try {
      defaultFile = JSON.parse(readFileSync(dataPath('supervision-model.json'), 'utf8')) as ModelFile;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      defaultFile = null;
    }
  }
  return defaultFile;
}
