/**
 * SPEC §4.6: whether thresholds are applied consistently — children referred again soon after a
 * decision, repeat child protection plans, returns after step-down, late initial conferences,
 * teams whose NFA or conference rates differ from the authority's by more than chance, and the
 * change in child protection plans starting.
 */
import * as z from 'zod';
import { col, type Judged, limitPct, pct, plural, severityFor, shareMetric, valueMetric } from '../src/engine/metrics.js';
import { defineRule } from '../src/engine/rule.js';
import type { Breakdown, EvidenceRow, Finding, Metric } from '../src/engine/types.js';
import { wd } from '../src/model/calendar.js';
import { addMonths, type Day, periodStartFor, toIso, isoOrNull } from '../src/model/day.js';
import type { PlanRow } from '../src/model/tables.js';
import { type Funnel, funnel, type TeamCount } from './lib/controlLimits.js';

const share = z.number().min(0).max(1);

const options = z.object({
  rereferralWindowMonths: z.number().int().min(1).max(60).default(12),
  // Defaults are England's figures (data/england.json, DfE Children in need 2024-25).
  maxRereferralRate: share.default(0.226), // table C1: 142,900 of 632,830 referrals
  rereferralTolerance: share.default(0.05),
  // England's share of second or subsequent plans (table D3) could not be verified, and no limit
  // is invented: by default the rate is reported against no threshold. Set one to judge it.
  maxRepeatCpRate: share.nullable().default(null),
  repeatCpTolerance: share.default(0.05),
  stepDownReturnMonths: z.number().int().min(1).max(60).default(6),
  // No national benchmark and some returns are right, so the count is reported, not judged,
  // unless a limit is configured.
  maxStepDownReturns: z.number().int().min(0).nullable().default(null),
  stepDownReturnsTolerance: z.number().int().min(0).default(2),
  maxIcpcWorkingDays: z.number().int().min(1).max(260).default(15),
  // table C4: 13,420 of 72,090 initial conferences after 15 working days (18.6%).
  maxLateIcpcRate: share.default(0.186),
  lateIcpcTolerance: share.default(0.1),
  minTeamSize: z.number().int().min(1).default(10),
  controlLimitZ: z.number().positive().default(3.09), // 99.8% two-sided
  maxTeamOutliers: z.number().int().min(0).default(0),
  teamOutliersTolerance: z.number().int().min(0).default(1),
  maxCpRise: z.number().min(0).default(0.2),
  cpRiseTolerance: z.number().min(0).default(0.1),
}).strict();

type Options = z.infer<typeof options>;

const NO_TEAM = '(no team recorded)';
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKey = (a: EvidenceRow, b: EvidenceRow) => byText(a.key, b.key);
const inRange = (d: Day | null, start: Day, end: Day): d is Day => d !== null && d >= start && d <= end;

function distinctChildren(rows: readonly EvidenceRow[]): number {
  return new Set(rows.map((r) => r.childId).filter((c) => c !== null && c !== undefined)).size;
}

/** Counts per team, keeping the first-seen order irrelevant (funnel() sorts by name). */
function tally<R>(rows: readonly R[], team: (r: R) => string | null, isEvent: (r: R) => boolean): TeamCount[] {
  const m = new Map<string, TeamCount>();
  for (const r of rows) {
    const t = team(r);
    if (t === null) continue;
    let c = m.get(t);
    if (!c) m.set(t, (c = { team: t, n: 0, events: 0 }));
    c.n++;
    if (isEvent(r)) c.events++;
  }
  return [...m.values()];
}

interface OutlierWords { measure: string; subject: string; verb: string; keyPart: string }

export default defineRule({
  id: 'threshold-consistency',
  title: 'Consistency of threshold decisions',
  passTitle: 'Threshold decisions are consistent and timely',
  failTitle: 'Threshold decisions are inconsistent or slow to escalate',
  area: ['help-protection'],
  tables: ['referrals', 'assessments', 'plans', 'section47'],
  description: 'Re-referrals within 12 months of an earlier referral (strictly earlier, calendar months); child protection plans for a child who had one before; plans stepped down in the period followed by a referral within 6 months; initial child protection conferences more than 15 working days after the strategy discussion; teams whose share of assessments ending in no further action, or of section 47 enquiries going to conference, lies outside 99.8% control limits around the authority-wide share (teams with fewer than 10 are listed but not judged); and the change in child protection plans starting compared with the same length of time before the period.',
  metrics: {
    // From each referral's and CP plan's recorded count of earlier ones where the export gives
    // only recent records (Annex A Lists 3 and 7, SPEC §6.1); the rule leaves out any without one.
    rereferralRate: { needs: ['referrals.referral_date'], history: 'latest' },
    repeatCpPlans: { needs: ['plans.plan_type'], history: 'latest' },
    stepDownReturns: { needs: ['plans.end_date', 'plans.end_reason'] },
    lateIcpc: { needs: ['section47.icpc_date'] },
    teamOutliers: { needs: [['assessments.outcome', 'section47.outcome'], ['assessments.team', 'section47.team']] },
    cpStartsChange: { needs: ['plans.plan_type'] },
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

    // --- Re-referrals ---------------------------------------------------------------------
    // With only recent referrals (Annex A) a re-referral is known only from the recorded count:
    // referrals without one are left out, and said so.
    const referralsRecent = ctx.coverage.referrals?.history === 'latest';
    const referralsDated = ctx.rows('referrals').filter((r) => r.childId !== null && inRange(r.referralDate, period.start, period.end));
    const referralsInPeriod = referralsRecent ? referralsDated.filter((r) => r.referralsLast12Months !== null) : referralsDated;
    if (referralsInPeriod.length < referralsDated.length) limitations.push(`rereferralRate: ${plural(referralsDated.length - referralsInPeriod.length, 'referral')} in the period with no recorded number of earlier referrals (this export lists recent referrals only) left out.`);
    const rereferrals: EvidenceRow[] = [];
    let countedReferrals = 0;
    const refTeams = new Map<string, { referrals: number; rereferrals: number }>();
    for (const r of referralsInPeriod) {
      const date = r.referralDate!;
      const windowStart = addMonths(date, -o.rereferralWindowMonths);
      // The most recent strictly earlier referral inside the window (list is sorted by date).
      const earlier = (ctx.index.referralsByChild.get(r.childId!) ?? []).filter((x) => x.referralDate !== null && x.referralDate < date && x.referralDate >= windowStart);
      const prev = earlier[earlier.length - 1];
      const team = r.team ?? NO_TEAM;
      const t = refTeams.get(team) ?? { referrals: 0, rereferrals: 0 };
      refTeams.set(team, t);
      t.referrals++;
      // Where the export records the count of earlier referrals (Annex A List 3, which lists only
      // recent months) the count decides; it does not include the referral itself, so > 0 is a
      // re-referral. Otherwise the referrals in the export decide.
      const counted = r.referralsLast12Months;
      if (counted !== null ? counted === 0 : !prev) continue;
      t.rereferrals++;
      if (counted !== null) countedReferrals++;
      rereferrals.push({
        key: `threshold-consistency/rereferral/${r.referralId ?? `line-${r.line}`}`, referralId: r.referralId, childId: r.childId, team: r.team,
        referralDate: toIso(date), previousReferralId: prev?.referralId ?? null, previousReferralDate: prev ? toIso(prev.referralDate!) : null, daysSincePrevious: prev ? date - prev.referralDate! : null,
        ...(counted !== null ? { earlierReferrals: counted } : {}),
      });
    }
    metrics.rereferralRate = shareMetric(`Referrals within ${o.rereferralWindowMonths} months of an earlier referral`, rereferrals.length, referralsInPeriod.length,
      { threshold: o.maxRereferralRate, direction: 'max', tolerance: o.rereferralTolerance });
    rereferrals.sort((a, b) => (a.daysSincePrevious as number) - (b.daysSincePrevious as number) || byKey(a, b));
    if (rereferrals.length) {
      findings.push({
        id: 'rereferrals', severity: severityFor(metrics.rereferralRate.rag), metric: 'rereferralRate', title: `Children referred again within ${o.rereferralWindowMonths} months`,
        message: `${plural(rereferrals.length, 'referral')} of ${referralsInPeriod.length} in the period (${pct(metrics.rereferralRate.value)}) came within ${o.rereferralWindowMonths} months of an earlier referral for the same child, against a limit of ${limitPct(o.maxRereferralRate)}.`,
        affected: { count: distinctChildren(rereferrals), unit: 'children' },
        columns: [col('referralId', 'Referral', 'id'), col('childId', 'Child', 'id'), col('team', 'Team', 'text'), col('referralDate', 'Referred', 'date'),
          col('previousReferralId', 'Earlier referral', 'id'), col('previousReferralDate', 'Earlier referral date', 'date'), col('daysSincePrevious', 'Days between', 'days'),
          ...(countedReferrals ? [col('earlierReferrals', 'Referrals in the 12 months before (as recorded)', 'number')] : [])],
        evidence: rereferrals,
      });
    }
    breakdowns.push({
      id: 'rereferrals-by-team', title: 'Re-referrals by referral team',
      columns: [col('team', 'Team', 'text'), col('referrals', 'Referrals in period', 'number'), col('rereferrals', 'Re-referrals', 'number', 'rereferralRate'), col('rate', 'Re-referral rate', 'share', 'rereferralRate')],
      rows: [...refTeams.keys()].sort(byText).map((team) => {
        const t = refTeams.get(team)!;
        return { key: `threshold-consistency/rereferrals-team/${team}`, team, referrals: t.referrals, rereferrals: t.rereferrals, rate: t.rereferrals / t.referrals };
      }),
      chart: { kind: 'bar', x: 'team', y: 'rate', limit: o.maxRereferralRate, direction: 'max', label: 'Re-referral rate' },
    });

    // --- Plans: one per plan_id (a repeated id is a data-quality issue, not a second plan) ---
    const seen = new Set<string>();
    const plans: PlanRow[] = [];
    for (const p of [...ctx.rows('plans')].sort((a, b) => a.line - b.line)) {
      if (p.planId !== null) {
        if (seen.has(p.planId)) continue;
        seen.add(p.planId);
      }
      plans.push(p);
    }
    const cpPlans = plans.filter((p) => p.planType === 'cp' && p.startDate !== null);

    // --- Repeat CP plans ----------------------------------------------------------------------
    const cpByChild = new Map<string, PlanRow[]>();
    for (const p of cpPlans) {
      if (p.childId === null) continue;
      const list = cpByChild.get(p.childId) ?? [];
      cpByChild.set(p.childId, list);
      list.push(p);
    }
    const cpStartsInPeriod = cpPlans.filter((p) => inRange(p.startDate, period.start, period.end));
    // With only current plans (Annex A) a repeat is known only from the recorded number of
    // previous CP plans: plans without one are left out of repeatCpPlans, and said so.
    const plansCurrent = ctx.coverage.plans?.history === 'latest';
    const cpJudged = plansCurrent ? cpStartsInPeriod.filter((p) => p.previousCpPlans !== null) : cpStartsInPeriod;
    if (cpJudged.length < cpStartsInPeriod.length) limitations.push(`repeatCpPlans: ${plural(cpStartsInPeriod.length - cpJudged.length, 'CP plan')} starting in the period with no recorded number of previous CP plans (this export lists current plans only) left out.`);
    const repeats: EvidenceRow[] = [];
    let countedPlans = 0;
    // A return may say a plan is a repeat without holding the earlier plan (CIN census NumberOfPreviousCPP, SPEC §6.3).
    const saidRepeat = ctx.export.repeatCpPlans;
    for (const p of cpJudged) {
      if (p.childId === null) continue;
      let prev: PlanRow | null = null;
      for (const q of cpByChild.get(p.childId) ?? []) {
        if (q.startDate! < p.startDate! && (prev === null || q.startDate! > prev.startDate! || (q.startDate === prev.startDate && q.line < prev.line))) prev = q;
      }
      // The recorded number of previous CP plans (Annex A List 7, which lists current plans
      // only) decides where the export gives it; otherwise the plans in the export do, or a
      // return's word that the plan is a repeat.
      const counted = p.previousCpPlans;
      const said = p.planId !== null && saidRepeat?.has(p.planId) === true;
      if (counted !== null ? counted === 0 : !prev && !said) continue;
      if (counted !== null) countedPlans++;
      repeats.push({
        key: `threshold-consistency/repeat-cp/${p.planId ?? `line-${p.line}`}`, planId: p.planId, childId: p.childId, team: p.team, startDate: toIso(p.startDate!),
        previousPlanId: prev?.planId ?? null, previousStart: prev ? toIso(prev.startDate!) : null, previousEnd: prev ? isoOrNull(prev.endDate) : null,
        ...(counted !== null ? { previousPlans: counted } : {}),
      });
    }
    metrics.repeatCpPlans = shareMetric('Child protection plans starting in the period for a child who had one before', repeats.length, cpJudged.length,
      o.maxRepeatCpRate === null ? undefined : { threshold: o.maxRepeatCpRate, direction: 'max', tolerance: o.repeatCpTolerance });
    repeats.sort(byKey);
    if (repeats.length) {
      findings.push({
        id: 'repeat-cp-plans', severity: severityFor(metrics.repeatCpPlans.rag), metric: 'repeatCpPlans', title: 'Second or later child protection plans',
        message: `${plural(repeats.length, 'child protection plan')} of ${cpJudged.length} starting in the period (${pct(metrics.repeatCpPlans.value)}) ${repeats.length === 1 ? 'is' : 'are'} for a child who had an earlier child protection plan.`,
        affected: { count: distinctChildren(repeats), unit: 'children' },
        columns: [col('planId', 'Plan', 'id'), col('childId', 'Child', 'id'), col('team', 'Team', 'text'), col('startDate', 'Plan start', 'date'),
          col('previousPlanId', 'Earlier CP plan', 'id'), col('previousStart', 'Earlier start', 'date'), col('previousEnd', 'Earlier end', 'date'),
          ...(countedPlans ? [col('previousPlans', 'Previous CP plans (as recorded)', 'number')] : [])],
        evidence: repeats,
      });
    }

    // --- Returns after step-down --------------------------------------------------------------
    const stepDowns = plans.filter((p) => p.endReason === 'step_down' && p.childId !== null && inRange(p.endDate, period.start, period.end));
    const returns: EvidenceRow[] = [];
    for (const p of stepDowns) {
      const end = p.endDate!;
      const until = addMonths(end, o.stepDownReturnMonths);
      // SPEC: end_date < referral_date ≤ addMonths(end_date, months); the first such referral.
      const back = (ctx.index.referralsByChild.get(p.childId!) ?? []).find((r) => r.referralDate !== null && r.referralDate > end && r.referralDate <= until);
      if (!back) continue;
      returns.push({
        key: `threshold-consistency/step-down/${p.planId ?? `line-${p.line}`}`, planId: p.planId, childId: p.childId, planType: p.planType, team: p.team,
        endDate: toIso(end), referralId: back.referralId, referralDate: toIso(back.referralDate!), daysAfterStepDown: back.referralDate! - end,
      });
    }
    metrics.stepDownReturns = valueMetric(`Plans stepped down in the period followed by a referral within ${o.stepDownReturnMonths} months`, returns.length, 'count',
      o.maxStepDownReturns === null ? undefined : { threshold: o.maxStepDownReturns, direction: 'max', tolerance: o.stepDownReturnsTolerance },
      `out of ${plural(stepDowns.length, 'plan')} stepped down in the period`);
    returns.sort((a, b) => (a.daysAfterStepDown as number) - (b.daysAfterStepDown as number) || byKey(a, b));
    if (returns.length) {
      findings.push({
        id: 'step-down-returns', severity: severityFor(metrics.stepDownReturns.rag), metric: 'stepDownReturns', title: 'Children referred again soon after step-down',
        message: `${plural(returns.length, 'plan')} of ${stepDowns.length} stepped down in the period ${returns.length === 1 ? 'was' : 'were'} followed by a referral for the same child within ${o.stepDownReturnMonths} months.`,
        affected: { count: distinctChildren(returns), unit: 'children' },
        columns: [col('planId', 'Plan', 'id'), col('childId', 'Child', 'id'), col('planType', 'Plan type', 'text'), col('team', 'Team', 'text'), col('endDate', 'Stepped down', 'date'),
          col('referralId', 'Referral', 'id'), col('referralDate', 'Referred', 'date'), col('daysAfterStepDown', 'Days after step-down', 'days')],
        evidence: returns,
      });
    }

    // --- ICPC timeliness ----------------------------------------------------------------------
    const s47 = ctx.rows('section47');
    const icpcs = s47.filter((s) => s.strategyDate !== null && inRange(s.icpcDate, period.start, period.end));
    const lateIcpc: EvidenceRow[] = [];
    for (const s of icpcs) {
      const days = wd(s.strategyDate!, s.icpcDate!);
      if (days <= o.maxIcpcWorkingDays) continue; // exactly on the limit is on time
      lateIcpc.push({
        key: `threshold-consistency/late-icpc/${s.s47Id ?? `line-${s.line}`}`, s47Id: s.s47Id, childId: s.childId, team: s.team,
        strategyDate: toIso(s.strategyDate!), icpcDate: toIso(s.icpcDate!), workingDays: days,
      });
    }
    metrics.lateIcpc = shareMetric(`Initial conferences more than ${o.maxIcpcWorkingDays} working days after the strategy discussion`, lateIcpc.length, icpcs.length,
      { threshold: o.maxLateIcpcRate, direction: 'max', tolerance: o.lateIcpcTolerance });
    lateIcpc.sort((a, b) => (b.workingDays as number) - (a.workingDays as number) || byKey(a, b));
    if (lateIcpc.length) {
      findings.push({
        id: 'late-icpc', severity: severityFor(metrics.lateIcpc.rag), metric: 'lateIcpc', title: 'Initial child protection conferences held late',
        message: `${plural(lateIcpc.length, 'initial conference')} of ${icpcs.length} held in the period (${pct(metrics.lateIcpc.value)}) came more than ${o.maxIcpcWorkingDays} working days after the strategy discussion; the longest took ${plural(Math.max(...lateIcpc.map((r) => r.workingDays as number)), 'working day')}.`,
        affected: { count: distinctChildren(lateIcpc), unit: 'children' },
        columns: [col('s47Id', 'Section 47', 'id'), col('childId', 'Child', 'id'), col('team', 'Team', 'text'), col('strategyDate', 'Strategy discussion', 'date'),
          col('icpcDate', 'ICPC', 'date'), col('workingDays', 'Working days', 'workingDays')],
        evidence: lateIcpc,
      });
    }

    // --- Team outliers ------------------------------------------------------------------------
    // Blank outcomes stay in n (SPEC: share of all completed/started that name a team) and are
    // not the outcome being compared; how many there were is stated so a skew can be explained.
    const completed = ctx.rows('assessments').filter((a) => a.team !== null && inRange(a.completionDate, period.start, period.end));
    const enquiries = s47.filter((s) => s.team !== null && inRange(s.strategyDate, period.start, period.end));
    const nfa = funnel(tally(completed, (a) => a.team, (a) => a.outcome === 'nfa'), o.controlLimitZ, o.minTeamSize);
    const icpc = funnel(tally(enquiries, (s) => s.team, (s) => s.outcome === 'icpc'), o.controlLimitZ, o.minTeamSize);
    const blankNfa = completed.filter((a) => a.outcome === null).length;
    const blankIcpc = enquiries.filter((s) => s.outcome === null).length;
    if (blankNfa) limitations.push(`${plural(blankNfa, 'completed assessment')} with a team but no usable outcome ${blankNfa === 1 ? 'counts' : 'count'} as not NFA in the team comparison.`);
    if (blankIcpc) limitations.push(`${plural(blankIcpc, 'section 47 enquiry', 'section 47 enquiries')} with a team but no usable outcome ${blankIcpc === 1 ? 'counts' : 'count'} as not going to conference in the team comparison.`);

    const nfaWords: OutlierWords = { measure: 'nfa', subject: 'assessments', verb: 'closes', keyPart: 'outlier-nfa' };
    const icpcWords: OutlierWords = { measure: 'icpc', subject: 'section 47 enquiries', verb: 'takes', keyPart: 'outlier-icpc' };
    const judged = [...nfa.teams, ...icpc.teams].filter((t) => t.position !== 'not judged').length;
    const outlierCount = [...nfa.teams, ...icpc.teams].filter((t) => t.position === 'above' || t.position === 'below').length;
    metrics.teamOutliers = valueMetric('Teams outside the control limits (NFA and conference rates)', judged ? outlierCount : null, 'count',
      { threshold: o.maxTeamOutliers, direction: 'max', tolerance: o.teamOutliersTolerance },
      judged ? undefined : `no team had ${o.minTeamSize} or more assessments or section 47 enquiries in the period to compare`);

    const outlierFinding = (f: Funnel, w: OutlierWords, title: string, outcome: string): void => {
      const out = f.teams.filter((t) => t.position === 'above' || t.position === 'below');
      if (out.length === 0 || f.p === null) return;
      const p = f.p;
      const sentences = out.map((t) => `Team ${t.team} ${w.verb} ${pct(t.rate)} of ${w.subject} ${outcome} against ${pct(p)} across the authority, ${t.position === 'above' ? `above the upper limit of ${pct(t.upper)}` : `below the lower limit of ${pct(t.lower)}`} (${t.events} of ${t.n}).`);
      findings.push({
        id: `team-outliers-${w.measure}`, severity: severityFor(metrics.teamOutliers!.rag), metric: 'teamOutliers', title,
        message: sentences.join(' '),
        affected: { count: out.length, unit: 'teams' },
        columns: [col('team', 'Team', 'text'), col('n', 'Number', 'number'), col('events', 'With outcome', 'number'), col('rate', 'Team rate', 'share'),
          col('authorityRate', 'Authority rate', 'share'), col('lower', 'Lower limit', 'share'), col('upper', 'Upper limit', 'share'), col('direction', 'Direction', 'text')],
        evidence: out.map((t) => ({
          key: `threshold-consistency/${w.keyPart}/${t.team}`, team: t.team, n: t.n, events: t.events, rate: t.rate!, authorityRate: p,
          lower: t.lower!, upper: t.upper!, direction: t.position === 'above' ? 'above the upper limit' : 'below the lower limit',
        })),
      });
    };
    outlierFinding(nfa, nfaWords, 'Teams closing an unusual share of assessments with no further action', 'with no further action');
    outlierFinding(icpc, icpcWords, 'Teams taking an unusual share of section 47 enquiries to conference', 'to an initial child protection conference');

    const funnelBreakdown = (f: Funnel, id: string, title: string, eventLabel: string): Breakdown => ({
      id, title: `${title} (authority ${pct(f.p)}; 99.8% limits; teams under ${o.minTeamSize} not judged)`,
      columns: [col('team', 'Team', 'text'), col('n', 'Number', 'number', 'teamOutliers'), col('events', eventLabel, 'number', 'teamOutliers'), col('rate', 'Rate', 'share', 'teamOutliers'),
        col('lower', 'Lower limit', 'share', 'teamOutliers'), col('upper', 'Upper limit', 'share', 'teamOutliers'), col('position', 'Position', 'text', 'teamOutliers')],
      rows: f.teams.map((t) => ({
        key: `threshold-consistency/${id}/${t.team}`, team: t.team, n: t.n, events: t.events, rate: t.rate,
        lower: t.lower, upper: t.upper,
        position: t.position === 'not judged' ? `not judged (fewer than ${o.minTeamSize})` : t.position === 'within' ? 'within the limits' : t.position === 'above' ? 'above the upper limit' : 'below the lower limit',
      })),
      chart: { kind: 'funnel', x: 'n', y: 'rate', lower: 'lower', upper: 'upper', ...(f.p === null ? {} : { limit: f.p }), label: 'Authority rate' },
    });
    breakdowns.push(funnelBreakdown(nfa, 'team-nfa', 'Assessments completed in the period ending in no further action, by team', 'NFA'));
    breakdowns.push(funnelBreakdown(icpc, 'team-icpc', 'Section 47 enquiries in the period going to an initial conference, by team', 'To ICPC'));

    // --- Change in CP plans starting ----------------------------------------------------------
    // SPEC compares with "the 12 months before" the period; with --period-months N the earlier
    // window is the N months before, so like is compared with like.
    const prevEnd = period.start - 1;
    const prevStart = periodStartFor(prevEnd, period.months);
    const cpPrev = cpPlans.filter((p) => inRange(p.startDate, prevStart, prevEnd));
    const current = cpStartsInPeriod.length;
    const before = cpPrev.length;
    let change: Metric;
    const judgedRise: Judged = { threshold: o.maxCpRise, direction: 'max', tolerance: o.cpRiseTolerance };
    if (before === 0) {
      change = valueMetric('Change in child protection plans starting, against the previous period', null, 'ratio', judgedRise,
        `no child protection plans start between ${toIso(prevStart)} and ${toIso(prevEnd)} in the export, so no change can be reported (the export may not reach back that far); ${plural(current, 'plan')} started in the period`);
    } else {
      const earliest = plans.reduce<Day | null>((m, p) => (p.startDate !== null && (m === null || p.startDate < m) ? p.startDate : m), null);
      const partial = earliest !== null && earliest > prevStart;
      change = valueMetric('Change in child protection plans starting, against the previous period', current / before - 1, 'ratio', judgedRise,
        `${current} started in the period against ${before} from ${toIso(prevStart)} to ${toIso(prevEnd)}${partial ? `; the export's earliest plan starts on ${toIso(earliest)}, so the earlier count may be incomplete` : ''}`);
    }
    metrics.cpStartsChange = { ...change, numerator: current, denominator: before };

    const cpTeams = new Map<string, { before: number; current: number }>();
    for (const [list, which] of [[cpPrev, 'before'], [cpStartsInPeriod, 'current']] as const) {
      for (const p of list) {
        const team = p.team ?? NO_TEAM;
        const t = cpTeams.get(team) ?? { before: 0, current: 0 };
        cpTeams.set(team, t);
        t[which]++;
      }
    }
    breakdowns.push({
      id: 'cp-starts-by-team', title: `Child protection plans starting, by team: the period against ${toIso(prevStart)} to ${toIso(prevEnd)}`,
      columns: [col('team', 'Team', 'text'), col('before', 'Previous period', 'number', 'cpStartsChange'), col('current', 'This period', 'number', 'cpStartsChange'), col('change', 'Change', 'share', 'cpStartsChange')],
      rows: [...cpTeams.keys()].sort(byText).map((team) => {
        const t = cpTeams.get(team)!;
        return { key: `threshold-consistency/cp-starts-team/${team}`, team, before: t.before, current: t.current, change: t.before ? t.current / t.before - 1 : null };
      }),
      chart: { kind: 'bar', x: 'team', y: 'current', label: 'CP plans starting this period' },
    });

    return { metrics, findings, breakdowns, limitations };
  },
});
