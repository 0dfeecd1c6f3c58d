/**
 * Issue 22, round 47 (s22-rev2): reviews of the last actions on outside98-101's writing, by kind. Every sentence
 * here is new, written for this test, not a corpus record; each test holds a kind and its near misses (a review
 * heading left empty, "actions from last time: none set", an action proposed for next time, a review of the
 * child's plan rather than the last supervision's actions, dated work that is a plan, not a report).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../src/engine/paths.js';
import { compileLexicon } from '../rules/lib/supervisionLexicon.js';
import { createScorer } from '../rules/lib/supervisionText.js';
import { scorer } from './helpers/supervisionScoring.js';

const reviews = (text: string): boolean => scorer.scoreRecord(text, null).reviewsPrevious;
const why = (text: string): string[] => scorer.explain(text, null).reviewsPrevious;

describe('round 47 (1): work reported done as agreed', () => {
  it('a past verb, then "as agreed" (or planned, arranged, requested) in the clause, reviews it', () => {
    expect(reviews('Supervision 4/3/27. Strategy meeting held 2/3 as agreed.')).toBe(true);
    expect(reviews('Jo rang the school the next morning as agreed.')).toBe(true);
    expect(reviews('Sam visited Leo at nursery before the CIN meeting, as planned.')).toBe(true);
    expect(reviews('Bus pass applied for on 1/3 (as requested).')).toBe(true);
    expect(why('Mum was upset. Jo rang the school the next morning as agreed.')).toEqual([
      'Jo rang the school the next morning as agreed',
    ]);
  });

  it('a plan, an instruction, a negation or a bare verdict is no report', () => {
    expect(reviews('Proceed as planned.')).toBe(false);
    expect(reviews('Jo to ring the school next week as agreed.')).toBe(false);
    expect(reviews('Strategy meeting to be held 12/3 as agreed.')).toBe(false);
    expect(reviews('Dad did not come at 10 as agreed.')).toBe(false);
    expect(reviews('Agreed to go ahead with the move as planned.')).toBe(false);
    expect(reviews('Continue with the plan as agreed at conference.')).toBe(false);
  });

  it('dated work done with nothing saying it was agreed is left as the writers split it', () => {
    // outside2-97's writers label a meeting held on a date both ways (round 45: 97 misses found, 403 false alarms).
    expect(reviews('Supervision 4/3/27. Strategy meeting held 2/3. Police to update by 9/3.')).toBe(false);
    expect(reviews('CAMHS referral went in on 3/3.')).toBe(false);
  });
});

describe('round 47 (2): an earlier item marked not done, with the reason why', () => {
  it('set off by a dash, a work verb and the reason; or "not done" with the reason in brackets', () => {
    expect(reviews('Genogram - not started, Kim on leave all week.')).toBe(true);
    expect(reviews('Housing letter - not sent because the office was shut.')).toBe(true);
    expect(reviews('Home visit not done (car broke down).')).toBe(true);
    expect(why('Seen at school. Genogram - not started, Kim on leave all week.')).toEqual(['Genogram - not started']);
  });

  it('no reason, another verb, or an answer is none', () => {
    expect(reviews('Court shadowing - not booked.')).toBe(false);
    expect(reviews('Scale: 3 - not changed, because dad is still there.')).toBe(false);
    expect(reviews('Return home - not supported, mum still drinking.')).toBe(false);
  });
});

describe("round 47 (3): the lexicon's review heading 'previous actions reviewed' and its phrases", () => {
  const record = (under: string): string =>
    `SUPERVISION RECORD\nDate: 4/3/27\nChild's voice: Mia said she likes her new school.\nPrevious actions reviewed: ${under}`;

  it('what became of an item under it reviews; "Yes", "Y", "N/A", a pointer or nothing under it does not', () => {
    expect(reviews(record('GP letter - sent 1/3.'))).toBe(true);
    expect(reviews(record('school visit done 2/3, nurse still to see Mia.'))).toBe(true);
    expect(reviews(record('Yes'))).toBe(false);
    expect(reviews(record('Y'))).toBe(false);
    expect(reviews(record('N/A'))).toBe(false);
    expect(reviews(record("see Tom's record"))).toBe(false);
    expect(reviews(record(''))).toBe(false);
    expect(reviews(record('to be reviewed next supervision.'))).toBe(false);
  });

  it("'prior action(s)' is a review phrase; 'did' says what became of an item under 'Previous:'", () => {
    expect(reviews('Prior action (see Leo at nursery) completed 2/3.')).toBe(true);
    expect(reviews('Supervision 4/3/27\nPrevious: ring the HV - Sam did on 1/3.\nLeo was asleep.')).toBe(true);
    expect(reviews('Actions from last time: none set.')).toBe(false);
    expect(reviews('Reviewed the CIN plan with mum: outcomes still relevant.')).toBe(false);
  });

  it("the actions said complete review them; 'complete' as a task after an actions heading does not", () => {
    expect(reviews('IRO informed 3/3. Actions complete.')).toBe(true);
    expect(reviews('Safety plan done with Jo 1/3 (action complete).')).toBe(true);
    expect(reviews('ASYE supervision. Caseload: 12. Actions: complete the portfolio by 30/3.')).toBe(false);
    expect(reviews('Actions: SW to complete the chronology next time.')).toBe(false);
    // A closing note, which the writers label both ways, is left as the lexicon leaves it.
    expect(reviews('Oversight 3/3. All actions complete. Close the case.')).toBe(false);
  });

  it('are data: a lexicon without them reads the heading and the phrase as before', () => {
    const own = JSON.parse(readFileSync(dataPath('supervision-lexicon.json'), 'utf8')) as {
      reviewsPrevious: string[];
      reviewsPreviousHeadings: string[];
    };
    own.reviewsPrevious = own.reviewsPrevious.filter((p) => !['prior action', 'prior actions'].includes(p));
    own.reviewsPreviousHeadings = own.reviewsPreviousHeadings.filter((h) => h !== 'previous actions reviewed');
    const bare = createScorer(compileLexicon(own), null);
    expect(bare.scoreRecord('Prior action (see Leo at nursery) completed.', null).reviewsPrevious).toBe(false);
    // Without the heading, the lexicon's phrase "previous actions reviewed" reads "Yes" under it as a review.
    expect(bare.scoreRecord(record('Yes'), null).reviewsPrevious).toBe(true);
  });
});
