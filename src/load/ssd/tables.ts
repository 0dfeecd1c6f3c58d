/**
 * The Standard Safeguarding Dataset tables caseaudit reads (field names from
 * shared/ssd-fields.md), and what SSD cannot tell us: the metrics that need fields SSD lacks are
 * named here once, for the limitations in the report and for the layout round-trip test.
 */
import type { Coverage } from '../../model/coverage.js';
import type { TableName } from '../../model/tables.js';

export const SSD_FILES = [
  'ssd_person',
  'ssd_professionals',
  'ssd_contacts',
  'ssd_cin_episodes',
  'ssd_cin_assessments',
  'ssd_s47_enquiry',
  'ssd_initial_cp_conference',
  'ssd_cin_plans',
  'ssd_cp_plans',
  'ssd_cp_reviews',
  'ssd_cla_episodes',
  'ssd_cla_reviews',
  'ssd_cp_visits',
  'ssd_cin_visits',
  'ssd_cla_visits',
  'ssd_involvements',
  'ssd_early_help_episodes',
  'ssd_care_leavers',
  'ssd_department',
] as const;
export type SsdFile = (typeof SSD_FILES)[number];

/** Columns written by canonicalToSsd, in SSD order (a subset of each table's fields is enough to read). */
export const SSD_COLUMNS: { readonly [F in SsdFile]: readonly string[] } = {
  ssd_person: ['pers_person_id', 'pers_sex', 'pers_gender', 'pers_ethnicity', 'pers_dob', 'pers_send_flag'],
  ssd_professionals: [
    'prof_professional_id',
    'prof_staff_id',
    'prof_professional_job_title',
    'prof_professional_caseload',
    'prof_professional_department',
    'prof_full_time_equivalency',
    'prof_agency_worker_flag',
  ],
  ssd_contacts: [
    'cont_contact_id',
    'cont_person_id',
    'cont_contact_date',
    'cont_contact_source_code',
    'cont_contact_source_desc',
    'cont_contact_outcome_json',
  ],
  ssd_cin_episodes: [
    'cine_referral_id',
    'cine_person_id',
    'cine_referral_date',
    'cine_referral_source_code',
    'cine_referral_nfa',
    'cine_close_reason',
    'cine_close_date',
    'cine_referral_team',
    'cine_referral_worker_id',
  ],
  ssd_cin_assessments: [
    'cina_assessment_id',
    'cina_person_id',
    'cina_referral_id',
    'cina_assessment_start_date',
    'cina_assessment_child_seen',
    'cina_assessment_auth_date',
    'cina_assessment_outcome_json',
    'cina_assessment_outcome_nfa',
    'cina_assessment_team',
    'cina_assessment_worker_id',
  ],
  ssd_s47_enquiry: [
    's47e_s47_enquiry_id',
    's47e_referral_id',
    's47e_person_id',
    's47e_s47_start_date',
    's47e_s47_end_date',
    's47e_s47_nfa',
    's47e_s47_outcome_json',
    's47e_s47_completed_by_worker_id',
    's47e_s47_completed_by_team',
  ],
  ssd_initial_cp_conference: [
    'icpc_icpc_id',
    'icpc_s47_enquiry_id',
    'icpc_person_id',
    'icpc_cp_plan_id',
    'icpc_icpc_date',
    'icpc_icpc_outcome_cp_flag',
  ],
  ssd_cin_plans: [
    'cinp_cin_plan_id',
    'cinp_referral_id',
    'cinp_person_id',
    'cinp_cin_plan_start_date',
    'cinp_cin_plan_end_date',
    'cinp_cin_plan_team',
    'cinp_cin_plan_worker_id',
  ],
  ssd_cp_plans: [
    'cppl_cp_plan_id',
    'cppl_referral_id',
    'cppl_icpc_id',
    'cppl_person_id',
    'cppl_cp_plan_start_date',
    'cppl_cp_plan_end_date',
    'cppl_cp_plan_initial_category',
    'cppl_cp_plan_latest_category',
  ],
  ssd_cp_reviews: [
    'cppr_cp_review_id',
    'cppr_person_id',
    'cppr_cp_plan_id',
    'cppr_cp_review_due',
    'cppr_cp_review_date',
  ],
  ssd_cla_episodes: [
    'clae_cla_episode_id',
    'clae_person_id',
    'clae_cla_episode_start_date',
    'clae_cla_episode_ceased_date',
    'clae_cla_episode_ceased_reason',
    'clae_cla_id',
    'clae_entered_care_date',
  ],
  ssd_cla_reviews: [
    'clar_cla_review_id',
    'clar_cla_id',
    'clar_cla_review_due_date',
    'clar_cla_review_date',
    'clar_cla_review_cancelled',
  ],
  ssd_cp_visits: [
    'cppv_cp_visit_id',
    'cppv_person_id',
    'cppv_cp_plan_id',
    'cppv_cp_visit_date',
    'cppv_cp_visit_seen',
    'cppv_cp_visit_seen_alone',
  ],
  ssd_cin_visits: [
    'cinv_cin_visit_id',
    'cinv_person_id',
    'cinv_cin_visit_date',
    'cinv_cin_visit_seen',
    'cinv_cin_visit_seen_alone',
  ],
  ssd_cla_visits: [
    'clav_cla_visit_id',
    'clav_cla_id',
    'clav_person_id',
    'clav_cla_visit_date',
    'clav_cla_visit_seen',
    'clav_cla_visit_seen_alone',
  ],
  ssd_involvements: [
    'invo_involvements_id',
    'invo_professional_id',
    'invo_professional_role_id',
    'invo_professional_team',
    'invo_involvement_start_date',
    'invo_involvement_end_date',
    'invo_person_id',
    'invo_referral_id',
  ],
  ssd_early_help_episodes: [
    'earl_episode_id',
    'earl_person_id',
    'earl_episode_start_date',
    'earl_episode_end_date',
    'earl_episode_end_reason',
    'earl_episode_worker_id',
  ],
  ssd_care_leavers: [
    'clea_table_id',
    'clea_person_id',
    'clea_care_leaver_worker_id',
    'clea_care_leaver_allocated_team',
  ],
  ssd_department: ['dept_team_id', 'dept_team_name'],
};

/**
 * What SSD's tables can tell beyond the columns read from them: reviews exist for CP plans and
 * periods of care only, and two fields are filled but cannot be trusted. Everything else SSD lacks
 * (seen dates, workers' dates, supervision records) is simply not bound, and the engine reports
 * the metrics that need it as not measured (src/engine/measurable.ts).
 */
export const SSD_COVERAGE: Coverage = {
  reviews: {
    planTypes: ['cp', 'cla'],
    source: 'ssd_cp_reviews and ssd_cla_reviews (SSD has no CIN plan review table)',
  },
  plans: {
    withheld: {
      end_reason:
        'SSD records an end reason for early-help episodes only; ssd_cin_plans and ssd_cp_plans have only end dates',
    },
  },
  workers: { withheld: { agency: 'prof_agency_worker_flag is an unpopulated placeholder in SSD v1' } },
};

/** Limitations per canonical table when read from SSD (the engine copies them into rule results). */
export const SSD_LIMITATIONS: { [T in TableName]?: string } = {
  assessments:
    'SSD records only whether the child was seen during the assessment (cina_assessment_child_seen, yes/no), not when, and nothing about being seen alone: seenWithinTarget and seenAlone cannot be measured from SSD (they read as not seen). Assessment outcomes other than NFA are not coded in SSD. An extract with seen_date and seen_alone_date per assessment allows them.',
  plans:
    'SSD has no end reason for CIN plans or CP plans (only end dates), and care-leaver records have no start dates: stepDownReturns cannot be measured from SSD, and care leavers are not read as plans. Children-in-care plans are periods of care (ssd_cla_episodes grouped by clae_cla_id). A plans extract with end_reason allows it.',
  reviews:
    'SSD has no CIN plan review table: reviews are judged for CP plans (ssd_cp_reviews) and periods of care (ssd_cla_reviews) only. A reviews extract with CIN plan reviews (plan_id, review_date) would add them.',
  workers:
    'SSD ssd_professionals has no employment start or leave dates and no qualification date, and prof_agency_worker_flag is an unpopulated placeholder in SSD v1: turnoverRate, agencyRate and newlyQualifiedRate cannot be measured from SSD, and every professional listed is treated as employed throughout. A workers extract (worker_id, start_date, end_date, agency, qualified_date) allows them.',
  visits: 'SSD visit tables have no worker id, so visits are not tied to a worker.',
};

export const SSD_ABSENT: { [T in TableName]?: string } = {
  supervisions:
    'the SSD has no supervision or management-oversight records; supervision quality needs a supervisions.csv (supervision_id, worker_id, supervision_date, child_id, type, record_text, actions)',
};

/** SSD file(s) that feed each canonical table, for "not in this export" messages. */
export const SSD_SOURCES: { readonly [T in TableName]: readonly SsdFile[] } = {
  children: ['ssd_person'],
  workers: ['ssd_professionals'],
  contacts: ['ssd_contacts'],
  referrals: ['ssd_cin_episodes'],
  assessments: ['ssd_cin_assessments'],
  section47: ['ssd_s47_enquiry'],
  plans: ['ssd_cin_plans', 'ssd_cp_plans', 'ssd_cla_episodes', 'ssd_early_help_episodes'],
  reviews: ['ssd_cp_reviews', 'ssd_cla_reviews'],
  allocations: ['ssd_involvements'],
  visits: ['ssd_cp_visits', 'ssd_cin_visits', 'ssd_cla_visits'],
  supervisions: [],
};
