/**
 * Statutory review schedules (SPEC §4.4). Each due date is computed from the previous review the
 * plan actually had (or from the start), so a late review moves the next due date with it, as the
 * statutory guidance does.
 */
import { addWorkingDays } from '../../src/model/calendar.js';
import { addMonths, type Day } from '../../src/model/day.js';
import type { PlanType } from '../../src/model/tables.js';

export interface ScheduleOptions {
  cpFirstReviewMonths: number;
  cpNextReviewMonths: number;
  cinReviewMonths: number;
  claFirstReviewWorkingDays: number;
  claSecondReviewMonths: number;
  claNextReviewMonths: number;
  /** Null = no schedule (SPEC: "no schedule unless configured"). */
  earlyHelpReviewMonths: number | null;
  careLeaverReviewMonths: number | null;
}

export function hasSchedule(type: PlanType, o: ScheduleOptions): boolean {
  if (type === 'early_help') return o.earlyHelpReviewMonths !== null;
  if (type === 'care_leaver') return o.careLeaverReviewMonths !== null;
  return true;
}

/**
 * The due date of a plan's next review.
 * @param held how many counted reviews the plan has had so far (0 = the first review is next)
 * @param previous the date of the latest of those reviews (ignored when held = 0)
 */
export function nextReviewDue(
  type: PlanType,
  start: Day,
  held: number,
  previous: Day | null,
  o: ScheduleOptions,
): Day | null {
  const from = held === 0 || previous === null ? start : previous;
  const first = held === 0 || previous === null;
  switch (type) {
    case 'cp':
      return first ? addMonths(start, o.cpFirstReviewMonths) : addMonths(from, o.cpNextReviewMonths);
    case 'cin':
      return addMonths(from, o.cinReviewMonths);
    case 'cla':
      if (first) return addWorkingDays(start, o.claFirstReviewWorkingDays);
      return addMonths(from, held === 1 ? o.claSecondReviewMonths : o.claNextReviewMonths);
    case 'early_help':
      return o.earlyHelpReviewMonths === null ? null : addMonths(from, o.earlyHelpReviewMonths);
    case 'care_leaver':
      return o.careLeaverReviewMonths === null ? null : addMonths(from, o.careLeaverReviewMonths);
  }
}

export interface ScheduledReview {
  date: Day;
  /** The due date this review was judged against (from the previous counted review or the start). */
  due: Day;
  /** The previous counted review, or null when this is the first. */
  previous: Day | null;
}

export interface PlanSchedule {
  /** Counted reviews in date order, each with its due date. */
  reviews: ScheduledReview[];
  /** Due date of the review after the last counted one. */
  nextDue: Day;
  lastReview: Day | null;
}

/**
 * Walks a plan's reviews in date order. Only reviews with start ≤ date ≤ spanEnd count (SPEC);
 * several rows on the same day are one review (a duplicated export row must not count twice or
 * reset the schedule). `dates` need not be sorted.
 */
export function walkSchedule(
  type: PlanType,
  start: Day,
  spanEnd: Day,
  dates: readonly Day[],
  o: ScheduleOptions,
): PlanSchedule | null {
  if (!hasSchedule(type, o)) return null;
  const counted = [...new Set(dates.filter((d) => d >= start && d <= spanEnd))].sort((a, b) => a - b);
  const reviews: ScheduledReview[] = [];
  let previous: Day | null = null;
  for (const date of counted) {
    const due = nextReviewDue(type, start, reviews.length, previous, o)!;
    reviews.push({ date, due, previous });
    previous = date;
  }
  return { reviews, nextDue: nextReviewDue(type, start, reviews.length, previous, o)!, lastReview: previous };
}

/**
 * SPEC §6.1: the next review due when the export gives only each plan's latest review (Annex A),
 * so the number held before it is unknown. With start S and latest review R: CP next due
 * addMonths(R, 6), or addMonths(S, 3) with none; CLA next due S + 20 wd with none,
 * addMonths(R, 3) when R could be the first review (R < addMonths(S + 20 wd, 3): the second is
 * due three months after the first, so a review later than that cannot be the first), else
 * addMonths(R, 6). Other types keep their fixed interval from R (or S).
 */
export function nextDueFromLatest(type: PlanType, start: Day, latest: Day | null, o: ScheduleOptions): Day | null {
  if (latest === null) return nextReviewDue(type, start, 0, null, o);
  if (type === 'cla') {
    const first = addWorkingDays(start, o.claFirstReviewWorkingDays);
    return addMonths(
      latest,
      latest < addMonths(first, o.claSecondReviewMonths) ? o.claSecondReviewMonths : o.claNextReviewMonths,
    );
  }
  return nextReviewDue(type, start, 2, latest, o);
}

/**
 * The schedule of a plan whose export keeps only its latest review: no review is judged for
 * timeliness (its due date depends on the reviews before it), only the next due date.
 */
export function latestOnlySchedule(
  type: PlanType,
  start: Day,
  spanEnd: Day,
  dates: readonly Day[],
  o: ScheduleOptions,
): PlanSchedule | null {
  if (!hasSchedule(type, o)) return null;
  const counted = dates.filter((d) => d >= start && d <= spanEnd);
  const latest = counted.length ? Math.max(...counted) : null;
  return { reviews: [], nextDue: nextDueFromLatest(type, start, latest, o)!, lastReview: latest };
}

/** What a trend point needs from one plan's schedule (countSchedule). */
export interface ScheduleCounts {
  /** Counted reviews dated in [from, to], and of those the ones held on or before their due date. */
  inPeriod: number;
  onTime: number;
  /** Due date of the review after the last counted one (as walkSchedule's `nextDue`). */
  nextDue: Day;
}

/**
 * walkSchedule's counts without its lists, for a trend point (ctx.metricsOnly): `reviews` must be
 * in date order with blanks last (as ExportIndex.reviewsByPlan keeps them), so same-day rows are
 * adjacent and one walk counts each day once. Writes into `out` (reused across plans: a point
 * allocates nothing per plan) and returns false when the type has no schedule. Equal to
 * walkSchedule by construction; test/trends.test.ts checks every point against `audit --as-at`.
 */
export function countSchedule(
  type: PlanType,
  start: Day,
  spanEnd: Day,
  reviews: readonly { reviewDate: Day | null }[],
  o: ScheduleOptions,
  from: Day,
  to: Day,
  out: ScheduleCounts,
): boolean {
  if (!hasSchedule(type, o)) return false;
  out.inPeriod = 0;
  out.onTime = 0;
  let held = 0;
  let previous: Day | null = null;
  for (let i = 0; i < reviews.length; i++) {
    const date = reviews[i]!.reviewDate;
    if (date === null || date < start || date > spanEnd || date === previous) continue;
    const due = nextReviewDue(type, start, held, previous, o)!;
    if (date >= from && date <= to) {
      out.inPeriod++;
      if (date <= due) out.onTime++;
    }
    held++;
    previous = date;
  }
  out.nextDue = nextReviewDue(type, start, held, previous, o)!;
  return true;
}
