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

/**
 * The longest gap allowed per plan type: CP and CIN in working days, CLA in days. Numbers, not a
 * function: a function made per run, passed to the compiled walk below, failed V8's check of the
 * function it saw at the next trend point and threw the walk's code away (issue 24).
 */
export interface VisitLimits {
  cp: number;
  cin: number;
  cla: number;
}

/**
 * The CIN, CP and CLA plans with a plan id, child id and start date open at some time in the
 * period (on the as-at date when only each child's latest visit is known), and how many plans
 * lack one of those. A module function, not a loop in the rule's `run`, for the reason above: V8
 * compiles a small function once and keeps it, where `run` was compiled again at each trend point.
 */
export function plansInScope(
  rows: readonly PlanRow[],
  latestOnly: boolean,
  asAt: Day,
  periodStart: Day,
): { plans: Placed[]; skipped: number } {
  let skipped = 0;
  const plans: Placed[] = [];
  for (const p of rows) {
    if (p.planId === null || p.childId === null || p.planType === null || p.startDate === null) {
      skipped++;
      continue;
    }
    if (p.planType !== 'cin' && p.planType !== 'cp' && p.planType !== 'cla') continue;
    // Open at some time in the period: started by as-at and not ended before the period.
    const inScope = latestOnly
      ? openOn(p.startDate, p.endDate, asAt)
      : p.startDate <= asAt && (p.endDate === null || p.endDate >= periodStart);
    if (inScope) plans.push(p as Placed);
  }
  return { plans, skipped };
}

/** A gap ending in the period longer than the limit (module-level: no closure per plan). */
function overLimit(from: Day, to: Day, periodStart: Day, cla: boolean, limit: number): boolean {
  return to >= periodStart && (cla ? to - from : wd(from, to)) > limit;
}

/**
 * Each child's visits where the child was seen, as flat columns made once at the latest trend
 * point (lib/pointShared.ts) and read by every earlier one: a child's visits lie together in the
 * index's order (date, then line), with their dates and whether the child was seen alone.
 */
export interface SeenVisits {
  /** Where each child's visits start in `dates`/`alone`, and how many there are. */
  slot: Map<string, number>;
  offset: Int32Array;
  length: Int32Array;
  dates: Int32Array;
  /** 1 when the visit saw the child alone (seenAlone true). */
  alone: Uint8Array;
}

/**
 * The seen visits with a date, from the index's lists as they are now. At an earlier point the
 * visits whose dates it blanked are those dated after it: a run at the end of each child's
 * visits, which the walk below stops at. The rest keep their order, so the walk is the one over
 * that point's own index; and typed columns, not rows, are what each point reads.
 */
export function seenVisitsByChild(byChild: ReadonlyMap<string, readonly VisitRow[]>): SeenVisits {
  let total = 0;
  for (const list of byChild.values()) total += list.length;
  const slot = new Map<string, number>();
  const offset = new Int32Array(byChild.size),
    length = new Int32Array(byChild.size);
  const dates = new Int32Array(total),
    alone = new Uint8Array(total);
  let used = 0;
  for (const [childId, list] of byChild) {
    const k = slot.size;
    slot.set(childId, k);
    offset[k] = used;
    for (let i = 0; i < list.length; i++) {
      const v = list[i]!;
      if (v.visitDate === null || v.seen === false) continue;
      dates[used] = v.visitDate;
      alone[used] = v.seenAlone === true ? 1 : 0;
      used++;
    }
    length[k] = used - offset[k]!;
  }
  return { slot, offset, length, dates, alone };
}

/**
 * The same rules as the headline path: gaps run from the plan start through each visit where the
 * child was seen (start ≤ date ≤ end or as-at) to the end; only gaps ending in the period are
 * judged, CLA plans in calendar days, others in working days. A visit dated after as-at is one
 * this point blanked: it and every later one are not read.
 */
export function countVisitGaps(
  plans: readonly Placed[],
  seen: SeenVisits,
  asAt: Day,
  periodStart: Day,
  limits: VisitLimits,
): VisitCounts {
  const out: VisitCounts = { failing: 0, cpOpen: 0, notAlone: 0 };
  const { dates, alone } = seen;
  for (let k = 0; k < plans.length; k++) {
    const p = plans[k]!;
    const end = p.endDate ?? asAt;
    const limit = p.planType === 'cp' ? limits.cp : p.planType === 'cin' ? limits.cin : limits.cla;
    const cla = p.planType === 'cla';
    const s = seen.slot.get(p.childId);
    let from = p.startDate;
    let over = false;
    // Whether the latest visit (date order, then line) where the child was seen, up to as-at,
    // saw the child alone; -1 when there is none.
    let latestAlone = -1;
    if (s !== undefined) {
      const first = seen.offset[s]!,
        last = first + seen.length[s]!;
      for (let i = first; i < last; i++) {
        const d = dates[i]!;
        if (d > asAt) break;
        if (d < p.startDate) continue;
        latestAlone = alone[i]!;
        if (d > end) continue;
        if (!over && overLimit(from, d, periodStart, cla, limit)) over = true;
        from = d;
      }
    }
    if (!over && overLimit(from, end, periodStart, cla, limit)) over = true;
    if (over) out.failing++;
    if (p.planType === 'cp' && openOn(p.startDate, p.endDate, asAt)) {
      out.cpOpen++;
      if (latestAlone !== 1) out.notAlone++;
    }
  }
  return out;
}
