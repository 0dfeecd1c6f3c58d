/**
 * Which metrics an export can support (SPEC §6): each metric declares the columns it needs
 * (rule.metrics), the loaded export says what it carries (the columns each table's loader bound,
 * plus the layout's coverage: history, withheld columns), and a metric whose needs are not met is
 * reported as not measured — value null, no findings, no breakdown column — in every view.
 */
import { type ColumnRef, type Coverage, type MetricNeeds, splitRef } from '../model/coverage.js';
import { addMonths, type Day, toIso } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import { TABLE_SPECS } from '../model/schema.js';
import type { TableName } from '../model/tables.js';
import type { RuleOutput } from './rule.js';
import type { Breakdown, Metric } from './types.js';

export function coverageOf(ex: LoadedExport): Coverage {
  return ex.coverage ?? {};
}

/** Canonical columns a loaded table carries: bound by its loader and not withheld by the layout. */
function carried(ex: LoadedExport, table: TableName): ReadonlySet<string> | null {
  if (!ex.tables[table]) return null;
  const used = ex.dq.tables.get(table)?.columnsUsed ?? [];
  const withheld = coverageOf(ex)[table]?.withheld ?? {};
  return new Set(used.filter((c) => withheld[c] === undefined));
}

function describeMissing(ex: LoadedExport, ref: ColumnRef): string {
  const { table, column } = splitRef(ref);
  const withheld = coverageOf(ex)[table]?.withheld?.[column];
  if (withheld) return `${ref} (${withheld})`;
  if (!ex.tables[table]) return `the ${table} table (${ex.absent[table] ?? 'not in this export'})`;
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
): string[] {
  const asAt = at.asAt;
  if (!needs) return [];
  const missing: string[] = [];
  const tables = new Set<TableName>();
  for (const need of needs.needs) {
    const options: readonly ColumnRef[] = typeof need === 'string' ? [need] : need;
    for (const ref of options) tables.add(splitRef(ref).table);
    const met = options.some((ref) => {
      const { table, column } = splitRef(ref);
      return carried(ex, table)?.has(column) === true;
    });
    if (!met) missing.push(options.map((ref) => describeMissing(ex, ref)).join(' or '));
  }
  if ((needs.history ?? 'full') === 'full') {
    for (const t of [...tables].sort()) {
      const cov = coverageOf(ex)[t];
      if (cov?.history !== 'latest' || !ex.tables[t]) continue;
      missing.push(`every ${t} record over time, not only each child's latest${cov.source ? ` (${cov.source})` : ''}`);
    }
  }
  // A table whose data ends before the as-at date (a return's reference date) cannot say what
  // happened since: e.g. a CIN census of 31 March read at a workforce census date of 30 September.
  // A metric that names no column (e.g. open plans without an allocation) reads its rule's tables.
  for (const t of [...(tables.size > 0 ? tables : new Set(ruleTables))].sort()) {
    const until = coverageOf(ex)[t]?.until;
    if (!until || until.day >= asAt || !ex.tables[t]) continue;
    const day = toIso(until.day);
    missing.push(
      `${t} after ${day} (${until.what}: what happened since is not in it; audit as at that date with --as-at ${day})`,
    );
  }
  // Records before a table's first complete day (one CIN census year read: the episodes open in
  // that year only) would be too few: a share over a period starting earlier, a trend point whose
  // period does, or a look-back (re-referrals: 12 months) past it would count some of them and not
  // others. A snapshot (records open on the as-at date) needs only that day.
  const months = needs.reads === 'asAt' ? 0 : needs.lookBack === 'period' ? at.period.months : (needs.lookBack ?? 0);
  const need = needs.reads === 'asAt' ? asAt : addMonths(at.period.start, -months);
  for (const t of [...(tables.size > 0 ? tables : new Set(ruleTables))].sort()) {
    const from = coverageOf(ex)[t]?.from;
    if (!from || from.day <= need || !ex.tables[t]) continue;
    const why =
      needs.reads === 'asAt'
        ? `it counts the records open on ${toIso(asAt)}`
        : months > 0
          ? `it looks back ${months} months before the period's start`
          : `the period starts on ${toIso(at.period.start)}`;
    missing.push(
      `${t} from ${toIso(need)} (${why}; ${from.what} reach back to ${toIso(from.day)} only: add the files of earlier years)`,
    );
  }
  return missing;
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
  for (const [metricId, m] of Object.entries(out.metrics)) {
    const missing = unmetNeeds(metricsNeeds[metricId], ex, at, ruleTables);
    if (missing.length === 0) continue;
    const note = `not measured: this ${ex.layout} export does not carry ${missing.join('; ')}`;
    out.metrics[metricId] = notMeasured(m, note);
    withdrawn.add(metricId);
    lines.push(`${metricId}: ${note}`);
  }
  if (withdrawn.size === 0) return lines;
  out.findings = out.findings.filter((f) => f.metric === undefined || !withdrawn.has(f.metric));
  if (out.breakdowns) out.breakdowns = out.breakdowns.flatMap((b) => withoutColumns(b, withdrawn));
  return lines;
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
