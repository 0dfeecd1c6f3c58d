/**
 * Audits one export the way `caseaudit audit` does — load, audit, render, write — through the
 * library API, and boils the result down to an ExportSummary. Runs inside a worker thread, but
 * has no thread code of its own so it can be called directly too.
 */
import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { ZodError } from 'zod';
import { audit, loadExport, render } from '../api.js';
import { reportOptions } from '../report/index.js';
import { BaselineError, readFindings } from '../ci/baseline.js';
import { failingFindings } from '../ci/failOn.js';
import { ConfigError } from '../config/load.js';
import { AsAtError } from '../engine/asAt.js';
import type { AuditResult, Severity } from '../engine/types.js';
import { InputError } from '../load/csvFile.js';
import { PseudonymKeyError } from '../privacy/pseudonymise.js';
import { writeOutputs } from '../report/write.js';
import { UserError } from '../model/errors.js';
import type { BatchJob, ExportSummary, MetricSummary } from './types.js';

function emptySummary(job: BatchJob): ExportSummary {
  return {
    name: job.name,
    source: job.source,
    status: 'ok',
    metrics: {},
    ruleOrder: [],
    findings: { high: 0, medium: 0, low: 0, info: 0 },
    rules: { ran: 0, notRun: 0, error: 0 },
    failing: 0,
    written: [],
    warnings: [],
    ms: 0,
  };
}

/** One line, no stack: the messages users act on are the first line of a known error. */
export function reasonOf(e: unknown): string {
  const known =
    e instanceof UserError ||
    e instanceof ConfigError ||
    e instanceof InputError ||
    e instanceof AsAtError ||
    e instanceof ZodError ||
    e instanceof BaselineError ||
    e instanceof PseudonymKeyError;
  const message = e instanceof Error ? e.message : String(e);
  const first = message.split('\n')[0] ?? '';
  return known ? first : `internal error: ${first}`;
}

export function summarise(job: BatchJob, result: AuditResult, into: ExportSummary): void {
  into.asAt = result.asAt;
  into.asAtSource = result.asAtSource;
  into.period = result.period;
  for (const r of result.rules) {
    into.ruleOrder.push(r.id);
    if (r.status === 'ran') into.rules.ran++;
    else if (r.status === 'not-run') into.rules.notRun++;
    else into.rules.error++;
    if (r.status !== 'ran') continue;
    for (const [id, m] of Object.entries(r.metrics)) {
      const s: MetricSummary = { value: m.value, rag: m.rag, unit: m.unit, label: m.label };
      if (m.numerator !== undefined) s.numerator = m.numerator;
      if (m.denominator !== undefined) s.denominator = m.denominator;
      if (m.threshold !== undefined) s.threshold = m.threshold;
      if (m.direction !== undefined) s.direction = m.direction;
      if (m.england !== undefined) s.england = m.england;
      if (m.trendDirection !== undefined) s.trendDirection = m.trendDirection;
      into.metrics[`${r.id}.${id}`] = s;
    }
    for (const f of r.findings) into.findings[f.severity]++;
  }
  const brokenBudgets = (result.budgets ?? []).filter((b) => b.status === 'fail').length;
  into.failing = failingFindings(result, (job.failOn ?? job.config.failOn) as Severity | undefined) + brokenBudgets;
  // Same cases as `caseaudit audit` exiting 2: a table present but unusable, or a rule that failed.
  const problems = [
    ...new Set(
      result.dataQuality.tables
        .filter((t) => t.status === 'failed')
        .map((t) => t.error ?? `${t.file ?? t.table}: could not be read`),
    ),
    ...result.rules.filter((r) => r.status === 'error').map((r) => `rule ${r.id} failed: ${r.reason ?? ''}`),
  ];
  if (problems.length) {
    into.status = 'error';
    into.reason = problems.length === 1 ? problems[0]! : `${problems[0]!} (and ${problems.length - 1} more)`;
  }
}

/**
 * The previous findings.json for `--baseline <dir>`, or undefined (with a warning on the summary)
 * when this export has none there. A file that is there but cannot be used is a BaselineError,
 * named by the path as the user would type it.
 */
async function readBaseline(job: BatchJob, summary: ExportSummary): Promise<AuditResult | undefined> {
  const file = job.baselineFile;
  if (file === undefined) return undefined;
  const shown = job.baselineShown ?? file;
  // Not there (or `<dir>/<name>` is not a folder): audit without one. Present but unreadable: readFindings says why.
  const present = await stat(file).then(
    () => true,
    (e: NodeJS.ErrnoException) => e.code !== 'ENOENT' && e.code !== 'ENOTDIR',
  );
  if (!present) {
    summary.warnings.push(`no baseline: ${shown} not found; audited without a baseline`);
    return undefined;
  }
  try {
    return await readFindings(file);
  } catch (e) {
    if (e instanceof BaselineError && e.message.startsWith(`${file}: `))
      throw new BaselineError(`${shown}: ${e.message.slice(file.length + 2)}`);
    throw e;
  }
}

export async function auditOne(job: BatchJob, batchOut: string): Promise<ExportSummary> {
  const started = performance.now();
  const summary = emptySummary(job);
  try {
    const { config } = job;
    // The baseline first: a refused one costs no loading time.
    const baseline = await readBaseline(job, summary);
    const maxMb = job.maxFileMb ?? config.maxFileMb;
    const ex = await loadExport(job.path, {
      ...(maxMb ? { maxBytes: maxMb * 1024 * 1024 } : {}),
      ...(config.mapping ? { mapping: config.mapping } : {}),
      layout: job.layout ?? config.layout ?? 'auto',
      // As `audit` does, read only the tables the selected rules use; no reader thread, since the
      // batch already runs one export per core.
      auditFor: {
        config,
        ...(job.rules ? { rules: job.rules } : {}),
        ...(job.asAt ? { asAt: job.asAt } : {}),
        threads: false,
      },
    });
    ex.source = job.source;
    let result: AuditResult;
    try {
      result = audit(ex, {
        config,
        ...(job.asAt ? { asAt: job.asAt } : {}),
        ...(job.periodMonths ? { periodMonths: job.periodMonths } : {}),
        ...(job.rules ? { rules: job.rules } : {}),
        ...(job.today ? { today: job.today } : {}),
        ...(baseline ? { baseline } : {}),
        ...(job.suppressions ? { suppressions: job.suppressions } : {}),
        ...(job.pseudonymiseKey !== undefined ? { pseudonymiseKey: job.pseudonymiseKey } : {}),
        ...(job.trends === false ? { trends: false } : {}),
      });
    } catch (e) {
      // Only the baseline check (other council, pseudonymised against raw) throws this here.
      if (e instanceof BaselineError)
        throw new BaselineError(`${job.baselineShown ?? job.baselineFile ?? 'baseline'}: ${e.message}`);
      throw e;
    }
    const files = await render(result, job.formats, {
      ...reportOptions(config, {
        pseudonymised: job.pseudonymiseKey !== undefined,
        pdfEvidenceRows: job.pdfEvidenceRows,
      }),
      log: (line) => {
        summary.warnings.push(line);
      },
    });
    const written = await writeOutputs(job.outDir, files);
    summary.written = written.map((w) => relative(batchOut, w).split('\\').join('/'));
    summarise(job, result, summary);
  } catch (e) {
    summary.status = 'error';
    summary.reason = reasonOf(e);
  }
  summary.ms = performance.now() - started;
  return summary;
}
