/**
 * Issue 24 (s24-score2): headingStaff (rules/lib/supervisionStaff.ts) runs its heading pattern only
 * when the text's first slash comes before the heading's end; its answer must be the pattern's
 * alone. Checked against the pattern run on every text, on headings written for this test and on
 * texts put together at random from the characters that decide the heading's end.
 */
import { describe, expect, it } from 'vitest';
import { headingStaff } from '../rules/lib/supervisionStaff.js';

/** headingStaff as the pattern alone answers (the function before the test for a slash). */
function byPattern(text: string | null): string[] {
  const heading = text === null ? null : /^[^\n]*?(?=\n|[.!?]\s|$)/u.exec(text);
  const out: string[] = [];
  if (heading === null || !heading[0].includes('/')) return out;
  const pair = /(?<![\p{L}'])(\p{Lu}\p{Ll}+)( \p{Lu}\p{Ll}*\.?)?\s*\/\s*(\p{Lu}\p{Ll}+)( \p{Lu}\p{Ll}*\.?)?/gu;
  for (const m of heading[0].matchAll(pair)) {
    if (m[2] === undefined && m[4] !== undefined && m[4].replace(/[ .]/g, '').length === 1) continue;
    out.push(m[1]!.toLowerCase(), m[3]!.toLowerCase());
  }
  return out;
}

const WRITTEN = [
  null,
  '',
  'Supervision 13/10/26 Tom Adeyemi / Claire Riordan. Claire asked whether Tom had seen Maya.',
  'Hannah/Sarah - Hannah is worried the move may unsettle Jay.',
  'ASYE - Sophie L / Nadia B\nSophie said she felt more confident.',
  'Isla/Ivy R. seen together at school.',
  'Seen at home. Tom/Claire discussed the plan.',
  'Seen at home!\u00a0Tom/Claire discussed the plan.',
  'Seen at home.Tom/Claire (no space after the stop)',
  'Case 3.5 Tom/Claire',
  'No heading here\nTom / Claire later',
  'Heading ends here?\tTom/Claire',
  'Tom / Claire',
  'Tom / Claire.',
  'emoji \u{1F600} Tom/Claire. rest',
  'Mia (7)/Leo seen.',
  'a/b/c Tom / Claire Riordan',
];

describe('the heading staff, found without the pattern where no slash is in the heading', () => {
  it('gives the pattern answer on written headings', () => {
    for (const t of WRITTEN) expect(headingStaff(t), String(t)).toEqual(byPattern(t));
    // Sanity: the test texts hold both answers.
    expect(WRITTEN.filter((t) => headingStaff(t).length > 0).length).toBeGreaterThan(3);
    expect(WRITTEN.filter((t) => t !== null && t.includes('/') && headingStaff(t).length === 0).length).toBeGreaterThan(
      3,
    );
  });

  it('gives the pattern answer on random texts of names, slashes, stops and breaks', () => {
    const parts = ['Tom', 'Claire', ' ', '/', '.', '!', '?', '\n', '\r', '\t', '\u00a0', '\u2028', 'x', 'R.', '3'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    let withStaff = 0;
    for (let i = 0; i < 5000; i++) {
      let t = '';
      for (let k = next(12); k >= 0; k--) t += parts[next(parts.length)];
      const got = headingStaff(t);
      expect(got, JSON.stringify(t)).toEqual(byPattern(t));
      if (got.length > 0) withStaff++;
    }
    expect(withStaff).toBeGreaterThan(20);
  });
});
