/**
 * Properties of how trend points see the export (src/engine/rewind.ts, ExportIndex's `earlier`):
 * for any run of earlier and earlier dates, the rewound export holds exactly the rows a fresh load
 * as at that date holds, each point's index (taken over from the one before) equals an index built
 * fresh, and restoring gives back the export as the headline audit left it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExport } from '../src/api.js';
import { applyAsAt } from '../src/engine/asAt.js';
import { ExportIndex } from '../src/engine/exportIndex.js';
import { Rewind } from '../src/engine/rewind.js';
import { heldColumns } from '../src/load/tableColumns.js';
import { TABLE_NAMES } from '../src/model/schema.js';
import type { TableName } from '../src/model/tables.js';
import { parseIsoDay } from '../src/model/day.js';
import type { LoadedExport } from '../src/model/export.js';

const AS_AT = parseIsoDay('2024-03-31')!;
const EARLIEST = parseIsoDay('2023-01-31')!;
const GROUPS = [
  'plansByChild',
  'allocationsByChild',
  'visitsByChild',
  'reviewsByPlan',
  'referralsByChild',
  'referralNumbersByChild',
  'supervisionsByChild',
  'supervisionsByWorker',
  'workersById',
] as const;

/** `held`: tables the rules read as columns held so (src/load/tableColumns.ts), rows made when asked. */
const load = (held = false) =>
  loadExport('fixtures/demo', { auditFor: { asAt: '2024-03-31', threads: false, rulesOnly: held } });
/** A fresh load with every date after `d` blank, as `audit --as-at d` sees it. */
async function freshAt(d: number, held = false): Promise<LoadedExport> {
  const ex = await load(held);
  applyAsAt(ex, d);
  return ex;
}

let headline: LoadedExport;
beforeAll(async () => {
  headline = await freshAt(AS_AT);
});

describe.each([false, true])('rewinding the export for trend points (tables held as columns: %s)', (held) => {
  it('any run of earlier dates: the rows a fresh load as at each date holds, and each derived index equals a fresh one', async () => {
    const ex = await freshAt(AS_AT, held);
    if (held) expect(heldColumns(ex, 'referrals')).toBeDefined();
    // Dates between the earliest point and as-at, latest first, any days (not only month-ends).
    const runs = fc.uniqueArray(fc.integer({ min: EARLIEST, max: AS_AT }), { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(runs, async (days) => {
        const steps = [...days].sort((a, b) => b - a);
        let index = new ExportIndex(ex);
        for (const g of GROUPS) void index[g];
        const rewind = new Rewind(ex, AS_AT, EARLIEST);
        try {
          for (const d of steps) {
            rewind.to(d);
            const fresh = await freshAt(d);
            expect(ex.tables).toEqual(fresh.tables);
            const derived = new ExportIndex(ex, index);
            const built = new ExportIndex(ex);
            for (const g of GROUPS) expect(derived[g], g).toEqual(built[g]);
            derived.forgetEarlier();
            index = derived;
          }
        } finally {
          rewind.restore();
        }
        expect(ex.tables).toEqual(headline.tables);
      }),
      { numRuns: 12, seed: 2121 },
    );
  }, 120_000);

  it('dates only move back', async () => {
    const ex = await freshAt(AS_AT, held);
    const rewind = new Rewind(ex, AS_AT, EARLIEST);
    rewind.to(parseIsoDay('2023-06-30')!);
    expect(() => rewind.to(parseIsoDay('2023-07-31')!)).toThrow(/only move back/);
    rewind.restore();
    expect(ex.tables).toEqual(headline.tables);
  });

  it('some tables only: each call moves its own tables from one listing, as a fresh load does, and leaves the rest', async () => {
    const ex = await freshAt(AS_AT, held);
    // One listing for both trend calls of an audit (src/engine/run.ts), each moving its rules' tables.
    const listed = new Rewind(ex, AS_AT, EARLIEST, ['plans', 'allocations', 'supervisions', 'workers', 'referrals']);
    const d = parseIsoDay('2023-06-30')!;
    const fresh = await freshAt(d);
    const calls: TableName[][] = [
      ['plans', 'referrals'],
      ['supervisions', 'plans', 'allocations', 'workers'],
      ['plans', 'referrals'],
    ];
    for (const tables of calls) {
      const view = listed.only(tables);
      expect(view.reaches(d)).toBe(true);
      try {
        view.to(parseIsoDay('2023-11-30')!);
        view.to(d);
        for (const t of TABLE_NAMES) expect(ex.tables[t], t).toEqual((tables.includes(t) ? fresh : headline).tables[t]);
      } finally {
        view.restore();
      }
      expect(ex.tables).toEqual(headline.tables);
    }
    expect(listed.reaches(parseIsoDay('2022-12-31')!)).toBe(false);
  });
});
