/**
 * Issue 22's speed (s22-speed11): the word table confirms a word of up to eight ASCII characters on
 * its packs (its last eight characters, seven bits each, which the tokeniser works out as it reads)
 * instead of comparing its characters, and `lineEnd` finds the line's end by the native search.
 * Each is checked against what it stands in for: every token is the word the pattern finds at its
 * place, each spelling one word object; two words with the same hash and length stay two words;
 * lineEnd is the character loop's answer at every place of every text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseRecord, type RecordQuality } from '../src/generate/supervisionText.js';
import { Rng } from '../src/generate/rng.js';
import { dayFromYmd } from '../src/model/day.js';
import { normalise } from '../rules/lib/supervisionDates.js';
import { lineEnd } from '../rules/lib/supervisionFields.js';
import { loadLexicon } from '../rules/lib/supervisionText.js';
import { readColumn, Tokens } from '../rules/lib/supervisionTokens.js';
import { PACK_MASK, type WordInfo, WordTable, wordHash, wordPacks } from '../rules/lib/supervisionWords.js';

const lex = loadLexicon();

/** The corpora's texts (records, previous records, actions); the held-back parts are not read here. */
function corpus(): string[] {
  const dir = join(import.meta.dirname, 'fixtures');
  const out: string[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => /^supervision-.*corpus\.json$/.test(f))
    .filter((f) => !/^supervision-outside(4[6-9]|5\d|6[01])-corpus/.test(f))) {
    const { records } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      records: { recordText?: string | null; previous?: string; actions?: string | null }[];
    };
    for (const r of records)
      for (const t of [r.recordText, r.previous, r.actions]) if (typeof t === 'string' && t !== '') out.push(t);
  }
  return out;
}

/** The bench's records (bench/supervision.ts's generator and seed), text and actions. */
function benchTexts(records: number): string[] {
  const qualities: RecordQuality[] = ['strong', 'strong', 'strong', 'strong', 'no-child-focus', 'no-reflection'];
  qualities.push('no-actions', 'minimal');
  const names = ['Ellie', 'Jayden', 'Amira', 'Kai', 'Poppy', 'Oskar', 'Zara', 'Leon'];
  const rng = new Rng(11),
    start = dayFromYmd(2023, 4, 1),
    out: string[] = [];
  for (let i = 0; i < records; i++) {
    const child = Math.floor(i / 8),
      nth = i % 8;
    const r = caseRecord(rng, rng.pick(qualities), names[child % 8]!, start + nth * 30, nth > 0, child % 2 === 0);
    out.push(r.recordText, r.actions);
  }
  return out;
}

const TOKEN = /[A-Za-z0-9]+(?:'[A-Za-z]+)*|\u0001date/g;

/**
 * Tokenises each text as an actions column (every word a token, no heading read past) with one
 * table, and checks each token is the pattern's word at its place and one object per spelling.
 */
function checkTokens(texts: readonly string[]): number {
  const table = new WordTable(lex),
    tokens = new Tokens(),
    bySpelling = new Map<string, WordInfo>();
  let checked = 0;
  for (const t of texts) {
    tokens.n = 0;
    readColumn(
      lex,
      table,
      tokens,
      t,
      true,
      () => 0,
      () => 0,
    );
    const want = normalise(t).match(TOKEN) ?? [];
    expect(tokens.n).toBe(want.length);
    for (let k = 0; k < tokens.n; k++) {
      const info = tokens.toks[k]!;
      // Round 40: a known word opening a sentence, capitalised nowhere mid-sentence, is read as its lower case.
      const plain = lex.knownWords.has(info.raw) && info.raw === want[k]!.toLowerCase();
      if (info.raw !== want[k] && !plain) expect(`${info.raw} at ${k}`).toBe(want[k]);
      // The same spelling found again is the object the table made for it: found on its packs, not added twice.
      const first = bySpelling.get(info.raw);
      if (first === undefined) bySpelling.set(info.raw, info);
      else if (first !== info) expect(`${info.raw} described twice`).toBe('');
      checked++;
    }
  }
  return checked;
}

describe('WordTable.find on the packs', () => {
  it('gives every token of every corpus text its own word, one object a spelling', () => {
    expect(checkTokens(corpus())).toBeGreaterThan(100_000);
  });

  it('and of the bench’s generated records', () => {
    expect(checkTokens(benchTexts(4_000))).toBeGreaterThan(100_000);
  });

  it('and of random texts of words, apostrophes, digits and dates', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
      fc.stringMatching(/^[A-Za-z]{1,6}'[A-Za-z]{1,3}('[a-z]{1,2})?$/),
      fc.constantFrom(' ', '. ', "'", "x'", '12/3/2024', ' 3 March ', '\n', '\u2019s', 'é', '-'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        checkTokens([parts.join(' '), parts.join('')]);
      }),
      { numRuns: 400 },
    );
  });

  it('tells apart two words of the same hash, or the same length and packs (by their characters)', () => {
    // FNV-1a collides on the first two (six letters), and on them with the same ending; the last
    // two share their length and last eight characters, so their packs, and their slot.
    for (const [a, b, same] of [
      ['eJShS5', 'wJwl6t', 'hash'],
      ['eJShS5abc', 'wJwl6tabc', 'hash'],
      ['xassessment', 'yassessment', 'packs'],
      ["Xsafeguard's", "Ysafeguard's", 'packs'],
    ] as const) {
      if (same === 'packs') expect(wordPacks(a, 0, a.length)).toEqual(wordPacks(b, 0, b.length));
      else expect(wordHash(a)).toBe(wordHash(b));
      const table = new WordTable(lex);
      const find = (w: string) => {
        const { hi, lo } = wordPacks(w, 0, w.length);
        return table.find(w, 0, w.length, hi, lo);
      };
      const x = find(a),
        y = find(b);
      expect([x.raw, y.raw]).toEqual([a, b]);
      expect(find(a)).toBe(x);
      expect(find(b)).toBe(y);
    }
  });

  it('packs a word of up to eight ASCII characters one to one, and marks one beyond ASCII', () => {
    const seen = new Map<string, string>();
    fc.assert(
      fc.property(fc.stringMatching(/^[\x00-\x7f]{1,8}$/), (w) => {
        const { hi, lo } = wordPacks(w, 0, w.length);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi & ~PACK_MASK).toBe(0);
        // Each character back from its field: the packs and length are the word.
        let back = '';
        for (let k = 0; k < w.length; k++) {
          const field = w.length - 1 - k;
          const v = field < 4 ? lo >>> (7 * field) : hi >>> (7 * (field - 4));
          back += String.fromCharCode(v & 127);
        }
        expect(back).toBe(w);
        const key = `${w.length} ${hi} ${lo}`;
        expect(seen.get(key) ?? w).toBe(w);
        seen.set(key, w);
      }),
      { numRuns: 2_000 },
    );
    expect(wordPacks('café', 0, 4).lo).toBe(-1);
  });
});

/** lineEnd as it was written: a loop over the characters. */
function lineEndByLoop(s: string, from: number): number {
  let i = from;
  while (i < s.length && s.charCodeAt(i) !== 10 && s.charCodeAt(i) !== 13) i++;
  return i;
}

describe('lineEnd by the native search', () => {
  it('is the loop’s answer at every place of every corpus text and generated record', () => {
    const texts = [...corpus(), ...benchTexts(500), 'a\r\nb', '\r', '\n\r', 'x\ry\nz', ''];
    let places = 0;
    for (const t of texts)
      for (let from = 0; from <= t.length + 1; from++) {
        if (lineEnd(t, from) !== lineEndByLoop(t, from)) expect([t, from, lineEnd(t, from)]).toBe(null);
        places++;
      }
    expect(places).toBeGreaterThan(1_000_000);
  });
});
