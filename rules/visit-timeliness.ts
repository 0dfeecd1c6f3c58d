/**
 * SPEC §4.5: are children on CP, CIN and CLA plans visited and seen often enough, and are children
 * on CP plans seen alone?
 *
 * A plan's gaps run from its start to the first visit where the child was seen, between such
 * visits, and from the last one to the plan end (or as-at while open). Only gaps that end in the
 * period are judged, so a gap that ended before the period does not count against this year.
 *
 * Blanks: a plan without a plan id, child id, plan type or start date is skipped; a visit without
 * a child id or date is skipped (both counted in the notes). A blank `seen` means seen (SPEC §3);
 * only `seen = N` removes a visit. A blank `seen_alone` is not a yes.
 */
import * as z from 'zod';
import { col, pct, plural, severityFor, shareMetric } from '../src/engine/metrics.js';
import { defineRule } from '../src/engine/rule.js';
import { openOn } from '../src/engine/exportIndex.js';
import type { Breakdown, EvidenceRow, Finding, Metric } from '../src/engine/types.js';
import { wd } from '../src/model/calendar.js';
import { type Day, isoOrNull, toIso } from '../src/model/day.js';
import type { VisitRow } from '../src/model/tables.js';
import { countVisitGaps, type Placed, plansInScope, seenVisitsByChild, type VisitPlanType } from './lib/visitCounts.js';
import { keptForEarlierPoints } from './lib/pointShared.js';
import { atLeast, byLargest, compareText, groupByTeam, shareOrNull, skippedNote } from './lib/teams.js';

interface Gap {
  from: Day;
  to: Day;
  workingDays: number;
  days: number;
  measure: number;
}
interface Judged {
  plan: Placed;
  gaps: Gap[];
  over: Gap[];
  longest: Gap;
}

export default defineRule({
  id: 'visit-timeliness',
  title: 'Visits to children on plans',
  passTitle: 'Children on plans are visited and seen often enough',
  failTitle: 'Children on plans go too long without being seen',
  area: ['help-protection', 'children-in-care'],
  perChild: true,
  tables: ['plans', 'visits'],
  // A trend point reads the visits through the seen visits kept from the latest point, whose
  // reader stops at the point's date (lib/visitCounts.ts, countVisitGaps): their dates need not
  // be blanked at each point (issue 24).
  pointTables: ['plans'],
  description:
    'For each CP, CIN and CLA plan open at any time in the period, the gaps between the plan start, each visit where the child was seen, and the plan end (or the as-at date): CP plans are judged in working days, CIN plans in working days and CLA plans in calendar days. A plan is within limits when no gap ending in the period exceeds its limit. For CP plans open on the as-at date, the share whose latest visit saw the child alone.',
  metrics: {
    // With each child's latest visit only (Annex A) the rule judges the current gap (SPEC §6.1).
    plansWithinVisitLimits: { needs: ['visits.visit_date'], history: 'latest' },
    cpSeenAlone: { needs: ['visits.seen_alone'], history: 'latest' },
  },
  findings: {
    'visit-gaps': { metric: 'plansWithinVisitLimits', key: 'plan', subject: 'plan' },
    'cp-not-seen-alone': { metric: 'cpSeenAlone', key: 'alone', subject: 'plan' },
  },
  options: z.lazy(() =>
    z
      .object({
        cpMaxWorkingDays: z.number().int().min(1).default(10),
        cinMaxWorkingDays: z.number().int().min(1).default(20),
        claMaxDays: z.number().int().min(1).default(42),
        /** Target share of plans with every gap within its limit (a local standard). */
        target: z.number().min(0).max(1).default(0.9),
        /** Target share of CP plans whose latest visit saw the child alone (a local standard). */
        seenAloneTarget: z.number().min(0).max(1).default(0.9),
        tolerance: z.number().min(0).max(1).default(0.05),
      })
      .strict(),
  ),
  run(ctx) {
    const o = ctx.options;
    const asAt = ctx.asAt;
    const periodStart = ctx.period.start;
    const limitOf = (t: VisitPlanType) =>
      t === 'cp' ? o.cpMaxWorkingDays : t === 'cin' ? o.cinMaxWorkingDays : o.claMaxDays;
    const limitText = (t: VisitPlanType) => (t === 'cla' ? `${o.claMaxDays} days` : `${limitOf(t)} working days`);

    // With only each child's latest visit (Annex A, SPEC §6.1) the earlier gaps are unknown: the
    // plans open on the as-at date are judged on the current gap, from the latest visit (or the
    // plan start when there is none) to the as-at date.
    const latestOnly = ctx.coverage.visits?.history === 'latest';
    const { plans, skipped: skippedPlans } = plansInScope(ctx.rows('plans'), latestOnly, asAt, periodStart);
    // The count goes into the metrics' notes, which a trend point's value does not carry: not
    // counted there (and the visits' dates are not blanked at a point: pointTables).
    let skippedVisits = 0;
    if (!ctx.metricsOnly)
      for (const v of ctx.rows('visits')) if (v.childId === null || v.visitDate === null) skippedVisits++;
    const notes = [
      skippedNote(
        skippedPlans,
        'plan',
        'the plan id, child id, plan type or start date is blank, invalid or after the as-at date',
      ),
      skippedNote(skippedVisits, 'visit', 'the child id or visit date is blank, invalid or after the as-at date'),
    ].filter((n): n is string => n !== undefined);
    const note = notes.length ? `${notes.join('; ')}.` : undefined;

    const limits = `CP ${o.cpMaxWorkingDays} working days, CIN ${o.cinMaxWorkingDays} working days, CLA ${o.claMaxDays} days`;
    if (latestOnly)
      notes.push(
        "Only each child's latest visit is in this export: plans open on the as-at date are judged on the time since the child was last seen (or since the plan started), and earlier gaps between visits are unknown.",
      );
    const metricsOf = (
      plansJudged: number,
      failing: number,
      cpOpen: number,
      notAlone: number,
    ): Record<string, Metric> => ({
      plansWithinVisitLimits: latestOnly
        ? shareMetric(
            `Plans open on the as-at date whose child was last seen within the limit (current gap only; ${limits})`,
            plansJudged - failing,
            plansJudged,
            atLeast(o.target, o.tolerance),
            note,
          )
        : shareMetric(
            `Plans with every visit gap within its limit (${limits})`,
            plansJudged - failing,
            plansJudged,
            atLeast(o.target, o.tolerance),
            note,
          ),
      cpSeenAlone: shareMetric(
        'CP plans open on the as-at date whose latest visit saw the child alone',
        cpOpen - notAlone,
        cpOpen,
        atLeast(o.seenAloneTarget, o.tolerance),
        note,
      ),
    });

    // A trend point needs the metrics only (ctx.metricsOnly): two counts from one walk over each
    // plan's visits, with no per-plan lists, gaps, evidence, findings or breakdowns (lib/visitCounts.ts).
    // Annex A (latest visits only) has no trends, so that case keeps the headline path.
    if (ctx.metricsOnly && !latestOnly) {
      // Each child's seen visits kept from the latest point (lib/pointShared.ts): countVisitGaps
      // skips the dates this point blanked, so the index's visits need no regroup per point.
      const seen = keptForEarlierPoints(ctx, 'seenVisitsByChild', () => seenVisitsByChild(ctx.index.visitsByChild));
      const c = countVisitGaps(plans, seen, asAt, periodStart, {
        cp: o.cpMaxWorkingDays,
        cin: o.cinMaxWorkingDays,
        cla: o.claMaxDays,
      });
      return { metrics: metricsOf(plans.length, c.failing, c.cpOpen, c.notAlone), findings: [], limitations: notes };
    }

    /** Visits where the child was seen, in date order, from the plan start to its end or as-at. */
    const seenVisits = (p: Placed, until: Day): (VisitRow & { visitDate: Day })[] =>
      (ctx.index.visitsByChild.get(p.childId) ?? []).filter(
        (v): v is VisitRow & { visitDate: Day } =>
          v.visitDate !== null && v.seen !== false && v.visitDate >= p.startDate && v.visitDate <= until,
      );

    const judged: Judged[] = plans.map((plan) => {
      const end = plan.endDate ?? asAt;
      const visited = seenVisits(plan, end).map((v) => v.visitDate);
      const points = latestOnly
        ? [visited.length ? Math.max(...visited) : plan.startDate, end]
        : [plan.startDate, ...visited, end];
      const gaps: Gap[] = [];
      for (let i = 1; i < points.length; i++) {
        const from = points[i - 1]!,
          to = points[i]!;
        if (to < periodStart) continue; // only gaps that end in the period are judged
        const workingDays = wd(from, to),
          days = to - from;
        gaps.push({ from, to, workingDays, days, measure: plan.planType === 'cla' ? days : workingDays });
      }
      const limit = limitOf(plan.planType);
      const over = gaps.filter((g) => g.measure > limit);
      // The longest judged gap (earliest on a tie); there is always one, as the last gap ends in the period.
      const longest = gaps.reduce((best, g) => (g.measure > best.measure ? g : best), gaps[0]!);
      return { plan, gaps, over, longest };
    });
    const failing = judged.filter((j) => j.over.length > 0);

    const cpOpen = plans.filter((p) => p.planType === 'cp' && openOn(p.startDate, p.endDate, asAt));
    const notAlone: EvidenceRow[] = [];
    for (const p of cpOpen) {
      const seen = seenVisits(p, asAt);
      const latest = seen[seen.length - 1];
      if (latest?.seenAlone === true) continue;
      notAlone.push({
        key: `visit-timeliness/alone/${p.planId}`,
        planId: p.planId,
        childId: p.childId,
        team: p.team,
        planStart: toIso(p.startDate),
        latestVisit: isoOrNull(latest?.visitDate ?? null),
        seenAlone: !latest ? 'no visit since the plan started' : latest.seenAlone === false ? 'no' : 'not recorded',
      });
    }
    notAlone.sort((a, b) => compareText(a.key, b.key));

    const metrics = metricsOf(judged.length, failing.length, cpOpen.length, notAlone.length);

    const findings: Finding[] = [];
    if (failing.length > 0) {
      const evidence: EvidenceRow[] = failing
        .map(({ plan, over, longest }) => ({
          key: `visit-timeliness/plan/${plan.planId}`,
          planId: plan.planId,
          childId: plan.childId,
          planType: plan.planType,
          team: plan.team,
          planStart: toIso(plan.startDate),
          limit: limitText(plan.planType),
          gapFrom: toIso(longest.from),
          gapTo: toIso(longest.to),
          // The gap is still running when it ends on as-at with the plan still open.
          ongoing: plan.endDate === null && longest.to === asAt,
          gapWorkingDays: longest.workingDays,
          gapDays: longest.days,
          gapsOverLimit: over.length,
        }))
        .sort(byLargest('gapDays'));
      findings.push({
        id: 'visit-gaps',
        metric: 'plansWithinVisitLimits',
        severity: severityFor(metrics.plansWithinVisitLimits!.rag),
        title: 'Plans where the child went too long without being seen',
        message: latestOnly
          ? `${failing.length} of ${plural(judged.length, 'plan')} open on ${toIso(asAt)} (${pct(failing.length / judged.length)}) have gone longer than the limit since the child was last seen; the longest is ${evidence[0]!.gapDays} days.`
          : `${failing.length} of ${plural(judged.length, 'plan')} open in the period (${pct(failing.length / judged.length)}) had a gap between visits longer than the limit; the longest was ${evidence[0]!.gapDays} days.`,
        affected: { count: new Set(failing.map((j) => j.plan.childId)).size, unit: 'children' },
        columns: [
          col('planId', 'Plan', 'id'),
          col('childId', 'Child', 'id'),
          col('planType', 'Plan type', 'text'),
          col('team', 'Team', 'text'),
          col('planStart', 'Plan started', 'date'),
          col('limit', 'Limit', 'text'),
          col('gapFrom', 'Longest gap from', 'date'),
          col('gapTo', 'Longest gap ended', 'date'),
          col('ongoing', 'Still not seen', 'flag'),
          col('gapWorkingDays', 'Longest gap (working days)', 'workingDays'),
          col('gapDays', 'Longest gap (days)', 'days'),
          col('gapsOverLimit', 'Gaps over the limit', 'number'),
        ],
        evidence,
      });
    }
    if (notAlone.length > 0) {
      findings.push({
        id: 'cp-not-seen-alone',
        metric: 'cpSeenAlone',
        severity: severityFor(metrics.cpSeenAlone!.rag),
        title: 'Children on CP plans not seen alone at their latest visit',
        message: `${notAlone.length} of ${plural(cpOpen.length, 'child protection plan')} open on ${toIso(asAt)} (${pct(notAlone.length / cpOpen.length)}) do not record the child seen alone at the latest visit.`,
        affected: { count: new Set(notAlone.map((r) => r.childId)).size, unit: 'children' },
        columns: [
          col('planId', 'Plan', 'id'),
          col('childId', 'Child', 'id'),
          col('team', 'Team', 'text'),
          col('planStart', 'Plan started', 'date'),
          col('latestVisit', 'Latest visit where seen', 'date'),
          col('seenAlone', 'Seen alone', 'text'),
        ],
        evidence: notAlone,
      });
    }

    const failingSet = new Set(failing);
    const notAloneKeys = new Set(notAlone.map((r) => r.planId));
    const cpOpenSet = new Set(cpOpen);
    const teamRows: EvidenceRow[] = groupByTeam(judged, (j) => j.plan.team).map(([team, list]) => {
      const cp = list.filter((j) => cpOpenSet.has(j.plan));
      return {
        key: `visit-timeliness/team/${team}`,
        team,
        plans: list.length,
        withinLimits: shareOrNull(list.filter((j) => !failingSet.has(j)).length, list.length),
        cpOpen: cp.length,
        cpSeenAlone: shareOrNull(cp.filter((j) => !notAloneKeys.has(j.plan.planId)).length, cp.length),
      };
    });
    const breakdowns: Breakdown[] = [
      {
        id: 'by-team',
        title: 'Visit timeliness by team',
        columns: [
          col('team', 'Team', 'text'),
          col('plans', 'Plans open in period', 'number', 'plansWithinVisitLimits'),
          col('withinLimits', 'Within visit limits', 'share', 'plansWithinVisitLimits'),
          col('cpOpen', 'CP plans open now', 'number'),
          col('cpSeenAlone', 'CP seen alone at latest visit', 'share', 'cpSeenAlone'),
        ],
        rows: teamRows,
        chart: {
          kind: 'bar',
          x: 'team',
          y: 'withinLimits',
          limit: o.target,
          direction: 'min',
          label: 'Plans within visit limits',
        },
      },
    ];
    return { metrics, findings, breakdowns, limitations: notes };
  },
});
