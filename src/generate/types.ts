/** In-memory records of one generated child, before they are written out. Dates are `Day`s. */
import type { Day } from '../model/day.js';
import type { RecordQuality } from './supervisionText.js';

export interface GContact {
  id: string;
  date: Day;
  source: string;
  outcome: string;
}
export interface GReferral {
  id: string;
  date: Day;
  source: string;
  team: string;
  outcome: 'assessment' | 'nfa' | 'early_help' | 'other';
}
export interface GAssessment {
  id: string;
  referralId: string;
  start: Day;
  completion: Day | null;
  workerId: string | null;
  team: string;
  seen: Day | null;
  seenAlone: Day | null;
  outcome: 'nfa' | 'cin' | 's47' | 'cp' | 'cla' | 'early_help' | 'other' | null;
}
export interface GS47 {
  id: string;
  strategy: Day;
  icpc: Day | null;
  outcome: 'icpc' | 'cin' | 'nfa' | 'other' | null;
  team: string;
}
export type GPlanType = 'early_help' | 'cin' | 'cp' | 'cla' | 'care_leaver';
export interface GPlan {
  id: string;
  type: GPlanType;
  start: Day;
  end: Day | null;
  endReason: 'step_down' | 'step_up' | 'closed' | 'other' | null;
  category: string;
  team: string;
  reviews: Day[];
}
export interface GAllocation {
  workerId: string;
  start: Day;
  end: Day | null;
}
export interface GVisit {
  date: Day;
  workerId: string;
  seen: boolean;
  seenAlone: boolean | null;
}
export type SupervisionKind = RecordQuality | 'copied';
export interface GSupervision {
  id: string;
  workerId: string;
  date: Day;
  childId: string | null;
  supervisorId: string;
  type: 'case' | 'oversight' | 'personal' | 'group';
  recordText: string;
  actions: string;
  /** How the record was written (ground truth for SPEC §4.7 record quality). */
  kind: SupervisionKind | 'personal' | 'group';
}
export interface GChild {
  id: string;
  dob: Day;
  gender: string;
  ethnicity: string;
  disability: boolean;
  uasc: boolean;
  contacts: GContact[];
  referrals: GReferral[];
  assessments: GAssessment[];
  s47: GS47[];
  plans: GPlan[];
  allocations: GAllocation[];
  visits: GVisit[];
  supervisions: GSupervision[];
}

export interface GWorker {
  id: string;
  team: string;
  role: string;
  fte: number;
  start: Day;
  end: Day | null;
  agency: boolean;
  qualified: Day | null;
  /** Newly qualified on as-at (ASYE). */
  nq: boolean;
  manager: boolean;
  /** Children this worker may hold on as-at before new cases go elsewhere. */
  capacity: number;
  /** Distinct children with an allocation to this worker open on as-at. */
  caseload: number;
  /** Personal supervision pattern planted for this worker. */
  personal: 'regular' | 'gap' | 'none' | 'at-limit';
}
