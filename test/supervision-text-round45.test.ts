/**
 * Issue 22, round 45 (s22-rev): reviews of the last actions on fresh writing, by kind. Every sentence
 * here is new, written for this test, not a corpus record; each test holds a kind and its near misses
 * (a review heading left empty, "none set", a review planned for next time, a review of the child's
 * plan rather than the last supervision's actions).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../src/engine/paths.js';
import { compileLexicon } from '../rules/lib/supervisionLexicon.js';
import { createScorer } from '../rules/lib/supervisionText.js';
import { scorer } from './helpers/supervisionScoring.js';

const reviews = (text: string): boolean => scorer.scoreRecord(text, null).reviewsPrevious;
const why = (text: string): string[] => scorer.explain(text, null).reviewsPrevious;

describe('round 45 (1): an earlier item chased and still awaited', () => {
  it('still waiting and chased, in either order or chased on a date, reviews it', () => {
    expect(reviews('Housing repair request - still no reply, Kim chased 4/3.')).toBe(true);
    expect(reviews('Speech and language referral: still waiting, chased.')).toBe(true);
    expect(reviews('Paediatric letter - not received yet, SW chased on 2/3.')).toBe(true);
    expect(why('Speech and language referral: still waiting, chased.')).toEqual(['still waiting, chased']);
  });

  it('a chase still to do, or one with a deadline, reviews nothing', () => {
    expect(reviews('CAMHS referral to be chased by 9/3.')).toBe(false);
    expect(reviews('Housing chased by SW weekly.')).toBe(false);
    expect(reviews('CAMHS still on the waiting list; will be chased.')).toBe(false);
  });
});

describe('round 45 (2): an earlier item set off by a dash and marked not yet done', () => {
  it('the item, a dash, then "not yet" with a participle, reviews it; the explanation names the item', () => {
    expect(reviews('Dental check - not yet booked, mum to ring Monday.')).toBe(true);
    expect(reviews('Life story book - not started yet.')).toBe(true);
    expect(why('Visit done. Life story book - not started yet.')).toEqual(['Life story book - not started yet']);
  });

  it("a bracket's aside or an answer with no participle is no item", () => {
    expect(reviews('Contact with dad (not yet agreed).')).toBe(false);
    expect(reviews('Asked if secure was an option - not yet, she keeps coming back.')).toBe(false);
  });
});

describe('round 45 (3): under a heading naming only the last meeting, more outcomes say what became of an item', () => {
  const record = (under: string): string =>
    `Supervision 3/3/27 - Ellie B\nPrevious: ${under}\nEllie said she likes her new school.`;

  it('held, positive or negative, allocated, uploaded, in draft', () => {
    expect(reviews(record('core group held 1/3.'))).toBe(true);
    expect(reviews(record('viability on aunt - positive 2/3.'))).toBe(true);
    expect(reviews(record('family support worker allocated (Jo).'))).toBe(true);
    expect(reviews(record('two reflective logs - one uploaded, one in draft.'))).toBe(true);
  });

  it('the heading left empty, "N/A", a pointer or a plan to review is none', () => {
    expect(reviews('Supervision 3/3/27 - Ellie B\nPrevious:\nEllie said she likes her new school.')).toBe(false);
    expect(reviews(record('N/A'))).toBe(false);
    expect(reviews(record('see last record.'))).toBe(false);
    expect(reviews(record('to be reviewed next time.'))).toBe(false);
    expect(reviews("Review of last actions:\nChild's voice: Mia said she misses her dad.")).toBe(false);
    expect(reviews('Actions from last time: none set.')).toBe(false);
  });
});

describe("round 45 (4): the lexicon's new review phrases", () => {
  it("'my last action', 'earlier actions', 'didn't get round to', 'the {date} actions'", () => {
    expect(reviews('My last action (GP letter) went on Monday.')).toBe(true);
    expect(reviews('Earlier actions: school meeting happened, nurse letter sent.')).toBe(true);
    expect(reviews("Family group conference - Sam didn't get round to it.")).toBe(true);
    expect(reviews('The 3/2 actions: care plan signed off, review still booked.')).toBe(true);
    expect(why('The 3/2 actions: care plan signed off, review still booked.')).toEqual(['the [date] actions']);
  });

  it("a review planned for next time, the child's plan, or another earlier act is none", () => {
    expect(reviews('At next supervision we will go through the earlier actions.')).toBe(false);
    expect(reviews('To review the previous actions at next supervision.')).toBe(false);
    expect(reviews('We will review last actions next time.')).toBe(false);
    expect(reviews('Reviewed the CIN plan with mum: all outcomes still relevant.')).toBe(false);
    expect(reviews('The last action plan was agreed at the CIN review.')).toBe(false);
    expect(reviews('An earlier action by the school might have helped.')).toBe(false);
    expect(reviews('Mum earlier agreed to the safety plan.')).toBe(false);
    // A phrase that would take an outstanding action's date ("action from 2/11 not completed") is not in the list.
    expect(reviews('Contact with dad outstanding - action from 2/11 not completed.')).toBe(true);
    // A review done in the past still counts.
    expect(reviews('We reviewed the previous actions: all done.')).toBe(true);
  });

  it('are data: a lexicon without them reads none of these as a review', () => {
    const own = JSON.parse(readFileSync(dataPath('supervision-lexicon.json'), 'utf8')) as {
      reviewsPrevious: string[];
      pendingBefore: string[];
    };
    const added = ['my last action', 'earlier actions', "didn't get round to", 'the {date} actions'];
    own.reviewsPrevious = own.reviewsPrevious.filter((p) => !added.includes(p));
    const bare = createScorer(compileLexicon(own), null);
    expect(bare.scoreRecord('The 3/2 actions: care plan signed off, review still booked.', null).reviewsPrevious).toBe(
      false,
    );
    expect(bare.scoreRecord('Earlier actions: school meeting happened, nurse letter sent.', null).reviewsPrevious).toBe(
      false,
    );
    // Without the pending phrases, a review planned for next time reads as one.
    own.pendingBefore = own.pendingBefore.filter((p) => !['to review', 'will review'].includes(p));
    const unplanned = createScorer(compileLexicon(own), null);
    expect(unplanned.scoreRecord('We will review last actions next time.', null).reviewsPrevious).toBe(true);
  });
});
