/**
 * Issue 22, round 13 (s22-acc13): reflection a supervisor counts that the lexicon missed on writing
 * from outside the project (outside24/25: reflection recall 81.6%). Evidence weighed in everyday
 * words ("the numbers don't add up", "the evidence suggests", "what's different now"), a behaviour
 * read as a way of doing something, a lesson drawn, a challenge put. Every sentence here is new,
 * written for this test, not a corpus record; each test holds a kind and its near misses.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const reflection = (t: string) => scorer.scoreRecord(t, null).reflection;

describe('reflection: evidence weighed in everyday words', () => {
  it('accounts that do not fit, what the evidence suggests, what has changed', () => {
    expect(
      reflection("Dad says the rent is paid but the arrears letter says otherwise. The two accounts don't add up."),
    ).toBe(true);
    expect(reflection('The evidence suggests the drinking has restarted since the court date was set.')).toBe(true);
    expect(reflection("What's different now is that grandad lives in and is up first every morning.")).toBe(true);
    expect(reflection('What this tells us is that the plan only holds when the aunt is around.')).toBe(true);
    expect(reflection('This feels like the same cycle as last spring, with a new partner.')).toBe(true);
  });

  it('a behaviour read as serving a purpose, a lesson drawn, a challenge put', () => {
    expect(reflection('Mum cancelling at short notice may be a way of keeping us at arm’s length.')).toBe(true);
    expect(reflection('Lesson for the team: chronologies to be started at allocation, not at transfer.')).toBe(true);
    expect(reflection('I challenged whether the school’s view is being given too much weight.')).toBe(true);
    expect(reflection('TM pushed back on closing while the health check is still outstanding.')).toBe(true);
    expect(reflection('The gap between what dad reports and what school see is wide; that discrepancy matters.')).toBe(
      true,
    );
  });

  it('not reflection: a bare verdict, a plain record of facts, a topic', () => {
    expect(reflection('Case discussed. Plan to continue. Visit made 3/2.')).toBe(false);
    expect(reflection('Cost of living discussed; dad has had his hours cut. Food bank voucher given.')).toBe(false);
    expect(reflection('Referral sent to Early Help. Mum agreed to the plan.')).toBe(false);
  });
});

describe('reflection: naming what lies underneath', () => {
  it('the key issue, what drives a behaviour, a consistent picture, not just the obvious cause', () => {
    expect(reflection("I think the key issue is dad's drinking at weekends, not the housing.")).toBe(true);
    expect(reflection("What's driving the absences is the bullying in Year 8.")).toBe(true);
    expect(reflection('School, nursery and the GP give a consistent picture of a tired mum, not of neglect.')).toBe(
      true,
    );
    expect(reflection('The missing episodes are not just about the boyfriend; the placement matters too.')).toBe(true);
  });

  it('not reflection: an issue listed, a driver of a car', () => {
    expect(reflection('Housing issue discussed at core group.')).toBe(false);
    expect(reflection('Dad is the driver for contact on Saturdays.')).toBe(false);
  });
});
