/**
 * The count-only schedule walk a trend point uses (countSchedule, SPEC §4.4 / §9) against the
 * headline's walkSchedule, on seeded random plans: sorted review lists with blanks last, repeated
 * days, reviews before the start and after the end, every plan type, with and without the
 * optional schedules; and the review chains made once at the latest point (reviewChains) against
 * countPlan at each earlier point. The point-by-point equality with `audit --as-at` is
 * test/trends.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { countSchedule, type ScheduleCounts, type ScheduleOptions, walkSchedule } from '../rules/lib/reviewSchedule.js';
import { parseIsoDay } from '../src/model/day.js';
import type { PlanRow, PlanType, ReviewRow } from '../src/model/tables.js';
import { countPlan, planDriftCounts } from '../rules/lib/planDriftCounts.js';
import type { ScheduledPlan } from '../rules/lib/planDriftEvidence.js';
import { options } from '../rules/lib/planDriftOptions.js';
import { countChained, reviewChains } from '../rules/lib/reviewChains.js';

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

describe('review chains kept from the latest point (plan-drift trend points)', () => {
  it('give countPlan’s counts at every earlier point, with the dates after each point blanked', () => {
    const next = random(24);
    const o = options.parse({ earlyHelpReviewMonths: 3 });
    const day0 = d('2021-01-01');
    // Rows as an export holds them, before any point: the plans and each plan's reviews.
    type Review = { reviewDate: number | null };
    const plans: (PlanRow & { startDate: number })[] = [];
    const reviews = new Map<string, { date: number | null; row: Review }[]>();
    for (let c = 0; c < 3000; c++) {
      const planType = TYPES[Math.floor(next() * TYPES.length)]!;
      const startDate = day0 + Math.floor(next() * 900);
      const endDate = next() < 0.5 ? null : startDate + Math.floor(next() * 700);
      const planId = `p${c}`;
      plans.push({ line: c + 2, planId, childId: `c${c}`, planType, startDate, endDate } as PlanRow & {
        startDate: number;
      });
      const list: { date: number | null; row: Review }[] = [];
      const n = Math.floor(next() * 9);
      for (let i = 0; i < n; i++) {
        const x = startDate - 60 + Math.floor(next() * 900);
        list.push({ date: x, row: { reviewDate: x } });
        if (next() < 0.15) list.push({ date: x, row: { reviewDate: x } }); // the same day twice
      }
      if (next() < 0.2) list.push({ date: null, row: { reviewDate: null } });
      list.sort((a, b) => (a.date === null ? 1 : b.date === null ? -1 : a.date - b.date));
      reviews.set(planId, list);
    }
    const original = plans.map((p) => ({ start: p.startDate as number | null, end: p.endDate }));
    // The points, latest first: each blanks every date after it, as Rewind does.
    const points = Array.from({ length: 12 }, (_, k) => day0 + 1500 - k * 61);
    const at = (d: number) => {
      plans.forEach((p, i) => {
        const { start, end } = original[i]!;
        (p as PlanRow).startDate = start !== null && start > d ? null : start;
        p.endDate = end !== null && end > d ? null : end;
      });
      for (const list of reviews.values())
        for (const r of list) r.row.reviewDate = r.date !== null && r.date > d ? null : r.date;
    };
    const rowsOf = (planId: string) => reviews.get(planId)!.map((r) => r.row as ReviewRow);
    at(points[0]!);
    const byPlan = new Map([...reviews.keys()].map((id) => [id, rowsOf(id)]));
    const chains = reviewChains(plans, byPlan, o);
    let counted = 0;
    for (const d of points) {
      at(d);
      const period = { start: d - 365, end: d };
      const viaChains = planDriftCounts(),
        viaWalk = planDriftCounts();
      const scratch: ScheduleCounts = { inPeriod: 0, onTime: 0, nextDue: 0 };
      plans.forEach((p, r) => {
        if (p.startDate === null) return;
        const judged = r % 7 !== 0;
        countChained(p, r, judged, chains, d, period, viaChains);
        countPlan(p as ScheduledPlan['plan'], judged, rowsOf(p.planId!), d, period, o, viaWalk, scratch);
      });
      expect(viaChains, `point ${d}`).toEqual(viaWalk);
      counted += viaWalk.reviewsInPeriod;
    }
    expect(counted).toBeGreaterThan(1000);
  });
});
