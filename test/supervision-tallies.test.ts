/**
 * supervision-quality's record counts at trend points (rules/lib/supervisionTallies.ts): the
 * running sums by date give, for any period, the counts of the records dated in it, as counting
 * them one by one does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TALLY_BITS, talliesOf } from '../rules/lib/supervisionTallies.js';

const NAMES = ['meets', 'childFocus', 'reflection', 'actions', 'reviewsPrevious', 'copied'] as const;

describe('RecordTallies.between', () => {
  it('counts the records dated from start to end, both included, for any dates (negative days too)', () => {
    const record = fc.record({ date: fc.integer({ min: -400, max: 400 }), bits: fc.integer({ min: 0, max: 63 }) });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 60 }),
        fc.integer({ min: -420, max: 420 }),
        fc.integer({ min: 0, max: 300 }),
        (records, start, length) => {
          const end = start + length;
          const got = talliesOf(
            records.map((r) => r.date * 64 + r.bits),
            400,
          ).between(start, end);
          const inside = records.filter((r) => r.date >= start && r.date <= end);
          expect(got.n).toBe(inside.length);
          for (const name of NAMES)
            expect(got[name], name).toBe(inside.filter((r) => (r.bits & TALLY_BITS[name]) !== 0).length);
        },
      ),
      { numRuns: 300, seed: 2424 },
    );
  });
});
