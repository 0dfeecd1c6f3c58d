/**
 * The dates a plan's reviews, visits and case supervision fall on: on schedule in the background,
 * with the planted late reviews, visit gaps and oversight gaps, and a scenario child's near-misses
 * exactly at the limit. `force` is the child's scenario (null: random plants on) and `first` says
 * whether the plan opens its chain, the one a scenario's settings apply to.
 */
import type { Day } from '../model/day.js';
import { addWorkingDays, isWorkingDay } from '../model/calendar.js';
import { type ChildForce, type CouncilContext, VISIT_LIMIT, nextReviewDue } from './councilContext.js';
import type { GPlan } from './types.js';

/** A visit before its worker is known (allocations are resolved once the child's journey is done). */
export interface PlannedVisit {
  date: Day;
  seen: boolean;
  seenAlone: boolean | null;
  team: string;
}
/** A case-supervision date before its worker and record text are known. */
export interface PendingSupervision {
  date: Day;
  team: string;
}

/** Review dates of a plan (SPEC §4.4 schedule), some planted late or stopped. */
export function planReviews(x: CouncilContext, plan: GPlan, force: ChildForce | null, first: boolean): Day[] {
  const { rng, asAt: A, periodStart: P } = x;
  const plant = force === null;
  const f = first ? force : null;
  const endEff = plan.end ?? A;
  const out: Day[] = [];
  const overdue = plant && plan.end === null && rng.chance(0.07);
  const stopAt = overdue ? A - rng.int(10, 120) : null;
  let onDue = f?.reviewOnDue ?? false;
  const forced = f?.nextDueAtAsAt ?? null;
  for (;;) {
    const due = nextReviewDue(plan.type, plan.start, out);
    if (due === null) break;
    if (forced !== null && due >= forced) {
      // near-miss: the last review makes the next one due exactly on as-at
      if (forced > (out[out.length - 1] ?? plan.start)) out.push(forced);
      break;
    }
    if (due > endEff) break;
    if (stopAt !== null && due >= stopAt) break;
    const last = out[out.length - 1] ?? plan.start;
    let r: Day;
    if (onDue && due >= P) {
      r = due;
      onDue = false;
    } else if (plant && rng.chance(0.09) && due + 40 <= endEff) r = due + rng.int(3, 40);
    else r = Math.max(last + 1, due - rng.int(0, 10));
    out.push(r);
  }
  return out;
}

/** Visits to a CIN, CP or CLA plan, with a planted or forced gap; none for other plans. */
export function planVisits(x: CouncilContext, plan: GPlan, force: ChildForce | null, first: boolean): PlannedVisit[] {
  const out: PlannedVisit[] = [];
  if (plan.type !== 'cp' && plan.type !== 'cin' && plan.type !== 'cla') return out;
  const { rng, asAt: A, periodStart: P } = x;
  const plant = force === null;
  const type = plan.type;
  const endEff = plan.end ?? A;
  const calendar = type === 'cla';
  const step = (v: Day, gap: number, exact: boolean): Day => {
    if (!calendar) return addWorkingDays(v, gap);
    let d = v + gap;
    if (!exact) while (!isWorkingDay(d) && d - 1 > v) d--;
    return d;
  };
  const bg = () => (type === 'cp' ? rng.int(6, 9) : type === 'cin' ? rng.int(12, 18) : rng.int(25, 40));
  let forced = first ? (force?.visitForced ?? null) : null;
  if (!forced && plant && rng.chance(0.12)) {
    const lim = VISIT_LIMIT[type];
    const gap = type === 'cp' ? lim + rng.int(1, 10) : type === 'cin' ? lim + rng.int(1, 15) : lim + rng.int(1, 30);
    const lo = Math.max(plan.start + 10, P),
      hi = endEff - (calendar ? gap : Math.ceil(gap * 1.5)) - 5;
    if (hi > lo) forced = { at: rng.int(lo, hi), gap };
  }
  const dates: Day[] = [];
  let v = plan.start;
  let used = false;
  for (;;) {
    let next = step(v, bg(), false);
    if (forced && !used && next >= forced.at) {
      if (forced.at > v) {
        dates.push(forced.at);
        v = forced.at;
      }
      next = step(v, forced.gap, true);
      used = true;
    }
    if (next > endEff) break;
    dates.push(next);
    v = next;
  }
  const plantedNotAlone = type === 'cp' && plan.end === null && plant && rng.chance(0.12);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const last = i === dates.length - 1;
    let alone: boolean;
    if (type === 'cp') alone = last && plan.end === null ? !plantedNotAlone : rng.chance(0.92);
    else alone = rng.chance(0.7);
    out.push({ date: d, seen: true, seenAlone: alone, team: plan.team });
    // an occasional no-access visit, which the gap rules ignore
    const nextD = dates[i + 1] ?? endEff;
    if (rng.chance(0.04) && d + 2 < nextD) out.push({ date: d + 1, seen: false, seenAlone: null, team: plan.team });
  }
  return out;
}

/** Case-supervision dates of a CIN, CP or CLA plan, roughly monthly over the exported window. */
export function planCaseSupervision(
  x: CouncilContext,
  plan: GPlan,
  force: ChildForce | null,
  first: boolean,
): PendingSupervision[] {
  if (plan.type !== 'cp' && plan.type !== 'cin' && plan.type !== 'cla') return [];
  const { rng, asAt: A } = x;
  const plant = force === null;
  const endEff = plan.end ?? A;
  const dates: Day[] = [];
  // Case notes are exported for the period and two months before it (enough for the copy
  // test's "previous record" and for oversight), not for a plan's whole history.
  const from = Math.max(plan.start, x.periodStart - 60);
  for (let d = from + rng.int(5, 25); d <= endEff; d += rng.int(20, 29)) dates.push(d);
  const nearMiss = first ? force?.oversightLast : undefined;
  if (plan.end === null && nearMiss !== undefined) {
    while (dates.length && dates[dates.length - 1]! > nearMiss - 5) dates.pop();
    dates.push(nearMiss);
  } else if (plan.end === null && plant && rng.chance(0.09)) {
    const cut = A - rng.int(31, 90);
    while (dates.length && dates[dates.length - 1]! > cut) dates.pop();
  }
  return dates.map((d) => ({ date: d, team: plan.team }));
}
