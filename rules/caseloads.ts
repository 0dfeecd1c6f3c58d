/**
 * SPEC §4.3: children per full-time-equivalent social worker on the as-at date. Inspectors found
 * caseloads "in the mid-20s against a target of 15".
 *
 * Blanks: an allocation without a child id, worker id or start date cannot be open and is skipped
 * (counted in the limitations). A blank or invalid FTE is 1 (SPEC §3). An allocation open on
 * as-at to a worker missing from the workers table, or not employed on as-at, still counts, with
 * FTE 1; the rule is pure, so it names those workers in the evidence and limitations instead of
 * adding to the data-quality log (the loader already logs unknown workers).
 *
 * Without an allocations table, a workforce census gives each worker's caseload on its census
 * date (`Cases30`, SPEC §6.3): used when the as-at date is that date; otherwise, and with neither,
 * the metrics are not measured, saying what would allow them. Team rows then count cases, not
 * distinct children (the census has no child ids).
 */
import * as z from 'zod';
import { col, pct, plural, severityFor, valueMetric } from '../src/engine/metrics.js';
import { defineRule, type RuleOutput } from '../src/engine/rule.js';
import { censusNote } from './lib/census.js';
import { openOn } from '../src/engine/exportIndex.js';
import type { Breakdown, EvidenceRow, Finding, Metric } from '../src/engine/types.js';
import { type Day, toIso } from '../src/model/day.js';
import { NO_DAY, type TableColumns } from '../src/load/tableColumns.js';
import { atMost, byLargest, compareText, groupByTeam, skippedNote } from './lib/teams.js';
import { keptForEarlierPoints } from './lib/pointShared.js';

type Status = 'active' | 'unknown' | 'inactive';
interface Load {
  workerId: string;
  team: string | null;
  children: Set<string>;
  fte: number;
  status: Status;
  cases?: number;
}

/** Children held: distinct children allocated, or the census's `Cases30`. */
const held = (l: Load): number => l.cases ?? l.children.size;

const STATUS_TEXT: Readonly<Record<Status, string>> = {
  active: 'active',
  unknown: 'not in the workers table (counted as FTE 1)',
  inactive: 'not employed on the as-at date (counted as FTE 1)',
};

export default defineRule({
  id: 'caseloads',
  title: 'Social worker caseloads',
  passTitle: 'Social workers hold manageable caseloads',
  failTitle: 'Social workers hold too many children',
  area: ['leaders'],
  tables: ['workers'],
  optionalTables: ['allocations'],
  // Read as typed columns: a caseload run keeps no allocation or worker rows (issue 24).
  columnTables: ['allocations', 'workers'],
  description:
    "On the as-at date, each worker's caseload is the number of distinct children with an allocation to them open that day, divided by their FTE (blank = 1). The average per FTE is total children ÷ total FTE over workers holding at least one child; workers above the target per FTE are listed. Allocations to workers missing from the workers table or not employed on the as-at date still count, with FTE 1.",
  options: z.lazy(() =>
    z
      .object({
        /** Children per FTE a worker should not exceed. */
        target: z.number().positive().default(15),
        /** The council-wide average per FTE is judged against target; amber up to this many more. */
        averageTolerance: z.number().min(0).default(3),
        /** Workers over target that are acceptable (default none). */
        maxOverTarget: z.number().int().min(0).default(0),
        overTargetTolerance: z.number().int().min(0).default(3),
      })
      .strict(),
  ),
  metrics: {
    averagePerFte: { needs: [], history: 'latest' },
    overTarget: { needs: [], history: 'latest' },
  },
  findings: {
    'over-target': { metric: 'overTarget', key: 'worker', subject: 'worker' },
  },
  run(ctx) {
    const o = ctx.options;
    const asAt = ctx.asAt;
    // The workers as columns, kept from point to point as the allocations are below: a worker's
    // status reads its end date against the point's date itself (workerActive), so an end after
    // the point, blanked in the point's rows, gives the same answer.
    const workers = keptForEarlierPoints(ctx, 'workerColumns', () => workersOf(ctx.columns('workers')!));

    const loads = new Map<string, Load>();
    let skipped = 0;
    const census = ctx.export.workforceCensus;
    const fromCensus = census?.casesAreCaseloads === true || !ctx.has('allocations');
    // Allocations of some children only (the SSDA903 social worker table: looked after) would
    // undercount every caseload: without a census they do not measure caseloads.
    const partial = ctx.coverage.allocations?.planTypes;
    if (!fromCensus && partial)
      return notMeasured(
        `not measured: the allocations cover ${partial.map((t) => t.toUpperCase()).join(' and ')} children only (${ctx.coverage.allocations?.source ?? 'this export'}); add allocations.csv or a workforce census (Cases30)`,
        o.target,
      );
    if (fromCensus) {
      const why = !census
        ? `needs allocations (${ctx.export.absent.allocations ?? 'not loaded'})`
        : census.censusDate !== asAt
          ? censusNote(census.censusDate)
          : null;
      if (why) return notMeasured(why, o.target);
      for (const [workerId, cases] of census!.cases) {
        const w = workers.at.get(workerId);
        if (w === undefined || !workerActive(workers, w, asAt) || cases < 1) continue;
        loads.set(workerId, {
          workerId,
          team: workers.team[w]!,
          children: new Set(),
          fte: fteOf(workers, w),
          status: 'active',
          cases,
        });
      }
    }
    // A trend point reads the columns kept from the latest point (lib/pointShared.ts) rather than
    // a new copy of the allocation rows at every point: a date after this point is read as blank,
    // as this point's rows have it. (Held columns are the same object, rewound in place.)
    const alloc = fromCensus
      ? undefined
      : ctx.metricsOnly
        ? keptForEarlierPoints(ctx, 'allocationColumns', () => ctx.columns('allocations'))
        : ctx.columns('allocations');
    if (alloc) skipped += loadsFromAllocations(alloc, workers, asAt, loads);
    const holders = [...loads.values()].sort((a, b) => compareText(a.workerId, b.workerId));
    const perFte = (l: Load) => held(l) / l.fte;
    const totalChildren = holders.reduce((s, l) => s + held(l), 0);
    const totalFte = holders.reduce((s, l) => s + l.fte, 0);
    const over = holders.filter((l) => perFte(l) > o.target);

    const limitations: string[] = [];
    // Workers the note names, in no evidence row while under target: --pseudonymise codes them too.
    const named: string[] = [];
    const skipNote = skippedNote(
      skipped,
      'allocation',
      'the child id, worker id or start date is blank, invalid or after the as-at date',
    );
    if (skipNote) limitations.push(`${skipNote}.`);
    for (const status of ['unknown', 'inactive'] as const) {
      const ids = holders.filter((l) => l.status === status).map((l) => l.workerId);
      if (ids.length === 0) continue;
      named.push(...ids.slice(0, 10));
      const shown = ids.slice(0, 10).join(', ') + (ids.length > 10 ? ` and ${ids.length - 10} more` : '');
      limitations.push(
        `${plural(ids.length, 'worker')} with allocations open on ${toIso(asAt)} ${ids.length === 1 ? 'is' : 'are'} ${status === 'unknown' ? 'not in the workers table' : 'not employed on that date'} (${shown}); their children are still counted, with FTE 1.`,
      );
    }
    if (fromCensus)
      limitations.push(
        `Caseloads are the workforce census's Cases30 on ${toIso(asAt)} (${census!.file}); team rows count cases, not distinct children.`,
      );
    const note = limitations.length ? limitations.join(' ') : undefined;

    const empty = holders.length === 0 ? 'no allocations open on the as-at date' : undefined;
    const metrics: Record<string, Metric> = {
      averagePerFte: valueMetric(
        'Children per FTE across workers holding cases',
        totalFte > 0 ? totalChildren / totalFte : null,
        'number',
        atMost(o.target, o.averageTolerance),
        empty ?? note,
      ),
      overTarget: valueMetric(
        `Workers holding more than ${o.target} children per FTE`,
        holders.length === 0 ? null : over.length,
        'count',
        atMost(o.maxOverTarget, o.overTargetTolerance),
        empty ?? note,
      ),
    };
    // A trend point needs the metrics only (ctx.metricsOnly): no evidence, findings or breakdowns.
    if (ctx.metricsOnly) return { metrics, findings: [], limitations };

    const findings: Finding[] = [];
    if (over.length > 0) {
      const evidence: EvidenceRow[] = over
        .map((l) => ({
          key: `caseloads/worker/${l.workerId}`,
          workerId: l.workerId,
          team: l.team,
          caseload: held(l),
          fte: l.fte,
          perFte: perFte(l),
          status: STATUS_TEXT[l.status],
        }))
        .sort(byLargest('perFte'));
      findings.push({
        id: 'over-target',
        metric: 'overTarget',
        severity: severityFor(metrics.overTarget!.rag),
        title: `Workers holding more than ${o.target} children per FTE`,
        message: `${over.length} of ${plural(holders.length, 'case-holding worker')} (${pct(over.length / holders.length)}) hold more than ${o.target} children per FTE; the highest is ${evidence[0]!.perFte} per FTE.`,
        affected: { count: over.length, unit: 'workers' },
        columns: [
          col('workerId', 'Worker', 'id'),
          col('team', 'Team', 'text'),
          col('caseload', 'Children', 'number'),
          col('fte', 'FTE', 'number'),
          col('perFte', 'Children per FTE', 'number'),
          col('status', 'Employment', 'text'),
        ],
        evidence,
      });
    }

    const teamRows: EvidenceRow[] = groupByTeam(holders, (l) => l.team).map(([team, list]) => {
      const children = fromCensus
        ? list.reduce((s, l) => s + held(l), 0)
        : new Set(list.flatMap((l) => [...l.children])).size;
      const sum = list.reduce((s, l) => s + held(l), 0),
        fte = list.reduce((s, l) => s + l.fte, 0);
      return {
        key: `caseloads/team/${team}`,
        team,
        workers: list.length,
        children,
        averagePerFte: sum / fte,
        maxPerFte: Math.max(...list.map(perFte)),
        overTarget: list.filter((l) => perFte(l) > o.target).length,
      };
    });
    const breakdowns: Breakdown[] = [
      {
        id: 'by-team',
        title: 'Caseloads by team on the as-at date',
        columns: [
          col('team', 'Team', 'text'),
          col('workers', 'Case-holding workers', 'number'),
          col('children', 'Children', 'number'),
          col('averagePerFte', 'Average per FTE', 'number', 'averagePerFte'),
          col('maxPerFte', 'Highest per FTE', 'number', 'overTarget'),
          col('overTarget', `Over ${o.target} per FTE`, 'number', 'overTarget'),
        ],
        rows: teamRows,
        chart: {
          kind: 'bar',
          x: 'team',
          y: 'averagePerFte',
          limit: o.target,
          direction: 'max',
          label: 'Average children per FTE',
        },
      },
    ];
    return { metrics, findings, breakdowns, limitations, named: { worker: named } };
  },
});

/** The workers table as the rule reads it: each id's first row number, and the columns it reads. */
interface Workers {
  at: Map<string, number>;
  team: readonly (string | null)[];
  fte: Float64Array;
  starts: Int32Array;
  ends: Int32Array;
}

function workersOf(cols: TableColumns<'workers'>): Workers {
  const ids = cols.strings('workerId');
  const at = new Map<string, number>();
  // Keyed by id, first row wins (the loader's duplicate-id rule, as ExportIndex.workersById).
  for (let i = 0; i < cols.count; i++) {
    const id = ids[i]!;
    if (id !== null && !at.has(id)) at.set(id, i);
  }
  return {
    at,
    team: cols.strings('team'),
    fte: cols.numbers('fte'),
    starts: cols.days('startDate'),
    ends: cols.days('endDate'),
  };
}

/**
 * workerActiveOn (src/engine/exportIndex.ts) for row w: employed on d, a blank start meaning
 * "always was". An end after d counts as blank (not yet happened), as at d's own rows.
 */
function workerActive(workers: Workers, w: number, d: Day): boolean {
  const start = workers.starts[w]!,
    end = workers.ends[w]!;
  return (start === NO_DAY || start <= d) && (end === NO_DAY || end >= d);
}

/** A worker's FTE, 1 when blank (SPEC §3). */
const fteOf = (workers: Workers, w: number): number => {
  const f = workers.fte[w]!;
  return f === f ? f : 1;
};

/** Both metrics not measured, with why. */
/**
 * Adds each allocation open on the as-at date to its worker's load (made on first sight, with the
 * worker's status and FTE) and returns how many allocations lack a child, worker or start date by
 * as-at. A module function, not a loop in `run` (issue 24): `run` is called once per trend point,
 * and V8 compiled one holding this loop again at each point; a small function is compiled once.
 */
function loadsFromAllocations(
  alloc: TableColumns<'allocations'>,
  workers: Workers,
  asAt: Day,
  loads: Map<string, Load>,
): number {
  let skipped = 0;
  const child = alloc.strings('childId'),
    worker = alloc.strings('workerId'),
    starts = alloc.days('startDate'),
    ends = alloc.days('endDate');
  for (let i = 0; i < alloc.count; i++) {
    const childId = child[i]!,
      workerId = worker[i]!,
      start = starts[i]!,
      end = ends[i]!;
    if (childId === null || workerId === null || start === NO_DAY || start > asAt) {
      skipped++;
      continue;
    }
    if (!openOn(start, end === NO_DAY || end > asAt ? null : end, asAt)) continue;
    let load = loads.get(workerId);
    if (!load) {
      const w = workers.at.get(workerId);
      const status: Status = w === undefined ? 'unknown' : workerActive(workers, w, asAt) ? 'active' : 'inactive';
      load = {
        workerId,
        team: w === undefined ? null : workers.team[w]!,
        children: new Set(),
        fte: status === 'active' ? fteOf(workers, w!) : 1,
        status,
      };
      loads.set(workerId, load);
    }
    load.children.add(childId);
  }
  return skipped;
}

function notMeasured(why: string, target: number): RuleOutput {
  return {
    metrics: {
      averagePerFte: valueMetric('Children per FTE across workers holding cases', null, 'number', undefined, why),
      overTarget: valueMetric(`Workers holding more than ${target} children per FTE`, null, 'count', undefined, why),
    },
    findings: [],
    breakdowns: [],
    limitations: [`${why[0]!.toUpperCase()}${why.slice(1)}.`],
  };
}
