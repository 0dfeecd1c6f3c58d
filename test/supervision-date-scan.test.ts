/**
 * Issue 22's scoring cost: the numeric date patterns are replaced by scans, and the word-date
 * pattern runs only where a scan says it may match (supervisionDateScan). The text must be the
 * patterns' own, character for character: checked on random texts built from the pieces dates are
 * made of (a word-date test false where the pattern matches would leave a date unmarked), on every
 * corpus record, and on the forms the patterns were written for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, normaliseByPatterns } from '../rules/lib/supervisionDates.js';

/** Pieces that make and break dates: digits, separators, suffixes, months in any case, white space, word characters. */
const PIECES = [
  ...'0123456789',
  '1',
  '12',
  '31',
  '2024',
  '24',
  '/',
  '.',
  '-',
  '-',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  ',',
  ':',
  '_',
  'a',
  'x',
  'st',
  'ND',
  'rd',
  'th',
  'of',
  'OF ',
  'May',
  'may',
  'March',
  'mar',
  'Sept',
  'sep',
  'december',
  'DEC',
  'Jan.',
  'june',
  'Monday',
  '\u2019',
  '`',
  '\u0001date',
  '\u00e9',
  'Ellie',
];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(''));

describe('date scans', () => {
  it('normalise writes what the date patterns write, on random texts of date pieces', () => {
    fc.assert(
      fc.property(pieced, (t) => {
        expect(normalise(t)).toBe(normaliseByPatterns(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it('every corpus record reads the same', () => {
    const dir = new URL('./fixtures/', import.meta.url);
    const files = readdirSync(dir).filter((f) => /^supervision-.*corpus\.json$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    let texts = 0;
    for (const f of files) {
      const corpus = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as {
        records: { recordText?: string | null; actions?: string | null }[];
      };
      for (const r of corpus.records)
        for (const t of [r.recordText, r.actions])
          if (t) {
            texts++;
            expect(normalise(t), `${f}: ${t.slice(0, 40)}`).toBe(normaliseByPatterns(t));
          }
    }
    expect(texts).toBeGreaterThan(1000);
  });

  it('the forms the patterns were written for', () => {
    const cases: [string, string][] = [
      ['by 12/04/2024', 'by  \u0001date '],
      ['on 2024-04-12.', 'on  \u0001date .'],
      ['31/13/2024 then 13/5', '31/13/2024 then  \u0001date '],
      ['1/13/5', '1/13/5'],
      ['12/04/20245', ' \u0001date /20245'],
      ['3.5 hours, 10-15 minutes', '3.5 hours, 10-15 minutes'],
      ['by 5th of March, 2025 and May 3', 'by  \u0001date  and May 3'],
      ['Sept. 9 and 9 sept', ' \u0001date  and  \u0001date '],
      ['room 12a/3', 'room 12a/3'],
    ];
    for (const [t, want] of cases) {
      expect(normaliseByPatterns(t), t).toBe(want);
      expect(normalise(t), t).toBe(want);
    }
  });
});
