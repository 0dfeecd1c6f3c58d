/**
 * Issue 22, round 33 (s22-acc36): reviews of the last actions and actions' timescales on writing
 * from outside the project, by kind. Every sentence here is new, written for this test, not a
 * corpus record; each test holds a kind and its near misses.
 */
import { describe, expect, it } from 'vitest';
import { actions, scorer, follows } from './helpers/supervisionScoring.js';

describe('round 33: a date of work done is no timescale', () => {
  it('under an actions heading, a done item and its date set no task', () => {
    expect(actions('Next steps: youth club referral - done 14/1.')).toBe(false);
    expect(actions('Actions: core group - held 2/2 (done).')).toBe(false);
    expect(actions('Next steps: brief Ola on the plan.\nLast actions: life story book - completed 3/12.')).toBe(false);
    // In the actions column too: "sent 12/2" says when, not by when.
    expect(actions('Supervision notes.', 'Letter to GP sent 12/2.')).toBe(false);
  });

  it("a task's own date stays live, beside a done item or after 'to be'", () => {
    expect(actions('Next steps: youth club referral - done 14/1; SW to visit Ola by 20/1.')).toBe(true);
    expect(actions('Actions: core group to be held 2/2.')).toBe(true);
    expect(actions('Actions: SW to complete the chronology 3/12.')).toBe(true);
    expect(actions('Actions: SW to complete the chronology by 3/12.')).toBe(true);
  });

  it('the explanation names no timescale for a done item, and names the live one', () => {
    expect(scorer.explain('Next steps: youth club referral - done 14/1.', null).actions).toEqual([]);
    expect(scorer.explain('Next steps: SW to visit Ola by 20/1.', null).actions).not.toEqual([]);
  });
});

describe("round 33: what became of the last actions, in the previous record's words", () => {
  it("'to' before where the item went, or a name's possessive, sets no task in a status clause", () => {
    expect(follows('Action: letter to the landlord by 17/12.', 'Letter to landlord sent 15/12, no reply.')).toBe(
      'landlord',
    );
    expect(
      follows("Actions: Jo to write to the prison re dad's visits.", "Letter to dad's prison not yet sent (Jo off)."),
    ).toBe('prison');
    // A task set in the clause is still no report: "SW to ring the landlord" names no outcome.
    expect(follows('Action: letter to the landlord by 17/12.', 'SW to ring landlord, letter sent last week.')).toBe(
      null,
    );
  });

  it('the plan done as it was made', () => {
    expect(follows('Agreed: ring the midwife before the core group.', 'The midwife was rung on 3/2 as planned.')).toBe(
      'midwife',
    );
    expect(
      follows('Sam to try the genogram with Lexi next visit.', 'Sam did the genogram with Lexi as practised.'),
    ).toBe('genogram');
    // "As planned" of something the previous record set no task about follows nothing up.
    expect(follows('Agreed: ring the midwife before the core group.', 'Contact went ahead as planned.')).toBe(null);
  });

  it("'up to date' in a status clause is no task", () => {
    expect(follows('Actions: IHA within 5 working days.', 'IHA done 11/12 - all normal, jabs up to date.')).toBe('iha');
  });

  it("the item's own verb done: shared, used, raised, requested, offered", () => {
    expect(follows('Actions: genogram to share with the school this week.', 'Genogram shared with school 3/3.')).toBe(
      'genogram',
    );
    expect(follows('Kim to book an interpreter for next visit.', 'Interpreter used at the visit 2/2.')).toBe(
      'interpreter',
    );
    // A status word with no item of the previous record's tasks follows nothing up.
    expect(follows('Kim to book a female interpreter for next visit.', 'Chronology shared with the IRO.')).toBe(null);
  });
});

describe("round 33: 'Review' as the heading of the last actions", () => {
  const reviews = (text: string): boolean => scorer.scoreRecord(text, null).reviewsPrevious;
  it('text under it that says what became of an item reviews them; a plan, an acknowledgement or nothing does not', () => {
    expect(reviews('Analysis: settled.\nReview: interpreter changed 2/2, Ardit more chatty.')).toBe(true);
    expect(reviews('Analysis: settled.\nReview: N/A')).toBe(false);
    expect(reviews('Analysis: settled.\nReview:')).toBe(false);
    expect(reviews('Analysis: settled.\nReview: to be reviewed next supervision.')).toBe(false);
    expect(reviews('Analysis: settled.\nReview: noted.')).toBe(false);
  });
});
