/**
 * The two gap measures of supervision-quality (SPEC §4.7): children on a plan without recent
 * management oversight, and case-holding workers without recent personal supervision. Each adds
 * its metric, finding and limitations to the rule's output, in the order the rule reports them.
 */
import { newlyQualifiedOn, workerActiveOn } from '../../src/engine/exportIndex.js';
import { col, plural, severityFor, valueMetric } from '../../src/engine/metrics.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { EvidenceRow, Finding, Metric } from '../../src/engine/types.js';
import { type Day, isoOrNull, toIso } from '../../src/model/day.js';
import type { PlanRow, SupervisionRow } from '../../src/model/tables.js';
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
    let population = 0,
      gaps = 0;
    const kept = dated(ctx, 'oversight', () => oversightChildren(ctx));
    const { plans, planStart, planEnd, planFrom, cases, caseFrom } = kept;
    for (let c = 0; c < kept.children.length; c++) {
      // plansByChild's order (start, then line), which blanking later dates keeps for the plans
      // still open: the first open plan is the earliest.
      let k = planFrom[c]!;
      const plansTo = planFrom[c + 1]!;
      while (k < plansTo && !(planStart[k]! <= asAt && planEnd[k]! >= asAt)) k++;
      if (k === plansTo) continue;
      population++;
      const start = planStart[k]!;
      // The latest case record on or before as-at (latest first), if not before the plan started.
      let j = caseFrom[c]!;
      const casesTo = caseFrom[c + 1]!;
      while (j < casesTo && cases[j]! > asAt) j++;
      const last: Day | null = j < casesTo && cases[j]! >= start ? cases[j]! : null;
      const days = asAt - (last ?? start);
      if (days <= o.maxDaysSinceOversight) continue;
      gaps++;
      if (ctx.metricsOnly) continue;
      const first = plans[k]!,
        childId = kept.children[c]!;
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
    const m = valueMetric('Children on a plan without management oversight in time', gaps, 'count', countJudge(0));
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
    const byWorker = dated(ctx, 'personal', () => caseHolders(ctx));
    const evidence: EvidenceRow[] = [];
    let holding = 0,
      gaps = 0;
    const { allocFrom, allocStart, allocEnd, allocChild, personal, personalFrom, seen } = byWorker;
    for (let v = 0; v < byWorker.workers.length; v++) {
      const workerId = byWorker.workers[v]!;
      const w = workers.get(workerId);
      if (w && !workerActiveOn(w, asAt)) continue;
      // The worker's distinct children with an allocation open on as-at, each marked once.
      const mark = seen.next();
      let caseload = 0;
      for (let k = allocFrom[v]!; k < allocFrom[v + 1]!; k++)
        if (allocStart[k]! <= asAt && allocEnd[k]! >= asAt && seen.mark(allocChild[k]!, mark)) caseload++;
      if (caseload === 0) continue;
      holding++;
      const nq = w !== undefined && newlyQualifiedOn(w, asAt);
      const limit = nq ? o.newlyQualifiedSupervisionDays : o.personalSupervisionDays;
      // The latest personal supervision on or before as-at (latest first).
      let j = personalFrom[v]!;
      while (j < personalFrom[v + 1]! && personal[j]! > asAt) j++;
      const latest: Day | null = j < personalFrom[v + 1]! ? personal[j]! : null;
      if (latest !== null && asAt - latest <= limit) continue;
      gaps++;
      if (ctx.metricsOnly) continue;
      evidence.push({
        key: `supervision-quality/personal/${workerId}`,
        workerId,
        team: w?.team ?? null,
        newlyQualified: nq,
        caseload,
        limit,
        latest: isoOrNull(latest),
        days: latest === null ? null : asAt - latest,
      });
    }
    // Never supervised first, then longest since supervision.
    const since = (e: EvidenceRow): number => (e.days === null ? Infinity : (e.days as number));
    evidence.sort((a, b) => since(b) - since(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const m = valueMetric('Case-holding workers without personal supervision in time', gaps, 'count', countJudge(0));
    m.denominator = holding;
    metrics.personalSupervisionGaps = m;
    if (evidence.length > 0) {
      const never = evidence.filter((e) => e.latest === null).length;
      findings.push({
        id: 'personal-supervision-gaps',
        severity: severityFor(m.rag),
        metric: 'personalSupervisionGaps',
        title: 'Workers without recent personal supervision',
        message: `${plural(evidence.length, 'worker')} of ${holding} holding cases on ${toIso(asAt)} had no personal supervision within ${o.personalSupervisionDays} days (${o.newlyQualifiedSupervisionDays} for newly qualified workers)${never ? `; ${never} had none recorded at all` : ''}.`,
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

/**
 * A value kept for the rest of the audit (ctx.shared) that reads dates: made from the export as at
 * `at`, it stays right at `at` and at any earlier date, since a trend point only blanks the dates
 * after its own (src/engine/rewind.ts) and points come after the headline, latest first. Asked at
 * a later date than it was made at (never, in an audit), it is made again and not kept.
 */
function dated<V>(ctx: RuleContext<Options>, name: string, build: () => V): V & { at: Day } {
  const kept = ctx.shared(name, () => ({ ...build(), at: ctx.asAt }));
  return kept.at >= ctx.asAt ? kept : { ...build(), at: ctx.asAt };
}

/** A blank end date: open at every date (openOn). */
const NO_END = 0x7fffffff;

/**
 * The dates of a group of the index (date, then line, blanks last) latest first, blanks and the
 * records `keep` refuses left out, appended to `out`.
 */
function latestFirst(list: readonly SupervisionRow[], keep: (s: SupervisionRow) => boolean, out: number[]): void {
  for (let k = list.length - 1; k >= 0; k--) {
    const d = list[k]!.supervisionDate;
    if (d !== null && keep(list[k]!)) out.push(d);
  }
}

/**
 * The oversight gaps' per-child part (issue 24: worked out again at each of the 11 trend points
 * after the worker's answer, on the critical path, walking row objects): each child's CIN, CP and
 * CLA plans with a start date, in plansByChild's order, with their dates, and the dates of its
 * case and oversight records latest first, as numbers; child c's are at [from[c], from[c + 1]).
 * A plan with no start is never open, at any point. A point then reads only numbers.
 */
function oversightChildren(ctx: RuleContext<Options>) {
  const children: string[] = [];
  const plans: PlanRow[] = [];
  const starts: number[] = [],
    ends: number[] = [],
    planFrom: number[] = [0],
    cases: number[] = [],
    caseFrom: number[] = [0];
  const byChild = ctx.index.supervisionsByChild;
  for (const [childId, list] of ctx.index.plansByChild) {
    const before = plans.length;
    for (const p of list)
      if (p.planType !== null && OPEN_PLAN_TYPES.has(p.planType) && p.startDate !== null) {
        plans.push(p);
        starts.push(p.startDate);
        ends.push(p.endDate ?? NO_END);
      }
    if (plans.length === before) continue;
    children.push(childId);
    planFrom.push(plans.length);
    latestFirst(byChild.get(childId) ?? [], isCaseRecord, cases);
    caseFrom.push(cases.length);
  }
  return {
    children,
    plans,
    planStart: Int32Array.from(starts),
    planEnd: Int32Array.from(ends),
    planFrom: Int32Array.from(planFrom),
    cases: Int32Array.from(cases),
    caseFrom: Int32Array.from(caseFrom),
  };
}

/** Marks of children seen, by number, cleared by starting a new mark rather than by writing. */
class Marks {
  private readonly at: Int32Array;
  private last = 0;
  constructor(size: number) {
    this.at = new Int32Array(size);
  }
  next(): number {
    if (this.last === 0x7fffffff) {
      this.at.fill(0);
      this.last = 0;
    }
    return ++this.last;
  }
  /** True the first time `n` is marked with `mark`. */
  mark(n: number, mark: number): boolean {
    if (this.at[n] === mark) return false;
    this.at[n] = mark;
    return true;
  }
}

/**
 * The personal supervision gaps' per-worker part: the dates of each worker's allocations naming
 * a child (an allocation with no start is never open), with the child's number to count distinct
 * children without a Set per worker at each point, and the dates of the worker's personal
 * supervisions latest first; worker v's are at [from[v], from[v + 1]).
 */
function caseHolders(ctx: RuleContext<Options>) {
  const workers: string[] = [];
  const at = new Map<string, number>();
  const childNo = new Map<string, number>();
  const rows = ctx.rows('allocations');
  // Two passes over the rows, counting and then placing each worker's allocations: no object per
  // allocation (the parts are made before the rule asks for the scores, while the worker scores).
  const counts: number[] = [];
  for (const a of rows) {
    if (a.workerId === null || a.childId === null || a.startDate === null) continue;
    let w = at.get(a.workerId);
    if (w === undefined) {
      at.set(a.workerId, (w = workers.length));
      workers.push(a.workerId);
      counts.push(0);
    }
    counts[w]!++;
  }
  const allocFrom = new Int32Array(workers.length + 1);
  for (let v = 0; v < workers.length; v++) allocFrom[v + 1] = allocFrom[v]! + counts[v]!;
  const total = allocFrom[workers.length]!;
  const allocStart = new Int32Array(total),
    allocEnd = new Int32Array(total),
    allocChild = new Int32Array(total);
  const next = allocFrom.slice(0, workers.length);
  for (const a of rows) {
    if (a.workerId === null || a.childId === null || a.startDate === null) continue;
    const k = next[at.get(a.workerId)!]!++;
    let c = childNo.get(a.childId);
    if (c === undefined) childNo.set(a.childId, (c = childNo.size));
    allocStart[k] = a.startDate;
    allocEnd[k] = a.endDate ?? NO_END;
    allocChild[k] = c;
  }
  const personal: number[] = [],
    personalFrom: number[] = [0];
  const byWorker = ctx.index.supervisionsByWorker;
  for (let v = 0; v < workers.length; v++) {
    latestFirst(byWorker.get(workers[v]!) ?? [], (s) => supervisionType(s) === 'personal', personal);
    personalFrom.push(personal.length);
  }
  return {
    workers,
    allocFrom,
    allocStart,
    allocEnd,
    allocChild,
    personal: Int32Array.from(personal),
    personalFrom: Int32Array.from(personalFrom),
    seen: new Marks(childNo.size),
  };
}
