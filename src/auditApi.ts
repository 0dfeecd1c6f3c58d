/**
 * The library API's functions (src/api.ts), given the rules to run: the library passes the whole
 * registry (rules/index.ts), the CLI the rules its command needs, loaded on demand
 * (rules/registry.ts), so an audit of three rules does not load the other six (issue 24). The
 * answer is the same either way: every step below reads only the selected and always-on rules.
 */
import { pathToFileURL } from 'node:url';
import { RULE_IDS } from '../rules/registry.js';
import { builtRegistry } from './engine/paths.js';

/**
 * Where the worker thread (always a built script) finds the same registry: its build output,
 * whether this module runs from the bundle, from dist/src or from sources under a test runner.
 */
const RULES_MODULE = pathToFileURL(builtRegistry()).href;
import { assertComparable, compareResults } from './ci/baseline.js';
import { checkBudgets, validateBudgetKeys } from './ci/budgets.js';
import { applySuppressions, type Suppression } from './ci/suppressions.js';
import { pseudonymise } from './privacy/pseudonymise.js';
import { keySubjects } from './engine/ruleFacts.js';
import type { CaseauditConfig } from './config/schema.js';
import { parseConfig } from './config/load.js';
import { resolveAsAt } from './engine/asAt.js';
import { buildProfiles, placements } from './engine/children.js';
import { columnTables, isSelected, audit as runAudit, resolveRuleOptions, tablesNeeded } from './engine/run.js';
import { planReads, planRequest, prepareJobs, startReader, type TableReader } from './engine/prepare.js';
import { stat } from 'node:fs/promises';
import type { TableName } from './model/tables.js';
import { findTableFiles } from './load/loadExport.js';
import { availableParallelism } from 'node:os';
import type { AnyRule } from './engine/rule.js';
import type { AuditResult, RuleResult } from './engine/types.js';
import { loadExport as load, type LoadOptions, resolveLayout } from './load/index.js';
export { LAYOUTS, LAYOUT_NAMES, type LayoutChoice } from './load/index.js';
import { dayFromYmd } from './model/day.js';
import type { LoadedExport } from './model/export.js';
import { DEFAULT_MARKING, DEFAULT_PDF_EVIDENCE_ROWS, type RenderOptions, RENDERERS } from './report/index.js';
import { PdfNotWrittenError } from './report/pdf/browser.js';
import type { OutputFile, WritableFile } from './report/write.js';

export interface AuditOptions {
  /** `YYYY-MM-DD`; else config.asAt; else the latest event date in the export (SPEC §1). */
  asAt?: string;
  periodMonths?: number;
  /** A config object (as in caseaudit.config.json); validated here. */
  config?: CaseauditConfig | Record<string, unknown>;
  /** Run only these rules (data-quality always runs). */
  rules?: readonly string[];
  /** Per-rule option overrides, merged over config.rules[id].options. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Run date, for choosing the as-at date: events after it are impossible. Defaults to today. */
  today?: string;
  onRule?: (id: string, status: RuleResult['status'], ms: number) => void;
  /** Acknowledged items (see src/ci/suppressions.ts) and the file they came from. */
  suppressions?: { list: readonly Suppression[]; file: string };
  /** A previous result to compare with (--baseline). */
  baseline?: AuditResult;
  /**
   * Replace ids with keyed codes (src/privacy/pseudonymise.ts) before the result is returned, so
   * no renderer ever sees raw ids; a baseline is then compared on the codes.
   */
  pseudonymiseKey?: string;
  /** Month-by-month trends of every metric (SPEC §9); false skips the work (--no-trends). Default true. */
  trends?: boolean;
}

export interface ExportLoadOptions extends LoadOptions {
  /**
   * The audit this export is being loaded for. With it the loader reads only the tables the
   * selected rules use (when the as-at date is fixed, so skipping a table cannot move it) and, on
   * a machine with more than one core, has a worker thread read the supervisions table, and score
   * its text for the supervision rule, while this thread reads the rest (src/engine/prepare.ts).
   * The audit's answer is the same, byte for byte.
   */
  auditFor?: {
    config?: CaseauditConfig | Record<string, unknown>;
    rules?: readonly string[];
    asAt?: string;
    /**
     * A worker thread reading and scoring the supervisions beside this one: true always, false
     * never; by default when more than one core is available and the file is at least 24 MB.
     */
    threads?: boolean;
    /**
     * The rows serve this audit's rules only (not a chronology, which shows record text): a worker
     * may then keep to itself the columns its rule's prepare step holds (the supervision text),
     * and the rule reads what it needs of them from its prepared value. Less memory, same answer.
     */
    rulesOnly?: boolean;
    /**
     * false: no output of this audit shows an evidence excerpt (no HTML or PDF, or pseudonymised),
     * so a worker that keeps the text to itself (rulesOnly) hands none of it back (issue 24).
     */
    excerpts?: boolean;
  };
}

/**
 * loadExport (src/api.ts) with `registry` as the rules: with `auditFor`, it must hold every rule
 * the audit selects and every rule always on (rules/registry.ts, loadRulesFor).
 */
export async function loadExportWith(
  registry: readonly AnyRule[],
  path: string,
  opts: ExportLoadOptions = {},
): Promise<LoadedExport> {
  const { auditFor, ...base } = opts;
  if (!auditFor) return load(path, base);
  const config = parseConfig(auditFor.config ?? {});
  const tables =
    auditFor.asAt !== undefined || config.asAt !== undefined ? tablesNeeded(registry, config, auditFor.rules) : null;
  const layout = await resolveLayout(path, base.layout, base.mapping);
  // Tables every selected rule reads as typed columns: held so, with no rows (issue 24). Only for
  // an audit's rules (a chronology shows records, and would make the rows anyway).
  const columns = auditFor.rulesOnly ? columnTables(registry, config, auditFor.rules) : [];
  const loadOpts: LoadOptions = {
    ...base,
    layout,
    ...(tables ? { tables } : {}),
    ...(columns.length > 0 ? { columns } : {}),
    // --threads never keeps the returns' census reading on this thread too.
    ...(auditFor.threads !== undefined && base.threads === undefined ? { threads: auditFor.threads } : {}),
  };
  let reader: TableReader | null = null;
  if ((auditFor.threads ?? availableParallelism() > 1) && layout === 'canonical') {
    // The prepare job is computed with the options the audit will use, so its answer matches.
    const job = prepareJobs(
      registry.filter((r) => isSelected(r, config, auditFor.rules)),
      resolveRuleOptions(registry, config, { only: auditFor.rules }),
    ).find((j) => !tables || tables.includes(j.table));
    const files = await findTableFiles(path, base).catch(() => new Map<TableName, string>());
    // The tables this load reads, with their sizes: what the worker's share is balanced on.
    const sizes = new Map<TableName, number>();
    for (const [t, file] of files)
      if (!tables || tables.includes(t))
        sizes.set(
          t,
          await stat(file).then(
            (s) => s.size,
            () => 0,
          ),
        );
    const plan = planReads(job, sizes, auditFor.threads === true);
    const jobRead = job !== undefined && plan.fixed[0] === job.table;
    if (plan.fixed.length + plan.shared.length > 0) {
      const mapped = base.mapping !== undefined && Object.keys(base.mapping).length > 0;
      const bytes = [...plan.fixed, ...plan.shared].reduce((sum, t) => sum + sizes.get(t)!, 0);
      // How long the audit waits for the answer before computing it itself: a minute, plus a
      // second a megabyte (the worker needs about 0.05 s a megabyte here).
      const waitLimitMs = 60_000 + Math.ceil(bytes / 1e6) * 1_000;
      reader = startReader(
        {
          ...(jobRead ? { job } : {}),
          ...planRequest(plan, files, sizes),
          registry: RULES_MODULE,
          ...(jobRead && auditFor.rulesOnly && job.holds.length > 0
            ? { omit: job.holds, ...(auditFor.excerpts === false ? { holdNone: true } : {}) }
            : {}),
          load: {
            ...(base.maxBytes !== undefined ? { maxBytes: base.maxBytes } : {}),
            ...(mapped ? { mapping: base.mapping } : {}),
          },
        },
        waitLimitMs,
      );
      if (reader) {
        loadOpts.delegated = reader.delegated();
        const r = reader;
        loadOpts.keep = (t) => r.keep(t);
        if (plan.shared.length > 0) loadOpts.order = plan.shared;
      }
    }
  }
  const ex = await load(path, loadOpts).catch((e: unknown) => {
    reader?.cancel();
    throw e;
  });
  // Not awaited: the audit takes the prepared value when its rule first needs it (TableReader.take).
  if (reader) ex.prepared = reader;
  return ex;
}

export function todayDay(today?: string): number {
  if (today) return Math.floor(Date.parse(`${today}T00:00:00Z`) / 86_400_000);
  // Today in England, whatever the machine's time zone (TZ would otherwise move the default
  // as-at date by a day around midnight: issue 19). Europe/London is what the council works in.
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const part = (t: string): number => Number(parts.find((p) => p.type === t)!.value);
  return dayFromYmd(part('year'), part('month'), part('day'));
}

/** audit (src/api.ts) with `registry` as the rules: as for loadExportWith. */
export function auditWith(registry: readonly AnyRule[], ex: LoadedExport, opts: AuditOptions = {}): AuditResult {
  const base = parseConfig(opts.config ?? {});
  const merged: CaseauditConfig = {
    ...base,
    ...(opts.periodMonths !== undefined ? { periodMonths: opts.periodMonths } : {}),
    rules: { ...(base.rules ?? {}) },
  };
  for (const [id, o] of Object.entries(opts.ruleOptions ?? {})) {
    const prev = merged.rules![id] ?? {};
    merged.rules![id] = { ...prev, options: { ...(prev.options ?? {}), ...o } };
  }
  if (Object.keys(merged.rules!).length === 0) delete merged.rules;
  const config = parseConfig(merged);
  const { asAt, source } = resolveAsAt(ex, opts.asAt, config.asAt, () => todayDay(opts.today));
  // Every rule's id, loaded or not: a budget may name any rule.
  validateBudgetKeys(config, RULE_IDS);
  // Every child's placement, worked out while the audit waits for a worker thread (if it does):
  // the profiles then only look them up (issue 24).
  let early: ReturnType<typeof placements> | undefined;
  let result = runAudit(ex, registry, {
    asAt,
    asAtSource: source,
    config,
    ...(opts.rules ? { only: opts.rules } : {}),
    ...(opts.onRule ? { onRule: opts.onRule } : {}),
    ...(opts.trends === false ? { trends: false } : {}),
    whileWaiting: () => {
      early = placements(ex, asAt, null);
    },
  });
  if (opts.suppressions) applySuppressions(result, opts.suppressions.list, opts.suppressions.file);
  // After suppressions, so an acknowledged row does not count; before pseudonymising, which codes them.
  result.children = buildProfiles(result, ex, asAt, early);
  if (config.budgets) result.budgets = checkBudgets(result, config);
  if (opts.pseudonymiseKey !== undefined) result = pseudonymise(result, opts.pseudonymiseKey, keySubjects(registry));
  if (opts.baseline) {
    assertComparable(opts.baseline, result);
    result.baseline = compareResults(opts.baseline, result);
  }
  return result;
}

export async function render(
  result: AuditResult,
  formats: readonly string[],
  opts: Partial<Omit<RenderOptions, 'jsonInPieces'>> = {},
): Promise<OutputFile[]> {
  // Without jsonInPieces every renderer returns its files' content whole (strings or bytes).
  return (await renderFiles(result, formats, { ...opts, jsonInPieces: false })) as OutputFile[];
}

/** render() for writing with writeOutputs: with opts.jsonInPieces, findings.json comes as pieces (the CLI). */
export async function renderFiles(
  result: AuditResult,
  formats: readonly string[],
  opts: Partial<RenderOptions> = {},
): Promise<WritableFile[]> {
  const full: RenderOptions = {
    excerpts: opts.excerpts ?? true,
    marking: opts.marking ?? DEFAULT_MARKING,
    pdfEvidenceRows: opts.pdfEvidenceRows ?? DEFAULT_PDF_EVIDENCE_ROWS,
    ...(opts.jsonInPieces ? { jsonInPieces: true } : {}),
    ...(opts.log ? { log: opts.log } : {}),
  };
  const out: WritableFile[] = [];
  let noBrowser: PdfNotWrittenError | null = null;
  // Each format once: a repeated one would be rendered (for a PDF, printed) twice.
  for (const f of new Set(formats)) {
    const r = RENDERERS[f];
    if (!r) throw new Error(`unknown format "${f}" (formats are: ${Object.keys(RENDERERS).join(', ')})`);
    try {
      out.push(...(await r(result, full)));
    } catch (e) {
      // No PDF (no browser, or Chromium failed): render the other formats, then hand them all back
      // on the error so the caller can still write them (the PDF renderer adds report.html).
      if (!(e instanceof PdfNotWrittenError)) throw e;
      noBrowser = e;
      out.push(...e.files);
    }
  }
  if (noBrowser) {
    noBrowser.files = out.filter((file, i) => out.findIndex((o) => o.name === file.name) === i);
    throw noBrowser;
  }
  return out;
}
