// One plain-English definition per metric, keyed `rule.metric`, for docs/rules.md. scripts/docs.mjs
// fails when a rule reports a metric missing here, or this names a metric no rule reports.
// "wd" is working days (docs/data-contract.md); "the period" is the 12 months ending on the as-at date.
export const METRIC_DEFINITIONS = {
  'data-quality.rowsWithIssues':
    'Share of the rows read that have at least one data-quality issue (each issue type is counted with examples: file, line, column, value).',

  'assessment-timeliness.completedWithin45':
    'Of assessments completed in the period, the share completed within `maxWorkingDays` (45) working days of their start. Evidence: the late ones, with the working days taken.',
  'assessment-timeliness.openOverdue':
    'Assessments started on or before the as-at date, not completed by it, and open for more than `maxWorkingDays` working days. Evidence: each, with working days open.',
  'assessment-timeliness.seenWithinTarget':
    'Of assessments started in the period, the share where the child was seen within `seenWithinWorkingDays` (5) working days of the start. Evidence: the others (not seen or seen late).',
  'assessment-timeliness.seenAlone':
    'Of assessments completed in the period, the share with a date the child was seen alone. Evidence: the others.',

  'allocation-delay.allocatedWithinTarget':
    'Of CIN, CP and CLA plans starting in the period, the share whose delay to an allocated worker is at most `maxWorkingDays` (5) working days. The delay is 0 when an allocation of the child is open on the plan start; else working days to the first allocation after the start; else (unallocated) working days to the as-at date. Evidence: the others, with the delay and whether still unallocated.',
  'allocation-delay.medianDelay': 'Median of that delay, in working days.',
  'allocation-delay.unallocatedOpen':
    'Children with a CIN, CP or CLA plan open on the as-at date and no allocation open on it. Evidence: child, plan, working days since the plan started or their last allocation ended, whichever is later.',

  'caseloads.averagePerFte':
    'On the as-at date, the total caseload (distinct children with an open allocation) of active workers holding at least one child, divided by their total FTE (blank FTE = 1).',
  'caseloads.overTarget':
    'Active workers whose caseload per FTE is above `target` (15). Evidence: worker, team, caseload, FTE, per FTE; plus a per-team table.',

  'plan-drift.reviewsOnTime':
    'Of reviews held in the period, the share held on or before their due date (computed from the previous review, or from the plan start). Schedules: CP first at 3 months then every 6; CIN every 3 months; CLA first at 20 working days, second 3 months later, then every 6; early help and care leavers none unless configured.',
  'plan-drift.overdueReviews':
    'Plans with a schedule, open on the as-at date, whose next review was due before the as-at date. Evidence: plan, child, due date, calendar days overdue.',
  'plan-drift.longCpPlans':
    'CP plans open on the as-at date that started at least `cpLongMonths` (24) months before it.',
  'plan-drift.longCinPlans':
    'CIN plans open on the as-at date that started at least `cinLongMonths` (12) months before it.',

  'visit-timeliness.plansWithinVisitLimits':
    'Of CP, CIN and CLA plans open at any time in the period, the share with no gap between visits (from the start, between seen visits, to the end or as-at date) ending in the period that exceeds the limit: CP 10 working days, CIN 20 working days, CLA 42 calendar days. Evidence: plan, child, the longest gap and when it ended.',
  'visit-timeliness.cpSeenAlone':
    'Of CP plans open on the as-at date, the share whose latest seen visit recorded the child seen alone.',

  'threshold-consistency.rereferralRate':
    'Of referrals in the period, the share for a child with an earlier referral within the 12 months before it. Evidence: the re-referrals.',
  'threshold-consistency.repeatCpPlans':
    'Of CP plans starting in the period, the share for a child with an earlier CP plan (any date). Evidence: those plans.',
  'threshold-consistency.stepDownReturns':
    'Plans stepped down (end reason `step_down`) with an end date in the period whose child is referred again within `stepDownReturnMonths` (6) months after the end. Evidence: plan, child, referral.',
  'threshold-consistency.lateIcpc':
    'Of section 47 enquiries with an initial child protection conference in the period, the share held more than 15 working days after the strategy discussion. Evidence: each late one.',
  'threshold-consistency.teamOutliers':
    'Teams (with at least `minTeamSize` cases) whose share of assessments ending in no further action, or of section 47 enquiries leading to a conference, lies outside 99.8% control limits around the share over all teams. Evidence: the team table with n, rate and limits.',
  'threshold-consistency.cpStartsChange':
    'CP plans starting in the period divided by those starting in the 12 months before it, minus 1.',

  'supervision-quality.oversightGaps':
    'Children with a CIN, CP or CLA plan open on the as-at date whose latest case or oversight supervision record since the earliest of those plans started (or the start, when there is none) is more than `maxDaysSinceOversight` (30) calendar days before the as-at date. Evidence: child, plan, date of last record, days.',
  'supervision-quality.personalSupervisionGaps':
    'Active workers holding at least one child who have had no personal supervision within `personalSupervisionDays` (30; `newlyQualifiedSupervisionDays`, 14, when newly qualified) calendar days before the as-at date. Evidence: worker, team, latest date.',
  'supervision-quality.recordsMeetingStandard':
    "Of case and oversight records in the period with text, the share that show the child's experience, reflection and an action with a timescale, and are not copied (3-word shingle similarity of at least `copyThreshold` with the previous record for the child). The criteria (childFocus, reflection, actions, reviewsPrevious, copied) are reported alongside. Evidence: each other record with the criteria it misses.",

  'supervision-quality.childFocus':
    "Of those records, the share that mention the child's experience or voice (phrases of the lexicon in data/supervision-lexicon.json, matched on word boundaries, ignoring a phrase a negation precedes within the sentence and three words).",
  'supervision-quality.reflection':
    'Of those records, the share with analysis or reflection on practice, risk or progress.',
  'supervision-quality.actions':
    'Of those records, the share with at least one action with a timescale (a date, "by Friday", "within 10 days", …).',
  'supervision-quality.reviewsPrevious': 'Of those records, the share that review the actions of the last supervision.',
  'supervision-quality.copied':
    'Of those records, the share with a word 3-shingle (Jaccard) similarity of at least `copyThreshold` (0.8) with the previous record for the same child.',

  'workforce.agencyRate': 'Share of workers active on the as-at date who are agency workers.',
  'workforce.newlyQualifiedRate':
    'Share of workers active on the as-at date who are newly qualified (qualified within the 365 days before, or role ASYE/NQSW).',
  'workforce.turnoverRate':
    'Workers whose employment ended in the period, divided by the mean of the headcounts active at the period start and on the as-at date.',
  'workforce.vacancyRate':
    'From a workforce census return on its census date: vacancies divided by the FTE of non-agency workers in post plus the vacancies; not measured from any other data or on any other date.',
};
