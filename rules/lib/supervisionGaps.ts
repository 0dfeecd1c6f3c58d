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
import type { AllocationRow, PlanRow, SupervisionRow } from '../../src/model/tables.js';
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
    for (const { childId, plans, cases } of dated(ctx, 'oversight', () => oversightChildren(ctx)).list) {
      // plansByChild's order (start, then line), which blanking later dates keeps for the plans
      // still open: the first open plan is the earliest.
      let first: PlanRow | undefined;
      for (let k = 0; k < plans.length && first === undefined; k++)
        if (openOn(plans[k]!.startDate, plans[k]!.endDate, asAt)) first = plans[k]!;
      if (first === undefined) continue;
      population++;
      const start = first.startDate!;
      // The latest case record on or before as-at (latest first), if not before the plan started.
      let last: Day | null = null;
      for (let k = 0; k < cases.length; k++) {
        const d = cases[k]!.supervisionDate;
        if (d === null || d > asAt) continue;
        if (d >= start) last = d;
        break;
      }
      const days = asAt - (last ?? start);
      if (days <= o.maxDaysSinceOversight) continue;
      gaps++;
      if (ctx.metricsOnly) continue;
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
    for (const { workerId, allocations, children, personal } of byWorker.list) {
      const w = workers.get(workerId);
      if (w && !workerActiveOn(w, asAt)) continue;
      // The worker's distinct children with an allocation open on as-at, each marked once.
      const mark = byWorker.seen.next();
      let caseload = 0;
      for (let k = 0; k < allocations.length; k++) {
        const a = allocations[k]!;
        if (openOn(a.startDate, a.endDate, asAt) && byWorker.seen.mark(children[k]!, mark)) caseload++;
      }
      if (caseload === 0) continue;
      holding++;
      const nq = w !== undefined && newlyQualifiedOn(w, asAt);
      const limit = nq ? o.newlyQualifiedSupervisionDays : o.personalSupervisionDays;
      // The latest personal supervision on or before as-at (latest first).
      let latest: Day | null = null;
      for (let k = 0; k < personal.length && latest === null; k++) {
        const d = personal[k]!.supervisionDate;
        if (d !== null && d <= asAt) latest = d;
      }
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

/** Records latest first: a group of the index (date, then line, blanks last) reversed, blanks left out. */
function latestFirst(list: readonly SupervisionRow[], keep: (s: SupervisionRow) => boolean): SupervisionRow[] {
  const out: SupervisionRow[] = [];
  for (let k = list.length - 1; k >= 0; k--) {
    const s = list[k]!;
    if (s.supervisionDate !== null && keep(s)) out.push(s);
  }
  return out;
}

/**
 * The oversight gaps' per-child part (issue 24: worked out again at each of the 11 trend points
 * after the worker's answer, on the critical path): each child's CIN, CP and CLA plans in
 * plansByChild's order, and its case and oversight records latest first. A point then reads
 * only the dates: which plan is open, and the first record on or before it.
 */
function oversightChildren(ctx: RuleContext<Options>): {
  list: { childId: string; plans: PlanRow[]; cases: SupervisionRow[] }[];
} {
  const list: { childId: string; plans: PlanRow[]; cases: SupervisionRow[] }[] = [];
  const byChild = ctx.index.supervisionsByChild;
  for (const [childId, plans] of ctx.index.plansByChild) {
    const typed = plans.filter((p) => p.planType !== null && OPEN_PLAN_TYPES.has(p.planType));
    if (typed.length === 0) continue;
    list.push({ childId, plans: typed, cases: latestFirst(byChild.get(childId) ?? [], isCaseRecord) });
  }
  return { list };
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
 * The personal supervision gaps' per-worker part: each worker's allocations naming a child, with
 * the child's number (to count distinct children without a Set per worker at each point), and the
 * worker's personal supervisions latest first.
 */
function caseHolders(ctx: RuleContext<Options>): {
  list: { workerId: string; allocations: AllocationRow[]; children: number[]; personal: SupervisionRow[] }[];
  seen: Marks;
} {
  const list: { workerId: string; allocations: AllocationRow[]; children: number[]; personal: SupervisionRow[] }[] = [];
  const at = new Map<string, number>();
  const childNo = new Map<string, number>();
  for (const a of ctx.rows('allocations')) {
    if (a.workerId === null || a.childId === null) continue;
    let w = at.get(a.workerId);
    if (w === undefined) {
      at.set(a.workerId, (w = list.length));
      list.push({ workerId: a.workerId, allocations: [], children: [], personal: [] });
    }
    let c = childNo.get(a.childId);
    if (c === undefined) childNo.set(a.childId, (c = childNo.size));
    list[w]!.allocations.push(a);
    list[w]!.children.push(c);
  }
  const byWorker = ctx.index.supervisionsByWorker;
  for (const w of list)
    w.personal = latestFirst(byWorker.get(w.workerId) ?? [], (s) => supervisionType(s) === 'personal');
  return { list, seen: new Marks(childNo.size) };
}
