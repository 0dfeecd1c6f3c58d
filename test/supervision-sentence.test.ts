/**
 * Issue 22: the model's sentence features (rules/lib/supervisionSentence.ts). A sentence's word
 * classes (hedge, reason, judgement of risk, I/we, contrast, change over time) are ORed over its
 * words, and the record counts the sentences holding each class and each pair; the model weighs
 * "at least one" and "at least two" such sentences, and the explanation names them in words.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { defaultModelFile } from '../rules/lib/supervisionModel.js';
import { COMBOS, describeSentenceFeature, SENTENCE_FEATURES } from '../rules/lib/supervisionSentence.js';

const lex = loadLexicon();
/** The record's sentences by combination name (1: one sentence holds it, 2: two or more), those above 0 only. */
function counts(text: string, model = defaultModelFile()): Record<string, number> {
  const { sentences } = createScorer(lex, model).modelInput(text, null);
  const n = (c: number): number => ((sentences[0]! >>> c) & 1) + ((sentences[1]! >>> c) & 1);
  return Object.fromEntries(COMBOS.map((c, i) => [c, n(i)]).filter(([, k]) => k !== 0));
}

describe('sentence features', () => {
  const text =
    'I wonder whether mum minimises because she fears losing him. However the risk remains high. Mum attended the meeting.';

  it('counts per sentence the classes its words hold, and each pair of them', () => {
    expect(counts(text)).toEqual({
      // "I wonder whether … because": I/we, a hedge and a reason in one sentence.
      hedge: 1,
      reason: 1,
      self: 1,
      'hedge+reason': 1,
      'hedge+self': 1,
      'reason+self': 1,
      // "However the risk remains": a contrast with a judgement of risk.
      judgement: 1,
      contrast: 1,
      'judgement+contrast': 1,
    });
    // Two sentences each with a hedge and a reason count twice (and three no more); words in
    // different sentences make no pair.
    expect(counts('It may be that he hides it because he is scared. Perhaps this is why he runs.')).toMatchObject({
      'hedge+reason': 2,
    });
    expect(counts('It may be so. Perhaps this is why. Possibly due to fear.')['hedge+reason']).toBe(2);
    expect(counts('It may rain. He ran because he was late.')['hedge+reason']).toBeUndefined();
  });

  it('reads a sentence the same with the model or the lexicon alone (the builder reads without it)', () => {
    expect(counts(text, null)).toEqual(counts(text));
    // A capitalised class word is still the word ("May" opening a sentence), not a name.
    expect(counts('May be linked to contact. Might explain the bruising.', null)).toEqual(
      counts('May be linked to contact. Might explain the bruising.'),
    );
  });

  it('reads a sentence’s classes as the tokeniser pushes its words: a line not judged gives none to the next', () => {
    // The classes are ORed per token and cleared where a sentence starts; a bare label ("Risk
    // because:") or a pointer under a heading is not judged, so its words must not reach the
    // sentence after it, as they did not when the classes were read from the judged tokens alone.
    expect(counts('Risk because:\nMum attended.')).toEqual({});
    expect(counts('However the risk is high:\nMum attended.')).toEqual({});
    expect(counts('Risk because of dad.\nMum attended.')).toEqual({ reason: 1, judgement: 1, 'reason+judgement': 1 });
  });

  it('has a weight in the model file per feature, and names each in words', () => {
    const weights = defaultModelFile()!.criteria.reflection!.weights;
    for (const k of SENTENCE_FEATURES) expect(k in weights, k).toBe(true);
    expect(describeSentenceFeature('<hedge+reason>')).toBe('[a sentence with a hedge and a reason]');
    expect(describeSentenceFeature('<<judgement+contrast>>')).toBe(
      '[two or more sentences with a judgement of risk and a contrast]',
    );
  });

  it('weighs in the judgement as the model file says, and the explanation names it', () => {
    const scorer = createScorer(lex);
    const weighing = scorer.weigh(text, null).get('reflection')!;
    const weights = defaultModelFile()!.criteria.reflection!.weights;
    const hedged = weighing.weighed.find((w) => w.key === '<hedge+reason>');
    expect(hedged?.weight).toBe(weights['<hedge+reason>']);
    // Only "at least one": one such sentence.
    expect(weighing.weighed.find((w) => w.key === '<<hedge+reason>>')).toBeUndefined();
  });
});
