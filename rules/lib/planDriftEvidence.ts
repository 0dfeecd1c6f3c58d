/**
 * Plan-drift evidence helpers (SPEC §4.4): plan-type labels, the plan-with-schedule shape, and the
 * ordering and counting of evidence rows. Pure functions, shared by the rule's sections.
 */
import type { EvidenceRow } from '../../src/engine/types.js';
import { addMonths, type Day } from '../../src/model/day.js';
import type { PlanRow, PlanType } from '../../src/model/tables.js';
import type { PlanSchedule } from './reviewSchedule.js';

export const NO_TEAM = '(no team recorded)';
/** Plan types in the order they are named in labels ("CP and CLA plans"). */
export const TYPE_NAMES: Readonly<Record<PlanType, string>> = {
  cp: 'CP',
  cla: 'CLA',
  cin: 'CIN',
  early_help: 'early help',
  care_leaver: 'care leaver',
};

export interface ScheduledPlan {
  plan: PlanRow & { planId: string; planType: PlanType; startDate: Day };
  schedule: PlanSchedule | null;
}

/** Whole calendar months from start to d: the largest k with addMonths(start, k) ≤ d. */
export function wholeMonths(start: Day, d: Day): number {
  let k = 0;
  while (addMonths(start, k + 1) <= d) k++;
  return k;
}

export function byKey(a: EvidenceRow, b: EvidenceRow): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function distinctChildren(rows: readonly EvidenceRow[]): number {
  return new Set(rows.map((r) => r.childId).filter((c) => c !== null && c !== undefined)).size;
}
