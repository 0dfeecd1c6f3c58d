/**
 * Issue 22, round 50 (s22-rev3): reviews of the last actions on outside102-105's writing, by kind. Every sentence
 * here is new, written for this test, not a corpus record; each test holds a kind and its near misses (a review
 * heading left empty, "actions from last time: none set", an action proposed for next time, a review of the
 * child's plan rather than the last supervision's actions, dated work that is a plan, not a report).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../src/engine/paths.js';
import { compileLexicon } from '../rules/lib/supervisionLexicon.js';
import { createScorer } from '../rules/lib/supervisionText.js';
import { follows, scorer } from './helpers/supervisionScoring.js';

const reviews = (text: string): boolean => scorer.scoreRecord(text, null).reviewsPrevious;
const why = (text: string): string[] => scorer.explain(text, null).reviewsPrevious;
const lexicon = (): { doneAsAgreed: string[] } =>
  JSON.parse(readFileSync(dataPath('supervision-lexicon.json'), 'utf8')) as { doneAsAgreed: string[] };

describe("round 50 (1): work done measured against what was agreed, by the lexicon's doneAsAgreed markers", () => {
  it('a past verb, then "as directed", "as I asked", "as per last supervision", "(agreed {date}" or "(within timescale)"', () => {
    expect(reviews('Court supervision 3/3/27 - Leo. Chronology filed 1/3 as directed.')).toBe(true);
    expect(reviews('Oversight 3/3/27. Return interview completed 27/2 as I asked.')).toBe(true);
    expect(reviews('Supervision 3/3/27. Nursery rang 2/3 as per last supervision.')).toBe(true);
    expect(reviews('Supervision 3/3/27. Kim met the grandparents on 1/3 (agreed 24/2).')).toBe(true);
    expect(reviews('Supervision 3/3/27. Kim rang the school on 25th (agreed for 28th).')).toBe(true);
    expect(reviews('Supervision 3/3/27. Housing referral made 2/3 (within timescale).')).toBe(true);
    expect(why('Leo was quiet. Chronology filed 1/3 as directed.')).toEqual(['Chronology filed 1/3 as directed']);
  });

  it('an action for next time, a plan, a negation or a bare "within timescale" is no report', () => {
    expect(reviews('Supervision 3/3/27. Kim to ring the school by 10/3 as per last supervision.')).toBe(false);
    expect(reviews('Chronology to be filed by 9/3 as directed.')).toBe(false);
    expect(reviews('Continue as directed by the court.')).toBe(false);
    expect(reviews('Chronology not filed as directed - Kim off sick.')).toBe(false);
    expect(reviews('Kim will visit on 5/3 (agreed 1/3).')).toBe(false);
    // The state of the work without a report of it (outside2-93: seven records so, none labelled a review).
    expect(reviews('All children seen within timescale.')).toBe(false);
  });

  it('are data: a lexicon without the new markers reads none of them; a council can add its own', () => {
    const own = lexicon();
    own.doneAsAgreed = own.doneAsAgreed.filter((m) => !['as directed', '(agreed {date}'].includes(m));
    const bare = createScorer(compileLexicon(own), null);
    expect(bare.scoreRecord('Chronology filed 1/3 as directed.', null).reviewsPrevious).toBe(false);
    expect(bare.scoreRecord('Kim met the grandparents on 1/3 (agreed 24/2).', null).reviewsPrevious).toBe(false);
    // Round 47's marker stays a marker while it is listed.
    expect(bare.scoreRecord('Kim rang the school on 2/3 as agreed.', null).reviewsPrevious).toBe(true);
    const council = lexicon();
    council.doneAsAgreed.push('per the plan');
    const theirs = createScorer(compileLexicon(council), null);
    expect(theirs.scoreRecord('Kim rang the school on 2/3 per the plan.', null).reviewsPrevious).toBe(true);
    expect(
      createScorer(compileLexicon(lexicon()), null).scoreRecord('Kim rang the school on 2/3 per the plan.', null),
    ).toMatchObject({ reviewsPrevious: false });
  });

  it('a marker holds no placeholder but {date}', () => {
    const own = lexicon();
    own.doneAsAgreed.push('as {name} asked');
    expect(() => compileLexicon(own)).toThrow(/doneAsAgreed: only \{date\}/);
  });
});

describe("round 50 (2): the previous record's dated task, its day written in words one side and numbers the other", () => {
  it('"by 13 July" then "13/7 booked", "by Friday 12 June" then "12/6 done", and the reverse', () => {
    expect(follows('Priya to hold the first core group by 13 July.', 'Core group 13/7 booked.')).toBe('13/7');
    expect(follows('Priya to visit Skye at home by Friday 12 June.', 'Visit 12/6 done - Skye stayed upstairs.')).toBe(
      '12/6',
    );
    expect(follows('Meeting at school 19/1.', 'The meeting on 19th January happened.')).toBe('19/1');
  });

  it('another day, a day in the previous record that set no task, or a plan for the day is none', () => {
    expect(follows('Priya to hold the first core group by 13 July.', 'Core group 20/7 booked.')).toBeNull();
    expect(follows('Skye was seen at school on 12 June and was quiet.', 'Visit 12/6 done.')).toBeNull();
    expect(follows('Priya to hold the first core group by 13 July.', 'Core group 13/7 - to be booked.')).toBeNull();
  });
});

describe('round 50 (3): a state that goes on, alone under a review heading, reviews nothing', () => {
  const record = (heading: string, under: string): string =>
    `CASE SUPERVISION RECORD\nDate: 3/3/27\nChild's voice: Kian said he likes the farm.\n${heading}: ${under}\nActions: SW to visit by 10/3.`;

  it('"CIN plan in place.", "CIN visits continuing.", "Ongoing" under it are no review', () => {
    expect(reviews(record('Progress since last supervision', 'CIN plan in place.'))).toBe(false);
    expect(reviews(record('Progress since last supervision', 'CIN visits continuing.'))).toBe(false);
    expect(reviews(record('Review of previous actions', 'Ongoing'))).toBe(false);
  });

  it('what became of an item under it still reviews; an empty heading or none set still does not', () => {
    expect(reviews(record('Progress since last supervision', 'school visit done 1/3, CIN plan in place.'))).toBe(true);
    expect(reviews(record('Previous', 'stair gate - in place'))).toBe(true);
    expect(reviews(record('Review of previous actions', ''))).toBe(false);
    expect(reviews(record('Actions from last time', 'none set.'))).toBe(false);
  });

  it("a review of the child's plan, or an action proposed for next time, is not one of the last actions", () => {
    expect(reviews('Supervision 3/3/27. Reviewed the CIN plan with mum: outcomes still relevant.')).toBe(false);
    expect(reviews('Supervision 3/3/27. Next supervision: review whether the CIN visits are working.')).toBe(false);
  });
});

describe("round 50 (4): an earlier task's deadline reported missed", () => {
  it('"not made by 6/11", "not booked by 23rd", "by 17/12 ... was not done" review the task', () => {
    expect(reviews("Supervision 25/11/26. ISW referral - not made by 6/11, Sam's error. Now made 23/11.")).toBe(true);
    expect(reviews('ASYE supervision 28/10/26. Direct observation - not booked by 23rd. Now booked for 4/11.')).toBe(
      true,
    );
    expect(reviews('MO 17/12/26. Return interview by 17/12 (72 hrs) was not done; I have asked why.')).toBe(true);
    expect(why("Kim was tired. ISW referral - not made by 6/11, Sam's error.")).toEqual([
      'ISW referral - not made by 6/11',
    ]);
  });

  it('a condition on a deadline, or a deadline still ahead, is none', () => {
    expect(reviews('Supervision 3/3/27. Strategy discussion if not seen by Friday.')).toBe(false);
    expect(reviews('Supervision 3/3/27. If the chronology is not received by Friday I will ring their manager.')).toBe(
      false,
    );
    expect(reviews('Supervision 3/3/27. Kim to make the ISW referral by 6/3.')).toBe(false);
  });
});
