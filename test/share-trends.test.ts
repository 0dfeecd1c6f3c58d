/**
 * Issue 24: in the full audit with trends, the main thread reaches its wait for the supervision
 * worker after the other rules' trend points, and it then shares the worker's last scoring parts
 * (src/engine/prepareShare.ts) as it does without trends, rather than only waiting. The worker
 * here is played in this thread (a PreparedSource whose `take` runs the worker's side and lets the
 * engine's help take the offered parts): the engine must hand its help over with trends on too,
 * the main thread must take parts, and the joined value must give the one-thread audit's bytes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { scoreShare, scoringParts } from '../rules/lib/scoreShare.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { audit, loadExport } from '../src/api.js';
import { lineCheck, optionsKey } from '../src/engine/prepare.js';
import { collectGarbage, computeShared, helpWith, willOffer, worthAsking } from '../src/engine/prepareShare.js';
import { generateExport } from '../src/generate/index.js';
import { parseIsoDay } from '../src/model/day.js';
import type { LoadedExport, PrepareShare, PreparedSource, ShareHelp } from '../src/model/export.js';
import { renderJson } from '../src/report/json.js';

const AS_AT = '2024-03-31';
let dir: string;
let council: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-share-trends-'));
  council = join(dir, 'council');
  await generateExport({ out: council, seed: 241, children: 1200, asAt: parseIsoDay(AS_AT)! });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const rule = RULES.find((r) => r.id === 'supervision-quality')!;

/**
 * A worker played in this thread: until taken, supervision-quality's value is "still being
 * computed" (so the engine runs that rule last, after the other rules' trend points); `take`
 * scores the parts as the worker does (parts of 100 records, so this small export has many), asked
 * from its third part on, and when it offers, the engine's help (if it gave one) takes parts.
 */
function playedWorker(ex: LoadedExport): {
  source: PreparedSource;
  seen: { help: boolean; collect: boolean; mainParts: number };
} {
  const seen = { help: false, collect: false, mainParts: 0 };
  let taken = false;
  const share = {
    ...scoreShare,
    parts: (r: readonly SupervisionRow[]) => scoringParts(r, 100),
  } as PrepareShare;
  const source: PreparedSource = {
    computing: (id) => id === rule.id && !taken,
    take(id: string, help?: ShareHelp) {
      if (id !== rule.id) return undefined;
      taken = true;
      seen.help = help !== undefined;
      seen.collect = help?.collect === true;
      const rows = ex.tables.supervisions!;
      const options = rule.options.parse({}) as Record<string, unknown>;
      let part = 0;
      let mine: { value: unknown; parts: number } | null = null;
      const value = computeShared(
        share,
        rows,
        options,
        false,
        () => part++ >= 2,
        (offer) => {
          if (help) mine = helpWith(offer, help, options, false);
        },
      );
      const got = mine as { value: unknown; parts: number } | null;
      seen.mainParts = got?.parts ?? 0;
      return {
        table: 'supervisions',
        optionsKey: optionsKey(options),
        rows: rows.length,
        lineCheck: lineCheck(rows),
        value: got && help ? help.share.join(value, got.value) : value,
      };
    },
  };
  return { source, seen };
}

describe('the main thread shares the supervision worker’s parts', () => {
  it('with trends on, after the other rules’ trend points: it takes parts and the findings are the one-thread audit’s', async () => {
    const one = renderJson(audit(await loadExport(council), { asAt: AS_AT }));
    const ex = await loadExport(council);
    const { source, seen } = playedWorker(ex);
    ex.prepared = source;
    const shared = renderJson(audit(ex, { asAt: AS_AT }));
    expect(seen.help).toBe(true);
    // After the points, the main thread collects the points' garbage before it makes its scorer.
    expect(seen.collect).toBe(true);
    expect(seen.mainParts).toBeGreaterThan(0);
    expect(shared).toBe(one);
    expect(JSON.parse(shared).trends).toBeDefined();
  });

  it('without trends too, with the same findings', async () => {
    const one = renderJson(audit(await loadExport(council), { asAt: AS_AT, trends: false }));
    const ex = await loadExport(council);
    const { source, seen } = playedWorker(ex);
    ex.prepared = source;
    const shared = renderJson(audit(ex, { asAt: AS_AT, trends: false }));
    expect(seen.help).toBe(true);
    // No points before the wait: nothing of theirs to collect.
    expect(seen.collect).toBe(false);
    expect(seen.mainParts).toBeGreaterThan(0);
    expect(shared).toBe(one);
  });
});

describe('the main thread’s collection before it shares', () => {
  it('frees what the thread no longer holds, at once', () => {
    // About 40 MB of small arrays, held while the heap is measured, then let go.
    const before = ((): number => {
      const held = Array.from({ length: 400_000 }, (_, i) => [i, i + 1, i + 2, i + 3]);
      expect(held.length).toBe(400_000);
      return process.memoryUsage().heapUsed;
    })();
    collectGarbage();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 20e6);
  });

  it('leaves no `gc` behind for a later context of the program using the library', () => {
    // The process under test runs without --expose-gc, as a program calling the library would.
    expect(runInNewContext('typeof gc')).toBe('undefined');
    collectGarbage();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});

describe('whether the main thread asks after the trend points', () => {
  const help = (collect: boolean): ShareHelp => ({ share: scoreShare as PrepareShare, rows: [], collect });

  it('asks without trends whenever it waits (the worker itself declines with too little left)', () => {
    for (const left of [0, 1, 9, 15, 40]) expect(worthAsking(help(false), left)).toBe(true);
  });

  it('after the points, only with 15 or more parts left (14 once the part under way is done), or none begun', () => {
    // 6-11 left: the thirty-fifth session's machine, where asking made the audit slower.
    for (const left of [1, 6, 11, 14]) expect(worthAsking(help(true), left)).toBe(false);
    // 20-21 left: the thirty-sixth session's, where it made the audit faster.
    for (const left of [15, 20, 21, 35]) expect(worthAsking(help(true), left)).toBe(true);
    // signal[LEFT] is 0 before the worker's first part: every part is left.
    expect(worthAsking(help(true), 0)).toBe(true);
  });

  it('asks after the points only where the worker would offer (a stricter line than its own)', () => {
    for (let left = 1; left <= 40; left++) if (worthAsking(help(true), left)) expect(willOffer(left)).toBe(true);
  });
});
