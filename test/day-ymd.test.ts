/**
 * ymd works out the civil date by arithmetic (issue 24): it must give what Date's UTC getters give
 * for every day, so every date the tool prints or steps by months stays the same.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, dayFromYmd, ymd } from '../src/model/day.js';

function byDate(d: number): { year: number; month: number; day: number } {
  const date = new Date(d * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

describe('ymd', () => {
  it("equals Date's UTC getters for every day within ±1,000,000 of 1970", () => {
    let differ = 0;
    for (let d = -1_000_000; d <= 1_000_000; d++) {
      const a = ymd(d),
        b = byDate(d);
      if (a.year !== b.year || a.month !== b.month || a.day !== b.day) differ++;
    }
    expect(differ).toBe(0);
  });

  it("equals Date's at the far ends, past them and for days that are not whole", () => {
    for (const d of [
      -100_000_000,
      -99_999_999,
      99_999_999,
      100_000_000,
      100_000_001,
      -100_000_001,
      0.5,
      -0.5,
      19_812.75,
      NaN,
    ])
      expect(ymd(d)).toEqual(byDate(d));
  });

  it('is the inverse of dayFromYmd, and addMonths clamps as before', () => {
    expect(ymd(dayFromYmd(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(ymd(dayFromYmd(1600, 3, 1))).toEqual({ year: 1600, month: 3, day: 1 });
    expect(ymd(addMonths(dayFromYmd(2024, 1, 31), 1))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(ymd(addMonths(dayFromYmd(2023, 3, 31), -1))).toEqual({ year: 2023, month: 2, day: 28 });
  });
});
