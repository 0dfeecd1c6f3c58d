/**
 * Issue 22, round 30 (s22-acc33): child focus's false alarms on writing from outside the project.
 * Two kinds. Text under a child's-voice heading that names the child and only points elsewhere
 * ("Dawit - see pathway plan", "Hollie - voice gathered by CAMHS", "Reuben observed - see nursery
 * report", "Rose - to be observed at next visit") says nothing of the child: no heading credit,
 * and its words are not read (supervisionPointer, the lexicon's `pointers`). And abbreviated
 * weekdays and two roles ("Fri", "Sat", "Tues", "Keyworker", "Provider") are never names, so
 * "Fri sat" and "Provider says" are no child doing or saying something. Every record here is new,
 * written for this test, scored with the project's lexicon and model.
 */
import { describe, expect, it } from 'vitest';
import { pointsElsewhere } from '../rules/lib/supervisionPointer.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const lex = loadLexicon();
const scorer = createScorer(lex);
const heading = (under: string): string => `Child's voice: ${under}\nAnalysis: N/A`;

describe("a child's-voice heading that names the child and points elsewhere (round 30)", () => {
  it.each([
    'Dawit - see pathway plan.',
    'Leo (6) - see SW visit note',
    'Isla and Reuben - see Cafcass wishes & feelings.',
    'Tomi, Ada, Femi - see last record',
    'Hollie - voice gathered by CAMHS.',
    'Reuben observed - see nursery report.',
    'Rose - to be observed at next visit.',
    "see Becca's Safe Seas notes",
  ])('reads "%s" as a pointer and finds no child focus in it', (under) => {
    expect(pointsElsewhere(lex, under)).toBe(true);
    expect(scorer.explain(heading(under), null).childFocus).toEqual([]);
    expect(scorer.scoreRecord(heading(under), null).childFocus).toBe(false);
  });

  it.each([
    'Dawit told me he is scared of the interview.',
    'Dawit - see pathway plan. He told me he is scared of the interview.',
    'Tia - see below. She said she wants to stay with nan.',
    'Leo (6) said he wants to see dad more.',
  ])('reads "%s" as the child\'s voice', (under) => {
    expect(pointsElsewhere(lex, under)).toBe(false);
    expect(scorer.scoreRecord(heading(under), null).childFocus).toBe(true);
  });

  it('reads only a short text as a pointer', () => {
    expect(pointsElsewhere(lex, `Dawit - see ${'the pathway plan and the assessment, '.repeat(3)}`)).toBe(false);
  });
});

describe('abbreviated weekdays and roles are not names (round 30)', () => {
  it.each([
    'Contact moved to Fri. Sat stays with dad as agreed at the core group, no change to the plan.',
    'Provider says the placement is stable and there have been no incidents reported this month.',
  ])('finds no child doing or saying something in "%s"', (text) => {
    expect(scorer.explain(text, null).childFocus).toEqual([]);
  });

  it('still reads a child named in the same record', () => {
    const text = 'Contact moved to Fri. Maya (7) told me she misses dad and wants to see him on Sat.';
    expect(scorer.scoreRecord(text, null).childFocus).toBe(true);
  });
});
