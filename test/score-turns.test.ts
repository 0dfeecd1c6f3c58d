/**
 * Issue 24: a thread scoring supervision parts (rules/lib/scoreShare.ts) keeps one pair of key
 * arrays (KeyTurns) for all its parts, handed to scoreByChild, instead of a pair made and grown
 * per part. The arrays carry the last batches' keys into the next call: each call must still give
 * exactly what a call with arrays of its own gives, and a call whose batches fit the arrays the
 * calls before it grew must take no new one.
 */
import { describe, expect, it } from 'vitest';
import { caseRecord, type RecordQuality } from '../src/generate/supervisionText.js';
import { Rng } from '../src/generate/rng.js';
import { dayFromYmd } from '../src/model/day.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { KeyTurns } from '../rules/lib/supervisionKeyStore.js';
import { scoreByChild } from '../rules/lib/supervisionPrevious.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const QUALITIES: readonly RecordQuality[] = ['strong', 'strong', 'no-child-focus', 'no-actions', 'minimal'];

/** `children` children of 4-6 records each, every record's text the generator's; some copied forward. */
function council(seed: number, children: number): SupervisionRow[] {
  const rng = new Rng(seed);
  const rows: SupervisionRow[] = [];
  const start = dayFromYmd(2023, 4, 1);
  for (let c = 0; c < children; c++) {
    const n = 4 + (c % 3);
    for (let k = 0; k < n; k++) {
      const prev = rows[rows.length - 1];
      const t =
        k > 0 && prev && c % 4 === 0
          ? { recordText: prev.recordText, actions: prev.actions }
          : caseRecord(rng, rng.pick(QUALITIES), 'Ellie', start + k * 30, k > 0, c % 2 === 0);
      rows.push({
        line: rows.length + 2,
        supervisionId: null,
        workerId: null,
        supervisionDate: start + k * 30,
        childId: `C${seed}-${c}`,
        supervisorId: null,
        type: 'case',
        recordText: t.recordText,
        actions: t.actions,
      });
    }
  }
  return rows;
}

const textOf = (rows: readonly SupervisionRow[]) => (i: number) =>
  [rows[i]!.recordText, rows[i]!.actions, rows[i]!.supervisionDate] as const;

describe('scoreByChild with the caller’s key arrays (KeyTurns kept across parts)', () => {
  const scorer = createScorer(loadLexicon());
  // Parts of different sizes, the later ones smaller, so they fit the arrays the first grew.
  const parts = [council(1, 40), council(2, 25), council(3, 40), council(4, 9)];
  // Small batches: each call crosses many batch boundaries, a child's previous record often in
  // the batch before, whose keys are in the other array of the pair.
  const CHUNK = 17;

  it('gives each call what a call with key arrays of its own gives', () => {
    const turns = new KeyTurns();
    for (const rows of parts) {
      const kept = scoreByChild(scorer, rows, textOf(rows), CHUNK, turns);
      const fresh = scoreByChild(scorer, rows, textOf(rows), CHUNK);
      expect(kept.bits).toEqual(fresh.bits);
      expect(kept.previous).toEqual(fresh.previous);
      expect(kept.similarity).toEqual(fresh.similarity);
      // The councils have copies forward and records compared: the test compares real values.
      expect(kept.similarity.some((s) => s === 1)).toBe(true);
      expect(kept.previous.some((p) => p >= 0)).toBe(true);
    }
  });

  it('writes into the given arrays, and keeps them from call to call', () => {
    const turns = new KeyTurns();
    const seen: Float64Array[][] = [];
    const next = turns.next.bind(turns);
    let call: Float64Array[] = [];
    turns.next = (rows: number) => {
      const target = next(rows);
      call.push(target.keys);
      return target;
    };
    for (const rows of parts) {
      call = [];
      scoreByChild(scorer, rows, textOf(rows), CHUNK, turns);
      seen.push(call);
    }
    // Every batch of every call went through the given arrays.
    for (const [k, rows] of parts.entries()) expect(seen[k]!.length).toBe(Math.ceil(rows.length / CHUNK));
    // One pair, grown as batches needed: arrays of each call's own would be two a call at least.
    const distinct = new Set(seen.flat()).size;
    expect(distinct).toBeGreaterThanOrEqual(2);
    expect(distinct).toBeLessThan(2 * parts.length);
  });
});
