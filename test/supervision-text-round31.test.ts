/**
 * Issue 22, round 31 (s22-acc34): child focus's misses on writing from outside the project, then
 * reflection and actions, by kind: a written date closing a task's sentence that ran the task on
 * into the child's next sentence; a baby's or a non-verbal child's observed behaviour and
 * communication aids; a change in what the child does ("no longer", "stopped"); the child's own
 * account; hedged causes and two explanations weighed; "to be made" and "Next:" as tasks. Every
 * sentence here is new, written for this test, not a corpus record; each test holds a kind and
 * its near misses.
 */
import { describe, expect, it } from 'vitest';
import { textWords } from '../rules/lib/supervisionDates.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const score = (text: string, box: string | null = null) => scorer.scoreRecord(text, box);

describe('round 31: a written date closing a sentence', () => {
  it("keeps the full stop, so a task's sentence does not run on into the next", () => {
    expect(textWords('Panel on 4 June. Sami drew')).toEqual(['panel', 'on', '\u0001date', 'sami', 'drew']);
    expect(
      score('Step-down to be discussed at the CIN review on 4 June. Sami told SW the bus is scary.').childFocus,
    ).toBe(true);
    // The same task with the child's words inside it still says what is to be done, not what was heard.
    expect(score('SW to see Sami on 4 June and record what he says about the bus.').childFocus).toBe(false);
    // A dot after an abbreviated month before a year is still the date's own.
    expect(textWords('by 4 Jun. 2027')).toEqual(['by', '\u0001date']);
  });
});

describe("round 31: the child's observed behaviour and communication", () => {
  it("a baby's cues and a non-verbal child's aid", () => {
    expect(score('Observed feed: Ada rooted and latched quickly.').childFocus).toBe(true);
    expect(score('On the visit she arches when lifted quickly.').childFocus).toBe(true);
    expect(score('Visit noted Ada startling at every door bang.').childFocus).toBe(true);
    expect(score('Noted Leo (7, autistic) used PECS to tell the teacher "tummy hurt".').childFocus).toBe(true);
    expect(score('At the flat Leo used his board to say "home".').childFocus).toBe(true);
    // The worker using an aid to explain is not the child's communication.
    expect(score('SW used symbols to explain the plan.').childFocus).toBe(false);
  });

  it("a change in what the child does, the child's own account, a child found hungry", () => {
    expect(score('Leo no longer hiding under the table at tea, carers say.').childFocus).toBe(true);
    expect(score('Leo stopped wetting the bed once contact was fixed.').childFocus).toBe(true);
    expect(score("Ada's own account to the nurse matches the marks.").childFocus).toBe(true);
    expect(score('Ada was found hungry on the 6am visit.').childFocus).toBe(true);
    // Mum no longer drinking is the parent's change, not the child's.
    expect(score('Mum no longer drinking, per the alcohol service.').childFocus).toBe(false);
  });

  it('the explanation names the words', () => {
    expect(scorer.explain('At the flat Leo used his board to say "home".', null).childFocus).toEqual([
      'leo used his board to say',
    ]);
  });
});

describe("round 31: reflection as the supervisor's hypothesis", () => {
  it('a hedged cause, two explanations weighed, hindsight on the approach', () => {
    expect(score('Dad is missing contact - maybe because the new shift pattern clashes.').reflection).toBe(true);
    expect(score('Could be grief, could be the move, could be both.').reflection).toBe(true);
    expect(score("Her silence may be making the school's worry look smaller than it is.").reflection).toBe(true);
    expect(
      score('Bullying, or being drawn in by older boys? The second is rarer but we should rule it out.').reflection,
    ).toBe(true);
    expect(score("We've been treating each missing episode on its own.").reflection).toBe(true);
    // A plain report is not a hypothesis.
    expect(score('Dad missed contact on Tuesday. Mum attended.').reflection).toBe(false);
  });
});

describe('round 31: actions', () => {
  it('"to be made" and "to be told" are task cues; "Next:" heads the actions', () => {
    expect(score('Housing referral not made last month, now to be made by Fri 15/1.').actions).toBe(true);
    expect(score('Nursery to be told by Monday that nan collects.').actions).toBe(true);
    expect(score('Worries: missing school.\nNext: share the plan with dad this week.').actions).toBe(true);
    // Without a timescale nothing is an action.
    expect(score('Worries: missing school.\nNext: share the plan with dad.').actions).toBe(false);
  });
});
