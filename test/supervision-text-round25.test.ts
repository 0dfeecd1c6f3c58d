/**
 * Issue 22, round 25 (s22-acc27): reviews of the last actions that writers outside the project report
 * without naming them as last time's, as the held-out misses of outside20-57 show them: the task's
 * own verb done ("PA visited 10/02" after "PA to visit by 12/02"), an objective met, a check come
 * back; a step the previous record dated without a task verb ("Joint visit with HV on 3 Dec.")
 * reported on; the step named by its day in both records; and a past step done "as planned". Every
 * sentence here is new, written for this test, not a corpus record; each test holds a kind and its
 * near misses.
 */
import { describe, expect, it } from 'vitest';
import { followUp } from '../rules/lib/supervisionFollowUp.js';
import { endsStatus } from '../rules/lib/supervisionStatus.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const follows = (previous: string, text: string) => followUp([previous, null], [text, null])?.item ?? null;
const scorer = createScorer(loadLexicon());
const reviews = (text: string): boolean => scorer.scoreRecord(text, null).reviewsPrevious;

describe('round 25: what became of the last actions, told bare', () => {
  it("the task's own verb done, an objective met, a check come back", () => {
    expect(follows('Youth worker to visit Kerry-Ann by 14/03.', 'Youth worker visited 12/03, Kerry-Ann out.')).toBe(
      'youth',
    );
    expect(follows('Police to serve the CAWN on the flat by Friday.', 'CAWN served Thursday.')).toBe('cawn');
    expect(follows('SW to request PNC checks on the lodger.', 'PNC on the lodger came back clear.')).toBe('pnc');
    expect(follows('Objective: mum to enrol at the parenting course.', 'Parenting course - objective met.')).toBe(
      'parenting',
    );
    // The tokeniser marks the new statuses, so the rule reads these records' status clauses.
    for (const w of ['met', 'visited', 'served', 'back', 'underway', 'track']) expect(endsStatus(w)).toBe(true);
  });

  it('a step the previous record dated, with no task verb, reported on', () => {
    expect(follows('Joint visit with the health visitor on 9 Mar.', 'Joint health visitor visit went ahead.')).toBe(
      'joint',
    );
    // Dated history in the previous record (it says what happened) is no task.
    expect(follows('Joint visit with the health visitor held 9 Mar.', 'Joint health visitor visit went ahead.')).toBe(
      null,
    );
  });

  it('the step named by its day in both records', () => {
    expect(
      follows('CIN review 14/4. Nan to be asked about Sundays.', 'The CIN review 14/04 happened, plan kept.'),
    ).toBe('14/4');
    // Another day, or the same sentence carried over with nothing new, is no update.
    expect(follows('CIN review 14/4.', 'The CIN review 21/04 happened.')).toBeNull();
    expect(follows('Core group 14/4 still to be booked.', 'Core group 14/4 still to be booked.')).toBeNull();
  });

  it('a past step done as planned or brought as agreed (the lexicon)', () => {
    expect(reviews('Marek saw Oliwia at college 3/3 as planned. She wants to stay.')).toBe(true);
    expect(reviews('Family group conference held as planned; nan came.')).toBe(true);
    expect(reviews('The genogram was brought as agreed and we went through it.')).toBe(true);
    // A plan still ahead is no review.
    expect(reviews('Proceed as planned. Visit again in a fortnight.')).toBe(false);
  });
});
