/**
 * plan-drift's counts, shared by the headline (which also keeps evidence) and a trend point
 * (ctx.metricsOnly), which counts each plan with no per-plan lists, schedules or evidence rows:
 * objects held across a whole point were promoted out of V8's young generation and grew the heap
 * point by point (SPEC §9's twelve points from one export).
 */
import { openOn } from '../../src/engine/exportIndex.js';
import { addMonths, type Day } from '../../src/model/day.js';
import type { ReviewRow } from '../../src/model/tables.js';
import type { ScheduledPlan } from './planDriftEvidence.js';
import type { Options } from './planDriftOptions.js';
import { countSchedule, type ScheduleCounts } from './reviewSchedule.js';

export interface PlanDriftCounts {
  reviewsInPeriod: number;
  reviewsOnTime: number;
  overdue: number;
  longCp: number;
  longCin: number;
}

export function planDriftCounts(): PlanDriftCounts {
  return { reviewsInPeriod: 0, reviewsOnTime: 0, overdue: 0, longCp: 0, longCin: 0 };
}

/**
 * Adds one plan to `into` as the headline's tally would: its counted reviews in the period and
 * those on time (when its type is judged), overdue when open with its next review due before
 * as-at, and long CP or CIN plans open on as-at. `scratch` is reused for every plan.
 */
export function countPlan(
  plan: ScheduledPlan['plan'],
  judged: boolean,
  reviews: readonly ReviewRow[],
  asAt: Day,
  period: { start: Day; end: Day },
  o: Options,
  into: PlanDriftCounts,
  scratch: ScheduleCounts,
): void {
  const open = openOn(plan.startDate, plan.endDate, asAt);
  const spanEnd = plan.endDate ?? asAt;
  if (judged && countSchedule(plan.planType, plan.startDate, spanEnd, reviews, o, period.start, period.end, scratch)) {
    into.reviewsInPeriod += scratch.inPeriod;
    into.reviewsOnTime += scratch.onTime;
    // A review due today can still be held today: only a due date before as-at is overdue.
    if (open && scratch.nextDue < asAt) into.overdue++;
  }
  if (!open) return;
  if (plan.planType === 'cp' && addMonths(plan.startDate, o.cpLongMonths) <= asAt) into.longCp++;
  if (plan.planType === 'cin' && addMonths(plan.startDate, o.cinLongMonths) <= asAt) into.longCin++;
}
