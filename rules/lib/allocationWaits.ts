/**
 * allocation-delay's readers of a child's allocation list, and each plan's wait kept for the trend
 * points (lib/pointShared.ts).
 */
import { openOn } from '../../src/engine/exportIndex.js';
import { wd } from '../../src/model/calendar.js';
import type { Day } from '../../src/model/day.js';
import type { AllocationRow, PlanRow } from '../../src/model/tables.js';

export type Alloc = AllocationRow & { workerId: string; startDate: Day };

/** An allocation of someone: with a worker id and a start date (as it now is: a trend point may blank it). */
export function isAlloc(a: AllocationRow): a is Alloc {
  return a.workerId !== null && a.startDate !== null;
}

/** Whether any of the allocations is open on d (module-level loops: no closure or copy per plan). */
export function anyOpenOn(allocs: readonly AllocationRow[], d: Day): boolean {
  for (let i = 0; i < allocs.length; i++) {
    const a = allocs[i]!;
    if (a.workerId !== null && openOn(a.startDate, a.endDate, d)) return true;
  }
  return false;
}

/** The first allocation (start-date order) starting after d. */
export function firstStartAfter(allocs: readonly AllocationRow[], d: Day): Alloc | undefined {
  for (let i = 0; i < allocs.length; i++) {
    const a = allocs[i]!;
    if (isAlloc(a) && a.startDate > d) return a;
  }
  return undefined;
}

/**
 * A plan's wait as a trend point keeps it (by plan row): not kept (the point works it out), an
 * allocation open on its start, a first allocation starting after it, or none.
 */
export const WAIT_UNKNOWN = 0;
export const WAIT_OPEN = 1;
export const WAIT_NEXT = 2;
export const WAIT_NONE = 3;

/** Each plan's wait, by plan row (`state` WAIT_*; `next` and `toNext` when WAIT_NEXT). */
export interface PlanWaits {
  readonly state: Uint8Array;
  readonly next: Int32Array;
  readonly toNext: Int32Array;
}

/**
 * Made at the latest trend point and read at the earlier ones. A plan dated at a point has the
 * same start at every earlier point, and an allocation open on that start is open there too (its
 * start is before the point; an end after the point is blank there, which is open). The first
 * allocation starting after the plan is the same one if it starts on or before the point, and
 * none otherwise (the list is in start order, and later starts are blank there): so a point reads
 * the kept wait and only compares that start with its date. Typed arrays by row, no object per plan.
 */
export function planWaits(
  plans: readonly (PlanRow & { childId: string; startDate: Day })[],
  planRows: readonly number[],
  rowCount: number,
  allocsOf: (childId: string) => readonly AllocationRow[],
): PlanWaits {
  const state = new Uint8Array(rowCount);
  const next = new Int32Array(rowCount);
  const toNext = new Int32Array(rowCount);
  for (let k = 0; k < plans.length; k++) {
    const plan = plans[k]!;
    const r = planRows[k]!;
    const allocs = allocsOf(plan.childId);
    if (anyOpenOn(allocs, plan.startDate)) state[r] = WAIT_OPEN;
    else {
      const a = firstStartAfter(allocs, plan.startDate);
      if (a === undefined) state[r] = WAIT_NONE;
      else {
        state[r] = WAIT_NEXT;
        next[r] = a.startDate;
        toNext[r] = wd(plan.startDate, a.startDate);
      }
    }
  }
  return { state, next, toNext };
}
