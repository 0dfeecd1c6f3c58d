/**
 * Batch mode as a library function (the CLI and the benchmark both call it): discover the
 * exports, audit each in a worker thread, write one report folder per export plus the comparison
 * in JSON, CSV and HTML. One broken export is recorded with its reason and never stops the others.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { RULE_IDS } from '../../rules/registry.js';
import type { Suppression } from '../ci/suppressions.js';
import { UserError } from '../model/errors.js';
import type { CaseauditConfig } from '../config/schema.js';
import { TOOL_VERSION } from '../engine/paths.js';
import type { Severity } from '../engine/types.js';
import type { LayoutChoice } from '../load/index.js';
import { checkKey } from '../privacy/pseudonymise.js';
import { writeOutputs } from '../report/write.js';
import {
  buildComparison,
  type Comparison,
  renderComparisonCsv,
  renderComparisonHtml,
  renderComparisonJson,
} from './comparison.js';
import { discoverExports } from './discover.js';
import { defaultJobs, runPool } from './pool.js';
import type { BatchJob, ExportSummary } from './types.js';
import { reportOptions } from '../report/index.js';

export interface BatchOptions {
  /** Export folders, folders of export folders, or `*` / `?` globs. */
  inputs: readonly string[];
  /** Output folder: `<out>/<export name>/` per export and `comparison.*` at the top. */
  out: string;
  /** Worker threads (default: one per core). */
  jobs?: number;
  /** Report formats per export (names from RENDERERS; checked by the caller). */
  formats: readonly string[];
  config?: CaseauditConfig;
  asAt?: string;
  periodMonths?: number;
  rules?: readonly string[];
  failOn?: Severity;
  maxFileMb?: number;
  /** Layout of every export (default: config `layout`, else detected per export). */
  layout?: LayoutChoice;
  /**
   * A previous batch's output folder: each export is compared with `<baseline>/<its name>/findings.json`
   * when that file exists, and audited without a baseline (with a warning) when it does not.
   */
  baseline?: string;
  /** Acknowledged items applied to every export, and the file name reports show. */
  suppressions?: { list: readonly Suppression[]; file: string };
  /** Pseudonymise every export's outputs with this key (at least 16 characters). */
  pseudonymiseKey?: string;
  /** Evidence rows printed per finding in each PDF (`--pdf-rows`). */
  pdfEvidenceRows?: number;
  /** false: no month-by-month trends (`--no-trends`). */
  trends?: boolean;
  /** Resolves relative inputs and `out` (default: process.cwd()). */
  cwd?: string;
  /** Run date for choosing as-at dates; defaults to today. */
  today?: string;
  /** Called as each export finishes (progress bars). */
  onExport?: (summary: ExportSummary, done: number, total: number) => void;
  /** Called once the exports are known, before any is audited. */
  onStart?: (total: number) => void;
}

export interface BatchResult {
  /** Every export in name order, broken ones included. */
  exports: ExportSummary[];
  comparison: Comparison;
  /** Absolute paths of the comparison files. */
  written: string[];
  /** 0 all audited and none failing; 2 any could not be audited; 1 any failing --fail-on/budgets. */
  exitCode: 0 | 1 | 2;
  /** Wall time of the whole batch and worker threads used: for benchmarks, never written out. */
  ms: number;
  workers: number;
}

/** `--baseline` names a previous batch's output folder; a findings.json or a missing folder is a usage error. */
async function checkBaselineDir(given: string, dir: string): Promise<void> {
  const s = await stat(dir).catch(() => null);
  if (s === null)
    throw new UserError(`--baseline: ${given}: no such folder (give the --out folder of a previous batch)`);
  if (!s.isDirectory())
    throw new UserError(
      `--baseline: ${given} is a file; batch compares with the --out folder of a previous batch (one sub-folder per export)`,
    );
}

export async function runBatch(opts: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const cwd = opts.cwd ?? process.cwd();
  const out = resolve(cwd, opts.out);
  const config = opts.config ?? {};
  // Mistakes common to every export stop the batch before anything is read or written.
  if (opts.pseudonymiseKey !== undefined) checkKey(opts.pseudonymiseKey);
  const baselineDir = opts.baseline === undefined ? undefined : resolve(cwd, opts.baseline);
  if (baselineDir !== undefined) await checkBaselineDir(opts.baseline!, baselineDir);
  const suppressions = opts.suppressions
    ? { list: [...opts.suppressions.list], file: opts.suppressions.file }
    : undefined;
  const inputs = await discoverExports(opts.inputs, cwd, out);
  const total = inputs.length;
  opts.onStart?.(total);
  let done = 0;
  const summaries: ExportSummary[] = [];
  const record = (s: ExportSummary) => {
    summaries.push(s);
    opts.onExport?.(s, ++done, total);
  };
  for (const i of inputs) {
    if (!i.error) continue;
    record({
      name: i.name,
      source: i.source,
      status: 'error',
      reason: i.error,
      metrics: {},
      ruleOrder: [],
      findings: { high: 0, medium: 0, low: 0, info: 0 },
      rules: { ran: 0, notRun: 0, error: 0 },
      failing: 0,
      written: [],
      warnings: [],
      ms: 0,
    });
  }
  const jobs: BatchJob[] = inputs
    .filter((i) => !i.error)
    .map((i) => ({
      name: i.name,
      source: i.source,
      path: i.path,
      outDir: join(out, i.name),
      formats: [...opts.formats],
      config,
      ...(opts.asAt !== undefined ? { asAt: opts.asAt } : {}),
      ...(opts.periodMonths !== undefined ? { periodMonths: opts.periodMonths } : {}),
      ...(opts.rules !== undefined ? { rules: [...opts.rules] } : {}),
      ...(opts.failOn !== undefined ? { failOn: opts.failOn } : {}),
      ...(opts.maxFileMb !== undefined ? { maxFileMb: opts.maxFileMb } : {}),
      ...(opts.today !== undefined ? { today: opts.today } : {}),
      ...(opts.layout !== undefined ? { layout: opts.layout } : {}),
      ...(baselineDir !== undefined
        ? {
            baselineFile: join(baselineDir, i.name, 'findings.json'),
            baselineShown: join(opts.baseline!, i.name, 'findings.json'),
          }
        : {}),
      ...(suppressions ? { suppressions } : {}),
      ...(opts.pseudonymiseKey !== undefined ? { pseudonymiseKey: opts.pseudonymiseKey } : {}),
      ...(opts.pdfEvidenceRows !== undefined ? { pdfEvidenceRows: opts.pdfEvidenceRows } : {}),
      ...(opts.trends === false ? { trends: false } : {}),
    }));
  const workers = Math.max(1, Math.min(opts.jobs ?? defaultJobs(), jobs.length || 1));
  await runPool(jobs, workers, out, record);
  const exports = summaries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const comparison = buildComparison(exports, RULE_IDS, TOOL_VERSION);
  const { marking } = reportOptions(config, { pseudonymised: false });
  const written = await writeOutputs(out, [
    { name: 'comparison.json', content: renderComparisonJson(comparison) },
    { name: 'comparison.csv', content: renderComparisonCsv(comparison) },
    { name: 'comparison.html', content: renderComparisonHtml(comparison, marking) },
  ]);
  const exitCode = exports.some((s) => s.status === 'error') ? 2 : exports.some((s) => s.failing > 0) ? 1 : 0;
  return { exports, comparison, written, exitCode, ms: performance.now() - started, workers };
}
