/**
 * Issue 22, round 14 (s22-acc14): what writers outside the project wrote that the scorer missed
 * (outside24-27), fixed by structure: a review or rationale heading after a full stop on the same
 * line, the grounds of a decision under "Reasons:", a short weighed verdict or a doubt named, and a
 * pre-birth record naming the baby by its mother. Every sentence here is new, written for this test,
 * not a corpus record; each test holds a kind and its near misses.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const lexOnly = createScorer(loadLexicon(), null);
const score = (t: string) => scorer.scoreRecord(t, null);

describe('a review heading after a full stop on the same line', () => {
  it('credits what became of the last actions, and the explanation names the heading', () => {
    const t = 'Visited Ellis at home, calm and chatty. Previous actions: school meeting - held 2/3; GP letter - sent.';
    expect(lexOnly.scoreRecord(t, null).reviewsPrevious).toBe(true);
    expect(scorer.explain(t, null).reviewsPrevious).toContain('text under the heading "Previous actions"');
    expect(lexOnly.scoreRecord('Mum tired. Prev: housing form - approved last week.', null).reviewsPrevious).toBe(true);
  });

  it('not a review: the word without its colon, a heading naming only the meeting with nothing become of it', () => {
    expect(lexOnly.scoreRecord('Mum tired. Previous workers found her hard to reach.', null).reviewsPrevious).toBe(
      false,
    );
    expect(
      lexOnly.scoreRecord('Mum tired. Previous: the family moved here from Kent in 2019.', null).reviewsPrevious,
    ).toBe(false);
  });
});

describe('the grounds of a decision under a rationale heading', () => {
  it('at a line start or after a full stop, with enough written under it', () => {
    expect(
      lexOnly.scoreRecord('TM: Agree step down. Reasons: three clean reviews, nursery happy, dad engaging.', null)
        .reflection,
    ).toBe(true);
    expect(
      lexOnly.scoreRecord(
        'Decision: close.\nRationale: three reviews in a row with the plan holding and school happy.',
        null,
      ).reflection,
    ).toBe(true);
    expect(scorer.explain('Agree NFA. Reason: one incident only and parents sought help.', null).reflection).toContain(
      'text under the heading "Reason"',
    );
  });

  it('not reflection: a reason too short to weigh anything, or a reason for a referral', () => {
    expect(lexOnly.scoreRecord('Visit missed. Reason: mum unwell.', null).reflection).toBe(false);
    expect(lexOnly.scoreRecord('Reason for referral: police notification.', null).reflection).toBe(false);
  });
});

describe('reflection: a short weighed verdict, the main worry named, a doubt said', () => {
  it('finds them', () => {
    expect(score('The silence at contact is the biggest worry for me.').reflection).toBe(true);
    expect(score("I'm not sure what to make of dad's sudden interest in the plan.").reflection).toBe(true);
    expect(score('Too early to say whether the new routine will last.').reflection).toBe(true);
    expect(score("I'm cautiously optimistic about the move to the aunt's.").reflection).toBe(true);
    expect(score('The hypothesis about the older brother looks stronger after this week.').reflection).toBe(true);
    expect(score('Attendance is the barrier here, not ability.').reflection).toBe(true);
  });

  it('a threshold verdict counts only with its reason', () => {
    expect(lexOnly.scoreRecord('Threshold not met.', null).reflection).toBe(false);
    expect(
      lexOnly.scoreRecord('Threshold not met because the injury has a consistent explanation from the GP.', null)
        .reflection,
    ).toBe(true);
  });
});

describe('child focus: a pre-birth record names the baby by its mother', () => {
  it("the mother's words after 'baby of' are an adult's", () => {
    expect(
      lexOnly.scoreRecord('Unborn baby of Jodie Marsh (EDD 2/4). Jodie said she will keep every appointment.', null)
        .childFocus,
    ).toBe(false);
  });

  it('still the child when the child is named', () => {
    expect(lexOnly.scoreRecord('Baby Lena (3 weeks) fed well and settled in my arms.', null).childFocus).toBe(true);
  });
});
