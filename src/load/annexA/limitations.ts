/**
 * What Annex A cannot tell (SPEC §6.1), kept apart from the reader: the report and the layout
 * round-trip read these texts, and they change with guidance, not with parsing.
 */
import type { Coverage } from '../../model/coverage.js';
import type { TableName } from '../../model/tables.js';

export const ANNEX_A_ABSENT: { [T in TableName]?: string } = {
  workers:
    'Annex A has no workforce list; caseloads and workforce need a workers.csv (worker_id, team, fte, start_date, end_date, agency, qualified_date)',
  supervisions:
    'Annex A has no supervision records; supervision quality needs a supervisions.csv (supervision_id, worker_id, supervision_date, child_id, type, record_text, actions)',
  allocations: 'no Annex A list with an "Allocated Worker" column was found',
};

/** What could not be measured from Annex A, per table, and which data would allow it. */
export const ANNEX_A_LIMITATIONS: { [T in TableName]?: string } = {
  contacts:
    'Annex A List 1 covers only the months before the inspection that Ofsted asks for (usually six), not the whole audit period.',
  referrals:
    'Annex A List 3 lists only referrals in the months before the inspection, with no referral ids and no outcome beyond "NFA": rereferralRate is read from its "Number of Referrals in Last 12 Months", taken as the referrals before each one, not counting it (a count above 0 is a re-referral).',
  assessments:
    'Annex A List 4 records whether the child was seen only as yes/no, with no date, and not whether they were seen alone: seenWithinTarget and seenAlone cannot be measured from Annex A (they read as not seen). An assessments extract with seen_date and seen_alone_date allows them. The outcome is nfa when the child was assessed as not needing support, other when they were.',
  section47:
    'Annex A List 5 covers only the months before the inspection; the outcome is icpc when an ICPC date is given or the conference was not deemed unnecessary.',
  plans:
    'Annex A gives each child\'s latest plan only (List 6 CIN start is the start of the CIN episode; List 2 early help starts on the assessment start date), with no end reasons and no care-leaver start dates: repeatCpPlans is read from List 7\'s "Number of Previous Child Protection Plans" (above 0 is a repeat), and stepDownReturns and cpStartsChange cannot be measured. A plans extract with every plan (plan_id, child_id, plan_type, start_date, end_date, end_reason) allows them.',
  reviews:
    'Only the latest review of each CP plan (List 7) and period of care (List 8) is in Annex A, and no CIN plan reviews: overdueReviews is measured for CP and CLA plans from the latest review (SPEC §6.1), CIN plans are not judged, and reviewsOnTime cannot be measured because earlier reviews are missing. A reviews extract with every review (plan_id, review_date) allows it.',
  visits:
    'Only each child\'s latest visit is in Annex A (List 6 "Date Child Was Last Seen", List 7 last statutory visit, List 8 last social work visit): plansWithinVisitLimits judges the plans open on the as-at date on the time since that visit (or the plan start), and earlier gaps between visits are unknown. A visits extract with every visit (child_id, visit_date, seen, seen_alone) allows them.',
  allocations:
    'Annex A names the currently allocated worker without allocation dates: allocation delay (allocatedWithinTarget, medianDelay) cannot be measured; unallocatedOpen is measured, but how long an unallocated child has waited is unknown. An allocations extract (child_id, worker_id, start_date, end_date) allows it.',
};

/**
 * What Annex A's lists can tell beyond their columns (SPEC §6.1): one row per child with the
 * latest dates only, so a measure over earlier plans, reviews, visits or allocations cannot be
 * made. The engine compares this with what each metric needs (src/engine/measurable.ts).
 */
export const ANNEX_A_COVERAGE: Coverage = {
  plans: { history: 'latest', source: "Annex A Lists 6–8 give each child's current plan only" },
  reviews: {
    history: 'latest',
    planTypes: ['cp', 'cla'],
    source: 'Annex A gives only the latest CP review (List 7) and CLA review (List 8), and no CIN reviews',
  },
  visits: { history: 'latest', source: "Annex A Lists 6–8 give only each child's latest visit" },
  allocations: {
    history: 'latest',
    source: 'Annex A names only the currently allocated worker, with no allocation dates',
  },
  referrals: { history: 'latest', source: 'Annex A List 3 covers only the months before the inspection' },
};
