/**
 * SPEC §9: every rule metric (data quality aside) as it stood at each of the last 12 month-ends,
 * from the one export. Each point is what `audit --as-at d` gives as its headline, exactly: the
 * rule runs as at `d` over the same rows with every date after `d` blank (src/engine/rewind.ts),
 * and the period ends on `d`. What does not depend on the date is not done again: the export is
 * loaded once, rules' per-row `prepare` work (the supervision text scoring — most of an audit's
 * rule time) is computed once and shared by every point, and the headline is the last point.
 */
import { type Day, daysInMonth, toIso, ymd } from '../model/day.js';
import type { Coverage } from '../model/coverage.js';
import type { LoadedExport } from '../model/export.js';
import type { TableName } from '../model/tables.js';
import { periodFor } from './asAt.js';
import { ExportIndex } from './exportIndex.js';
import { coverageOf, type MeasuredAt, reportedNotMeasured } from './measurable.js';
import { Rewind } from './rewind.js';
import type { AnyRule, RuleContext } from './rule.js';
import type { Metric, RuleResult, TrendDirection, TrendPoint, TrendsSummary } from './types.js';
import { dayFromYmd } from '../model/day.js';
import { ruleAccess } from './ruleAccess.js';

export const TREND_POINTS = 12;
/** The last point is compared with the point this many months before it. */
export const DIRECTION_MONTHS = 6;

export const TREND_CAVEAT =
  'Trends are worked out from this one export: it shows the records as they are now, so a record corrected or deleted since a month-end is not seen as it was then.';

/** SPEC §9: the last day of each of the 11 months before the as-at month, then the as-at date. */
export function trendDates(asAt: Day, points = TREND_POINTS): Day[] {
  const { year, month } = ymd(asAt);
  const out: Day[] = [];
  for (let back = points - 1; back >= 1; back--) {
    const total = year * 12 + (month - 1) - back;
    const y = Math.floor(total / 12),
      m = (total % 12) + 1;
    out.push(dayFromYmd(y, m, daysInMonth(y, m)));
  }
  out.push(asAt);
  return out;
}

/**
 * SPEC §9: the last point against the point six months before it. A share has changed when the
 * difference exceeds two standard errors of the difference of two proportions (unpooled:
 * √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂)); any other value when it differs at all. Which way is better
 * follows the threshold side; a metric with none (e.g. the supervision criteria reported beside
 * the standard) gets null rather than a guess.
 */
export function trendDirection(
  m: Pick<Metric, 'unit' | 'direction'>,
  trend: readonly TrendPoint[],
): TrendDirection | null {
  const last = trend[trend.length - 1];
  const before = trend[trend.length - 1 - DIRECTION_MONTHS];
  if (!last || !before || last.value === null || before.value === null || !m.direction) return null;
  const diff = last.value - before.value;
  let changed: boolean;
  if (m.unit === 'share' && last.denominator && before.denominator) {
    const p1 = before.value,
      p2 = last.value;
    const se = Math.sqrt((p1 * (1 - p1)) / before.denominator + (p2 * (1 - p2)) / last.denominator);
    changed = Math.abs(diff) > 2 * se;
  } else {
    // "Any change", but not floating-point noise in a computed ratio.
    changed = Math.abs(diff) > 1e-12;
  }
  if (!changed) return 'stable';
  return diff > 0 === (m.direction === 'min') ? 'improving' : 'worsening';
}

export interface TrendRun {
  rule: AnyRule;
  options: Record<string, unknown>;
  /** The headline result of the rule (status `ran`); its metrics get `trend` and `trendDirection`. */
  result: RuleResult;
}

export interface TrendRequest {
  asAt: Day;
  periodMonths: number;
  runs: readonly TrendRun[];
  /** The headline's index: each point's index reuses the one before it (ExportIndex's `earlier`). */
  index?: ExportIndex;
  /**
   * A rewind from the as-at date listing at least these runs' tables, back to at least the
   * earliest point, made once for every call of an audit (src/engine/run.ts): a call moves only
   * its runs' tables (Rewind.only). Without it the call lists its runs' tables itself.
   */
  rewind?: () => Rewind;
  /** The rule's prepared value, shared with the headline run (computed once). */
  prepared(rule: AnyRule, options: Record<string, unknown>): unknown;
  /** The rule's store of date-free per-row values, shared with the headline run. */
  shared(rule: AnyRule): RuleContext<unknown>['shared'];
  /**
   * False for a metric the export's layout cannot measure: it has no trend either. Asked again
   * for each earlier point (`at`), whose period may look back further than the data reaches.
   */
  measurable(ruleId: string, metricId: string, at?: MeasuredAt): boolean;
  /** The coverage the rule sees at an earlier point: the plan types its headline counted. */
  coverage(rule: AnyRule, at: MeasuredAt): Coverage;
}

/**
 * Why an export cannot give trends, or null. Annex A lists hold each child's latest dates only
 * (a layout says so per table as `history: 'latest'`): no earlier month-end can be rebuilt from them.
 */
export function trendsNotMeasurable(ex: LoadedExport): string | null {
  const latestOnly = Object.values(coverageOf(ex)).some((c) => c?.history === 'latest');
  if (latestOnly || ex.layout === 'annex-a')
    return `not measured: an ${ex.layout} export holds only each child's latest dates, so the month-ends before the as-at date cannot be reconstructed`;
  return null;
}

function pointOf(asAt: Day, m: Metric | undefined): TrendPoint {
  if (!m) return { asAt: toIso(asAt), value: null };
  return {
    asAt: toIso(asAt),
    value: m.value,
    ...(m.numerator !== undefined ? { numerator: m.numerator } : {}),
    ...(m.denominator !== undefined ? { denominator: m.denominator } : {}),
  };
}

/**
 * The tables whose dates these rules' trend points read as they stand at the point
 * (RuleDefinition.pointTables, every declared table by default; `plans` whenever declared, for
 * the engine's own reads): the only tables a trend call need blank and restore.
 */
export function pointTablesOf(rules: readonly AnyRule[]): TableName[] {
  const moved = new Set<TableName>();
  for (const r of rules) {
    const declared = [...r.tables, ...(r.optionalTables ?? [])];
    for (const t of r.pointTables ?? declared) moved.add(t);
    if (declared.includes('plans')) moved.add('plans');
  }
  return [...moved];
}

/**
 * A rule's context as at `d`, as the engine makes it for the headline (src/engine/run.ts). Its
 * functions are the same at every point (the headline's readers and `shared`, one `prepared` per
 * run): fresh ones made V8 throw away the rule's optimised `run` at each point (ruleAccess.ts).
 */
function contextAt(
  ex: LoadedExport,
  run: TrendRun,
  d: Day,
  periodMonths: number,
  index: ExportIndex,
  prepared: () => unknown,
  shared: RuleContext<unknown>['shared'],
  coverage: Coverage,
): RuleContext<Record<string, unknown>> {
  const access = ruleAccess(ex, run.rule);
  return {
    rows: access.rows,
    has: access.has,
    columns: access.columns,
    coverage,
    asAt: d,
    period: periodFor(d, periodMonths),
    options: run.options,
    index,
    export: ex,
    prepared,
    shared,
    metricsOnly: true,
  };
}

/**
 * Adds `trend` and `trendDirection` to every measurable metric of the rules that ran (data quality
 * aside) and returns the summary for the result. The export must be as the headline audit left it
 * (dates after as-at blank); it is left that way.
 */
export function addTrends(ex: LoadedExport, req: TrendRequest): TrendsSummary {
  const notMeasured = trendsNotMeasurable(ex);
  if (notMeasured) return { points: [], notMeasured, caveat: TREND_CAVEAT };
  const dates = trendDates(req.asAt);
  const runs = req.runs.filter((r) => r.result.status === 'ran' && r.rule.alwaysOn !== true);
  // A metric not measured at the headline, whether the layout lacks its columns or the rule says
  // so (reportedNotMeasured), has no trend: no chart, no point, no direction in any view.
  const wanted = runs.map((r) =>
    Object.keys(r.result.metrics).filter(
      (id) => req.measurable(r.rule.id, id) && !reportedNotMeasured(r.result.metrics[id]!),
    ),
  );
  // points[run][metric][i]: the metric at dates[i], for every date before the as-at date.
  const points = wanted.map((ids) => ids.map(() => new Array<TrendPoint>(dates.length - 1)));
  if (runs.length > 0) {
    // Rules read only the tables they declare, and at their points the dates of those they name
    // in `pointTables`: the others' dates need not move.
    const tables = pointTablesOf(runs.map((r) => r.rule));
    const listed = req.rewind?.();
    const rewind = listed?.reaches(dates[0]!) ? listed.only(tables) : new Rewind(ex, req.asAt, dates[0]!, tables);
    let index = req.index;
    const preparedFns = runs.map((run) => () => req.prepared(run.rule, run.options));
    const sharedFns = runs.map((run) => req.shared(run.rule));
    try {
      // Latest first: each step back only blanks more dates.
      for (let i = dates.length - 2; i >= 0; i--) {
        const d = dates[i]!;
        rewind.to(d);
        const at = (index = new ExportIndex(ex, index));
        runs.forEach((run, r) => {
          let metrics: Record<string, Metric> = {};
          try {
            metrics = run.rule.run(
              contextAt(
                ex,
                run,
                d,
                req.periodMonths,
                at,
                preparedFns[r]!,
                sharedFns[r]!,
                req.coverage(run.rule, { asAt: d, period: periodFor(d, req.periodMonths) }),
              ),
            ).metrics;
          } catch {
            // A rule that fails at an earlier date has no value there; the headline says if it fails now.
          }
          const when = { asAt: d, period: periodFor(d, req.periodMonths) };
          wanted[r]!.forEach((id, k) => {
            points[r]![k]![i] = pointOf(d, req.measurable(run.rule.id, id, when) ? metrics[id] : undefined);
          });
        });
        at.forgetEarlier();
      }
    } finally {
      rewind.restore();
    }
  }
  runs.forEach((run, r) => {
    wanted[r]!.forEach((id, k) => {
      const m = run.result.metrics[id]!;
      m.trend = [...points[r]![k]!, pointOf(req.asAt, m)];
      m.trendDirection = trendDirection(m, m.trend);
    });
  });
  return { points: dates.map(toIso), caveat: TREND_CAVEAT };
}
