/**
 * Issue 24: the main thread scores the worker's last supervision parts while it waits
 * (PrepareStep.share, src/engine/prepareShare.ts). Whichever thread scores which part, and
 * wherever the two meet, the prepared value must be exactly the whole scorer's: every score,
 * previous record and similarity, and the held text laid out as holdTexts lays it out.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { scoreShare, scoringParts } from '../rules/lib/scoreShare.js';
import type { PreparedTexts } from '../rules/lib/supervisionHeld.js';
import { loadExport } from '../src/api.js';
import { computeShared, helpWith, willOffer } from '../src/engine/prepareShare.js';
import { generateExport } from '../src/generate/index.js';
import type { PrepareShare } from '../src/model/export.js';
import { parseIsoDay } from '../src/model/day.js';
import type { SupervisionRow } from '../src/model/tables.js';

let dir: string;
let rows: SupervisionRow[];
let options: Record<string, unknown>;
let whole: PreparedTexts;

const rule = RULES.find((r) => r.id === 'supervision-quality')!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-share-'));
  const council = join(dir, 'council');
  await generateExport({ out: council, seed: 24, children: 1500, asAt: parseIsoDay('2024-03-31')! });
  const ex = await loadExport(council);
  // Reversed, so a child's records are not in date order and children interleave across parts.
  rows = [...ex.tables.supervisions!].reverse();
  options = rule.options.parse({}) as Record<string, unknown>;
  whole = rule.prepare!.compute(rows as never, options, true) as PreparedTexts;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The rows as the main thread has them: the held columns withheld by the worker. */
const withoutText = (): SupervisionRow[] => rows.map((r) => ({ ...r, recordText: null, actions: null }));

/** The share, with parts of `size` records to score, so a small council has many. */
const sharedIn = (size: number): PrepareShare =>
  ({ ...scoreShare, parts: (r: readonly SupervisionRow[]) => scoringParts(r, size) }) as PrepareShare;

/**
 * The worker's side and the main thread's, in one thread: the main thread asks before the worker
 * computes part `askAt`, and takes up to `take` of the offered parts from the last (all of them
 * while they are free: the worker, going on after the offer, meets them); with `warm`, its scorer
 * made before the offer (PrepareShare.warm), as the main thread makes it while it waits.
 */
function shared(
  size: number,
  askAt: number,
  take: number,
  warm = false,
): { value: PreparedTexts; mainParts: number; left: number[]; offered: boolean } {
  const share = sharedIn(size);
  let p = 0;
  let mine: { value: unknown; parts: number } | null = null;
  let offered = false;
  const left: number[] = [];
  const mainRows = withoutText();
  const warmed = warm ? share.warm!(options) : undefined;
  const worker = computeShared(
    share,
    rows,
    options,
    true,
    () => p++ >= askAt,
    (offer) => {
      offered = offer.from < offer.starts.length - 1;
      // The main thread claims parts from the last down, `take` of them at most.
      const limited = { ...offer, from: Math.max(offer.from, offer.starts.length - 1 - take) };
      mine = helpWith(limited, { share, rows: mainRows }, options, true, warmed);
    },
    (n) => left.push(n),
  );
  const got = mine as { value: unknown; parts: number } | null;
  return {
    value: (got ? share.join(worker, got.value) : worker) as PreparedTexts,
    mainParts: got?.parts ?? 0,
    left,
    offered,
  };
}

describe('supervision scoring shared between two threads', () => {
  it('cuts the rows into parts of whole children, each part in row order', () => {
    const { order, starts } = scoringParts(rows, 100);
    expect(starts.length - 1).toBeGreaterThanOrEqual(15);
    expect([...order].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
    const partOfChild = new Map<string, number>();
    for (let p = 0; p + 1 < starts.length; p++)
      for (let k = starts[p]!; k < starts[p + 1]!; k++) {
        if (k > starts[p]!) expect(order[k]!).toBeGreaterThan(order[k - 1]!);
        const child = rows[order[k]!]!.childId;
        if (child === null) continue;
        expect(partOfChild.get(child) ?? p).toBe(p);
        partOfChild.set(child, p);
      }
  });

  it('gives the whole scorer’s value wherever the threads meet', () => {
    for (const [askAt, take] of [
      [0, 1000],
      [3, 5],
      [10, 1],
      [1, 2],
    ] as const) {
      const { value, mainParts } = shared(100, askAt, take);
      expect(mainParts).toBeGreaterThan(0);
      for (const field of ['bits', 'previous', 'similarity', 'heldRows', 'heldEnds', 'heldNulls', 'heldText'] as const)
        expect(value[field], `${field}, asked at part ${askAt}, ${take} taken`).toEqual(whole[field]);
    }
  });

  it('gives the whole scorer’s value when the main thread made its scorer before the offer', () => {
    for (const [askAt, take] of [
      [0, 1000],
      [4, 3],
    ] as const) {
      const { value, mainParts } = shared(100, askAt, take, true);
      expect(mainParts).toBeGreaterThan(0);
      for (const field of ['bits', 'previous', 'similarity', 'heldRows', 'heldEnds', 'heldNulls', 'heldText'] as const)
        expect(value[field], `${field}, asked at part ${askAt}, ${take} taken, scorer made ahead`).toEqual(
          whole[field],
        );
    }
  });

  it('tells the parts left before each part, from which the main thread knows an offer will come', () => {
    const parts = scoringParts(rows, 100).starts.length - 1;
    // Around where the worker stops offering (eight parts left), and the first part.
    const askAts = [1, ...Array.from({ length: 6 }, (_, k) => parts - 11 + k)].filter((a) => a >= 1 && a < parts);
    expect(askAts.length).toBe(7);
    for (const askAt of askAts) {
      const { left, offered } = shared(100, askAt, 1);
      // Before each part up to the one the worker looked at the ask before: all parts, then one fewer each.
      expect(left).toEqual(Array.from({ length: askAt + 1 }, (_, k) => parts - k));
      // Asked during part askAt - 1, the main thread read the parts left when it began: exactly
      // whether the worker offers before part askAt.
      expect(willOffer(left[askAt - 1]!), `asked during part ${askAt - 1} of ${parts}`).toBe(offered);
      // Asked between the worker's count and its look at the ask (part askAt): never an offer expected that does not come.
      if (willOffer(left[askAt]!)) expect(offered).toBe(true);
    }
  });

  it('makes no offer when too few parts are left, and the worker scores them all', () => {
    const { order, starts } = scoringParts(rows, 100);
    const parts = starts.length - 1;
    expect(order.length).toBe(rows.length);
    const { value, mainParts } = shared(100, parts - 3, 1000);
    expect(mainParts).toBe(0);
    expect(value.bits).toEqual(whole.bits);
    expect(value.heldText).toEqual(whole.heldText);
  });
});
