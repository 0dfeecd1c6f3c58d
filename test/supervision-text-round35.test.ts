/**
 * Issue 22, round 35 (s22-acc38): reviews of the last actions and actions' timescales on writing
 * from outside the project, by kind. Every sentence here is new, written for this test, not a
 * corpus record; each test holds a kind and its near misses.
 */
import { describe, expect, it } from 'vitest';
import { doneOnTime } from '../rules/lib/supervisionOnTime.js';
import { actions, scorer, follows } from './helpers/supervisionScoring.js';

describe('round 35: a date the word reporting it done follows is no timescale', () => {
  it('a date before "held", "done", "sent" dates work done', () => {
    expect(actions('Next: strategy 14/02 held - s47 agreed.')).toBe(false);
    expect(actions('Actions: respite assessment 3/3 - done, approved.')).toBe(false);
    expect(actions('Actions: referral to young carers 9/1 (sent).')).toBe(false);
  });

  it("a deadline's date, a decision or a task's own date stays live", () => {
    expect(actions('Actions: SW to send the referral by 9/1.')).toBe(true);
    // "by 9/1 done?" is a deadline however it is followed.
    expect(actions('Next: chronology by 9/1 completed and shared.')).toBe(true);
    // "agreed" after a date tells of a decision, not of the work.
    expect(actions('Actions: SW to visit 12/3 agreed with mum.')).toBe(true);
    expect(actions('Actions: core group 16/2.')).toBe(true);
  });
});

describe('round 35: an earlier task done to its deadline reviews the last actions', () => {
  it('work done on time, or the action said to be met', () => {
    expect(scorer.scoreRecord('Court supervision. Final statement filed 3/3 (on time).', null).reviewsPrevious).toBe(
      true,
    );
    expect(
      scorer.scoreRecord('Oversight. Chronology completed on time, good quality. Agree plan.', null).reviewsPrevious,
    ).toBe(true);
    expect(
      scorer.scoreRecord('Oversight 4/3. Closure letter sent to mum (28/2 action met). Close.', null).reviewsPrevious,
    ).toBe(true);
  });

  it('a habit or a wish with "on time" is no review', () => {
    expect(scorer.scoreRecord('Mum arrives on time for contact and brings snacks.', null).reviewsPrevious).toBe(false);
    expect(scorer.scoreRecord('Learning: to be on time for visits.', null).reviewsPrevious).toBe(false);
    expect(scorer.scoreRecord('Dad gets Ava to nursery on time every day.', null).reviewsPrevious).toBe(false);
  });

  it('the explanation names the words', () => {
    const why: { reviewsPrevious: string[] } = { reviewsPrevious: [] };
    expect(doneOnTime('PEP paperwork submitted 2/2 (on time).', why)).toBe(true);
    expect(why.reviewsPrevious).toEqual(['submitted 2/2 (on time']);
    expect(scorer.explain('Final statement filed 3/3 (on time).', null).reviewsPrevious).not.toEqual([]);
  });
});

describe("round 35: more of the item's own verbs say what became of it", () => {
  it('handed in, issued, applied, checked, contacted, written, commissioned', () => {
    expect(
      follows('Jo to write her critical reflection by 20/2.', 'Critical reflection - handed in, a good piece.'),
    ).toBe('critical');
    expect(follows('Police to be asked about a CAWN for the 19yo.', 'CAWN issued to the 19yo 3/2.')).toBe('cawn');
    expect(follows('Mum to apply for the bursary when term starts.', 'Bursary applied for.')).toBe('bursary');
    expect(follows('Housing to look at the ramp before the move.', 'Ramp checked by housing 12/2.')).toBe('ramp');
    expect(follows('Actions: ISW assessment of dad by 1/3.', 'ISW commissioned 20/2.')).toBe('isw');
  });

  it('a task with the verb, or a verb of something never set, follows nothing up', () => {
    expect(follows('Jo to write her critical reflection by 20/2.', 'Jo to have the critical reflection checked.')).toBe(
      null,
    );
    expect(follows('Actions: ISW assessment of dad by 1/3.', 'Bursary applied for.')).toBe(null);
  });
});
