import { describe, expect, it } from 'vitest';
import { addWorkingDays, bankHolidaysIn, wd } from '../src/model/calendar.js';
import { addMonths, dayFromYmd, parseIsoDay, periodStartFor, toIso } from '../src/model/day.js';

const d = (s: string) => {
  const v = parseIsoDay(s);
  if (v === null) throw new Error(s);
  return v;
};

// The published gov.uk list for England and Wales, 2015–2030 (one-off and substitute days included).
const GOV_UK = `
2015-01-01 2015-04-03 2015-04-06 2015-05-04 2015-05-25 2015-08-31 2015-12-25 2015-12-28
2016-01-01 2016-03-25 2016-03-28 2016-05-02 2016-05-30 2016-08-29 2016-12-26 2016-12-27
2017-01-02 2017-04-14 2017-04-17 2017-05-01 2017-05-29 2017-08-28 2017-12-25 2017-12-26
2018-01-01 2018-03-30 2018-04-02 2018-05-07 2018-05-28 2018-08-27 2018-12-25 2018-12-26
2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26
2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28
2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28
2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19
2022-12-26 2022-12-27 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29
2023-08-28 2023-12-25 2023-12-26 2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27
2024-08-26 2024-12-25 2024-12-26 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26
2025-08-25 2025-12-25 2025-12-26 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25
2026-08-31 2026-12-25 2026-12-28 2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31
2027-08-30 2027-12-27 2027-12-28 2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29
2028-08-28 2028-12-25 2028-12-26 2029-01-01 2029-03-30 2029-04-02 2029-05-07 2029-05-28
2029-08-27 2029-12-25 2029-12-26 2030-01-01 2030-04-19 2030-04-22 2030-05-06 2030-05-27
2030-08-26 2030-12-25 2030-12-26`
  .trim()
  .split(/\s+/);

describe('bank holidays', () => {
  it('match the published list for every year 2015–2030', () => {
    const computed: string[] = [];
    for (let y = 2015; y <= 2030; y++) computed.push(...bankHolidaysIn(y).map(toIso));
    expect(computed).toEqual(GOV_UK);
  });
});

describe('wd(a, b): working days a < x ≤ b', () => {
  it('is 0 for the same day and 1 from Friday to Monday', () => {
    expect(wd(d('2024-03-13'), d('2024-03-13'))).toBe(0);
    expect(wd(d('2024-03-08'), d('2024-03-11'))).toBe(1); // Fri → Mon
  });
  it('skips the one-off holidays 2022-06-03, 2022-09-19 and 2023-05-08', () => {
    expect(wd(d('2022-06-01'), d('2022-06-06'))).toBe(1); // Thu 2nd and Fri 3rd are holidays, Mon 6th counts
    expect(wd(d('2022-09-16'), d('2022-09-20'))).toBe(1); // Mon 19th is the state funeral
    expect(wd(d('2023-05-05'), d('2023-05-09'))).toBe(1); // Mon 8th is the coronation
  });
  it('skips the substitute day 2022-12-27', () => {
    expect(wd(d('2022-12-23'), d('2022-12-28'))).toBe(1); // 26th and 27th are holidays
  });
  it('skips Easter 2024 (29 March and 1 April)', () => {
    expect(wd(d('2024-03-28'), d('2024-04-02'))).toBe(1);
  });
  it('is negative when b is before a', () => {
    expect(wd(d('2024-03-11'), d('2024-03-08'))).toBe(-1);
    expect(wd(d('2024-04-30'), d('2024-01-01'))).toBe(-wd(d('2024-01-01'), d('2024-04-30')));
  });
  it('counts a whole ordinary week as 5', () => {
    expect(wd(d('2024-06-07'), d('2024-06-14'))).toBe(5);
  });
  it('works outside the precomputed window', () => {
    expect(wd(d('1985-01-04'), d('1985-01-07'))).toBe(1);
  });
  it('addWorkingDays is the inverse of wd', () => {
    const start = d('2023-04-28'); // Friday before the early-May and coronation holidays
    for (let n = 0; n <= 60; n++) expect(wd(start, addWorkingDays(start, n))).toBe(n);
    expect(toIso(addWorkingDays(d('2023-05-05'), 1))).toBe('2023-05-09');
  });
});

describe('addMonths and the period', () => {
  it('clamps to the last day of the month', () => {
    expect(toIso(addMonths(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(toIso(addMonths(d('2023-01-31'), 1))).toBe('2023-02-28');
    expect(toIso(addMonths(d('2024-03-31'), -1))).toBe('2024-02-29');
    expect(toIso(addMonths(d('2024-05-15'), -12))).toBe('2023-05-15');
    expect(toIso(addMonths(d('2024-11-30'), 3))).toBe('2025-02-28');
  });
  it('period of 12 months ending 2024-03-31 starts 2023-04-01', () => {
    expect(toIso(periodStartFor(d('2024-03-31'), 12))).toBe('2023-04-01');
  });
});

describe('day numbers', () => {
  it('dayFromYmd agrees with Date.UTC on every day from 1800 to 2200, and on rollovers (day 0, day 32)', () => {
    let checked = 0;
    for (let y = 1800; y <= 2200; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 0; d <= 32; d++) {
          expect(dayFromYmd(y, m, d)).toBe(Math.floor(Date.UTC(y, m - 1, d) / 86_400_000));
          checked++;
        }
      }
    }
    expect(checked).toBe(401 * 12 * 33);
  });
});
