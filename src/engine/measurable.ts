/**
 * Which metrics an export can support (SPEC §6): each metric declares the columns it needs
 * (rule.metrics), the loaded export says what it carries (the columns each table's loader bound,
 * plus the layout's coverage: history, withheld columns), and a metric whose needs are not met is
 * reported as not measured — value null, no findings, no breakdown column — in every view.
 */
import {
  type ColumnRef,
  type Coverage,
  type MetricNeeds,
  type PlanTypeReach,
  planTypeNames,
  splitRef,
  type TableCoverage,
} from '../model/coverage.js';
import { addMonths, type Day, toIso } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import { TABLE_SPECS } from '../model/schema.js';
import { PLAN_TYPES, type PlanType, type TableName } from '../model/tables.js';
import { hasTable } from '../load/tableColumns.js';
import type { RuleOutput } from './rule.js';
import type { Breakdown, Metric } from './types.js';

export function coverageOf(ex: LoadedExport): Coverage {
  return ex.coverage ?? {};
}

/** Canonical columns a loaded table carries: bound by its loader and not withheld by the layout. */
function carried(ex: LoadedExport, table: TableName): ReadonlySet<string> | null {
  if (!hasTable(ex, table)) return null;
  const used = ex.dq.tables.get(table)?.columnsUsed ?? [];
  const withheld = coverageOf(ex)[table]?.withheld ?? {};
  return new Set(used.filter((c) => withheld[c] === undefined));
}

function describeMissing(ex: LoadedExport, ref: ColumnRef): string {
  const { table, column } = splitRef(ref);
  const withheld = coverageOf(ex)[table]?.withheld?.[column];
  if (withheld) return `${ref} (${withheld})`;
  if (!hasTable(ex, table)) return `the ${table} table (${ex.absent[table] ?? 'not in this export'})`;
  return `${ref} (not in this export's ${table})`;
}

/**
 * What a metric lacks in this export as at `asAt`, in words naming the data that would allow it;
 * empty when it can be measured.
 */
/** The date a metric is measured at: the as-at date and its period. */
export interface MeasuredAt {
  asAt: Day;
  period: { start: Day; months: number };
}

export function unmetNeeds(
  needs: MetricNeeds | undefined,
  ex: LoadedExport,
  at: MeasuredAt,
  ruleTables: readonly TableName[] = [],
  point?: { types: readonly PlanType[] | null },
): string[] {
  const asAt = at.asAt;
  if (!needs) return [];
  const missing: string[] = [];
  const tables = namedTables(needs);
  for (const need of needs.needs) {
    const options: readonly ColumnRef[] = typeof need === 'string' ? [need] : need;
    const met = options.some((ref) => {
      const { table, column } = splitRef(ref);
      return carried(ex, table)?.has(column) === true;
    });
    if (!met) missing.push(options.map((ref) => describeMissing(ex, ref)).join(' or '));
  }
  if ((needs.history ?? 'full') === 'full') {
    for (const t of [...tables].sort()) {
      const cov = coverageOf(ex)[t];
      if (cov?.history !== 'latest' || !hasTable(ex, t)) continue;
      missing.push(`every ${t} record over time, not only each child's latest${cov.source ? ` (${cov.source})` : ''}`);
    }
  }
  // A table whose data ends before the as-at date (a return's reference date) cannot say what
  // happened since: e.g. a CIN census of 31 March read at a workforce census date of 30 September.
  // A metric that names no column (e.g. open plans without an allocation) reads its rule's tables.
  const read = [...(tables.size > 0 ? tables : new Set(ruleTables))].sort();
  for (const t of read) {
    const until = coverageOf(ex)[t]?.until;
    if (!until || until.day >= asAt || !hasTable(ex, t)) continue;
    missing.push(`${t} ${afterText(until)}`);
  }
  // Records before a table's first complete day (one CIN census year read: the episodes open in
  // that year only) would be too few: a share over a period starting earlier, a trend point whose
  // period does, or a look-back (re-referrals: 12 months) past it would count some of them and not
  // others. A snapshot (records open on the as-at date) needs only that day.
  const start = neededFrom(needs, at);
  for (const t of read) {
    const from = coverageOf(ex)[t]?.from;
    if (!from || from.day <= start.day || !hasTable(ex, t)) continue;
    missing.push(`${t} ${fromText(start, from)}`);
  }
  // Plan types whose records reach less far than the others' (statutory returns: looked-after
  // plans from the SSDA903, the others from the CIN census). The headline counts the types that
  // reach when the metric allows it; a trend point (`point`, with the types the headline's rule
  // was narrowed to, or null) needs every type the headline counted, so every point counts the same plans.
  const reach = planTypeReach(needs, ex, at, ruleTables);
  if (reach && reach.out.size > 0) {
    const reached = reach.considered.filter((p) => !reach.out.has(p));
    const failing = point
      ? [...reach.out.keys()].filter(
          (p) => point.types === null || needs.partialTypes !== 'measure' || point.types.includes(p),
        )
      : reached.length === 0 || needs.partialTypes !== 'measure'
        ? [...reach.out.keys()]
        : [];
    missing.push(...reachTexts(reach.out, failing));
  }
  return missing;
}

/** Tables whose columns a metric names. */
function namedTables(needs: MetricNeeds): Set<TableName> {
  const tables = new Set<TableName>();
  for (const need of needs.needs)
    for (const ref of typeof need === 'string' ? [need] : need) tables.add(splitRef(ref).table);
  return tables;
}

/** The first day whose records the metric reads, and why, in words. */
function neededFrom(needs: MetricNeeds, at: MeasuredAt): { day: Day; why: string } {
  const months = needs.reads === 'asAt' ? 0 : needs.lookBack === 'period' ? at.period.months : (needs.lookBack ?? 0);
  const day = needs.reads === 'asAt' ? at.asAt : addMonths(at.period.start, -months);
  const why =
    needs.reads === 'asAt'
      ? `it counts the records open on ${toIso(at.asAt)}`
      : months > 0
        ? `it looks back ${months} months before the period's start`
        : `the period starts on ${toIso(at.period.start)}`;
  return { day, why };
}

function afterText(until: Reach): string {
  const day = toIso(until.day);
  return `after ${day} (${until.what}: what happened since is not in it; audit as at that date with --as-at ${day})`;
}

function fromText(start: { day: Day; why: string }, from: Reach): string {
  return `from ${toIso(start.day)} (${start.why}; ${from.what} reach back to ${toIso(from.day)} only: add the files of earlier years)`;
}

type Reach = NonNullable<PlanTypeReach['from']>;

/** Why each plan type a metric reads is out of reach: the table, and the words after its name. */
interface TypeReach {
  /** The plan types the metric counts, of those its tables hold. */
  considered: PlanType[];
  out: Map<PlanType, { table: TableName; text: string; short: string }[]>;
}

/**
 * Which of the plan types a metric counts have records reaching its period and as-at date, in the
 * tables with a reach per plan type (TableCoverage.byPlanType); null when none of its tables has one.
 * The tables are those its columns name (else its rule's), and plans for a review, visit or allocation.
 */
export function planTypeReach(
  needs: MetricNeeds,
  ex: LoadedExport,
  at: MeasuredAt,
  ruleTables: readonly TableName[] = [],
): TypeReach | null {
  const cov = coverageOf(ex);
  const named = namedTables(needs);
  // A review, visit or allocation is judged against its plan: the plans' reach counts too.
  const read = new Set(named.size > 0 ? named : ruleTables);
  if (['reviews', 'visits', 'allocations'].some((t) => read.has(t as TableName)) && ruleTables.includes('plans'))
    read.add('plans');
  const tables = [...read].filter((t) => cov[t]?.byPlanType && hasTable(ex, t)).sort();
  if (tables.length === 0) return null;
  // The types it counts: its own, of those the tables it names hold (reviews: CP and CLA).
  let considered: PlanType[] = [...(needs.planTypes ?? PLAN_TYPES)];
  for (const t of named.size > 0 ? named : ruleTables) {
    const held = cov[t]?.planTypes;
    if (held) considered = considered.filter((p) => held.includes(p));
  }
  const start = neededFrom(needs, at);
  const out: TypeReach['out'] = new Map();
  const add = (p: PlanType, table: TableName, text: string, short: string) => {
    let list = out.get(p);
    if (!list) out.set(p, (list = []));
    list.push({ table, text, short });
  };
  for (const p of considered)
    for (const t of tables) {
      const r = cov[t]!.byPlanType![p];
      if (!r) continue;
      if (r.absent !== undefined) {
        add(p, t, `at all (${r.absent})`, `${t} in none of the files read`);
        continue;
      }
      const ended = r.until !== undefined && r.until.day < at.asAt;
      if (ended) add(p, t, afterText(r.until!), `${t} end on ${toIso(r.until!.day)} (${r.until!.what})`);
      if (r.from && r.from.day > start.day)
        add(p, t, fromText(start, r.from), `${t} start on ${toIso(r.from.day)} (${r.from.what})`);
      else if (r.from && r.partialPlans && needs.wholePlans && !ended) {
        const first = earliestOpen(ex, p, start.day, at.asAt);
        if (first !== null && first < r.from.day) {
          const day = toIso(r.from.day);
          add(
            p,
            t,
            `begun before ${day} (a plan open in the period began on ${toIso(first)}; ${r.from.what} reach back to ${day} only, so its earlier records are not in them: add the files of earlier years)`,
            `plans begun before ${day} lack their earlier records (the files read start on ${day})`,
          );
        }
      }
    }
  return { considered, out };
}

/** The earliest start of a plan of the type open at any time from `from` to `asAt`; null when none. */
function earliestOpen(ex: LoadedExport, type: PlanType, from: Day, asAt: Day): Day | null {
  let first: Day | null = null;
  for (const p of ex.tables.plans ?? []) {
    if (p.planType !== type || p.startDate === null || p.startDate > asAt) continue;
    if (p.endDate !== null && p.endDate < from) continue;
    if (first === null || p.startDate < first) first = p.startDate;
  }
  return first;
}

/** "reviews of CLA plans after 2023-03-31 (…)", one line for the types that share a reason. */
function reachTexts(out: TypeReach['out'], types: readonly PlanType[]): string[] {
  const byText = new Map<string, PlanType[]>();
  for (const p of types)
    for (const { table, text } of out.get(p) ?? []) {
      const key = `${table}\u0000${text}`;
      byText.set(key, [...(byText.get(key) ?? []), p]);
    }
  return [...byText.entries()].map(([key, ps]) => {
    const [table, text] = key.split('\u0000') as [string, string];
    return `${table} of ${planTypeNames(ps)} plans ${text}`;
  });
}

/**
 * The coverage a rule sees at a date: where some of the plan types its metrics count do not reach
 * (TableCoverage.byPlanType) and its metrics measure the rest (MetricNeeds.partialTypes), the
 * plan-linked tables' `planTypes` are narrowed to the types every such metric reaches, with why
 * the others are left out (`leftOut`). The rule names the types it covers in its labels, as for a
 * layout without one type's reviews. `within` (a trend point): the headline's types, kept so that
 * every point counts the same plans.
 */
export function ruleCoverage(
  metricsNeeds: Readonly<Record<string, MetricNeeds>>,
  ex: LoadedExport,
  at: MeasuredAt,
  ruleTables: readonly TableName[],
  planTables: readonly TableName[],
  within?: readonly PlanType[] | null,
): { coverage: Coverage; types: readonly PlanType[] | null; notes: string[] } {
  const cov = coverageOf(ex);
  let types: PlanType[] | null = within ? [...within] : null;
  // A trend point takes the headline's types (or none) as they are.
  const why = new Map<PlanType, string[]>();
  const notes: string[] = [];
  if (within === undefined)
    for (const [id, needs] of Object.entries(metricsNeeds).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (needs.partialTypes !== 'measure') continue;
      const reach = planTypeReach(needs, ex, at, ruleTables);
      if (!reach || reach.out.size === 0) continue;
      const reached = reach.considered.filter((p) => !reach.out.has(p));
      if (reached.length === 0) continue;
      types = (types ?? reached).filter((p) => reached.includes(p));
      for (const [p, list] of reach.out) why.set(p, [...new Set([...(why.get(p) ?? []), ...list.map((x) => x.short)])]);
      notes.push(
        `${id}: counts ${planTypeNames(reached)} plans only; ${planTypeNames(reach.out.keys())} plans are left out, as their records do not reach: ${reachTexts(reach.out, [...reach.out.keys()]).join('; ')}`,
      );
    }
  if (types === null) return { coverage: cov, types: null, notes };
  const narrowed: { -readonly [T in TableName]?: TableCoverage } = { ...cov };
  for (const t of planTables) {
    const c = cov[t];
    if (!c || !hasTable(ex, t) || (!c.byPlanType && !c.planTypes)) continue;
    const held = c.planTypes ?? PLAN_TYPES;
    const leftOut: { [P in PlanType]?: string } = {};
    for (const p of held) if (!types.includes(p) && why.has(p)) leftOut[p] = `their ${why.get(p)!.join('; ')}`;
    narrowed[t] = { ...c, planTypes: held.filter((p) => types.includes(p)), leftOut };
  }
  return { coverage: narrowed, types, notes };
}

/** The canonical columns of a table a user can add to supply what is missing, for the docs and help. */
export function columnNames(table: TableName): string[] {
  return TABLE_SPECS[table].columns.map((c) => c.name);
}

/**
 * Replaces each metric the export cannot support with "not measured", drops the findings built on
 * it and the breakdown columns that inform it; returns one limitation line per metric withdrawn.
 */
export function withdrawUnmeasurable(
  metricsNeeds: Readonly<Record<string, MetricNeeds>>,
  out: RuleOutput,
  ex: LoadedExport,
  at: MeasuredAt,
  ruleTables: readonly TableName[] = [],
): string[] {
  const lines: string[] = [];
  const withdrawn = new Set<string>();
  // Metrics the rule itself found not measured (no qualified date on any worker, say): they keep
  // their note and the findings the rule chose to make (data quality's), but not their breakdown
  // columns, which showed 0% beside "not measured".
  const unmeasured = new Set<string>();
  for (const [metricId, m] of Object.entries(out.metrics)) {
    const missing = unmetNeeds(metricsNeeds[metricId], ex, at, ruleTables);
    if (missing.length === 0) {
      if (m.verdict === 'not-measured') unmeasured.add(metricId);
      continue;
    }
    const note = `not measured: this ${ex.layout} export does not carry ${missing.join('; ')}`;
    out.metrics[metricId] = notMeasured(m, note);
    withdrawn.add(metricId);
    lines.push(`${metricId}: ${note}`);
  }
  out.findings = out.findings.filter((f) => f.metric === undefined || !withdrawn.has(f.metric));
  const gone = new Set([...withdrawn, ...unmeasured]);
  if (out.breakdowns && gone.size > 0) out.breakdowns = out.breakdowns.flatMap((b) => withoutColumns(b, gone));
  return lines;
}

/**
 * A metric the rule itself reports as not measured (value null, its note saying why: no workforce
 * census for the vacancy rate, the census of another date), unlike an empty population ("no records
 * in the population"), which an earlier month-end may have. Like a withdrawn metric it gets no
 * comparator, trend or direction.
 */
export function reportedNotMeasured(m: Metric): boolean {
  return m.value === null && m.note?.startsWith('not measured') === true;
}

function notMeasured(m: Metric, note: string): Metric {
  return {
    value: null,
    rag: 'none',
    unit: m.unit,
    label: m.label,
    verdict: 'not-measured',
    note,
    ...(m.threshold !== undefined ? { threshold: m.threshold, direction: m.direction! } : {}),
  };
}

/** The breakdown without the columns of withdrawn metrics; none at all when only labels would be left. */
function withoutColumns(b: Breakdown, withdrawn: ReadonlySet<string>): Breakdown[] {
  const gone = new Set(b.columns.filter((c) => c.metric !== undefined && withdrawn.has(c.metric)).map((c) => c.key));
  if (gone.size === 0) return [b];
  const columns = b.columns.filter((c) => !gone.has(c.key));
  if (!columns.some((c) => c.type !== 'text' && c.type !== 'id')) return [];
  const rows = b.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !gone.has(k))) as typeof r);
  const out: Breakdown = { ...b, columns, rows };
  if (b.chart && (gone.has(b.chart.y) || gone.has(b.chart.x))) delete out.chart;
  return [out];
}
