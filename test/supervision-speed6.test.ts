/**
 * Issue 22's speed (s22-speed6): three cuts that must leave every score as it was. The copy test
 * counts the keys a record shares with the one before it while the scorer's key set still holds
 * the record's keys (Rows `inter`), instead of putting them in a set again (KeySet.intersection);
 * a word's hash is kept as int32 (the shingles only XOR it); the mid-line heading pattern runs only
 * after a word that opens a review or rationale heading (lexicon midLineOpeners). Each is checked
 * against the path it stands in for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet, shinglesInto, shinglesOf } from '../rules/lib/supervisionCopy.js';
import { scoreByChild } from '../rules/lib/supervisionPrevious.js';
import { CopyComparer, createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { wordHash } from '../rules/lib/supervisionWords.js';
import { corpusTexts } from './helpers/corpusTexts.js';
import type { SupervisionRow } from '../src/model/tables.js';

const lex = loadLexicon();

/** A small deterministic generator (no Math.random: the rows are the same on every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('the copy test counted while the scorer holds the keys', () => {
  // Rows of a few children in child, date and line order, with what the shortcut must step around:
  // records copied forward, one- and two-word texts (whose keys the set does not hold), empty and
  // missing texts, rows of no child or no date, and records of the same text far apart.
  const texts = corpusTexts();
  const next = lcg(22);
  const rows: SupervisionRow[] = [];
  const text: ([string | null, string | null] | null)[] = [];
  for (let i = 0; i < 3000; i++) {
    const child = Math.floor(i / 6);
    const r = next();
    const prev = text[i - 1];
    const t: [string | null, string | null] | null =
      r < 0.1 && prev
        ? [prev[0], prev[1]]
        : r < 0.15
          ? null
          : r < 0.2
            ? [['Seen', 'No change', 'Visit done', ''][Math.floor(next() * 4)]!, null]
            : r < 0.23
              ? [null, 'SW to visit by Friday']
              : [
                  texts[Math.floor(next() * texts.length)]!,
                  next() < 0.3 ? texts[Math.floor(next() * texts.length)]! : null,
                ];
    text.push(t);
    rows.push({
      line: i + 2,
      supervisionId: null,
      workerId: null,
      supervisionDate: next() < 0.02 ? null : 19000 + (i % 6) * 30,
      childId: next() < 0.02 ? null : `C${child}`,
      supervisorId: null,
      type: 'case',
      recordText: t?.[0] ?? null,
      actions: t?.[1] ?? null,
    });
  }
  const textOf = (i: number) => text[i] ?? null;

  it('gives the similarity KeySet.intersection gives, at every batch size', () => {
    const whole = createScorer(lex).scoreTexts(rows.length, textOf);
    const comparer = new CopyComparer();
    let compared = 0,
      copied = 0;
    // Batches of 7 put a record's previous one in the batch before often (no count taken then);
    // batches of 1 and 2 put it two or more batches back, past a batch with no scored record of
    // the child (its keys' array has been written over since: they must have been kept).
    for (const chunk of [1, 2, 7, 97, 4096]) {
      const got = scoreByChild(createScorer(lex), rows, textOf, chunk);
      const want = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const p = got.previous[i]!;
        if (p >= 0) want[i] = comparer.similarity(whole, i, p);
        if (chunk === 97 && p >= 0) {
          compared++;
          if (want[i]! >= 0.8) copied++;
        }
      }
      // Bit for bit (toEqual would take -0 for 0 and miss a last-bit difference only by luck).
      expect(Buffer.from(got.similarity.buffer)).toEqual(Buffer.from(want.buffer));
    }
    expect(compared).toBeGreaterThan(1500);
    expect(copied).toBeGreaterThan(100);
  });

  it('counts with countIn what intersection counts', () => {
    const hashes = fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 3, maxLength: 60 });
    fc.assert(
      fc.property(hashes, hashes, (a, b) => {
        const ka = Float64Array.from(shinglesOf(new KeySet(), a, a.length));
        const kb = Float64Array.from(
          shinglesOf(new KeySet(), [...a.slice(0, 12), ...b], Math.min(a.length, 12) + b.length),
        );
        const held = new KeySet();
        const n = shinglesInto(held, a, a.length, new Float64Array(a.length), 0);
        expect(n).toBe(ka.length);
        expect(held.countIn(kb, 0, kb.length)).toBe(new KeySet().intersection(ka, 0, ka.length, kb, 0, kb.length));
      }),
    );
  });
});

describe('word hashes as int32', () => {
  it('give the shingle keys of the uint32 hashes', () => {
    const hashes = fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 80 });
    fc.assert(
      fc.property(hashes, (hs) => {
        const signed = Int32Array.from(hs);
        expect(shinglesOf(new KeySet(), signed, hs.length)).toEqual(shinglesOf(new KeySet(), hs, hs.length));
        const a = new Float64Array(hs.length + 1),
          b = new Float64Array(hs.length + 1);
        const na = shinglesInto(new KeySet(), signed, hs.length, a, 0);
        expect(na).toBe(shinglesInto(new KeySet(), hs, hs.length, b, 0));
        expect([...a.subarray(0, na)]).toEqual([...b.subarray(0, na)]);
      }),
    );
  });

  it('leave a record copied word for word, in any case, copied', () => {
    const scorer = createScorer(lex);
    // Words whose FNV-1a hash is 2^31 or more, and words below it.
    const words = ['referral', 'contact', 'school', 'nursery', 'mum', 'Poppy', 'safety', 'plan', 'visit', 'today'];
    expect(words.some((w) => wordHash(w.toLowerCase()) >= 2 ** 31)).toBe(true);
    expect(words.some((w) => wordHash(w.toLowerCase()) < 2 ** 31)).toBe(true);
    const text = `${words.join(' ')}. ${[...words].reverse().join(' ')}.`;
    const first = scorer.scoreRecord(text, null);
    expect(scorer.scoreRecord(text.toUpperCase(), null, first.shingles).similarity).toBe(1);
  });
});

describe('mid-line headings gated by the review and rationale openers', () => {
  const raw = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'data', 'supervision-lexicon.json'), 'utf8'),
  ) as Record<string, string[]>;
  // The old gate: every heading's first word.
  const ungated = createScorer({ ...lex, midLineOpeners: lex.headingOpeners });
  const gated = createScorer(lex);
  const same = (t: string) => {
    expect(gated.scoreRecord(t, null), t).toEqual(ungated.scoreRecord(t, null));
    expect(gated.explain(t, null), t).toEqual(ungated.explain(t, null));
  };

  it('credits every kind of heading after a full stop as the pattern alone would', () => {
    const kinds = [
      'reviewsPreviousHeadings',
      'rationaleHeadings',
      'reflectionHeadings',
      'childFocusHeadings',
      'actionHeadings',
      'otherHeadings',
      'reasonedHeadings',
      'formulaHeadings',
    ];
    let credited = 0;
    for (const kind of kinds)
      for (const h of raw[kind]!) {
        for (const text of [
          `Discussed the case. ${h}: referral to CAMHS - done, school meeting held.`,
          `Agree NFA. ${h.toUpperCase()}: single incident, no injuries, mother protective and engaging.`,
          `Seen alone. ${h} - she said she is happy at nan's because it is calm.`,
        ]) {
          same(text);
          if (gated.explain(text, null).reviewsPrevious.some((w) => w.includes('heading'))) credited++;
          if (gated.explain(text, null).reflection.some((w) => w.includes('heading'))) credited++;
        }
      }
    // The review and rationale headings are still credited mid-line.
    expect(credited).toBeGreaterThan(raw.reviewsPreviousHeadings!.length);
  });

  it('judges every corpus text as before', () => {
    for (const t of corpusTexts()) same(t);
  });
});
