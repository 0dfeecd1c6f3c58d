/**
 * The generator's schedule helpers and the settings a child's journey is built from (council.ts
 * builds the journey). SPEC §4.4 review schedule and §4.5 visit limits, as the generator plants them.
 */
import { type Day, addMonths } from '../model/day.js';
import { addWorkingDays, isWorkingDay } from '../model/calendar.js';
import type { Rng } from './rng.js';
import type { GPlanType } from './types.js';
import type { TeamSet, Workforce } from './workforce.js';

/** The day x with wd(x, d) = n (x may be a weekend day). */
export function subWorkingDays(d: Day, n: number): Day {
  let x = d;
  let count = 0;
  while (count < n) {
    if (isWorkingDay(x)) count++;
    x--;
  }
  return x;
}

/** SPEC §4.4 review schedule: the due date of the next review given the reviews so far. */
export function nextReviewDue(type: GPlanType, start: Day, reviews: readonly Day[]): Day | null {
  const n = reviews.length;
  const last = reviews[n - 1];
  switch (type) {
    case 'cp':
      return last === undefined ? addMonths(start, 3) : addMonths(last, 6);
    case 'cin':
      return addMonths(last ?? start, 3);
    case 'cla':
      return n === 0 ? addWorkingDays(start, 20) : n === 1 ? addMonths(reviews[0]!, 3) : addMonths(last!, 6);
    default:
      return null;
  }
}

export const VISIT_LIMIT: Readonly<Record<'cp' | 'cin' | 'cla', number>> = { cp: 10, cin: 20, cla: 42 };

/** Exact settings for a scenario child (near-misses and hand-picked plants); random plants are off. */
export interface ChildForce {
  label: string;
  t0: Day;
  referralOutcome?: 'nfa' | 'assessment';
  assessWd?: number;
  openAssessment?: boolean;
  seenWd?: number;
  assessOutcome?: 'nfa' | 'cin' | 's47' | 'cla';
  icpcWd?: number;
  planType?: 'cin' | 'cp' | 'cla';
  planStart?: Day;
  planEnd?: Day | 'open';
  planEndReason?: 'step_down' | 'closed';
  allocDelayWd?: number;
  reviewOnDue?: boolean;
  nextDueAtAsAt?: Day;
  visitForced?: { at: Day; gap: number };
  oversightLast?: Day;
  secondReferral?: Day;
}

export interface Quotas {
  nfa: Map<string, number>;
  icpc: Map<string, number>;
}

export interface CouncilContext {
  rng: Rng;
  asAt: Day;
  periodStart: Day;
  historyStart: Day;
  wf: Workforce;
  teams: TeamSet;
  /** Share of assessments done by the outlier (Disabled Children) team. */
  outlierShare: number;
  nfaRate: number;
  outlierNfaRate: number;
  icpcRate: number;
  ids: { [k in 'contact' | 'referral' | 'assessment' | 's47' | 'plan' | 'supervision']: number };
  quotas: Quotas;
}

/** A period of a child's case needing an allocated worker (council.ts collects them, allocations.ts resolves them). */
export interface Need {
  team: string;
  start: Day;
  end: Day | null;
}

export const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Low-discrepancy quota: exactly `rate` of the calls per key come out true (±1). */
export function quota(map: Map<string, number>, key: string, rate: number): boolean {
  const k = map.get(key) ?? 0;
  map.set(key, k + 1);
  return Math.floor((k + 1) * rate + 0.5) > Math.floor(k * rate + 0.5);
}
