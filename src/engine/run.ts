/**
 * The engine (after Lighthouse's runner): checks each rule's tables, validates its options, runs
 * it, and turns a missing table into "not run" and a throwing rule into an error result while the
 * rest of the audit goes on.
 */
import * as z from 'zod';
import type { CaseauditConfig } from '../config/schema.js';
import { ConfigError, formatZodIssues } from '../config/load.js';
import { type Day, toIso } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import { TABLE_NAMES } from '../model/schema.js';
import type { PlanType, TableName } from '../model/tables.js';
import { applyAsAt, asAtCaveat, type AsAtSource, periodFor } from './asAt.js';
import { ExportIndex } from './exportIndex.js';
import { keepNamedIds } from './namedIds.js';
import type { AnyRule, RuleContext, RuleOutput } from './rule.js';
import type { AuditResult, RuleResult, TrendsSummary } from './types.js';
import { comparatorFigures } from './england.js';
import { TOOL_VERSION } from './paths.js';
import { preparedValue } from './prepare.js';
import { reportedNotMeasured, ruleCoverage, unmetNeeds, withdrawUnmeasurable } from './measurable.js';
import { sortKeys } from './sortKeys.js';
import { Rewind } from './rewind.js';
import { taskCpuMs } from './threadCpu.js';
import { addTrends, pointTablesOf, trendDates } from './trends.js';
import { hasTable } from '../load/tableColumns.js';
import { ruleAccess, SharedStores } from './ruleAccess.js';

export interface AuditRequest {
  asAt: Day;
  asAtSource: AsAtSource;
  config: CaseauditConfig;
  /** Only these rule ids (data-quality always runs). */
  only?: readonly string[];
  /** Called as each rule finishes, for progress and timing output (never part of the result). */
  onRule?: (id: string, status: RuleResult['status'], ms: number) => void;
  /** Month-by-month trends of every metric (SPEC §9); default true. */
  trends?: boolean;
  /**
   * Called once, before the rules that wait for another thread's prepared value run, when some
   * do: work for after the audit that depends on no rule's result (the children's placements)
   * then overlaps the wait instead of following it (issue 24).
   */
  whileWaiting?: () => void;
}

/**
 * Each rule's options are parsed once a run: zod's fast path for an object (source generated and
 * compiled by `new Function` on its first parse, never cached) costs a start more than it saves on
 * one parse (issue 24). Same answers and messages: zod's own interpreted path.
 */
const ONCE = { jitless: true } as const;

/**
 * Validates config against the registry: unknown rule ids and bad options are ConfigErrors. With
 * `scope` (an audit's `only`, undefined for every rule) the options are parsed only for the rules
 * that run and for any rule the config gives options to, so a mistake there is still reported
 * whichever rules run; the others' defaults are left out of the map. Without it every rule's are
 * parsed (`caseaudit rules`, a chronology's limits). Why: parsing builds the rule's zod schema
 * (`z.lazy`), most of the start-up cost of options when three of nine rules run (issue 24).
 */
export function resolveRuleOptions(
  rules: readonly AnyRule[],
  config: CaseauditConfig,
  scope?: { only: readonly string[] | undefined },
): Map<string, Record<string, unknown>> {
  const known = new Set(rules.map((r) => r.id));
  const problems: string[] = [];
  for (const id of Object.keys(config.rules ?? {})) {
    if (!known.has(id)) problems.push(`config: rules.${id}: no such rule (rules are: ${[...known].join(', ')})`);
  }
  const out = new Map<string, Record<string, unknown>>();
  for (const rule of rules) {
    const rc = config.rules?.[rule.id];
    if (rule.alwaysOn && rc?.enabled === false)
      problems.push(`config: rules.${rule.id}.enabled: the ${rule.id} rule cannot be switched off`);
    if (scope && rc?.options === undefined && !isSelected(rule, config, scope.only)) continue;
    const parsed = rule.options.safeParse(rc?.options ?? {}, ONCE);
    if (!parsed.success)
      problems.push(formatZodIssues('config', parsed.error as z.ZodError, ['rules', rule.id, 'options']));
    else out.set(rule.id, parsed.data);
  }
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return out;
}

/** Whether a rule runs: always-on rules always; others when selected (--rules) and not switched off in config. */
export function isSelected(rule: AnyRule, config: CaseauditConfig, only?: readonly string[]): boolean {
  return (
    rule.alwaysOn === true || ((only ? only.includes(rule.id) : true) && config.rules?.[rule.id]?.enabled !== false)
  );
}

/**
 * Tables every selected rule reading them reads as columns (RuleDefinition.columnTables): the
 * loader may hold them as typed columns and keep no rows (issue 24). Rows are still made for any
 * other reader that asks, so this is a question of speed, never of answers.
 */
export function columnTables(
  rules: readonly AnyRule[],
  config: CaseauditConfig,
  only?: readonly string[],
): TableName[] {
  const columns = new Set<TableName>();
  const rows = new Set<TableName>();
  for (const r of rules) {
    if (!isSelected(r, config, only)) continue;
    for (const t of [...r.tables, ...(r.optionalTables ?? [])]) (r.columnTables?.includes(t) ? columns : rows).add(t);
  }
  return TABLE_NAMES.filter((t) => columns.has(t) && !rows.has(t));
}

/**
 * With a selection of rules (--rules), the tables those rules can read; null for a full audit
 * (whose data-quality check covers every table, children and contacts too), when data-quality is
 * asked for by name, or when the selection needs every table. Loading only these is safe only
 * when the as-at date is fixed beforehand: otherwise it is chosen from the latest event in every
 * table (SPEC §1), and skipping a table could move it.
 */
export function tablesNeeded(
  rules: readonly AnyRule[],
  config: CaseauditConfig,
  only?: readonly string[],
): TableName[] | null {
  if (!only) return null;
  // Asking for data-quality by name asks for the quality of the whole export.
  if (rules.some((r) => r.alwaysOn && only.includes(r.id))) return null;
  const needed = new Set<TableName>();
  for (const r of rules)
    if (isSelected(r, config, only)) for (const t of [...r.tables, ...(r.optionalTables ?? [])]) needed.add(t);
  return TABLE_NAMES.every((t) => needed.has(t)) ? null : TABLE_NAMES.filter((t) => needed.has(t));
}

function missingTables(rule: AnyRule, ex: LoadedExport): string | null {
  const missing = rule.tables.filter((t) => !hasTable(ex, t));
  if (missing.length === 0) return null;
  return `needs ${missing.map((t) => `${t} (${ex.absent[t] ?? 'not loaded'})`).join('; ')}`;
}

type ExcerptSource = NonNullable<RuleOutput['excerpts']>;
const excerptStore = new WeakMap<AuditResult, ExcerptSource[]>();

/** Free-text excerpts produced by rules for this result (HTML/PDF only; never serialised). */
export function excerptsOf(result: AuditResult): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const source of excerptStore.get(result) ?? []) {
    for (const [k, v] of Object.entries(typeof source === 'function' ? source() : source)) out.set(k, v);
  }
  return out;
}

/**
 * A view's copy of a result (the PDF's, with its cells clipped) keeps the original's excerpts:
 * they are held beside a result, by identity, so a copy would otherwise print none.
 */
export function sameExcerpts(copy: AuditResult, original: AuditResult): AuditResult {
  const sources = excerptStore.get(original);
  if (sources) excerptStore.set(copy, sources);
  return copy;
}

export function audit(ex: LoadedExport, rules: readonly AnyRule[], req: AuditRequest): AuditResult {
  const options = resolveRuleOptions(rules, req.config, { only: req.only });
  if (req.only) {
    const unknown = req.only.filter((id) => !rules.some((r) => r.id === id));
    if (unknown.length)
      throw new ConfigError(
        `--rules: no such rule ${unknown.map((u) => `"${u}"`).join(', ')} (rules are: ${rules.map((r) => r.id).join(', ')})`,
      );
  }
  // The latest event on or before as-at, for the caveat (undefined: this export was audited before).
  const latestEvent = applyAsAt(ex, req.asAt);
  const period = periodFor(req.asAt, req.config.periodMonths ?? 12);
  const index = new ExportIndex(ex);
  const england = comparatorFigures(req.config);
  const results: RuleResult[] = [];
  const excerpts: ExcerptSource[] = [];
  // Prepared values by rule id, shared by the headline and every trend point.
  const preparedCache = new Map<string, unknown>();
  // Whether the main thread, about to share a waited-for worker's parts (prepareShare.ts), first
  // collects its garbage: after the trend points (below).
  let collectFirst = false;
  const preparedOf = (rule: AnyRule, opts: Record<string, unknown>): unknown => {
    if (!preparedCache.has(rule.id)) preparedCache.set(rule.id, preparedValue(rule, ex, opts, collectFirst));
    return preparedCache.get(rule.id);
  };
  // Each rule's date-free per-row values (RuleContext.shared), kept for every trend point too.
  const sharedStore = new SharedStores();
  const sharedOf = (rule: AnyRule): RuleContext<unknown>['shared'] => sharedStore.of(rule.id);
  // The plan types each rule's headline was narrowed to (ruleCoverage), for its trend points.
  const narrowedTypes = new Map<string, readonly PlanType[] | null>();
  const runRule = (rule: AnyRule, at = index): { result: RuleResult; excerpts?: ExcerptSource } => {
    const rc = req.config.rules?.[rule.id];
    const opts = options.get(rule.id)!;
    const base: RuleResult = {
      id: rule.id,
      title: rule.title,
      passTitle: rule.passTitle,
      failTitle: rule.failTitle,
      area: rule.area,
      status: 'ran',
      description: rule.description,
      options: opts,
      metrics: {},
      findings: [],
      breakdowns: [],
      limitations: [],
    };
    const missing = missingTables(rule, ex);
    if (missing) {
      req.onRule?.(rule.id, 'not-run', 0);
      return { result: { ...base, status: 'not-run', reason: missing } };
    }
    const declared = new Set<TableName>([...rule.tables, ...(rule.optionalTables ?? [])]);
    // A rule reads only the tables it declares: the loader may skip the others (tablesNeeded).
    // Checked by ruleAccess for rows(), has() and columns(); the shared index is not checked, so each
    // rule's index use must stay within its tables (a test runs every rule alone against the full audit).
    const access = ruleAccess(ex, rule);
    // Plan types whose records do not reach this period are left out where the metrics allow it
    // (src/engine/measurable.ts): the rule names the types it counts.
    const reach = ruleCoverage(rule.metrics ?? {}, ex, { asAt: req.asAt, period }, rule.tables, [...declared]);
    narrowedTypes.set(rule.id, reach.types);
    const ctx: RuleContext<Record<string, unknown>> = {
      rows: access.rows,
      has: access.has,
      columns: access.columns,
      coverage: reach.coverage,
      asAt: req.asAt,
      period,
      options: opts,
      index: at,
      export: ex,
      prepared: () => preparedOf(rule, opts),
      shared: sharedOf(rule),
    };
    // hrtime, not performance.now(): the global `performance` loads perf_hooks (ten of Node's
    // modules, about 5 ms of every run) for nothing else.
    const started = process.hrtime.bigint();
    try {
      const out = rule.run(ctx);
      // Never a comparator beside a measure the export cannot give (withdrawn below drops it too).
      for (const [metricId, m] of Object.entries(out.metrics)) {
        const e = england[`${rule.id}.${metricId}`];
        if (e && !reportedNotMeasured(m)) m.england = e;
      }
      // A rule from outside the registry may declare nothing: its metrics are then taken as measurable.
      const unmeasured = withdrawUnmeasurable(rule.metrics ?? {}, out, ex, { asAt: req.asAt, period }, rule.tables);
      const severity = rc?.severity;
      const findings = severity ? out.findings.map((f) => ({ ...f, severity })) : out.findings;
      const limitations = [
        ...(out.limitations ?? []),
        ...reach.notes,
        ...unmeasured,
        ...rule.tables
          .concat(rule.optionalTables ?? [])
          .flatMap((t) => (ex.limitations[t] ? [`${t}: ${ex.limitations[t]}`] : [])),
      ];
      req.onRule?.(rule.id, 'ran', msSince(started));
      const result = { ...base, metrics: out.metrics, findings, breakdowns: out.breakdowns ?? [], limitations };
      return { result: keepNamedIds(result, out.named), ...(out.excerpts ? { excerpts: out.excerpts } : {}) };
    } catch (e) {
      req.onRule?.(rule.id, 'error', msSince(started));
      return { result: { ...base, status: 'error', reason: `the rule failed: ${(e as Error).message}` } };
    }
  };
  // A rule whose prepared value another thread is still working out (the supervision scores of a
  // large audit) runs last: its first `prepared()` blocks until the worker answers, and every
  // other rule run before it overlaps that wait instead of following it (issue 24). The results
  // keep the registry's order; rules are independent of each other, so the order they run in
  // changes no answer (`onRule` is told in the order they ran).
  const selected = rules.filter((rule) => isSelected(rule, req.config, req.only));
  const waits = (rule: AnyRule): boolean => ex.prepared?.computing?.(rule.id) === true;
  const ran = new Map<AnyRule, { result: RuleResult; excerpts?: ExcerptSource }>();
  const waiting = selected.filter(waits);
  // One listing of the dates the trend points blank, made by the first trend call (before the
  // wait, when some rule waits) for every rule that may have points, and reused by the second
  // call after the worker's answer, which then lists nothing (issue 24).
  let rewind: Rewind | undefined;
  const rewindOf = (): Rewind =>
    (rewind ??= new Rewind(
      ex,
      req.asAt,
      trendDates(req.asAt)[0]!,
      pointTablesOf(selected.filter((r) => r.alwaysOn !== true)),
    ));
  const trendsOf = (which: readonly AnyRule[], at: ExportIndex): TrendsSummary =>
    trendCpu(waiting.length > 0, which.length, () =>
      addTrends(ex, {
        asAt: req.asAt,
        periodMonths: period.months,
        rewind: rewindOf,
        prepared: preparedOf,
        shared: sharedOf,
        index: at,
        runs: which.map((rule) => ({ rule, result: ran.get(rule)!.result, options: options.get(rule.id)! })),
        // A metric the export cannot measure (src/engine/measurable.ts) has no trend either. An
        // earlier point counts the plan types the headline counted, all of them, or is not measured.
        measurable: (ruleId, metricId, at) => {
          const rule = rules.find((r) => r.id === ruleId);
          const point = at ? { types: narrowedTypes.get(ruleId) ?? null } : undefined;
          return (
            unmetNeeds(rule?.metrics[metricId], ex, at ?? { asAt: req.asAt, period }, rule?.tables, point).length === 0
          );
        },
        coverage: (rule, at) => {
          const declared = [...rule.tables, ...(rule.optionalTables ?? [])];
          return ruleCoverage(rule.metrics ?? {}, ex, at, rule.tables, declared, narrowedTypes.get(rule.id) ?? null)
            .coverage;
        },
      }),
    );
  for (const rule of selected) if (!waiting.includes(rule)) ran.set(rule, runRule(rule));
  if (waiting.length > 0) {
    // The other rules' trend points too are worked out before the wait: each rule's points
    // depend on its own headline only, and the export is restored after them. The points take
    // over their starting index's groups (ExportIndex's `earlier`), so the waiting rules get an
    // index of their own.
    if (req.trends !== false) {
      const first = selected.filter((r) => !waiting.includes(r));
      trendsOf(first, index);
      // What only these points needed is let go before the wait (about 16 MB live at 1.1M rows):
      // these rules' kept values (`shared`: each can be built again, none is asked for again) and
      // the listing of the tables only they move. The main thread then shares the worker's last
      // parts as without trends when enough are left (prepareShare.ts, worthAsking), but collects
      // first: it comes with the points' garbage (about 50 of its 230 MB of heap at 1.1M rows),
      // and the sharing's scorer and parts, made on top of it, grew the heap at the process's
      // peak (both threads' heaps alive): 513-563 MB, against 479-498 MB collected first (issue 24).
      for (const r of first) sharedStore.clear(r.id);
      rewind = rewind?.only(pointTablesOf(waiting));
      collectFirst = true;
    }
    req.whileWaiting?.();
  }
  const waitIndex = waiting.length > 0 && req.trends !== false ? new ExportIndex(ex) : index;
  for (const rule of waiting) ran.set(rule, runRule(rule, waitIndex));
  for (const rule of selected) {
    const { result, excerpts: own } = ran.get(rule)!;
    results.push(result);
    if (own) excerpts.push(own);
  }
  const caveat = asAtCaveat(ex, req.asAt, req.asAtSource, latestEvent);
  // The summary depends on the export and the as-at date only: the same from either call.
  const trends = req.trends === false ? undefined : trendsOf(waiting.length > 0 ? waiting : selected, waitIndex);
  const result: AuditResult = {
    schemaVersion: 1,
    tool: { name: 'caseaudit', version: TOOL_VERSION },
    council: req.config.council ?? null,
    source: { export: ex.source, layout: ex.layout, ...(ex.returnsRead ? { files: ex.returnsRead } : {}) },
    asAt: toIso(req.asAt),
    asAtSource: req.asAtSource,
    period: { start: toIso(period.start), end: toIso(period.end), months: period.months },
    ...(caveat ? { asAtCaveat: caveat } : {}),
    config: configEcho(req.config),
    rules: results,
    dataQuality: dataQualityOf(ex),
    ...(trends ? { trends } : {}),
  };
  excerptStore.set(result, excerpts);
  return result;
}

/** The data-quality section of a result, from the export's log (also `validate` without an as-at date). */
export function dataQualityOf(ex: LoadedExport): AuditResult['dataQuality'] {
  const tables = ex.dq.tableList();
  const rowsRead = tables.reduce((s, t) => s + t.rowsRead, 0);
  const rowsWithIssues = tables.reduce((s, t) => s + t.rowsWithIssues, 0);
  return {
    rowsRead,
    rowsWithIssues,
    rowsWithIssuesShare: rowsRead ? rowsWithIssues / rowsRead : null,
    tables,
    issues: ex.dq.issueGroups(),
  };
}

/** The config as used, with keys sorted so the JSON is byte-identical for the same input. */
function configEcho(config: CaseauditConfig): Record<string, unknown> {
  return sortKeys(config) as Record<string, unknown>;
}

/**
 * A trend call, with the main thread's CPU time it took on stderr under CASEAUDIT_DEBUG_PREPARE
 * when a rule waits for a worker (issue 24: how much of the trends lies after the worker's
 * answer), beside that worker's own debug lines; a run without one prints none.
 */
function trendCpu<T>(worker: boolean, rules: number, call: () => T): T {
  if (!worker || !process.env.CASEAUDIT_DEBUG_PREPARE) return call();
  const before = taskCpuMs();
  const out = call();
  const after = taskCpuMs();
  if (before !== null && after !== null)
    process.stderr.write(`caseaudit: cpu ms: trends of ${rules} rules ${Math.round(after - before)}\n`);
  return out;
}

/** Milliseconds since a process.hrtime.bigint() reading. */
function msSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}
