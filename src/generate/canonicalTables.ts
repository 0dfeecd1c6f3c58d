/** The canonical tables of SPEC §3 as the generator writes them: header and the date style each uses. */
import type { DateStyle } from './writer.js';

export const TABLES: Record<string, { header: string[]; style: DateStyle }> = {
  children: { header: ['child_id', 'date_of_birth', 'gender', 'ethnicity', 'disability', 'uasc'], style: 'dmy-slash' },
  workers: {
    header: ['worker_id', 'team', 'role', 'fte', 'start_date', 'end_date', 'agency', 'qualified_date'],
    style: 'dmy-slash',
  },
  contacts: { header: ['contact_id', 'child_id', 'contact_date', 'source', 'outcome'], style: 'dmy-dot' },
  referrals: { header: ['referral_id', 'child_id', 'referral_date', 'source', 'team', 'outcome'], style: 'dmy-slash' },
  assessments: {
    header: [
      'assessment_id',
      'child_id',
      'referral_id',
      'start_date',
      'completion_date',
      'worker_id',
      'team',
      'seen_date',
      'seen_alone_date',
      'outcome',
    ],
    style: 'iso',
  },
  section47: { header: ['s47_id', 'child_id', 'strategy_date', 'icpc_date', 'outcome', 'team'], style: 'dmy-mon' },
  plans: {
    header: ['plan_id', 'child_id', 'plan_type', 'start_date', 'end_date', 'end_reason', 'category', 'team'],
    style: 'iso',
  },
  reviews: { header: ['plan_id', 'review_date'], style: 'dmy-dash' },
  allocations: { header: ['child_id', 'worker_id', 'start_date', 'end_date'], style: 'iso-time' },
  visits: { header: ['child_id', 'visit_date', 'worker_id', 'seen', 'seen_alone'], style: 'dmy-slash' },
  supervisions: {
    header: [
      'supervision_id',
      'worker_id',
      'supervision_date',
      'child_id',
      'supervisor_id',
      'type',
      'record_text',
      'actions',
    ],
    style: 'dmy-slash-time',
  },
};
