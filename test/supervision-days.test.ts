/**
 * The days a supervision text names, as the follow-up rule matches them (rules/lib/supervisionDays.ts, issue 22
 * round 50): a month is a month's name or its abbreviation, the same words the date normaliser reads
 * (supervisionDates.ts), never a word that merely begins like one ("2 decisions" is no 2 December).
 */
import { describe, expect, it } from 'vitest';
import { daysIn } from '../rules/lib/supervisionDays.js';

const keys = (text: string) => daysIn(text).map((d) => d.key);

describe('daysIn', () => {
  it('reads a day as numbers or in words, the year dropped', () => {
    expect(keys('Core group 13/7 booked; ICPC 03/12/26')).toEqual(['13/7', '3/12']);
    expect(keys('by 13 July, then Friday 12th June, then 1 Sept and 4 sep')).toEqual(['13/7', '12/6', '1/9', '4/9']);
  });

  it('reads no month from a word that only begins like one', () => {
    expect(keys('2 decisions were made; 3 marches; 4 mayors; 5 junctions')).toEqual([]);
  });
});
