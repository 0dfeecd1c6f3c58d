/**
 * Issue 22, round 15 (s22-acc15): reviews of the last actions that writers outside the project
 * wrote without a review phrase (outside24-31), fixed by structure: an item ticked off with its
 * outcome set off after a dash or in brackets, and, with the previous record given, a task that
 * record wrote bare ("Arrange the medical.") or listed after a label mid-line ("... Next: panel
 * 3/4") followed up in this one. Every sentence here is new, written for this test, not a corpus
 * record; each test holds a kind and its near misses.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { followUp } from '../rules/lib/supervisionFollowUp.js';
import { setOffStatus } from '../rules/lib/supervisionReview.js';
import { explanation } from '../rules/lib/supervisionExcerpts.js';
import type { SupervisionRow } from '../src/model/tables.js';

const scorer = createScorer(loadLexicon());
const lexOnly = createScorer(loadLexicon(), null);

describe('an item ticked off with its outcome set off', () => {
  it('after a dash or in brackets: a review, with and without the model, and the explanation names it', () => {
    for (const t of [
      'Sibling contact plan agreed. Genogram with Tia – done. Tia chose the colours.',
      'Core group brought forward (done). Nan now collecting from school.',
      'GOAL 2 (school place) - ACHIEVED.',
      'Housing transfer form - submitted, no reply yet.',
      'Network meeting – held 4/2, gran and uncle came.',
      'Hair strand test - not done, clinic closed.',
    ]) {
      expect(scorer.scoreRecord(t, null).reviewsPrevious, t).toBe(true);
      expect(lexOnly.scoreRecord(t, null).reviewsPrevious, t).toBe(true);
    }
    expect(scorer.explain('Kai settled. Genogram with Tia – done. Nan helping.', null).reviewsPrevious).toContain(
      'Genogram with Tia – done',
    );
  });

  it('the HTML explanation names the item and says it was ticked off, not found by the model', () => {
    const r = {
      recordText: 'Dad calmer. Parenting course booking – done.',
      actions: null,
    } as unknown as SupervisionRow;
    expect(explanation(scorer, r)).toContain(
      'Reviews last actions: “Parenting course booking – done” (an earlier item ticked off with its outcome)',
    );
  });

  it('not a review: "done" inside a sentence, a list bullet, today\'s work, a description, "met" as an event', () => {
    for (const t of [
      'We have done a genogram with Tia and she chose the colours.',
      'Induction week:\n- Met the team\n- Shadowed duty',
      'Police referral made today (done).',
      'Safety plan (done same day) shared with nan.',
      'Reflective log (completed with the practice educator) read together.',
      'Dad - met him at the office and he was calm.',
      'Mum uses a hand-held blender for the baby food.',
      'Last session - held at school, Jo was late.',
    ])
      expect(setOffStatus(t), t).toBeNull();
  });
});

describe("the previous record's tasks, written bare or after a label mid-line", () => {
  it('a bare task ("Arrange the medical.") followed up by what became of it', () => {
    expect(
      followUp(['Arrange paediatric medical.', null], ['Paediatric medical completed 3/5, no concerns.', null]),
    ).toEqual({ clause: 'Paediatric medical completed 3/5, no concerns.', item: 'paediatric' });
  });

  it('a task after "Actions:" or "Next:" on a line that opens with something else', () => {
    expect(
      followUp(
        ['Strategy held, threshold met. Actions: tribunal bundle; sibling assessment.', null],
        ['Sibling assessment drafted on Monday, now with the manager.', null],
      ),
    ).not.toBeNull();
    expect(
      followUp(
        ['Home conditions poor. Next: fostering panel 3/4.', null],
        ['Fostering panel held 3/4 and approved.', null],
      ),
    ).not.toBeNull();
  });

  it('not a follow-up: the same words in the previous record outside any task, or carried over unchanged', () => {
    expect(
      followUp(['Paediatric medical history is long.', null], ['Paediatric medical completed 3/5.', null]),
    ).toBeNull();
    expect(followUp(['Arrange paediatric medical.', null], ['Arrange paediatric medical.', null])).toBeNull();
  });
});
