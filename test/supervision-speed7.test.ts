/**
 * Issue 22's speed (s22-speed7): cuts of the garbage the scorer made, which must leave every score
 * as it was. The words under a heading are found by hand (wordEnd) instead of by matchAll. (The
 * tokeniser handed WordTable.find the word's hash as int32; since s22-speed11 the table finds a word
 * on its packs and hashes no character: test/supervision-speed11.test.ts.) Each is checked against
 * the code it stands in for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givesReason, wordEnd } from '../rules/lib/supervisionUnder.js';
import { isReason } from '../rules/lib/supervisionReason.js';
import { loadLexicon } from '../rules/lib/supervisionText.js';
import { corpusTexts } from './helpers/corpusTexts.js';
import type { CompiledLexicon } from '../rules/lib/supervisionLexicon.js';

const lex = loadLexicon();

/** The words of text[0, n) by wordEnd, as [index, word] (how givesReason and saysSomething walk them). */
function byHand(text: string, n: number): [number, string][] {
  const out: [number, string][] = [];
  for (let i = 0, j: number; i < n; i = j === i ? i + 1 : j) {
    if ((j = wordEnd(text, i, n)) === i) continue;
    out.push([i, text.slice(i, j)]);
  }
  return out;
}
/** The same by the pattern they used: /[A-Za-z0-9']+/g over the text's first 400 characters. */
function byPattern(text: string): [number, string][] {
  return [...text.slice(0, 400).matchAll(/[A-Za-z0-9']+/g)].map((m) => [m.index, m[0]]);
}
/** givesReason as it was written before (matchAll). */
function givesReasonBefore(l: CompiledLexicon, text: string): boolean {
  let prev = '',
    pending = '';
  for (const m of text.slice(0, 400).matchAll(/[A-Za-z0-9']+/g)) {
    const w = m[0].toLowerCase();
    if (pending !== '' && isReason(l, prev, pending, w)) return true;
    prev = pending;
    pending = w;
  }
  return pending !== '' && isReason(l, prev, pending, '');
}

/** Every corpus text, and what follows each of its line starts and colons (as text under a heading is). */
function underTexts(): string[] {
  const out: string[] = [];
  for (const t of corpusTexts()) {
    out.push(t);
    for (let k = t.indexOf('\n'); k >= 0; k = t.indexOf('\n', k + 1)) out.push(t.slice(k + 1));
    for (let k = t.indexOf(':'); k >= 0; k = t.indexOf(':', k + 1)) out.push(t.slice(k + 1));
  }
  return out;
}

describe("words found by hand (wordEnd) against /[A-Za-z0-9']+/g", () => {
  const texts = underTexts();

  it('finds the same words at the same places in every corpus text, cut at 400 characters', () => {
    expect(texts.length).toBeGreaterThan(1000);
    let words = 0;
    const differ: string[] = [];
    for (const t of texts) {
      const want = byPattern(t);
      if (JSON.stringify(byHand(t, Math.min(t.length, 400))) !== JSON.stringify(want)) differ.push(t);
      words += want.length;
    }
    expect(differ).toEqual([]);
    expect(words).toBeGreaterThan(100_000);
  });

  it('on edge cases: apostrophes, digits, accents, curly quotes, a word across the 400th character', () => {
    const cases = [
      '',
      "'",
      "'' x'y 'z' don't",
      'a',
      '1a2b3 - _x_ é café naïve ‘quoted’ “double”',
      `${'x'.repeat(398)} word after`,
      `${' '.repeat(399)}abc`,
      'tab\tand\nbreak\r\nend.',
      '\u{1F600}emoji\u{1F600} \uD800lone',
    ];
    for (const t of cases) expect(byHand(t, Math.min(t.length, 400))).toEqual(byPattern(t));
  });

  it('on random text of word characters, apostrophes and others', () => {
    const ch = fc.constantFrom(...'aZ09\' .,:;-_é\n\t’"'.split(''), '\u{1F600}');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 500 }), (cs) => {
        const t = cs.join('');
        expect(byHand(t, Math.min(t.length, 400))).toEqual(byPattern(t));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('givesReason answers as before on every corpus text and the text after each line start and colon', () => {
    let yes = 0;
    for (const t of texts) {
      const want = givesReasonBefore(lex, t);
      expect(givesReason(lex, t)).toBe(want);
      if (want) yes++;
    }
    // Both answers occur, so the comparison tests something.
    expect(yes).toBeGreaterThan(100);
    expect(texts.length - yes).toBeGreaterThan(100);
  });
});
