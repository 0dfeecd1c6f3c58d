/**
 * The two gap measures of supervision-quality (SPEC §4.7): children on a plan without recent
 * management oversight, and case-holding workers without recent personal supervision. Each adds
 * its metric, finding and limitations to the rule's output, in the order the rule reports them.
 */
import { newlyQualifiedOn, openOn, workerActiveOn } from '../../src/engine/exportIndex.js';
import { col, plural, severityFor, valueMetric } from '../../src/engine/metrics.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { EvidenceRow, Finding, Metric } from '../../src/engine/types.js';
import { type Day, isoOrNull, toIso } from '../../src/model/day.js';
import type { PlanRow } from '../../src/model/tables.js';
import type { Options } from './supervisionOptions.js';
import { isCaseRecord, supervisionType } from './supervisionRecords.js';

const OPEN_PLAN_TYPES = new Set(['cin', 'cp', 'cla']);

/** The parts of the rule's output the gap measures add to. */
export interface GapOutput {
  metrics: Record<string, Metric>;
  findings: Finding[];
  limitations: string[];
}

/** Children with a CIN, CP or CLA plan open on the as-at date and no case or oversight record in time. */
export function oversightGaps(ctx: RuleContext<Options>, out: GapOutput): void {
  const o = ctx.options;
  const asAt = ctx.asAt;
  const { metrics, findings, limitations } = out;
  const countJudge = (threshold: number) => ({ threshold, direction: 'max' as const, tolerance: o.countTolerance });
  if (!ctx.has('plans')) {
    metrics.oversightGaps = valueMetric(
      'Children on a plan without management oversight in time',
      null,
      'count',
      countJudge(0),
      'not measured: the export has no plans table, so which children are on a plan is unknown',
    );
    limitations.push('Oversight gaps were not measured: the export has no plans table.');
  } else {
    const evidence: EvidenceRow[] = [];
    let population = 0;
    for (const [childId, plans] of ctx.index.plansByChild) {
      const open = plans.filter(
        (p) => p.planType !== null && OPEN_PLAN_TYPES.has(p.planType) && openOn(p.startDate, p.endDate, asAt),
      );
      if (open.length === 0) continue;
      population++;
      // plansByChild is sorted by start then line, so the first open plan is the earliest.
      const first: PlanRow = open[0]!;
      const start = first.startDate!;
      let last: Day | null = null;
      for (const s of ctx.index.supervisionsByChild.get(childId) ?? []) {
        const d = s.supervisionDate;
        if (d !== null && d >= start && d <= asAt && isCaseRecord(s) && (last === null || d > last)) last = d;
      }
      const days = asAt - (last ?? start);
      if (days <= o.maxDaysSinceOversight) continue;
      evidence.push({
        key: `supervision-quality/oversight/${childId}`,
        childId,
        planId: first.planId,
        planType: first.planType,
        team: first.team,
        planStart: toIso(start),
        lastRecord: isoOrNull(last),
        days,
      });
    }
    evidence.sort((a, b) => (b.days as number) - (a.days as number) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const m = valueMetric(
      'Children on a plan without management oversight in time',
      evidence.length,
      'count',
      countJudge(0),
    );
    m.denominator = population;
    metrics.oversightGaps = m;
    if (evidence.length > 0) {
      findings.push({
        id: 'oversight-gaps',
        severity: severityFor(m.rag),
        metric: 'oversightGaps',
        title: 'Children without recent management oversight',
        message: `${plural(evidence.length, 'child', 'children')} of ${population} on a CIN, CP or CLA plan on ${toIso(asAt)} had no case or oversight supervision recorded in the last ${o.maxDaysSinceOversight} days.`,
        affected: { count: evidence.length, unit: 'children' },
        columns: [
          col('childId', 'Child', 'id'),
          col('planId', 'Plan', 'id'),
          col('planType', 'Plan type', 'text'),
          col('team', 'Team', 'text'),
          col('planStart', 'Plan start', 'date'),
          col('lastRecord', 'Last oversight', 'date'),
          col('days', 'Days since', 'days'),
        ],
        evidence,
      });
    }
  }
}

/** Active workers holding cases on the as-at date without personal supervision in time. */
export function personalSupervisionGaps(ctx: RuleContext<Options>, out: GapOutput): void {
  const o = ctx.options;
  const asAt = ctx.asAt;
  const { metrics, findings, limitations } = out;
  const workers = ctx.index.workersById;
  const countJudge = (threshold: number) => ({ threshold, direction: 'max' as const, tolerance: o.countTolerance });
  if (!ctx.has('allocations')) {
    metrics.personalSupervisionGaps = valueMetric(
      'Case-holding workers without personal supervision in time',
      null,
      'count',
      countJudge(0),
      'not measured: the export has no allocations table, so caseloads are unknown',
    );
    limitations.push(
      'Personal supervision gaps were not measured: the export has no allocations table, so which workers hold cases is unknown.',
    );
  } else {
    if (!ctx.has('workers')) {
      limitations.push(
        `The export has no workers table: newly qualified workers could not be identified, so the ${o.personalSupervisionDays}-day limit was used for every worker, and teams are unknown.`,
      );
    }
    // SPEC §4.3: caseload = children with an allocation open on asAt. A worker unknown to the
    // workers table is still counted (caseloads does the same); one known but not active is not.
    const caseload = new Map<string, Set<string>>();
    for (const a of ctx.rows('allocations')) {
      if (a.workerId === null || a.childId === null || !openOn(a.startDate, a.endDate, asAt)) continue;
      const w = workers.get(a.workerId);
      if (w && !workerActiveOn(w, asAt)) continue;
      let set = caseload.get(a.workerId);
      if (!set) caseload.set(a.workerId, (set = new Set()));
      set.add(a.childId);
    }
    const evidence: EvidenceRow[] = [];
    for (const [workerId, children] of caseload) {
      const w = workers.get(workerId);
      const nq = w !== undefined && newlyQualifiedOn(w, asAt);
      const limit = nq ? o.newlyQualifiedSupervisionDays : o.personalSupervisionDays;
      let latest: Day | null = null;
      for (const s of ctx.index.supervisionsByWorker.get(workerId) ?? []) {
        const d = s.supervisionDate;
        if (d !== null && d <= asAt && supervisionType(s) === 'personal' && (latest === null || d > latest)) latest = d;
      }
      if (latest !== null && asAt - latest <= limit) continue;
      evidence.push({
        key: `supervision-quality/personal/${workerId}`,
        workerId,
        team: w?.team ?? null,
        newlyQualified: nq,
        caseload: children.size,
        limit,
        latest: isoOrNull(latest),
        days: latest === null ? null : asAt - latest,
      });
    }
    // Never supervised first, then longest since supervision.
    const since = (e: EvidenceRow): number => (e.days === null ? Infinity : (e.days as number));
    evidence.sort((a, b) => since(b) - since(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const m = valueMetric(
      'Case-holding workers without personal supervision in time',
      evidence.length,
      'count',
      countJudge(0),
    );
    m.denominator = caseload.size;
    metrics.personalSupervisionGaps = m;
    if (evidence.length > 0) {
      const never = evidence.filter((e) => e.latest === null).length;
      findings.push({
        id: 'personal-supervision-gaps',
        severity: severityFor(m.rag),
        metric: 'personalSupervisionGaps',
        title: 'Workers without recent personal supervision',
        message: `${plural(evidence.length, 'worker')} of ${caseload.size} holding cases on ${toIso(asAt)} had no personal supervision within ${o.personalSupervisionDays} days (${o.newlyQualifiedSupervisionDays} for newly qualified workers)${never ? `; ${never} had none recorded at all` : ''}.`,
        affected: { count: evidence.length, unit: 'workers' },
        columns: [
          col('workerId', 'Worker', 'id'),
          col('team', 'Team', 'text'),
          col('newlyQualified', 'Newly qualified', 'flag'),
          col('caseload', 'Caseload', 'number'),
          col('limit', 'Limit (days)', 'days'),
          col('latest', 'Last personal supervision', 'date'),
          col('days', 'Days since', 'days'),
        ],
        evidence,
      });
    }
  }
}
