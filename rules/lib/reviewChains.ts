/**
 * plan-drift's review schedules made once for every trend point (SPEC §4.4, §9; issue 24).
 *
 * A plan's counted reviews are its distinct review dates from its start to its end (or the as-at
 * date), in date order, and each one's due date follows from the start and the reviews before it
 * (`nextReviewDue`). At an earlier point the plan's end and every date after the point are blank,
 * so its counted reviews are the same chain cut where the dates pass min(end, point): a prefix.
 * The chain, with each review's due date and the due date after it, is made once at the latest
 * point (lib/pointShared.ts), and every point walks its prefix with no date arithmetic; before,
 * each point worked out every due date again (`countSchedule`: `addMonths`, `addWorkingDays`).
 * `countChained` equals `countPlan` by construction; test/trends.test.ts checks every point against
 * a separate `audit --as-at`.
 */
import { openOn } from '../../src/engine/exportIndex.js';
import { addMonths, type Day } from '../../src/model/day.js';
import type { PlanRow, PlanType, ReviewRow } from '../../src/model/tables.js';
import type { PlanDriftCounts } from './planDriftCounts.js';
import type { Options } from './planDriftOptions.js';
import { hasSchedule, nextReviewDue } from './reviewSchedule.js';

/** Chains by plan row (position in the rule's plans in line order). */
export interface ReviewChains {
  /** Where the row's chain starts in `dates`/`dues`; -1 for a row with no chain (no schedule, or unusable when made). */
  offset: Int32Array;
  /** How many counted reviews the chain holds. */
  length: Int32Array;
  /** The counted review dates, chain after chain (each chain followed by one unused entry). */
  dates: Int32Array;
  /** Each review's due date; the entry after a chain's last review is the next due date after it. */
  dues: Int32Array;
  /** The day from which an open CP or CIN plan is long (its start plus the option's months); 0 for other types. */
  longFrom: Int32Array;
}

/**
 * The chains of every usable plan row, from the index's reviews as they are now (sorted by date,
 * blanks last): reviews on or after the start, one per day, with no end cut (each point cuts).
 */
export function reviewChains(
  plans: readonly PlanRow[],
  reviewsByPlan: ReadonlyMap<string, readonly ReviewRow[]>,
  o: Options,
): ReviewChains {
  const n = plans.length;
  const offset = new Int32Array(n).fill(-1);
  const length = new Int32Array(n);
  const longFrom = new Int32Array(n);
  let dates = new Int32Array(Math.max(16, n * 2));
  let dues = new Int32Array(dates.length);
  let used = 0;
  for (let r = 0; r < n; r++) {
    const p = plans[r]!;
    if (p.planId === null || p.planType === null || p.startDate === null) continue;
    const type = p.planType,
      start = p.startDate;
    if (type === 'cp') longFrom[r] = addMonths(start, o.cpLongMonths);
    else if (type === 'cin') longFrom[r] = addMonths(start, o.cinLongMonths);
    if (!hasSchedule(type, o)) continue;
    const reviews = reviewsByPlan.get(p.planId);
    const most = (reviews?.length ?? 0) + 1;
    if (used + most > dates.length) {
      const size = Math.max(dates.length * 2, used + most);
      const d2 = new Int32Array(size);
      d2.set(dates);
      dates = d2;
      const u2 = new Int32Array(size);
      u2.set(dues);
      dues = u2;
    }
    offset[r] = used;
    let held = 0;
    let previous: Day | null = null;
    if (reviews) {
      for (let i = 0; i < reviews.length; i++) {
        const date = reviews[i]!.reviewDate;
        if (date === null || date < start || date === previous) continue;
        dates[used + held] = date;
        dues[used + held] = nextReviewDue(type, start, held, previous, o)!;
        held++;
        previous = date;
      }
    }
    dues[used + held] = nextReviewDue(type, start, held, previous, o)!;
    length[r] = held;
    used += held + 1;
  }
  return { offset, length, dates, dues, longFrom };
}

/**
 * Adds plan row `r` to `into` as `countPlan` would at this point: its counted reviews (the chain's
 * prefix up to its end or the as-at date) in the period and those on time when its type is judged,
 * overdue when open with its next review due before as-at, and long CP or CIN plans open on as-at.
 */
export function countChained(
  plan: PlanRow & { startDate: Day },
  r: number,
  judged: boolean,
  chains: ReviewChains,
  asAt: Day,
  period: { start: Day; end: Day },
  into: PlanDriftCounts,
): void {
  const open = openOn(plan.startDate, plan.endDate, asAt);
  const off = chains.offset[r]!;
  if (judged && off >= 0) {
    const spanEnd = plan.endDate ?? asAt;
    const { dates, dues } = chains;
    const end = off + chains.length[r]!;
    let i = off;
    for (; i < end; i++) {
      const date = dates[i]!;
      if (date > spanEnd) break;
      if (date >= period.start && date <= period.end) {
        into.reviewsInPeriod++;
        if (date <= dues[i]!) into.reviewsOnTime++;
      }
    }
    // A review due today can still be held today: only a due date before as-at is overdue.
    if (open && dues[i]! < asAt) into.overdue++;
  }
  if (!open) return;
  if (plan.planType === 'cp' && chains.longFrom[r]! <= asAt) into.longCp++;
  if (plan.planType === 'cin' && chains.longFrom[r]! <= asAt) into.longCin++;
}

/**
 * A trend point's pass over the plans in line order (the first row of each plan_id), counting
 * each with `countChained`; returns the rows without a usable id, type or start date and those
 * repeating an earlier plan_id, and adds to `skipped` the scheduled types not judged. The
 * headline's loop in plan-drift's `run`, here as a module function (issue 24): `run` is called
 * once per point and V8 compiled one holding this loop again at each point; a small function is
 * compiled once or twice and kept.
 */
export function countAllChained(
  byLine: readonly PlanRow[],
  slotByLine: Int32Array,
  slots: number,
  reviewTypes: readonly PlanType[] | null,
  chains: ReviewChains,
  asAt: Day,
  period: { start: Day; end: Day },
  o: Options,
  into: PlanDriftCounts,
  skipped: Set<PlanType>,
): { unusable: number; duplicates: number } {
  let unusable = 0;
  let duplicates = 0;
  const seen = new Uint8Array(slots);
  for (let r = 0; r < byLine.length; r++) {
    const p = byLine[r]!;
    if (p.planId === null || p.planType === null || p.startDate === null) {
      unusable++;
      continue;
    }
    const slot = slotByLine[r]!;
    if (seen[slot] === 1) {
      duplicates++;
      continue;
    }
    seen[slot] = 1;
    const plan = p as PlanRow & { planType: PlanType; startDate: Day };
    const judged = reviewTypes === null || reviewTypes.includes(plan.planType);
    if (!judged && hasSchedule(plan.planType, o)) skipped.add(plan.planType);
    countChained(plan, r, judged, chains, asAt, period, into);
  }
  return { unusable, duplicates };
}
