/**
 * The count-only schedule walk a trend point uses (countSchedule, SPEC §4.4 / §9) against the
 * headline's walkSchedule, on seeded random plans: sorted review lists with blanks last, repeated
 * days, reviews before the start and after the end, every plan type, with and without the
 * optional schedules. The point-by-point equality with `audit --as-at` is test/trends.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { countSchedule, type ScheduleCounts, type ScheduleOptions, walkSchedule } from '../rules/lib/reviewSchedule.js';
import { parseIsoDay } from '../src/model/day.js';
import type { PlanType } from '../src/model/tables.js';

const d = (s: string) => parseIsoDay(s)!;

/** A small seeded generator (mulberry32), so a failure names a reproducible case. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: PlanType[] = ['cp', 'cin', 'cla', 'early_help', 'care_leaver'];
const base: ScheduleOptions = {
  cpFirstReviewMonths: 3,
  cpNextReviewMonths: 6,
  cinReviewMonths: 3,
  claFirstReviewWorkingDays: 20,
  claSecondReviewMonths: 3,
  claNextReviewMonths: 6,
  earlyHelpReviewMonths: null,
  careLeaverReviewMonths: null,
};

describe('countSchedule (trend points)', () => {
  it('gives walkSchedule’s counts in the period and next due date for 5,000 random plans', () => {
    const next = random(21);
    const day0 = d('2021-01-01');
    const out: ScheduleCounts = { inPeriod: 0, onTime: 0, nextDue: 0 };
    let withReviewsInPeriod = 0;
    for (let c = 0; c < 5000; c++) {
      const type = TYPES[Math.floor(next() * TYPES.length)]!;
      const o: ScheduleOptions = c % 2 === 0 ? base : { ...base, earlyHelpReviewMonths: 3, careLeaverReviewMonths: 6 };
      const start = day0 + Math.floor(next() * 900);
      const spanEnd = start + Math.floor(next() * 700);
      const dates: (number | null)[] = [];
      const n = Math.floor(next() * 9);
      for (let i = 0; i < n; i++) {
        const x = start - 60 + Math.floor(next() * 800);
        dates.push(x);
        if (next() < 0.15) dates.push(x); // the same day twice
      }
      if (next() < 0.3) dates.push(null, null);
      // As ExportIndex keeps them: by date, blanks last.
      dates.sort((a, b) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b));
      const periodEnd = start + Math.floor(next() * 900);
      const periodStart = periodEnd - 365;

      const walked = walkSchedule(
        type,
        start,
        spanEnd,
        dates.filter((x): x is number => x !== null),
        o,
      );
      const counted = countSchedule(
        type,
        start,
        spanEnd,
        dates.map((reviewDate) => ({ reviewDate })),
        o,
        periodStart,
        periodEnd,
        out,
      );
      const label = `case ${c}: ${type} ${start}–${spanEnd} [${dates.join(',')}] period ${periodStart}–${periodEnd}`;
      expect(counted, label).toBe(walked !== null);
      if (!walked) continue;
      const inPeriod = walked.reviews.filter((r) => r.date >= periodStart && r.date <= periodEnd);
      expect({ inPeriod: out.inPeriod, onTime: out.onTime, nextDue: out.nextDue }, label).toEqual({
        inPeriod: inPeriod.length,
        onTime: inPeriod.filter((r) => r.date <= r.due).length,
        nextDue: walked.nextDue,
      });
      if (inPeriod.length > 0) withReviewsInPeriod++;
    }
    // The cases exercise the counting, not only empty schedules.
    expect(withReviewsInPeriod).toBeGreaterThan(1000);
  });
});
