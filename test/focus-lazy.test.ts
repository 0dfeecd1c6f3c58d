/**
 * Issue 24 (s24-score2): the sentence rule of child focus (rules/lib/supervisionFocusSentence.ts)
 * weighs a record's sentences only when its verdict is asked (takesAway), and only until one
 * reaches the floor; the verdict and the heaviest sentence (the explanation's `thin`) are what
 * weighing each sentence as it ended gave. Weights here are made up: sentence k is the one token
 * of feature k, weighing `weights[k]`.
 */
import { describe, expect, it } from 'vitest';
import { SentenceFocus, SentenceWeigher } from '../rules/lib/supervisionFocusSentence.js';
import { loadLexicon } from '../rules/lib/supervisionText.js';
import type { WordInfo } from '../rules/lib/supervisionWords.js';

const lex = loadLexicon();

/** A focus over one-token sentences of the given weights; `calls()`: how many sentences were weighed. */
function focusOf(weights: readonly number[], minSentences: number, floor: number) {
  const w = new SentenceWeigher(
    { minSentences, floor },
    { words: Float64Array.from(weights), bigrams: new Float64Array(1), sentences: new Float64Array(64) },
    () => -1,
  );
  let calls = 0;
  const weigh = w.weigh.bind(w);
  w.weigh = (...args) => {
    calls++;
    return weigh(...args);
  };
  const focus = new SentenceFocus(w, lex);
  const feats = Int32Array.from(weights, (_, k) => k);
  const toks = weights.map((_, k) => ({ word: `w${k}` }) as unknown as WordInfo);
  focus.newRecord();
  for (let k = 0; k < weights.length; k++) focus.sentence(k, k + 1, 0);
  return { focus, feats, toks, calls: () => calls };
}

describe('the sentence rule of child focus, weighed on demand', () => {
  it('weighs nothing as sentences end, and stops at the first sentence over the floor', () => {
    const { focus, feats, calls } = focusOf([0.2, 1.5, 0.3, 0.1], 3, 1);
    expect(calls()).toBe(0);
    expect(focus.takesAway(feats)).toBe(false);
    expect(focus.thinned).toBe(false);
    expect(calls()).toBe(2);
  });

  it('takes child focus away when every sentence is under the floor, naming the first heaviest', () => {
    const { focus, feats, toks, calls } = focusOf([0.2, 0.7, 0.7, 0.1], 3, 1);
    expect(focus.takesAway(feats)).toBe(true);
    expect(focus.thinned).toBe(true);
    expect(calls()).toBe(4);
    expect(focus.nearest(toks)).toBe('w1');
  });

  it('weighs nothing on a record of fewer sentences than the rule needs', () => {
    const { focus, feats, calls } = focusOf([0.2, 0.3], 3, 1);
    expect(focus.takesAway(feats)).toBe(false);
    expect(calls()).toBe(0);
  });

  it('keeps every sentence of a long record (past the first 64) for its verdict', () => {
    const weights = Array.from({ length: 100 }, (_, k) => (k === 70 ? 0.9 : 0.01 * (k % 50)));
    const under = focusOf(weights, 8, 1);
    expect(under.focus.takesAway(under.feats)).toBe(true);
    expect(under.focus.nearest(under.toks)).toBe('w70');
    const over = focusOf(
      weights.map((x, k) => (k === 99 ? 1.2 : x)),
      8,
      1,
    );
    expect(over.focus.takesAway(over.feats)).toBe(false);
    expect(over.calls()).toBe(100);
  });

  it('starts each record afresh', () => {
    const { focus, feats, calls } = focusOf([0.2, 0.3, 0.1], 3, 1);
    focus.newRecord();
    focus.sentence(0, 1, 0);
    expect(focus.takesAway(feats)).toBe(false);
    expect(calls()).toBe(0);
  });
});
