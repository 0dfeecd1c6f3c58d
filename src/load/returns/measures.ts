/**
 * What the statutory returns cannot support (SPEC §6.3), named with the file that would allow it.
 * Tables no return holds are absent (their rules are not run, with these reasons); measures
 * needing a column no return fills are not measured. A canonical CSV given beside the returns
 * fills its table, and then the measures it allows are measured.
 */
import type { LoadedExport } from '../../model/export.js';
import type { TableName } from '../../model/tables.js';

export const RETURNS_ABSENT: { [T in TableName]?: string } = {
  contacts: 'contacts: not in any return; add contacts.csv (child_id, contact_date)',
  visits: 'visits: not in any return; add visits.csv (child_id, visit_date, seen, seen_alone)',
  supervisions: 'supervisions: not in any return; add supervisions.csv (worker_id, supervision_date, child_id, type, record_text, actions)',
  allocations: 'allocations: only the SSDA903 social worker table (2023-24 on) holds any; add allocations.csv (child_id, worker_id, start_date, end_date)',
  workers: 'workers: in the workforce census only; add its XML file or workers.csv',
  referrals: 'referrals: in the CIN census only; add its XML file or referrals.csv',
  assessments: 'assessments: in the CIN census only; add its XML file or assessments.csv',
  section47: 'section 47 enquiries: in the CIN census only; add its XML file or section47.csv',
  plans: 'plans: in the CIN census (CIN and CP plans) and the SSDA903 episodes (looked-after periods); add them or plans.csv',
  reviews: 'reviews: in the CIN census (CP) and the SSDA903 reviews table (looked after); add them',
  children: 'children: in the CIN census and the SSDA903 header; add them or children.csv',
};

export interface ReturnsContent {
  /** Allocations come only from the 903 social worker table (looked-after children). */
  allocationsFrom903Only: boolean;
  /** A canonical reviews.csv is given (CIN plan reviews may be in it). */
  cinReviews: boolean;
  /** A workforce census was read (its Cases30 gives caseloads). */
  census: boolean;
}

/** `rule.metric` → what would allow it, for the measures the loaded returns cannot support. */
export function notMeasurableFrom(ex: LoadedExport, c: ReturnsContent): Record<string, string> {
  const out: Record<string, string> = {};
  const used = (t: TableName, col: string) => ex.dq.tables.get(t)?.columnsUsed.includes(col) ?? false;
  if (!used('assessments', 'seen_date')) out['assessment-timeliness.seenWithinTarget'] = 'the date the child was seen (not in the CIN census); add assessments.csv with seen_date';
  if (!used('assessments', 'seen_alone_date')) out['assessment-timeliness.seenAlone'] = 'the date the child was seen alone (not in the CIN census); add assessments.csv with seen_alone_date';
  if (!used('plans', 'end_reason')) out['threshold-consistency.stepDownReturns'] = 'plan end reasons (no return has them); add plans.csv with end_reason';
  const teams = (['assessments', 'section47'] as const).some((t) => used(t, 'team'));
  if (!teams) out['threshold-consistency.teamOutliers'] = 'teams (no return names a team); add assessments.csv and section47.csv with team';
  if (!c.cinReviews) {
    const why = 'CIN plan reviews (the CIN census has CP reviews and the SSDA903 looked-after reviews, but no return has CIN plan reviews); add reviews.csv with them';
    out['plan-drift.reviewsOnTime'] = why;
    out['plan-drift.overdueReviews'] = why;
  }
  if (c.allocationsFrom903Only) {
    const why = 'allocations of children in need and on CP plans (the SSDA903 social worker table covers looked-after children only); add allocations.csv';
    for (const m of ['allocatedWithinTarget', 'medianDelay', 'unallocatedOpen']) out[`allocation-delay.${m}`] = why;
    if (!c.census) for (const m of ['averagePerFte', 'overTarget']) out[`caseloads.${m}`] = `${why}, or a workforce census (Cases30)`;
  }
  return out;
}
