/**
 * ExportIndex's groups (src/engine/exportIndex.ts): each list in date order, blank dates last, then
 * source line, whatever order the rows come in. A list the export already gives in order is left
 * unsorted (issue 24), so these check lists in order, out of order, with blanks and ties against
 * a grouping sorted afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportIndex } from '../src/engine/exportIndex.js';
import { exportFromRecords } from '../src/load/fromRecords.js';
import type { ReferralRow } from '../src/model/tables.js';

/** The order the index promises, worked out naively from every row. */
function expected(rows: readonly ReferralRow[]): Map<string, number[]> {
  const out = new Map<string, ReferralRow[]>();
  for (const r of rows) {
    if (r.childId === null) continue;
    out.set(r.childId, [...(out.get(r.childId) ?? []), r]);
  }
  const key = (r: ReferralRow): [number, number] => [r.referralDate ?? Number.POSITIVE_INFINITY, r.line];
  return new Map(
    [...out].map(([k, list]) => [
      k,
      [...list].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]).map((r) => r.line),
    ]),
  );
}

const referral = (i: number, child: string | null, date: string | null) => ({
  referral_id: `R${i}`,
  child_id: child,
  referral_date: date,
});

describe('ExportIndex groups', () => {
  it('orders a list the rows give out of order, and keeps one already in order', () => {
    const ex = exportFromRecords({
      referrals: [
        referral(1, 'C1', '2023-05-01'),
        referral(2, 'C1', '2023-04-01'),
        referral(3, 'C1', null),
        referral(4, 'C1', '2023-04-01'),
        referral(5, 'C2', '2023-01-01'),
        referral(6, 'C2', '2023-02-01'),
        referral(7, 'C2', null),
      ],
    });
    const lines = (id: string) => new ExportIndex(ex).referralsByChild.get(id)!.map((r) => r.line);
    // Lines are file lines: the header is line 1.
    expect(lines('C1')).toEqual([3, 5, 2, 4]);
    expect(lines('C2')).toEqual([6, 7, 8]);
  });

  it('gives the order of a fresh sort for any rows', () => {
    const row = fc.record({
      child: fc.constantFrom('C1', 'C2', 'C3'),
      date: fc.option(fc.integer({ min: 1, max: 6 }).map((d) => `2023-0${d}-01`)),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const ex = exportFromRecords({ referrals: rows.map((r, i) => referral(i, r.child, r.date)) });
        const got = new ExportIndex(ex).referralsByChild;
        const want = expected(ex.tables.referrals!);
        expect(new Map([...got].map(([k, list]) => [k, list.map((r) => r.line)]))).toEqual(want);
      }),
      { numRuns: 200, seed: 24 },
    );
  });

  // referralNumbersByChild groups row numbers straight from the columns (groupNumbers, issue 24):
  // the same lists, in the same order, as the rows' groups.
  it("gives row numbers in the order of the rows' groups, from the columns", () => {
    const row = fc.record({
      child: fc.option(fc.constantFrom('C1', 'C2', 'C3')),
      date: fc.option(fc.integer({ min: 1, max: 6 }).map((d) => `2023-0${d}-01`)),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const ex = exportFromRecords({ referrals: rows.map((r, i) => referral(i, r.child, r.date)) });
        const index = new ExportIndex(ex);
        const lines = index.columns('referrals')!.lines;
        const got = new Map([...index.referralNumbersByChild].map(([k, list]) => [k, list.map((i) => lines[i]!)]));
        expect(got).toEqual(expected(ex.tables.referrals!));
      }),
      { numRuns: 200, seed: 24 },
    );
  });

  it('lists row numbers out of order by date, blanks last, then line', () => {
    const ex = exportFromRecords({
      referrals: [
        referral(1, 'C1', '2023-05-01'),
        referral(2, 'C1', '2023-04-01'),
        referral(3, 'C1', null),
        referral(4, 'C1', '2023-04-01'),
        referral(5, 'C2', '2023-01-01'),
        referral(6, 'C2', null),
        referral(7, 'C1', '2023-03-01'),
      ],
    });
    const numbers = new ExportIndex(ex).referralNumbersByChild;
    expect(numbers.get('C1')).toEqual([6, 1, 3, 0, 2]);
    expect(numbers.get('C2')).toEqual([4, 5]);
  });
});
