/**
 * Issue 24 (s24-full): the record's own date (supervisionStale's recordDateOf), read on the
 * supervision worker's path whenever a timescale holds a date, answers as before when the
 * tokeniser's normalised text is handed to it and when the first lines hold no date at all (it
 * then stops before looking for a title or a "Date:" line). Known answers, then every record of
 * the labelled corpora with and without the normalised text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../rules/lib/supervisionDates.js';
import { recordDateOf } from '../rules/lib/supervisionStale.js';

const date = (raw: string, boxed = false) => {
  const d = recordDateOf(raw, boxed, null);
  expect(recordDateOf(raw, boxed, normalise(raw)), raw).toEqual(d);
  return d === null ? null : [d.year, d.month, d.day];
};

describe('recordDateOf', () => {
  it("finds a title's date, a Date: line's, and none where the first lines hold none", () => {
    expect(date('Supervision - Tyler Brannock - 4/2/27\nTyler is settled at school.')).toEqual([2027, 2, 4]);
    expect(date('Supervision notes.\nDate: 9/3/27\nKai seen at home.')).toEqual([2027, 3, 9]);
    expect(date('Supervision: Tyler M, 15. Date: 9/3/27. Seen at school.\nMore to follow.')).toEqual([2027, 3, 9]);
    // No date in the first six lines (a later one is not the record's).
    expect(date('One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nDate: 9/3/27\nSeven.')).toBeNull();
    // Nothing with a digit at all; a date only after an event word.
    expect(date('Discussed Amira. Plan to continue.\nReview next month.', true)).toBeNull();
    expect(date('Final hearing listed 22/2/27 - Theo settled.\nActions below.', true)).toBeNull();
  });

  it('answers every corpus record the same with the tokeniser’s normalised text as without', () => {
    let records = 0,
      dated = 0;
    for (const f of readdirSync('test/fixtures').filter((n) => /^supervision-.*corpus\.json$/.test(n))) {
      const corpus = JSON.parse(readFileSync(`test/fixtures/${f}`, 'utf8')) as {
        records?: { recordText?: string | null; actions?: string | null }[];
      };
      for (const r of corpus.records ?? []) {
        if (typeof r.recordText !== 'string') continue;
        const boxed = !!r.actions;
        const plain = recordDateOf(r.recordText, boxed, null);
        expect(recordDateOf(r.recordText, boxed, normalise(r.recordText))).toEqual(plain);
        records++;
        if (plain !== null) dated++;
      }
    }
    expect(records).toBeGreaterThan(10_000);
    // Both kinds are met: records with a date of their own and records without.
    expect(dated).toBeGreaterThan(500);
    expect(records - dated).toBeGreaterThan(500);
  });
});
