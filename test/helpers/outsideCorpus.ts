/**
 * The checks every outside supervision corpus gets (issue 22): its size and styles, both answers
 * present for every criterion, and the detector agreeing with the writer at least as often as
 * each criterion's floor. The floors are the figures measured on it (blind or after study), just
 * under, so no change loses them unnoticed; each test file says where its figures come from.
 */
import { describe, expect, it } from 'vitest';
import { measureAccuracy, type OutsidePart, readStyleCorpus } from '../../bench/supervisionAccuracy.js';

export type Floors = Record<'childFocus' | 'reflection' | 'actions' | 'reviewsPrevious' | 'copied', number>;

export function describeOutsideCorpus(
  title: string,
  part: OutsidePart,
  size: { records: number; styles: number },
  floors: Floors,
): void {
  describe(title, () => {
    const records = readStyleCorpus(part);

    it(`holds ${size.records} records in ${size.styles} styles, with both answers for every criterion`, () => {
      expect(records).toHaveLength(size.records);
      expect(new Set(records.map((r) => r.style)).size).toBe(size.styles);
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
      for (const c of Object.keys(floors) as (keyof Floors)[]) {
        expect(records.some((r) => r.expected[c]) && records.some((r) => !r.expected[c])).toBe(true);
      }
    });

    it('agrees with the writer at least as often as the floor of each criterion', () => {
      const report = measureAccuracy(part);
      // Every criterion under its floor is listed in one failure, so one retrain shows all it moved.
      const under = Object.entries(floors)
        .map(([criterion, floor]) => ({
          criterion,
          floor,
          accuracy: report.criteria[criterion as keyof Floors].accuracy,
        }))
        .filter((c) => c.accuracy < c.floor);
      expect(under).toEqual([]);
    });
  });
}
