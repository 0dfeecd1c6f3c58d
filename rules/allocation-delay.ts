/**
 * SPEC §4.2: how long children wait for a social worker once a CIN, CP or CLA plan starts, and
 * who has none today. Inspectors found "long delays between assessment of need and a social worker
 * being allocated".
 *
 * Blanks: a plan without a plan id, child id, plan type or start date cannot be placed and is
 * skipped (counted in the notes). An allocation without a worker id or start date is not an
 * allocation of anyone and is ignored (counted). A blank allocation end means still allocated.
 * As SPEC says, the delay runs to the first allocation after the plan start even when the plan
 * has since ended, and to as-at when there is none.
 */
import * as z from 'zod';
import { col, median, pct, plural, severityFor, shareMetric, valueMetric } from '../src/engine/metrics.js';
import { defineRule } from '../src/engine/rule.js';
import type { Breakdown, EvidenceRow, Finding, Metric } from '../src/engine/types.js';
import { isoOrNull, toIso } from '../src/model/day.js';
import type { AllocationRow, PlanType } from '../src/model/tables.js';
import { atLeast, atMost, byLargest, compareTeams, groupByTeam, shareOrNull, skippedNote } from './lib/teams.js';
import { keptForEarlierPoints } from './lib/pointShared.js';
import { isAlloc, planWaits } from './lib/allocationWaits.js';
import {
  type Delay,
  delaysOf,
  NONE,
  countUnallocated,
  openPlansByChild,
  placedPlans,
  SOCIAL_WORK_PLANS,
  unallocatedRows,
  unusableAllocations,
} from './lib/allocationDelays.js';

/** Each child's allocations with a worker id and (now) a start date, in the index's order. */
function withWorker(byChild: ReadonlyMap<string, readonly AllocationRow[]>): Map<string, AllocationRow[]> {
  const out = new Map<string, AllocationRow[]>();
  for (const [childId, list] of byChild) {
    const kept = list.filter(isAlloc);
    if (kept.length > 0) out.set(childId, kept);
  }
  return out;
}

export default defineRule({
  id: 'allocation-delay',
  title: 'Allocation of a social worker',
  passTitle: 'Children are allocated a social worker promptly',
  failTitle: 'Children wait too long for a social worker',
  area: ['help-protection'],
  perChild: true,
  tables: ['plans', 'allocations'],
  description:
    'For CIN, CP and CLA plans starting in the period: the delay in working days from the plan start to an allocated worker (0 when an allocation was already open on the start date; to the as-at date when there is still none), the share allocated within the limit and the median delay; and the children with such a plan open on the as-at date and no allocation open.',
  options: z.lazy(() =>
    z
      .object({
        maxWorkingDays: z.number().int().min(0).default(5),
        /** Target share of plans allocated within maxWorkingDays (a local standard). */
        target: z.number().min(0).max(1).default(0.9),
        tolerance: z.number().min(0).max(1).default(0.05),
        /** The median delay is judged against maxWorkingDays; amber up to this many more. */
        medianTolerance: z.number().min(0).default(5),
        /** Children with an open plan and no worker that are acceptable (default none). */
        maxUnallocated: z.number().int().min(0).default(0),
        unallocatedTolerance: z.number().int().min(0).default(5),
      })
      .strict(),
  ),
  metrics: {
    // How long a child waited needs every allocation with its start date, not only the current one.
    // The plan types whose plans and allocations reach the period are judged, and the note names
    // them (coverage `planTypes`): a count or share of those plans, not of every plan.
    allocatedWithinTarget: { needs: ['allocations.start_date'], partialTypes: 'measure' },
    medianDelay: { needs: ['allocations.start_date'], partialTypes: 'measure' },
    // SPEC §1: a blank end date is an open plan or allocation, so end dates are not needed.
    unallocatedOpen: { needs: [], history: 'latest', reads: 'asAt', partialTypes: 'measure' },
  },
  findings: {
    'delayed-allocation': { metric: 'allocatedWithinTarget', key: 'plan', subject: 'plan' },
    'unallocated-open': { metric: 'unallocatedOpen', key: 'unallocated', subject: 'child' },
  },
  run(ctx) {
    const o = ctx.options;
    const asAt = ctx.asAt;
    const periodStart = ctx.period.start;

    // Allocations given for some plan types only (statutory returns: looked-after children, from
    // the SSDA903 social worker table) judge those plans only, and the notes say so.
    // Plans of a type whose records do not reach this period (coverage `leftOut`) are left out too.
    const byAlloc = ctx.coverage.allocations?.planTypes;
    const byPlans = ctx.coverage.plans?.planTypes;
    const covered =
      byAlloc === undefined && byPlans === undefined
        ? undefined
        : ([...SOCIAL_WORK_PLANS] as PlanType[]).filter(
            (t) => (byAlloc ?? [t]).includes(t) && (byPlans ?? [t]).includes(t),
          );
    const leftOut = { ...ctx.coverage.plans?.leftOut, ...ctx.coverage.allocations?.leftOut };
    const planTable = ctx.rows('plans');
    const { plans, planRows, skipped: skippedPlans } = placedPlans(planTable, covered);
    // Counted for the notes only, which a trend point's values do not carry (lib/pointShared.ts).
    const skippedAllocs = ctx.metricsOnly ? 0 : unusableAllocations(ctx.rows('allocations'));
    // Each child's allocations in start-date order; the readers below skip those without a worker
    // or start date. A trend point reads lists kept from the latest point (with the allocations
    // that have a worker only): its own dates are read as they now are, so a start blanked at this
    // point is skipped as the index's list would have put it last (lib/pointShared.ts). No list is
    // copied per child, nor regrouped per point.
    const byChild: ReadonlyMap<string, readonly AllocationRow[]> = ctx.metricsOnly
      ? keptForEarlierPoints(ctx, 'allocationsWithWorker', () => withWorker(ctx.index.allocationsByChild))
      : ctx.index.allocationsByChild;
    const allocsOf = (childId: string): readonly AllocationRow[] => byChild.get(childId) ?? NONE;
    const notes = [
      skippedNote(
        skippedPlans,
        'plan',
        'the plan id, child id, plan type or start date is blank, invalid or after the as-at date',
      ),
      skippedNote(
        skippedAllocs,
        'allocation',
        'the child id, worker id or start date is blank, invalid or after the as-at date',
      ),
      byAlloc === undefined
        ? undefined
        : `only ${byAlloc.map((t) => t.toUpperCase()).join(' and ')} plans are judged: the allocations cover those only (${ctx.coverage.allocations?.source ?? 'this export'})`,
      ...Object.entries(leftOut).map(([t, why]) => `${t.toUpperCase()} plans are not judged: ${why}`),
    ].filter((n): n is string => n !== undefined);
    const note = notes.length ? `${notes.join('; ')}.` : undefined;

    // At a trend point, each plan's wait as the latest point saw it, made once and read at each
    // earlier point, which compares the kept start with its own date (lib/allocationWaits.ts).
    const waits = ctx.metricsOnly
      ? keptForEarlierPoints(ctx, 'planWaits', () => planWaits(plans, planRows, planTable.length, allocsOf))
      : null;
    // Delay for each plan starting in the period.
    const delays = delaysOf(plans, planRows, waits, byChild, periodStart, asAt);
    const slow = delays.filter((d) => d.delay > o.maxWorkingDays);
    const medianDelay = median(delays.map((d) => d.delay));

    // Children with a social-work plan open on as-at and nobody allocated today: at a trend point
    // only how many (no lists by child, no evidence rows made and sorted per point: issue 24).
    const openByChild = ctx.metricsOnly ? null : openPlansByChild(plans, asAt);
    // With only each child's current worker (Annex A: no allocation dates, SPEC §6.1) a child with
    // none is unallocated, but how long they have waited is unknown: it is said so, never
    // counted from the plan start (which would read years for a child long in care).
    const waitKnown = ctx.coverage.allocations?.history !== 'latest';
    const unallocated = openByChild ? unallocatedRows(openByChild, byChild, asAt, waitKnown) : [];
    unallocated.sort(byLargest('workingDays'));
    const { anyOpen, unallocated: unallocatedCount } = openByChild
      ? { anyOpen: openByChild.size > 0, unallocated: unallocated.length }
      : countUnallocated(plans, byChild, asAt);

    const metrics: Record<string, Metric> = {
      allocatedWithinTarget: shareMetric(
        `Plans started in the period with a social worker within ${o.maxWorkingDays} working days`,
        delays.length - slow.length,
        delays.length,
        atLeast(o.target, o.tolerance),
        note,
      ),
      medianDelay: valueMetric(
        'Median wait for a social worker after a plan started (working days)',
        medianDelay,
        'workingDays',
        atMost(o.maxWorkingDays, o.medianTolerance),
        note,
      ),
      unallocatedOpen: valueMetric(
        'Children with an open CIN, CP or CLA plan and no allocated worker on the as-at date',
        anyOpen ? unallocatedCount : null,
        'count',
        atMost(o.maxUnallocated, o.unallocatedTolerance),
        anyOpen ? note : 'no CIN, CP or CLA plans open on the as-at date',
      ),
    };
    // A trend point needs the metrics only (ctx.metricsOnly): no evidence, findings or breakdowns.
    if (ctx.metricsOnly) return { metrics, findings: [], limitations: notes };

    const findings: Finding[] = [];
    if (slow.length > 0) {
      const still = slow.filter((d) => d.unallocated).length;
      const evidence: EvidenceRow[] = slow
        .map((d) => ({
          key: `allocation-delay/plan/${d.plan.planId}`,
          planId: d.plan.planId,
          childId: d.plan.childId,
          planType: d.plan.planType,
          team: d.plan.team,
          planStart: toIso(d.plan.startDate),
          allocatedOn: isoOrNull(d.allocatedOn),
          workingDays: d.delay,
          stillUnallocated: d.unallocated,
        }))
        .sort(byLargest('workingDays'));
      findings.push({
        id: 'delayed-allocation',
        metric: 'allocatedWithinTarget',
        severity: severityFor(metrics.allocatedWithinTarget!.rag),
        title: `Plans where the child waited more than ${o.maxWorkingDays} working days for a social worker`,
        message: `${slow.length} of ${plural(delays.length, 'plan')} started in the period (${pct(slow.length / delays.length)}) waited more than ${o.maxWorkingDays} working days for a social worker; ${still === 0 ? 'none is' : still === 1 ? '1 is' : `${still} are`} still unallocated.`,
        affected: { count: new Set(slow.map((d) => d.plan.childId)).size, unit: 'children' },
        columns: [
          col('planId', 'Plan', 'id'),
          col('childId', 'Child', 'id'),
          col('planType', 'Plan type', 'text'),
          col('team', 'Team', 'text'),
          col('planStart', 'Plan started', 'date'),
          col('allocatedOn', 'Allocated', 'date'),
          col('workingDays', 'Wait (working days)', 'workingDays'),
          col('stillUnallocated', 'Still unallocated', 'flag'),
        ],
        evidence,
      });
    }
    if (unallocated.length > 0) {
      findings.push({
        id: 'unallocated-open',
        metric: 'unallocatedOpen',
        severity: severityFor(metrics.unallocatedOpen!.rag),
        title: 'Children with an open plan and no allocated social worker',
        message: `${plural(unallocated.length, 'child', 'children')} with an open CIN, CP or CLA plan ${unallocated.length === 1 ? 'has' : 'have'} no allocated social worker on ${toIso(asAt)}; ${waitKnown ? `the longest has waited ${unallocated[0]!.workingDays} working days` : 'how long they have waited is not in this export (it names only the current worker, with no allocation dates)'}.`,
        affected: { count: unallocated.length, unit: 'children' },
        columns: waitKnown
          ? [
              col('childId', 'Child', 'id'),
              col('planId', 'Plan', 'id'),
              col('planType', 'Plan type', 'text'),
              col('team', 'Team', 'text'),
              col('planStart', 'Plan started', 'date'),
              col('lastAllocationEnd', 'Last allocation ended', 'date'),
              col('waitingSince', 'Unallocated since', 'date'),
              col('workingDays', 'Working days unallocated', 'workingDays'),
            ]
          : [
              col('childId', 'Child', 'id'),
              col('planId', 'Plan', 'id'),
              col('planType', 'Plan type', 'text'),
              col('team', 'Team', 'text'),
              col('planStart', 'Plan started', 'date'),
              col('wait', 'Time unallocated', 'text'),
            ],
        evidence: unallocated,
      });
    }

    const slowSet = new Set(slow);
    const teams = new Map<string, { delays: Delay[]; unallocated: number }>();
    for (const [team, list] of groupByTeam(delays, (d) => d.plan.team))
      teams.set(team, { delays: list, unallocated: 0 });
    for (const [team, list] of groupByTeam(unallocated, (r) => r.team as string | null)) {
      const t = teams.get(team) ?? { delays: [], unallocated: 0 };
      t.unallocated = list.length;
      teams.set(team, t);
    }
    const teamRows: EvidenceRow[] = [...teams.keys()].sort(compareTeams).map((team) => {
      const t = teams.get(team)!;
      return {
        key: `allocation-delay/team/${team}`,
        team,
        plansStarted: t.delays.length,
        allocatedWithin: shareOrNull(t.delays.filter((d) => !slowSet.has(d)).length, t.delays.length),
        medianDelay: median(t.delays.map((d) => d.delay)),
        unallocatedNow: t.unallocated,
      };
    });
    const breakdowns: Breakdown[] = [
      {
        id: 'by-team',
        title: 'Allocation of a social worker by team',
        columns: [
          col('team', 'Team', 'text'),
          col('plansStarted', 'Plans started in period', 'number', 'allocatedWithinTarget'),
          col('allocatedWithin', `Allocated within ${o.maxWorkingDays} working days`, 'share', 'allocatedWithinTarget'),
          col('medianDelay', 'Median wait (working days)', 'workingDays', 'medianDelay'),
          col('unallocatedNow', 'Children unallocated now', 'number', 'unallocatedOpen'),
        ],
        rows: teamRows,
        chart: {
          kind: 'bar',
          x: 'team',
          y: 'allocatedWithin',
          limit: o.target,
          direction: 'min',
          label: `Allocated within ${o.maxWorkingDays} working days`,
        },
      },
    ];
    return { metrics, findings, breakdowns, limitations: notes };
  },
});
