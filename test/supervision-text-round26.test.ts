/**
 * Issue 22, round 26 (s22-acc28): child focus's false alarms on writing from outside the project.
 * Two changes. The model's own finding of child focus on a long record (LONG_RECORD tokens or more)
 * must clear FOCUS_MARGIN rather than 0: word weights add up over a record, so a long record's sum
 * leans towards "present" by its length, and held out the long records' false alarms sat just over
 * 0. And a room named as the children's ("children's bedroom not improved", "damp in the
 * children's bedroom") is a word of the lexicon's `topic` class: the home described, not what a
 * child said, felt or did, so it does not make the lexicon's finding stand. Every record here is
 * new, written for this test; the margin is checked on a model made for it, so the figures are known.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import type { ModelFile } from '../rules/lib/supervisionModel.js';
import { FOCUS_MARGIN, LONG_RECORD } from '../rules/lib/supervisionStanding.js';

/** A model whose only weight is `w` on the word "heron", and a bias of `bias`: a record's sum is known. */
const model = (bias: number, w: number): ModelFile => ({
  description: 'test',
  training: {},
  criteria: { childFocus: { bias, weights: { heron: w }, vetoes: true } },
});
/** A record of about `n` tokens holding "heron" once and no child-focus phrase. */
const record = (n: number): string => `A heron was noted. ${'Paperwork checked and filed. '.repeat(Math.ceil(n / 4))}`;

describe('the model alone on a long record (round 26)', () => {
  const lex = loadLexicon();

  it('keeps the margin at 0.5 from 80 tokens, as chosen held out', () => {
    expect(FOCUS_MARGIN).toBe(0.5);
    expect(LONG_RECORD).toBe(80);
  });

  it('finds child focus on a short record whose sum is just over 0, not on a long one', () => {
    const scorer = createScorer(lex, model(-1, 1.3)); // sum 0.3: over 0, under the margin
    expect(scorer.scoreRecord(record(20), null).childFocus).toBe(true);
    expect(scorer.scoreRecord(record(120), null).childFocus).toBe(false);
    expect(scorer.weigh(record(120), null).get('childFocus')!.present).toBe(false);
  });

  it('finds it on a long record whose sum clears the margin', () => {
    const scorer = createScorer(lex, model(-1, 1.7)); // sum 0.7
    expect(scorer.scoreRecord(record(120), null).childFocus).toBe(true);
  });

  it('takes nothing the lexicon found and may keep by itself: the margin is for the model alone', () => {
    const scorer = createScorer(lex, model(-1, 0)); // sum -1, words weigh 0 (not against)
    const text = `Mia (7) told me she is scared of the dark and wants the landing light left on. ${record(120)}`;
    expect(scorer.scoreRecord(text, null).childFocus).toBe(true);
  });
});

describe("the children's room as the home described (round 26)", () => {
  const scorer = createScorer(loadLexicon());
  const HOME =
    "Supervision 12/01. Home conditions: hallway clear, kitchen partly clear, the children's bedroom unchanged. Mum has started talking therapies. Actions: SW to confirm the charity's sessions by Friday 22/01; environmental health reinspection booked for 14/01, SW to attend.";
  const CHILD =
    'Supervision 12/01. Jack (9) has been sleeping in his room again and told me he likes the new bed because it is warm. Actions: SW to visit by Friday 22/01.';

  it('lets the model decide on a room described with the house, and it finds no child focus', () => {
    const why = scorer.explain(HOME, null);
    expect(why.childFocus).toEqual(["the children's bedroom"]);
    expect(why.alone).toBe('topic');
    expect(scorer.scoreRecord(HOME, null).childFocus).toBe(false);
  });

  it('still finds what a child said or did in their room', () => {
    expect(scorer.scoreRecord(CHILD, null).childFocus).toBe(true);
  });
});
