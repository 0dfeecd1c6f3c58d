/**
 * Issue 22's speed (s22-speed8): three exact cuts, each checked against the code it stands in for.
 * The heading openers are a typed-array hash set (HashSet32) instead of a Set<number>; followUp's
 * namedIn raises a word's capitals by hand (capitalised) instead of by a replace with a callback;
 * normalise hands a text with a digit and no quote straight to the date scans (its date text is
 * also compared with the patterns' in supervision-date-scan.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../rules/lib/supervisionText.js';
import { HashSet32, wordHash } from '../rules/lib/supervisionWords.js';
import { capitalised } from '../rules/lib/supervisionFollowUp.js';
import { normalise, normaliseByPatterns } from '../rules/lib/supervisionDates.js';
import { corpusTexts } from './helpers/corpusTexts.js';

/** namedIn's capitals as they were written: a replace with a callback. */
const byPattern = (word: string): string =>
  word.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

describe('capitalised against the replace it stands in for', () => {
  it('raises the same letters in every word of every corpus text, as followUp folds them', () => {
    const words = new Set<string>();
    for (const t of corpusTexts())
      for (const m of t.matchAll(/[A-Za-z][A-Za-z'-]+/g)) {
        words.add(m[0].toLowerCase());
        words.add(m[0]);
      }
    expect(words.size).toBeGreaterThan(5000);
    let hyphened = 0;
    for (const w of words) {
      if (w.includes('-')) hyphened++;
      expect(capitalised(w), w).toBe(byPattern(w));
    }
    expect(hyphened).toBeGreaterThan(50);
  });

  it('on edge cases and random strings of letters, hyphens and apostrophes', () => {
    for (const w of ['', 'a', 'A', '-', '-a', 'a-', 'a-b-c', 'a--b', "x'y-z", 'step-down', 'ab-Cd', 'z-9a', '--a'])
      expect(capitalised(w), w).toBe(byPattern(w));
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('a', 'b', 'z', 'A', 'Z', '-', "'", '1', ' ', 'é'), { maxLength: 40 })
          .map((a) => a.join('')),
        (w) => {
          expect(capitalised(w)).toBe(byPattern(w));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('HashSet32 against a Set of the same hashes', () => {
  it('holds exactly the hashes it was made with, whether asked with the uint32 or the int32', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 200 }),
        fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 200 }),
        (held, asked) => {
          const set = new HashSet32(held),
            plain = new Set(held);
          expect(set.size).toBe(plain.size);
          for (const h of [...held, ...asked, 0, 0xffffffff, 0x80000000]) {
            expect(set.has(h)).toBe(plain.has(h));
            expect(set.has(h | 0)).toBe(plain.has(h));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers as a Set of the lexicon's heading openers for every word of the corpora", () => {
    const lex = loadLexicon();
    const raw = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'data', 'supervision-lexicon.json'), 'utf8'),
    ) as Record<string, unknown>;
    const kinds = Object.keys(raw).filter((k) => k.endsWith('Headings'));
    expect(kinds.length).toBe(8);
    const first = (h: string): number =>
      wordHash(
        /^[a-z'][a-z0-9']*/.exec(
          h
            .toLowerCase()
            .replace(/[\u2018\u2019]/g, "'")
            .trim(),
        )![0],
      );
    const all = new Set(kinds.flatMap((k) => (raw[k] as string[]).map(first)));
    const midLine = new Set(
      ['reviewsPreviousHeadings', 'rationaleHeadings'].flatMap((k) => (raw[k] as string[]).map(first)),
    );
    const wrong: string[] = [];
    let asked = 0,
      held = 0;
    for (const t of corpusTexts())
      for (const m of t.toLowerCase().matchAll(/[a-z0-9']+/g)) {
        const h = wordHash(m[0]);
        asked++;
        if (lex.headingOpeners!.has(h)) held++;
        if (lex.headingOpeners!.has(h) !== all.has(h) || lex.midLineOpeners!.has(h | 0) !== midLine.has(h))
          wrong.push(m[0]);
      }
    expect(wrong).toEqual([]);
    expect(asked).toBeGreaterThan(100_000);
    expect(held).toBeGreaterThan(1000);
  });
});

describe('normalise with a digit and no quote', () => {
  it('writes the same text as the patterns', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('1', '2', '0', '/', '-', '.', ' ', 'a', 'Jan', 'may', '\n'), { maxLength: 40 })
          .map((a) => a.join('')),
        (t) => {
          expect(normalise(t)).toBe(normaliseByPatterns(t));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
