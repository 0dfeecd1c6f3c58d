/**
 * Issue 22, round 16 (s22-acc16): action precision. Writers from outside the project do not count a
 * decision reported with the date it was made ("step down agreed at the CIN review on 21/1"), nor a
 * strategy meeting with the day it is or was held, as an action with a timescale: the date is the
 * meeting's, and nobody is given a task. "Agreed" opening
 * what was agreed, or with a task word before the date, still sets one. Every sentence here is new,
 * written for this test, not a corpus record.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const actions = (t: string) => scorer.scoreRecord(t, null).actions;

describe('actions: "agreed" with a bare date', () => {
  it('a decision reported with the date it was made is not a task', () => {
    expect(actions('Closure to Early Help agreed at the review meeting 14/3.')).toBe(false);
    expect(actions('Contact plan agreed with the carers 02/02, working well so far.')).toBe(false);
    expect(actions('Respite package – agreed 9/5.')).toBe(false);
  });

  it('what was agreed, opened by "agreed" or tied to its date by a task word, is still an action', () => {
    expect(actions('Agreed: SW to visit grandparents 14/3.')).toBe(true);
    expect(actions('Agreed family meeting 20/4, SW to chair.')).toBe(true);
    expect(actions('We agreed the SW will see both children before 12/3.')).toBe(true);
    expect(actions('It was agreed that the referral would be made by 3/6.')).toBe(true);
    expect(actions('Mum agreed to ring the school 4/4.')).toBe(true);
  });
});

describe('actions: a meeting named with its day', () => {
  it('a strategy meeting with the bare day it is or was held is not a task', () => {
    expect(actions('Strategy meeting held 7/2, outcome s47 with police lead.')).toBe(false);
    expect(actions('Strategy meeting 3/3: threshold met, single agency.')).toBe(false);
    expect(actions('Strategy meeting held Wednesday, police lead.')).toBe(false);
  });

  it('one still to be held within a time, for a date or tomorrow is', () => {
    expect(actions('Strategy meeting within 2 working days.')).toBe(true);
    expect(actions('Strategy meeting to be convened for 18/2.')).toBe(true);
    expect(actions('Strategy meeting tomorrow with police and school.')).toBe(true);
  });
});

describe('actions: "due" that is no task\'s due date', () => {
  it('"due to" gives a cause, and a baby due is a birth', () => {
    expect(actions('Final hearing moved to 9/6 due to the judge being unwell.')).toBe(false);
    expect(actions('Baby due 14/4, mum attending antenatal appointments.')).toBe(false);
  });

  it('a report or assessment due on a date is still one', () => {
    expect(actions('Parenting assessment due 14/4.')).toBe(true);
    expect(actions('Reflective log due 3/5.')).toBe(true);
  });
});
