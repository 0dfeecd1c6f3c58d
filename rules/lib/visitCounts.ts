/**
 * visit-timeliness's two metrics as counts only, for a trend point (ctx.metricsOnly, SPEC §9):
 * one walk over each plan's visits, holding no per-plan lists, points or gaps. The headline path
 * keeps every plan's gaps for its evidence; a trend point needs only how many plans fail and how
 * many open CP plans were not seen alone, and per-point lists held for the whole rule were what
 * grew the heap across the twelve points (they outlive the young generation and are promoted).
 * The counts are the headline path's, exactly: test/trends.test.ts compares every point with a
 * separate `audit --as-at`.
 */
import { openOn } from '../../src/engine/exportIndex.js';
import { wd } from '../../src/model/calendar.js';
import type { Day } from '../../src/model/day.js';
import type { PlanRow, VisitRow } from '../../src/model/tables.js';

export type VisitPlanType = 'cin' | 'cp' | 'cla';
export type Placed = PlanRow & { planId: string; childId: string; planType: VisitPlanType; startDate: Day };

export interface VisitCounts {
  /** Plans with a judged gap over the limit. */
  failing: number;
  /** CP plans open on the as-at date. */
  cpOpen: number;
  /** Of those, plans whose latest visit where the child was seen did not see the child alone. */
  notAlone: number;
}

/** A gap ending in the period longer than the limit (module-level: no closure per plan). */
function overLimit(from: Day, to: Day, periodStart: Day, cla: boolean, limit: number): boolean {
  return to >= periodStart && (cla ? to - from : wd(from, to)) > limit;
}

/**
 * The same rules as the headline path: gaps run from the plan start through each visit where the
 * child was seen (start ≤ date ≤ end or as-at) to the end; only gaps ending in the period are
 * judged, CLA plans in calendar days, others in working days.
 */
export function countVisitGaps(
  plans: readonly Placed[],
  visitsByChild: ReadonlyMap<string, readonly VisitRow[]>,
  asAt: Day,
  periodStart: Day,
  limitOf: (t: VisitPlanType) => number,
): VisitCounts {
  const out: VisitCounts = { failing: 0, cpOpen: 0, notAlone: 0 };
  for (let k = 0; k < plans.length; k++) {
    const p = plans[k]!;
    const end = p.endDate ?? asAt;
    const limit = limitOf(p.planType);
    const cla = p.planType === 'cla';
    const visits = visitsByChild.get(p.childId);
    let from = p.startDate;
    let over = false;
    // The latest visit (date order, then line) where the child was seen, up to as-at.
    let latest: VisitRow | null = null;
    if (visits) {
      for (let i = 0; i < visits.length; i++) {
        const v = visits[i]!;
        const d = v.visitDate;
        if (d === null || v.seen === false || d < p.startDate) continue;
        if (d <= asAt) latest = v;
        if (d > end) continue;
        if (!over && overLimit(from, d, periodStart, cla, limit)) over = true;
        from = d;
      }
    }
    if (!over && overLimit(from, end, periodStart, cla, limit)) over = true;
    if (over) out.failing++;
    if (p.planType === 'cp' && openOn(p.startDate, p.endDate, asAt)) {
      out.cpOpen++;
      if (latest?.seenAlone !== true) out.notAlone++;
    }
  }
  return out;
}

/**
 * Each child's visits where the child was seen and the date is (now) given, in the index's order
 * (date, then line): what countVisitGaps reads of a list, made once for every trend point
 * (lib/pointShared.ts). At an earlier point the rows whose dates it blanked are skipped where
 * they stand; the rest keep their order, so the walk is the one over that point's own index.
 */
export function seenVisitsByChild(byChild: ReadonlyMap<string, readonly VisitRow[]>): Map<string, VisitRow[]> {
  const out = new Map<string, VisitRow[]>();
  for (const [childId, list] of byChild) {
    const kept = list.filter((v) => v.visitDate !== null && v.seen !== false);
    if (kept.length > 0) out.set(childId, kept);
  }
  return out;
}
