/**
 * The days written in a text, as "day/month" keys (issue 22, round 50): as numbers ("20/1", "03/12/26") or in
 * words ("13 July", "Friday 12th June"), so a task of the previous record dated one way and a report here dated
 * the other name the same day ("Priya to hold the first core group by 13 July", then "Core group 13/7 booked";
 * "visit Skye at home by Friday 12 June", then "Visit 12/6 done"). The year is dropped, as round 25's rule did.
 */

import { MONTH_ALT, MONTHS } from './supervisionDates.js';

/**
 * A day as numbers (groups 1, 2) or in words (groups 3, 4: the day, a month's name or abbreviation as the date
 * normaliser reads them, so "2 decisions" names no December).
 */
const DAY = new RegExp(
  String.raw`\b(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_ALT})\b`,
  'gi',
);
/** A month's number from its name or abbreviation (every one begins with the name's first three letters). */
const monthOf = (word: string): number => {
  const three = word.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(three)) + 1;
};

/** Each day written in `text`: its key ("13/7", no leading zeros) and where it is written. */
export function daysIn(text: string): { key: string; at: number }[] {
  const out: { key: string; at: number }[] = [];
  for (const m of text.matchAll(DAY)) {
    const month = m[2] !== undefined ? Number(m[2]) : monthOf(m[4]!);
    out.push({ key: `${Number(m[1] ?? m[3])}/${month}`, at: m.index });
  }
  return out;
}
