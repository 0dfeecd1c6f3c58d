/**
 * Column definitions for the canonical tables (SPEC §3): what each column is called, its aliases
 * in Annex A, SSD and common case-management exports, how its values are parsed and whether it
 * is required. The loader is driven entirely by this table.
 */
import {
  ASSESSMENT_OUTCOMES,
  END_REASONS,
  PLAN_TYPES,
  REFERRAL_OUTCOMES,
  S47_OUTCOMES,
  SUPERVISION_TYPES,
  type TableName,
} from './tables.js';
import type { TableSpec } from './columnSpec.js';
import {
  CHILD_ID_ALIASES,
  NFA_SYNONYMS,
  PLAN_TYPE_SYNONYMS,
  TEAM_ALIASES,
  WORKER_ID_ALIASES,
} from './columnAliases.js';

// Re-exported so the many importers of the schema keep one place to import from.
export type { ColumnKind, ColumnSpec, TableSpec } from './columnSpec.js';
export { normaliseCode, normaliseHeader } from './normalise.js';

const id = { type: 'id' } as const;
const text = { type: 'text' } as const;
const date = { type: 'date' } as const;
const flag = { type: 'flag' } as const;

export const TABLE_SPECS: { readonly [T in TableName]: TableSpec<T> } = {
  children: {
    name: 'children',
    uniqueKey: 'childId',
    columns: [
      { name: 'child_id', key: 'childId', kind: id, required: true, aliases: CHILD_ID_ALIASES },
      {
        name: 'date_of_birth',
        key: 'dateOfBirth',
        kind: date,
        aliases: ['dob', 'birth date', 'pers_dob', 'date of birth'],
      },
      { name: 'gender', key: 'gender', kind: text, aliases: ['sex', 'pers_gender', 'pers_sex'] },
      { name: 'ethnicity', key: 'ethnicity', kind: text, aliases: ['pers_ethnicity', 'ethnic origin'] },
      { name: 'disability', key: 'disability', kind: flag, aliases: ['disabled', 'has disability'] },
      { name: 'uasc', key: 'uasc', kind: flag, aliases: ['unaccompanied asylum seeking child', 'uasc status'] },
    ],
  },
  workers: {
    name: 'workers',
    uniqueKey: 'workerId',
    intervals: [['startDate', 'endDate']],
    columns: [
      { name: 'worker_id', key: 'workerId', kind: id, required: true, aliases: WORKER_ID_ALIASES },
      { name: 'team', key: 'team', kind: text, aliases: [...TEAM_ALIASES, 'prof_professional_department'] },
      {
        name: 'role',
        key: 'role',
        kind: text,
        aliases: ['job title', 'job_title', 'prof_professional_job_title', 'grade'],
      },
      {
        name: 'fte',
        key: 'fte',
        kind: { type: 'fraction' },
        aliases: ['full time equivalent', 'prof_full_time_equivalency', 'fte_value'],
      },
      { name: 'start_date', key: 'startDate', kind: date, aliases: ['employment start date', 'date started'] },
      {
        name: 'end_date',
        key: 'endDate',
        kind: date,
        aliases: ['leaving date', 'leave date', 'employment end date', 'date left'],
      },
      {
        name: 'agency',
        key: 'agency',
        kind: flag,
        aliases: ['agency worker', 'agency_flag', 'prof_agency_worker_flag', 'is agency'],
      },
      { name: 'qualified_date', key: 'qualifiedDate', kind: date, aliases: ['date qualified', 'qualification date'] },
    ],
  },
  contacts: {
    name: 'contacts',
    uniqueKey: 'contactId',
    columns: [
      { name: 'contact_id', key: 'contactId', kind: id, aliases: ['cont_contact_id'] },
      { name: 'child_id', key: 'childId', kind: id, required: true, aliases: [...CHILD_ID_ALIASES, 'cont_person_id'] },
      {
        name: 'contact_date',
        key: 'contactDate',
        kind: date,
        required: true,
        aliases: ['date of contact', 'cont_contact_date'],
      },
      { name: 'source', key: 'source', kind: text, aliases: ['contact source', 'cont_contact_source_code'] },
      { name: 'outcome', key: 'outcome', kind: text, aliases: ['contact outcome'] },
    ],
  },
  referrals: {
    name: 'referrals',
    uniqueKey: 'referralId',
    columns: [
      {
        name: 'referral_id',
        key: 'referralId',
        kind: id,
        required: true,
        aliases: ['cine_referral_id', 'referral no'],
      },
      { name: 'child_id', key: 'childId', kind: id, required: true, aliases: CHILD_ID_ALIASES },
      {
        name: 'referral_date',
        key: 'referralDate',
        kind: date,
        required: true,
        aliases: ['date of referral', 'cine_referral_date'],
      },
      { name: 'source', key: 'source', kind: text, aliases: ['referral source', 'cine_referral_source_code'] },
      { name: 'team', key: 'team', kind: text, aliases: TEAM_ALIASES },
      {
        name: 'outcome',
        key: 'outcome',
        kind: { type: 'code', values: REFERRAL_OUTCOMES, synonyms: NFA_SYNONYMS },
        aliases: ['referral outcome'],
      },
      // The child's referrals in the 12 months before this one, not counting it, where the export
      // records the count instead of every referral (Annex A List 3).
      {
        name: 'referrals_last_12_months',
        key: 'referralsLast12Months',
        kind: { type: 'count' },
        aliases: ['number of referrals in last 12 months'],
      },
    ],
  },
  assessments: {
    name: 'assessments',
    uniqueKey: 'assessmentId',
    intervals: [['startDate', 'completionDate']],
    columns: [
      { name: 'assessment_id', key: 'assessmentId', kind: id, required: true, aliases: ['cina_assessment_id'] },
      { name: 'child_id', key: 'childId', kind: id, required: true, aliases: CHILD_ID_ALIASES },
      { name: 'referral_id', key: 'referralId', kind: id, aliases: ['cina_referral_id'] },
      {
        name: 'start_date',
        key: 'startDate',
        kind: date,
        required: true,
        aliases: ['assessment start date', 'continuous assessment start date', 'cina_assessment_start_date'],
      },
      {
        name: 'completion_date',
        key: 'completionDate',
        kind: date,
        aliases: [
          'assessment completion date',
          'continuous assessment date of authorisation',
          'cina_assessment_auth_date',
          'authorisation date',
          'end_date',
        ],
      },
      { name: 'worker_id', key: 'workerId', kind: id, aliases: WORKER_ID_ALIASES },
      { name: 'team', key: 'team', kind: text, aliases: TEAM_ALIASES },
      { name: 'seen_date', key: 'seenDate', kind: date, aliases: ['date child seen', 'child seen date'] },
      {
        name: 'seen_alone_date',
        key: 'seenAloneDate',
        kind: date,
        aliases: ['date child seen alone', 'child seen alone date'],
      },
      {
        name: 'outcome',
        key: 'outcome',
        kind: {
          type: 'code',
          values: ASSESSMENT_OUTCOMES,
          synonyms: { ...NFA_SYNONYMS, section_47: 's47', child_protection: 'cp', child_in_need: 'cin' },
        },
        aliases: ['assessment outcome'],
      },
    ],
  },
  section47: {
    name: 'section47',
    uniqueKey: 's47Id',
    intervals: [['strategyDate', 'icpcDate']],
    columns: [
      {
        name: 's47_id',
        key: 's47Id',
        kind: id,
        required: true,
        aliases: ['s47e_s47_enquiry_id', 'enquiry id', 'section47_id'],
      },
      { name: 'child_id', key: 'childId', kind: id, required: true, aliases: CHILD_ID_ALIASES },
      {
        name: 'strategy_date',
        key: 'strategyDate',
        kind: date,
        required: true,
        aliases: ['strategy discussion date', 'date of strategy discussion', 's47e_s47_start_date', 's47_start_date'],
      },
      {
        name: 'icpc_date',
        key: 'icpcDate',
        kind: date,
        aliases: ['date of initial child protection conference', 'icpc date', 'icpc_icpc_date'],
      },
      {
        name: 'outcome',
        key: 'outcome',
        kind: { type: 'code', values: S47_OUTCOMES, synonyms: NFA_SYNONYMS },
        aliases: ['s47 outcome'],
      },
      { name: 'team', key: 'team', kind: text, aliases: TEAM_ALIASES },
    ],
  },
  plans: {
    name: 'plans',
    uniqueKey: 'planId',
    intervals: [['startDate', 'endDate']],
    columns: [
      { name: 'plan_id', key: 'planId', kind: id, required: true, aliases: ['plan id', 'episode_id'] },
      { name: 'child_id', key: 'childId', kind: id, required: true, aliases: CHILD_ID_ALIASES },
      {
        name: 'plan_type',
        key: 'planType',
        kind: { type: 'code', values: PLAN_TYPES, synonyms: PLAN_TYPE_SYNONYMS },
        required: true,
        aliases: ['type', 'plan type'],
      },
      { name: 'start_date', key: 'startDate', kind: date, required: true, aliases: ['plan start date'] },
      { name: 'end_date', key: 'endDate', kind: date, aliases: ['plan end date'] },
      {
        name: 'end_reason',
        key: 'endReason',
        kind: {
          type: 'code',
          values: END_REASONS,
          synonyms: { stepped_down: 'step_down', stepped_up: 'step_up', closure: 'closed' },
        },
        aliases: ['reason ended', 'plan end reason'],
      },
      {
        name: 'category',
        key: 'category',
        kind: text,
        aliases: ['category of abuse', 'initial category of abuse', 'cp category'],
      },
      { name: 'team', key: 'team', kind: text, aliases: TEAM_ALIASES },
      // The child's CP plans before this one, where the export records the count instead of every
      // plan (Annex A List 7); read for CP plans only.
      {
        name: 'previous_cp_plans',
        key: 'previousCpPlans',
        kind: { type: 'count' },
        aliases: ['number of previous child protection plans'],
      },
    ],
  },
  reviews: {
    name: 'reviews',
    columns: [
      { name: 'plan_id', key: 'planId', kind: id, required: true, aliases: ['plan id'] },
      {
        name: 'review_date',
        key: 'reviewDate',
        kind: date,
        required: true,
        aliases: ['date of review', 'date of last review'],
      },
    ],
  },
  allocations: {
    name: 'allocations',
    intervals: [['startDate', 'endDate']],
    columns: [
      { name: 'child_id', key: 'childId', kind: id, required: true, aliases: [...CHILD_ID_ALIASES, 'invo_person_id'] },
      {
        name: 'worker_id',
        key: 'workerId',
        kind: id,
        required: true,
        aliases: [...WORKER_ID_ALIASES, 'invo_professional_id'],
      },
      {
        name: 'start_date',
        key: 'startDate',
        kind: date,
        required: true,
        aliases: ['allocation start date', 'allocated date', 'invo_involvement_start_date'],
      },
      { name: 'end_date', key: 'endDate', kind: date, aliases: ['allocation end date', 'invo_involvement_end_date'] },
    ],
  },
  visits: {
    name: 'visits',
    columns: [
      { name: 'child_id', key: 'childId', kind: id, required: true, aliases: CHILD_ID_ALIASES },
      {
        name: 'visit_date',
        key: 'visitDate',
        kind: date,
        required: true,
        aliases: ['date of visit', 'date of last visit', 'date of last statutory visit'],
      },
      { name: 'worker_id', key: 'workerId', kind: id, aliases: WORKER_ID_ALIASES },
      { name: 'seen', key: 'seen', kind: flag, aliases: ['child seen', 'visit seen'] },
      { name: 'seen_alone', key: 'seenAlone', kind: flag, aliases: ['child seen alone', 'visit seen alone'] },
    ],
  },
  supervisions: {
    name: 'supervisions',
    uniqueKey: 'supervisionId',
    columns: [
      { name: 'supervision_id', key: 'supervisionId', kind: id, aliases: ['record id', 'case note id'] },
      {
        name: 'worker_id',
        key: 'workerId',
        kind: id,
        required: true,
        aliases: [...WORKER_ID_ALIASES, 'supervisee_id'],
      },
      {
        name: 'supervision_date',
        key: 'supervisionDate',
        kind: date,
        required: true,
        aliases: ['date of supervision', 'date'],
      },
      { name: 'child_id', key: 'childId', kind: id, aliases: CHILD_ID_ALIASES },
      { name: 'supervisor_id', key: 'supervisorId', kind: id, aliases: ['manager id', 'supervisor'] },
      {
        name: 'type',
        key: 'type',
        kind: {
          type: 'code',
          values: SUPERVISION_TYPES,
          synonyms: {
            case_supervision: 'case',
            management_oversight: 'oversight',
            personal_supervision: 'personal',
            group_supervision: 'group',
          },
        },
        aliases: ['supervision type'],
      },
      {
        name: 'record_text',
        key: 'recordText',
        kind: text,
        aliases: ['record', 'notes', 'text', 'case note', 'discussion'],
      },
      { name: 'actions', key: 'actions', kind: text, aliases: ['agreed actions', 'action plan'] },
    ],
  },
};

export const TABLE_NAMES = Object.keys(TABLE_SPECS) as TableName[];
