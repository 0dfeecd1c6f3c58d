/**
 * The rule contract. A rule is metadata plus one pure function from the loaded export to metrics,
 * findings and breakdowns. The engine — not the rule — checks tables, validates options, times,
 * catches errors and applies configured severities. Adding a rule is one module and one
 * line in rules/registry.ts.
 */
import type * as z from 'zod';
import type { Day } from '../model/day.js';
import type { LoadedExport, PrepareShare } from '../model/export.js';
import type { TableName, TableRows } from '../model/tables.js';
import type { Area, Breakdown, Finding, Metric } from './types.js';
import type { ExportIndex } from './exportIndex.js';
import type { Coverage, MetricNeeds } from '../model/coverage.js';
import type { TableColumns } from '../load/tableColumns.js';

/**
 * What an evidence key's id names (`rule/<segment>/<id>`): the pseudonymiser codes it by this.
 * `team` and `table` name no person and are never coded.
 */
export type IdKind = 'child' | 'plan' | 'worker' | 'assessment' | 'referral' | 's47' | 'supervision' | 'team' | 'table';

/** Facts about one finding a rule can raise, declared beside the rule's function. */
export interface FindingFacts {
  /** The metric the finding informs (withdrawn with it when the metric cannot be measured); null when none. */
  metric: string | null;
  /** The second segment of every evidence key of this finding (`rule/<segment>/<id>`). */
  key: string;
  /** What the key's id names. */
  subject: IdKind;
  /**
   * What the segments after the id hold, when the keys have more (plan-drift's late reviews end
   * in the review's date), named for the docs; with a `*` segment, those after the varying one.
   */
  after?: readonly string[];
}

export interface RuleContext<O> {
  /** Rows of a table the rule declared in `tables` (always present) or `optionalTables` (maybe []). */
  rows<T extends TableName>(table: T): readonly TableRows[T][];
  has(table: TableName): boolean;
  /**
   * A table the rule declared, as typed columns (src/load/tableColumns.ts), undefined when absent:
   * those it is held as, or a copy of its rows. Read-only. A rule listing a table in
   * `columnTables` reads it only through this, so the loader need not keep its rows (issue 24).
   */
  columns<T extends TableName>(table: T): TableColumns<T> | undefined;
  /** What the export says about a table beyond its columns: history, plan types covered (SPEC §6). */
  coverage: Coverage;
  asAt: Day;
  period: { start: Day; end: Day; months: number };
  options: O;
  /**
   * Set when only the metrics will be used (a trend point, src/engine/trends.ts): a rule may then
   * skip building evidence, breakdowns and excerpts. Metrics must be the same either way.
   */
  metricsOnly?: boolean;
  /** Indexes shared by all rules (plans by child, allocations by child …), built once on demand. */
  index: ExportIndex;
  export: LoadedExport;
  /**
   * The result of the rule's `prepare.compute` over its table, indexed by row position: taken
   * from the worker thread that computed it while the export loaded when that matches the rows
   * and options exactly, computed here otherwise. Throws when the rule declares no `prepare`.
   */
  prepared(): unknown;
  /**
   * A value made from rows' non-date values and the rule's options only (row positions, which
   * records have text, the similarity of two records' text), built on first use and kept for the
   * rest of the audit: the headline and every trend point share it (SPEC §9). Dates are what
   * change between points, so anything that reads a date must not be kept here.
   */
  shared<V>(name: string, build: () => V): V;
}

/**
 * Per-row work that depends only on each row's own non-date values and the rule's options —
 * never on the as-at date (dates after it are blanked after loading), other tables or row order.
 * Because of that, the engine may run it in a worker thread over its own read of the table while
 * the main thread loads the rest of the export (src/engine/prepare.ts), and the answer is the
 * same as computing it in `run`. Return typed arrays indexed by row position: they cross the
 * thread boundary without copying.
 */
export type PrepareStep<O> = {
  [T in TableName]: {
    table: T;
    /**
     * Row keys of columns the step may keep to itself: when a worker prepares the table for an
     * audit's rules only (loadExport's `auditFor.rulesOnly`), the rows it hands over carry null
     * there, and `compute` is called with `held` true so that its value carries what of them the
     * rule's `run` reads (the supervision text of records that may be evidence).
     */
    holds?: readonly (keyof TableRows[T] & string)[];
    compute(rows: readonly TableRows[T][], options: O, held?: boolean): unknown;
    /**
     * The same computation in parts, so that the main thread, once it has nothing else to do
     * but wait for the worker, computes the worker's last parts while the worker computes the
     * first (src/engine/prepare.ts). The value is the same whichever thread computes which part.
     */
    share?: PrepareShare<TableRows[T], O>;
  };
}[TableName];

export interface RuleOutput {
  metrics: Record<string, Metric>;
  findings: Finding[];
  breakdowns?: Breakdown[];
  limitations?: string[];
  /**
   * Short excerpts of free text keyed by evidence `key`, for the HTML/PDF report only. They are
   * kept out of the result model so JSON and CSV can never carry record text. A function is
   * called only when a report asks for them, so a JSON-only run does not make them.
   */
  excerpts?: Record<string, string> | (() => Record<string, string>);
  /**
   * Ids the prose (notes, limitations) names that no evidence row holds, by kind, so that
   * --pseudonymise codes them there too (src/engine/namedIds.ts). Not part of the result.
   */
  named?: Partial<Record<IdKind, readonly string[]>>;
}

export interface RuleDefinition<O extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  /** Neutral title, used in lists. */
  title: string;
  /** Title when every metric meets its threshold, e.g. "Children are allocated a social worker promptly". */
  passTitle: string;
  /** Title when any does not, e.g. "Children wait too long for a social worker". */
  failTitle: string;
  area: Area[];
  tables: TableName[];
  optionalTables?: TableName[];
  /**
   * Tables (of `tables` and `optionalTables`) the rule reads through `ctx.columns` only: never
   * `ctx.rows` nor the export index. When every selected rule reading a table lists it here, the
   * loader holds it as typed columns (src/api.ts, columnTables).
   */
  columnTables?: TableName[];
  /**
   * Tables (of `tables` and `optionalTables`) whose dates the rule's trend points read as they
   * stand at the point: from `ctx.rows`, `ctx.columns` or the export index's groups. The others'
   * dates are not blanked for its points (src/engine/trends.ts): every reader of such a table at
   * a point must compare the dates it reads with `ctx.asAt` itself, e.g. through a value kept
   * from a later point (rules/lib/pointShared.ts). Left out: every table the rule declares. The
   * engine adds `plans` when the rule declares it (a metric's plan-type reach reads plan dates at
   * each point: src/engine/measurable.ts). Why: at 1.1M rows a point's blanking and restoring of
   * the visits and supervisions no point reads was most of the trends' snapshot moves (issue 24).
   */
  pointTables?: TableName[];
  /** Plain-English definition for the methodology appendix and `caseaudit rules`. */
  description: string;
  /**
   * Options with SPEC defaults; must be a z.object(...).strict() so unknown keys are errors. The
   * registry's rules wrap it in z.lazy(() => ...): a zod schema costs a few milliseconds to build,
   * and a run builds only those of the rules it runs or whose options the config sets (issue 24).
   */
  options: z.ZodType<O>;
  /**
   * Every metric the rule reports, with the columns it needs: a metric whose needs the export does
   * not carry is reported as not measured by the engine, whatever the rule computed.
   */
  metrics: Readonly<Record<string, MetricNeeds>>;
  /** Every finding the rule can raise, by finding id. */
  findings: Readonly<Record<string, FindingFacts>>;
  /**
   * Every evidence row naming a child is the same when the rule runs on that child's rows alone
   * (with every worker): nothing in it depends on other children. One child's chronology runs
   * only such rules, over that child's rows (src/childrenApi.ts). The finding's severity still
   * follows the whole export's metric, so it is known only from a full audit (`--findings`).
   * Leave unset for rules about workers, teams or the whole export (caseloads, workforce).
   */
  perChild?: boolean;
  /** Cannot be switched off in config (data-quality). */
  alwaysOn?: boolean;
  prepare?: PrepareStep<O>;
  run(ctx: RuleContext<O>): RuleOutput;
}

/** Identity helper that keeps the options type when declaring a rule. */
export function defineRule<O extends Record<string, unknown>>(rule: RuleDefinition<O>): RuleDefinition<O> {
  return rule;
}

/** Registry entries are stored with their option type erased. */
export type AnyRule = RuleDefinition<Record<string, unknown>>;
