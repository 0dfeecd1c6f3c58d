/**
 * The order the returns loader ties equal reference dates by (merge.ts, byFileName): English
 * collation's, also for the names it compares without ICU's collator (lower-case letters, digits,
 * `_`, `-`, `.`), whatever this process's locale (test/locale-file-order.test.ts runs the CLI).
 */
import { describe, expect, it } from 'vitest';
import { byFileName, byNewest } from '../src/load/returns/merge.js';

const CHARS = '_-.0123456789abcdefghijklmnopqrstuvwxyz'.split('');

/** Every name of one to three of those characters: 60,879 names. */
function shortNames(): string[] {
  const rest = ['', ...CHARS];
  const names = new Set<string>();
  for (const a of CHARS) for (const b of rest) for (const c of rest) names.add(a + b + c);
  return [...names];
}

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const english = new Intl.Collator('en');

describe('file names tied on their reference date', () => {
  it('sorts every short name of the plain characters as English collation does', () => {
    const names = shortNames();
    expect(names).toHaveLength(60_879);
    const icu = [...names].sort(english.compare);
    const here = [...names].sort(byFileName);
    expect(here).toEqual(icu);
  });

  it('gives English collation’s answer for the returns’ own names and for names it leaves to ICU', () => {
    const names = [
      'cin_census_2024.xml',
      'cin_census_2023.xml',
      'ssda903_2024_header.csv',
      'ssda903_2024_episodes.csv',
      'ssda903_2024_reviews.csv',
      'ssda903_2024_social_worker.csv',
      'ssda903-2024-header.csv',
      'csww_2024.xml',
      'CIN_Census_2024.xml',
      'SSDA903_Header.csv',
      'header.csv',
      'Header.csv',
      'header 2024.csv',
      'éducation.xml',
      'a',
      '',
    ];
    for (const a of names)
      for (const b of names) expect([a, b, sign(byFileName(a, b))]).toEqual([a, b, sign(english.compare(a, b))]);
  });

  it('puts the newest return first, then ties in that order', () => {
    const reads = [
      { referenceDate: '2024-03-31', file: 'ssda903_2024_header.csv' },
      { referenceDate: '2023-03-31', file: 'cin_census_2023.xml' },
      { referenceDate: '2024-03-31', file: 'cin_census_2024.xml' },
      { referenceDate: null, file: 'a.xml' },
    ];
    expect([...reads].sort(byNewest).map((r) => r.file)).toEqual([
      'cin_census_2024.xml',
      'ssda903_2024_header.csv',
      'cin_census_2023.xml',
      'a.xml',
    ]);
  });
});
