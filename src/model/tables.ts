/**
 * The canonical tables of SPEC §3 as typed rows. Every row keeps the source `line` it came from
 * so that data-quality issues and evidence can point a user back to the file.
 * A value that was blank or invalid is `null` (SPEC §2: a bad value is treated as blank).
 */
import type { Day } from './day.js';

export const PLAN_TYPES = ['early_help', 'cin', 'cp', 'cla', 'care_leaver'] as const;
export const END_REASONS = ['step_down', 'step_up', 'closed', 'other'] as const;
export const REFERRAL_OUTCOMES = ['assessment', 'nfa', 'early_help', 'other'] as const;
export const ASSESSMENT_OUTCOMES = ['nfa', 'cin', 's47', 'cp', 'cla', 'early_help', 'other'] as const;
export const S47_OUTCOMES = ['icpc', 'cin', 'nfa', 'other'] as const;
export const SUPERVISION_TYPES = ['case', 'oversight', 'personal', 'group'] as const;

export type PlanType = (typeof PLAN_TYPES)[number];
export type EndReason = (typeof END_REASONS)[number];
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
export type AssessmentOutcome = (typeof ASSESSMENT_OUTCOMES)[number];
export type S47Outcome = (typeof S47_OUTCOMES)[number];
export type SupervisionType = (typeof SUPERVISION_TYPES)[number];

interface Located {
  line: number;
}

export interface ChildRow extends Located {
  childId: string | null;
  dateOfBirth: Day | null;
  gender: string | null;
  ethnicity: string | null;
  disability: boolean | null;
  uasc: boolean | null;
}
export interface WorkerRow extends Located {
  workerId: string | null;
  team: string | null;
  role: string | null;
  fte: number | null;
  startDate: Day | null;
  endDate: Day | null;
  agency: boolean | null;
  qualifiedDate: Day | null;
}
export interface ContactRow extends Located {
  contactId: string | null;
  childId: string | null;
  contactDate: Day | null;
  source: string | null;
  outcome: string | null;
}
export interface ReferralRow extends Located {
  referralId: string | null;
  childId: string | null;
  referralDate: Day | null;
  source: string | null;
  team: string | null;
  outcome: ReferralOutcome | null;
  referralsLast12Months: number | null;
}
export interface AssessmentRow extends Located {
  assessmentId: string | null;
  childId: string | null;
  referralId: string | null;
  startDate: Day | null;
  completionDate: Day | null;
  workerId: string | null;
  team: string | null;
  seenDate: Day | null;
  seenAloneDate: Day | null;
  outcome: AssessmentOutcome | null;
}
export interface Section47Row extends Located {
  s47Id: string | null;
  childId: string | null;
  strategyDate: Day | null;
  icpcDate: Day | null;
  outcome: S47Outcome | null;
  team: string | null;
}
export interface PlanRow extends Located {
  planId: string | null;
  childId: string | null;
  planType: PlanType | null;
  startDate: Day | null;
  endDate: Day | null;
  endReason: EndReason | null;
  category: string | null;
  team: string | null;
  previousCpPlans: number | null;
}
export interface ReviewRow extends Located {
  planId: string | null;
  reviewDate: Day | null;
}
export interface AllocationRow extends Located {
  childId: string | null;
  workerId: string | null;
  startDate: Day | null;
  endDate: Day | null;
}
export interface VisitRow extends Located {
  childId: string | null;
  visitDate: Day | null;
  workerId: string | null;
  seen: boolean | null;
  seenAlone: boolean | null;
}
export interface SupervisionRow extends Located {
  supervisionId: string | null;
  workerId: string | null;
  supervisionDate: Day | null;
  childId: string | null;
  supervisorId: string | null;
  type: SupervisionType | null;
  recordText: string | null;
  actions: string | null;
}

export interface TableRows {
  children: ChildRow;
  workers: WorkerRow;
  contacts: ContactRow;
  referrals: ReferralRow;
  assessments: AssessmentRow;
  section47: Section47Row;
  plans: PlanRow;
  reviews: ReviewRow;
  allocations: AllocationRow;
  visits: VisitRow;
  supervisions: SupervisionRow;
}
export type TableName = keyof TableRows;
