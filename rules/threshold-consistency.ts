/**
 * SPEC §4.6: whether thresholds are applied consistently — children referred again soon after a
 * decision, repeat child protection plans, returns after step-down, late initial conferences,
 * teams whose NFA or conference rates differ from the authority's by more than chance, and the
 * change in child protection plans starting.
 */
import { col, pct, plural, severityFor, shareMetric, valueMetric } from '../src/engine/metrics.js';
import { defineRule } from '../src/engine/rule.js';
import type { Breakdown, EvidenceRow, Finding, Metric } from '../src/engine/types.js';
import { wd } from '../src/model/calendar.js';
import { addMonths, type Day, toIso } from '../src/model/day.js';
import { NO_DAY } from '../src/load/tableColumns.js';
import { cpStartsChange } from './lib/thresholdCpStarts.js';
import { byKey, distinctChildren, inRange } from './lib/thresholdEvidence.js';
import { options, type Options } from './lib/thresholdOptions.js';
import { referralNumbersByChild, rereferrals } from './lib/thresholdRereferrals.js';
import { teamOutliers } from './lib/thresholdTeamOutliers.js';
import { cpPlansOf, type Plans, plansOf, repeatCpPlans } from './lib/thresholdPlans.js';

export default defineRule({
  id: 'threshold-consistency',
  title: 'Consistency of threshold decisions',
  passTitle: 'Threshold decisions are consistent and timely',
  failTitle: 'Threshold decisions are inconsistent or slow to escalate',
  area: ['help-protection'],
  // a child's re-referrals, repeat plans, step-downs and ICPCs are that child's own; the team
  // outliers name teams, never a child
  perChild: true,
  tables: ['referrals', 'assessments', 'plans', 'section47'],
  // Read as typed columns only (ctx.columns, the index's row numbers): no rows kept (issue 24).
  columnTables: ['referrals', 'assessments', 'plans', 'section47'],
  description:
    'Re-referrals within 12 months of an earlier referral (strictly earlier, calendar months); child protection plans for a child who had one before; plans stepped down in the period followed by a referral within 6 months; initial child protection conferences more than 15 working days after the strategy discussion; teams whose share of assessments ending in no further action, or of section 47 enquiries going to conference, lies outside 99.8% control limits around the authority-wide share (teams with fewer than 10 are listed but not judged); and the change in child protection plans starting compared with the same length of time before the period.',
  metrics: {
    // From each referral's and CP plan's recorded count of earlier ones where the export gives
    // only recent records (Annex A Lists 3 and 7, SPEC §6.1); the rule leaves out any without one.
    // Re-referrals look back 12 months before each referral of the period; CP starts compare
    // with the previous period: data that starts later counts too few (SPEC §6.3, one census year).
    rereferralRate: { needs: ['referrals.referral_date'], history: 'latest', lookBack: 12 },
    repeatCpPlans: { needs: ['plans.plan_type'], history: 'latest', planTypes: ['cp'] },
    stepDownReturns: { needs: ['plans.end_date', 'plans.end_reason'] },
    lateIcpc: { needs: ['section47.icpc_date'] },
    teamOutliers: {
      needs: [
        ['assessments.outcome', 'section47.outcome'],
        ['assessments.team', 'section47.team'],
      ],
    },
    cpStartsChange: { needs: ['plans.plan_type'], lookBack: 'period', planTypes: ['cp'] },
  },
  findings: {
    rereferrals: { metric: 'rereferralRate', key: 'rereferral', subject: 'referral' },
    'repeat-cp-plans': { metric: 'repeatCpPlans', key: 'repeat-cp', subject: 'plan' },
    'step-down-returns': { metric: 'stepDownReturns', key: 'step-down', subject: 'plan' },
    'late-icpc': { metric: 'lateIcpc', key: 'late-icpc', subject: 's47' },
    'team-outliers-nfa': { metric: 'teamOutliers', key: 'outlier-nfa', subject: 'team' },
    'team-outliers-icpc': { metric: 'teamOutliers', key: 'outlier-icpc', subject: 'team' },
  },
  options,
  run(ctx) {
    const o: Options = ctx.options;
    const { period } = ctx;
    const limitations: string[] = [];
    const metrics: Record<string, Metric> = {};
    const findings: Finding[] = [];
    const breakdowns: Breakdown[] = [];

    rereferrals(ctx, { metrics, findings, breakdowns, limitations });

    // --- Plans: one per plan_id, read as typed columns (issue 24); a plan is its row number ----
    const plans = plansOf(ctx);
    const planStarts = plans.cols.days('startDate');
    const cpPlans = cpPlansOf(plans, ctx.asAt);

    // --- Repeat CP plans ----------------------------------------------------------------------
    const cpStartsInPeriod = cpPlans.filter((p) => inRange(planStarts[p]!, period.start, period.end));
    // With only current plans (Annex A) a repeat is known only from the recorded number of
    // previous CP plans: plans without one are left out of repeatCpPlans, and said so.
    const plansCurrent = ctx.coverage.plans?.history === 'latest';
    const previousCp = plans.cols.numbers('previousCpPlans');
    const cpJudged = plansCurrent ? cpStartsInPeriod.filter((p) => previousCp[p] === previousCp[p]) : cpStartsInPeriod;
    if (cpJudged.length < cpStartsInPeriod.length)
      limitations.push(
        `repeatCpPlans: ${plural(cpStartsInPeriod.length - cpJudged.length, 'CP plan')} starting in the period with no recorded number of previous CP plans (this export lists current plans only) left out.`,
      );
    // A return may say a plan is a repeat without holding the earlier plan (CIN census NumberOfPreviousCPP, SPEC §6.3).
    // A trend point needs the metrics only (ctx.metricsOnly): here, and for the step-down returns
    // and late conferences below, how many, with no evidence rows made, sorted and left unread.
    const rows = ctx.metricsOnly !== true;
    const {
      repeats,
      count: repeatCount,
      countedPlans,
    } = repeatCpPlans(plans, ctx.asAt, cpJudged, cpPlans, ctx.export.repeatCpPlans, rows);
    metrics.repeatCpPlans = shareMetric(
      'Child protection plans starting in the period for a child who had one before',
      repeatCount,
      cpJudged.length,
      o.maxRepeatCpRate === null
        ? undefined
        : { threshold: o.maxRepeatCpRate, direction: 'max', tolerance: o.repeatCpTolerance },
    );
    repeats.sort(byKey);
    if (repeats.length) {
      findings.push({
        id: 'repeat-cp-plans',
        severity: severityFor(metrics.repeatCpPlans.rag),
        metric: 'repeatCpPlans',
        title: 'Second or later child protection plans',
        message: `${plural(repeats.length, 'child protection plan')} of ${cpJudged.length} starting in the period (${pct(metrics.repeatCpPlans.value)}) ${repeats.length === 1 ? 'is' : 'are'} for a child who had an earlier child protection plan.`,
        affected: { count: distinctChildren(repeats), unit: 'children' },
        columns: [
          col('planId', 'Plan', 'id'),
          col('childId', 'Child', 'id'),
          col('team', 'Team', 'text'),
          col('startDate', 'Plan start', 'date'),
          col('previousPlanId', 'Earlier CP plan', 'id'),
          col('previousStart', 'Earlier start', 'date'),
          col('previousEnd', 'Earlier end', 'date'),
          ...(countedPlans ? [col('previousPlans', 'Previous CP plans (as recorded)', 'number')] : []),
        ],
        evidence: repeats,
      });
    }

    // --- Returns after step-down --------------------------------------------------------------
    const stepDowns = stepDownsIn(plans, period.start, period.end);
    const returns: EvidenceRow[] = [];
    let returnCount = 0;
    // Referrals read as typed columns (issue 24); a referral is its row number.
    const referrals = ctx.columns('referrals')!;
    const referralDates = referrals.days('referralDate'),
      referralIdAt = referrals.text('referralId');
    const referralNumbers = referralNumbersByChild(ctx);
    const planChildren = plans.cols.strings('childId'),
      planEnds = plans.cols.days('endDate');
    for (const p of stepDowns) {
      const end = planEnds[p]!;
      const until = addMonths(end, o.stepDownReturnMonths);
      // SPEC: end_date < referral_date ≤ addMonths(end_date, months); the first such referral.
      const back = (referralNumbers.get(planChildren[p]!) ?? []).find(
        (r) => referralDates[r] !== NO_DAY && referralDates[r]! > end && referralDates[r]! <= until,
      );
      if (back === undefined) continue;
      returnCount++;
      if (rows) {
        const planId = plans.cols.text('planId')(p);
        returns.push({
          key: `threshold-consistency/step-down/${planId ?? `line-${plans.cols.lines[p]!}`}`,
          planId,
          childId: planChildren[p]!,
          planType: plans.cols.strings('planType')[p]!,
          team: plans.cols.strings('team')[p]!,
          endDate: toIso(end),
          referralId: referralIdAt(back),
          referralDate: toIso(referralDates[back]!),
          daysAfterStepDown: referralDates[back]! - end,
        });
      }
    }
    metrics.stepDownReturns = valueMetric(
      `Plans stepped down in the period followed by a referral within ${o.stepDownReturnMonths} months`,
      returnCount,
      'count',
      o.maxStepDownReturns === null
        ? undefined
        : { threshold: o.maxStepDownReturns, direction: 'max', tolerance: o.stepDownReturnsTolerance },
      `out of ${plural(stepDowns.length, 'plan')} stepped down in the period`,
    );
    returns.sort((a, b) => (a.daysAfterStepDown as number) - (b.daysAfterStepDown as number) || byKey(a, b));
    if (returns.length) {
      findings.push({
        id: 'step-down-returns',
        severity: severityFor(metrics.stepDownReturns.rag),
        metric: 'stepDownReturns',
        title: 'Children referred again soon after step-down',
        message: `${plural(returns.length, 'plan')} of ${stepDowns.length} stepped down in the period ${returns.length === 1 ? 'was' : 'were'} followed by a referral for the same child within ${o.stepDownReturnMonths} months.`,
        affected: { count: distinctChildren(returns), unit: 'children' },
        columns: [
          col('planId', 'Plan', 'id'),
          col('childId', 'Child', 'id'),
          col('planType', 'Plan type', 'text'),
          col('team', 'Team', 'text'),
          col('endDate', 'Stepped down', 'date'),
          col('referralId', 'Referral', 'id'),
          col('referralDate', 'Referred', 'date'),
          col('daysAfterStepDown', 'Days after step-down', 'days'),
        ],
        evidence: returns,
      });
    }

    // --- ICPC timeliness ----------------------------------------------------------------------
    // Section 47 enquiries read as typed columns (issue 24): an enquiry is its row number.
    const s47 = ctx.columns('section47')!;
    const s47IdAt = s47.text('s47Id'),
      s47Children = s47.strings('childId'),
      s47Teams = s47.strings('team'),
      strategyDates = s47.days('strategyDate'),
      icpcDates = s47.days('icpcDate');
    let icpcCount = 0,
      lateCount = 0;
    const lateIcpc: EvidenceRow[] = [];
    for (let i = 0; i < s47.count; i++) {
      const strategy = strategyDates[i]!,
        icpc = icpcDates[i]!;
      if (strategy === NO_DAY || icpc === NO_DAY || !inRange(icpc, period.start, period.end)) continue;
      icpcCount++;
      const days = wd(strategy, icpc);
      if (days <= o.maxIcpcWorkingDays) continue; // exactly on the limit is on time
      lateCount++;
      if (!rows) continue;
      const s47Id = s47IdAt(i);
      lateIcpc.push({
        key: `threshold-consistency/late-icpc/${s47Id ?? `line-${s47.lines[i]!}`}`,
        s47Id,
        childId: s47Children[i]!,
        team: s47Teams[i]!,
        strategyDate: toIso(strategy),
        icpcDate: toIso(icpc),
        workingDays: days,
      });
    }
    metrics.lateIcpc = shareMetric(
      `Initial conferences more than ${o.maxIcpcWorkingDays} working days after the strategy discussion`,
      lateCount,
      icpcCount,
      { threshold: o.maxLateIcpcRate, direction: 'max', tolerance: o.lateIcpcTolerance },
    );
    lateIcpc.sort((a, b) => (b.workingDays as number) - (a.workingDays as number) || byKey(a, b));
    if (lateIcpc.length) {
      findings.push({
        id: 'late-icpc',
        severity: severityFor(metrics.lateIcpc.rag),
        metric: 'lateIcpc',
        title: 'Initial child protection conferences held late',
        message: `${plural(lateIcpc.length, 'initial conference')} of ${icpcCount} held in the period (${pct(metrics.lateIcpc.value)}) came more than ${o.maxIcpcWorkingDays} working days after the strategy discussion; the longest took ${plural(Math.max(...lateIcpc.map((r) => r.workingDays as number)), 'working day')}.`,
        affected: { count: distinctChildren(lateIcpc), unit: 'children' },
        columns: [
          col('s47Id', 'Section 47', 'id'),
          col('childId', 'Child', 'id'),
          col('team', 'Team', 'text'),
          col('strategyDate', 'Strategy discussion', 'date'),
          col('icpcDate', 'ICPC', 'date'),
          col('workingDays', 'Working days', 'workingDays'),
        ],
        evidence: lateIcpc,
      });
    }

    teamOutliers(ctx, s47, { metrics, findings, breakdowns, limitations });
    cpStartsChange(ctx, plans, cpPlans, cpStartsInPeriod, { metrics, findings, breakdowns, limitations });

    return { metrics, findings, breakdowns, limitations };
  },
});

/** The plans stepped down (end reason step_down) with a child and an end date from `start` to `end`. */
function stepDownsIn({ cols, kept }: Plans, start: Day, end: Day): number[] {
  const reasons = cols.strings('endReason'),
    children = cols.strings('childId'),
    ends = cols.days('endDate');
  const out: number[] = [];
  for (const p of kept)
    if (reasons[p] === 'step_down' && children[p] !== null && inRange(ends[p]!, start, end)) out.push(p);
  return out;
}
