/**
 * Issue 22, round 26 (s22-acc29): timescales that are no longer live, as the held-out false alarms
 * of outside20-65 show them: a record copied forward with its old actions, whose dates had passed
 * on the record's own date ("Supervision 4/2/27 ... by 10/12"), and the record's own date read as a
 * timescale ("SoS mapping 16/11/26"). Every sentence here is new, written for this test, not a
 * corpus record; each test holds a kind and its near misses.
 */
import { describe, expect, it } from 'vitest';
import { actions, scorer } from './helpers/supervisionScoring.js';

describe("round 26: an action's date already passed at the record's own date", () => {
  it('dates before the title date do not count; a date after it, a weekday or a period still does', () => {
    const head = 'Supervision 14/03/27 - Ruby Okafor (6). Placement stable, Ruby at school daily.';
    expect(actions(`${head} Actions: SW to see Ruby alone by 02/03/27. PEP to be chased by 9/3.`)).toBe(false);
    expect(actions(`${head} Actions: SW to see Ruby alone by 21/03/27.`)).toBe(true);
    expect(actions(`${head} Actions: SW to see Ruby alone by 2/3; PEP to be chased by Friday.`)).toBe(true);
    // One live date in the sentence keeps it an action.
    expect(actions(`${head} Actions: SW to see Ruby alone by 2/3 and again by 28/3.`)).toBe(true);
  });

  it('the actions column, a "Date:" line, a word date and a title without a year', () => {
    expect(actions('Date: 9/1/27\nChild: Ollie Price (4)\nOllie is settled at nursery.', 'SW to visit by 15/12.')).toBe(
      false,
    );
    expect(actions('Date: 9/1/27\nChild: Ollie Price (4)\nOllie is settled at nursery.', 'SW to visit by 15/1.')).toBe(
      true,
    );
    expect(actions('Supervision 2 February 2027. Kyle is back at school. SW to call college by 20 January.')).toBe(
      false,
    );
    expect(actions('Sup 20/2 - Kyle. Back at school. SW to call college by 6/2.')).toBe(false);
    // Each date read where it was written, whatever its form, past curly quotes folded.
    expect(
      actions('Supervision 2027-03-14 \u2013 Ruby\u2019s plan. SW to ring school by 1st March, nurse by 2027-03-02.'),
    ).toBe(false);
    expect(
      actions('Supervision 2027-03-14 \u2013 Ruby\u2019s plan. SW to ring school by 1st March, nurse by 2027-03-22.'),
    ).toBe(true);
    // Across the year's end: a title of 10/1 and a date of 20/12 is last December's.
    expect(actions('Sup 10/1 - Kyle. Back at school. SW to call college by 20/12.')).toBe(false);
    expect(actions('Sup 20/12 - Kyle. Back at school. SW to call college by 10/1.')).toBe(true);
  });

  it("the record's own date is no timescale", () => {
    expect(actions('SoS mapping 16/11/26 - Tobias (14)\nWorries: missing from school.')).toBe(false);
    expect(
      actions('SoS mapping 16/11/26 - Tobias (14)\nWorries: missing from school.\nSW to meet school by 20/11.'),
    ).toBe(true);
  });

  it("a first date that is some event's, not the record's, leaves the dates alone", () => {
    // A hearing, a review or a meeting in the title, the last supervision, an expected birth.
    expect(
      actions('Court - final hearing listed 22/2/27. Aunt assessed positive.', 'SW to file statement by 30/1/27.'),
    ).toBe(true);
    expect(actions('Mapping - Alfie, CIN review 12/3/27. Worries: drugs.', 'Referral to be made by 1/3/27.')).toBe(
      true,
    );
    expect(actions('Oversight - last supervision 12/02. Plan remains.', 'SW to complete genogram by 1/2.')).toBe(true);
    // A date far back without a year is not read as passed: the year meant is a guess.
    expect(actions('Sup 26/12 - Milo. Evidence of change is thin.', 'Arrange FGC by 1st Jul.')).toBe(true);
    // A period from a past date may still run.
    expect(actions('Supervision 17/02. Case newly allocated.', 'Assessment due 45 working days from 10/02.')).toBe(
      true,
    );
  });

  it('explains the live action only', () => {
    const ex = scorer.explain(
      'Supervision 14/03/27 - Ruby.',
      'SW to chase PEP by 02/03/27.\nSW to see Ruby by Friday.',
    );
    expect(ex.actions).toEqual(['by friday']);
  });
});
