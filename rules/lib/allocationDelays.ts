/**
 * allocation-delay's passes over every plan and allocation (rules/allocation-delay.ts).
 *
 * They live in these module functions, not in the rule's `run` (issue 24): `run` is called once
 * per trend point, and V8 compiled a `run` holding them again and again (on-stack at each point,
 * its code thrown away as the next point's values changed shape), the largest single item of the
 * audit's compiler time. A small function with one loop is compiled once or twice and kept;
 * `run`, with no loop of its own at a trend point, is left to the interpreter.
 */
import { openOn } from '../../src/engine/exportIndex.js';
import type { EvidenceRow } from '../../src/engine/types.js';
import { wd } from '../../src/model/calendar.js';
import { type Day, isoOrNull, toIso } from '../../src/model/day.js';
import type { AllocationRow, PlanRow, PlanType } from '../../src/model/tables.js';
import { compareText } from './teams.js';
import {
  anyOpenOn,
  firstStartAfter,
  isAlloc,
  type PlanWaits,
  WAIT_NEXT,
  WAIT_OPEN,
  WAIT_UNKNOWN,
} from './allocationWaits.js';

export type Placed = PlanRow & { planId: string; childId: string; planType: 'cin' | 'cp' | 'cla'; startDate: Day };

export const SOCIAL_WORK_PLANS: ReadonlySet<string> = new Set<PlanType>(['cin', 'cp', 'cla']);

export const NONE: readonly AllocationRow[] = [];

export interface Delay {
  plan: Placed;
  delay: number;
  allocatedOn: Day | null;
  unallocated: boolean;
}

/** The plans of a social-work type (of the covered types, when narrowed) with every key value, and their row numbers. */
export function placedPlans(
  planTable: readonly PlanRow[],
  covered: readonly PlanType[] | undefined,
): { plans: Placed[]; planRows: number[]; skipped: number } {
  let skipped = 0;
  const plans: Placed[] = [];
  // Each placed plan's row number (the table's rows are the same at every trend point).
  const planRows: number[] = [];
  for (let r = 0; r < planTable.length; r++) {
    const p = planTable[r]!;
    if (p.planId === null || p.childId === null || p.planType === null || p.startDate === null) {
      skipped++;
      continue;
    }
    if (SOCIAL_WORK_PLANS.has(p.planType) && (covered === undefined || covered.includes(p.planType))) {
      plans.push(p as Placed);
      planRows.push(r);
    }
  }
  return { plans, planRows, skipped };
}

/** Allocations without a child id, worker id or start date. */
export function unusableAllocations(rows: readonly AllocationRow[]): number {
  let n = 0;
  for (const a of rows) if (a.childId === null || a.workerId === null || a.startDate === null) n++;
  return n;
}

/** The wait of each plan starting in the period, from the kept waits at a trend point, else from the child's allocations. */
export function delaysOf(
  plans: readonly Placed[],
  planRows: readonly number[],
  waits: PlanWaits | null,
  byChild: ReadonlyMap<string, readonly AllocationRow[]>,
  periodStart: Day,
  asAt: Day,
): Delay[] {
  const delays: Delay[] = [];
  for (let k = 0; k < plans.length; k++) {
    const plan = plans[k]!;
    if (plan.startDate < periodStart || plan.startDate > asAt) continue;
    const r = planRows[k]!;
    const kept = waits === null ? WAIT_UNKNOWN : waits.state[r]!;
    if (kept === WAIT_OPEN) delays.push({ plan, delay: 0, allocatedOn: plan.startDate, unallocated: false });
    else if (kept === WAIT_NEXT && waits!.next[r]! <= asAt)
      delays.push({ plan, delay: waits!.toNext[r]!, allocatedOn: waits!.next[r]!, unallocated: false });
    else if (kept !== WAIT_UNKNOWN)
      delays.push({ plan, delay: wd(plan.startDate, asAt), allocatedOn: null, unallocated: true });
    else delays.push(delayOf(plan, byChild.get(plan.childId) ?? NONE, asAt));
  }
  return delays;
}

function delayOf(plan: Placed, allocs: readonly AllocationRow[], asAt: Day): Delay {
  if (anyOpenOn(allocs, plan.startDate)) return { plan, delay: 0, allocatedOn: plan.startDate, unallocated: false };
  // Allocations are sorted by start date, and starts after as-at are already blank.
  const next = firstStartAfter(allocs, plan.startDate);
  if (next) return { plan, delay: wd(plan.startDate, next.startDate), allocatedOn: next.startDate, unallocated: false };
  return { plan, delay: wd(plan.startDate, asAt), allocatedOn: null, unallocated: true };
}

/** Each child's plans open on the as-at date, in plan order. */
export function openPlansByChild(plans: readonly Placed[], asAt: Day): Map<string, Placed[]> {
  const openByChild = new Map<string, Placed[]>();
  for (const p of plans) {
    if (!openOn(p.startDate, p.endDate, asAt)) continue;
    let list = openByChild.get(p.childId);
    if (!list) openByChild.set(p.childId, (list = []));
    list.push(p);
  }
  return openByChild;
}

/**
 * Whether any plan is open on the as-at date (`anyOpen`: openPlansByChild is not empty), and how
 * many children with an open plan have no allocation open then (`unallocated`: unallocatedRows'
 * length), for a trend point, which needs the counts only. A child's allocations are looked at
 * once per open plan (a child has one or two), and only the unallocated children, a few hundred,
 * are kept in a Set.
 */
export function countUnallocated(
  plans: readonly Placed[],
  byChild: ReadonlyMap<string, readonly AllocationRow[]>,
  asAt: Day,
): { anyOpen: boolean; unallocated: number } {
  let anyOpen = false;
  const unallocated = new Set<string>();
  for (let k = 0; k < plans.length; k++) {
    const p = plans[k]!;
    if (!openOn(p.startDate, p.endDate, asAt)) continue;
    anyOpen = true;
    if (!anyOpenOn(byChild.get(p.childId) ?? NONE, asAt)) unallocated.add(p.childId);
  }
  return { anyOpen, unallocated: unallocated.size };
}

/** The children with an open plan and no allocation open on the as-at date, as evidence rows. */
export function unallocatedRows(
  openByChild: ReadonlyMap<string, Placed[]>,
  byChild: ReadonlyMap<string, readonly AllocationRow[]>,
  asAt: Day,
  waitKnown: boolean,
): EvidenceRow[] {
  const unallocated: EvidenceRow[] = [];
  for (const [childId, open] of openByChild) {
    const allocs = byChild.get(childId) ?? NONE;
    if (anyOpenOn(allocs, asAt)) continue;
    // The child has needed a worker since the earliest of their open plans started.
    const plan = [...open].sort((a, b) => a.startDate - b.startDate || compareText(a.planId, b.planId))[0]!;
    let lastEnd: Day | null = null;
    for (const a of allocs)
      if (isAlloc(a) && a.endDate !== null && a.endDate < asAt && (lastEnd === null || a.endDate > lastEnd))
        lastEnd = a.endDate;
    const since = lastEnd !== null && lastEnd > plan.startDate ? lastEnd : plan.startDate;
    unallocated.push({
      key: `allocation-delay/unallocated/${childId}`,
      childId,
      planId: plan.planId,
      planType: plan.planType,
      team: plan.team,
      planStart: toIso(plan.startDate),
      lastAllocationEnd: isoOrNull(lastEnd),
      waitingSince: waitKnown ? toIso(since) : null,
      workingDays: waitKnown ? wd(since, asAt) : null,
      ...(waitKnown ? {} : { wait: 'unknown: this export names only the current worker, with no allocation dates' }),
    });
  }
  return unallocated;
}
