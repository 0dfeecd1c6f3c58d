/**
 * Audits one export the way `caseaudit audit` does — load, audit, render, write — through the
 * library API, and boils the result down to an ExportSummary. Runs inside a worker thread, but
 * has no thread code of its own so it can be called directly too.
 */
import { relative } from 'node:path';
import { ZodError } from 'zod';
import { audit, loadExport, render } from '../api.js';
import { ConfigError } from '../config/load.js';
import { AsAtError } from '../engine/asAt.js';
import { SEVERITY_ORDER, type AuditResult, type Severity } from '../engine/types.js';
import { InputError } from '../load/csvFile.js';
import { writeOutputs } from '../report/write.js';
import { UserError } from '../cli/io.js';
import type { BatchJob, ExportSummary, MetricSummary } from './types.js';

function emptySummary(job: BatchJob): ExportSummary {
  return {
    name: job.name, source: job.source, status: 'ok', metrics: {}, ruleOrder: [],
    findings: { high: 0, medium: 0, low: 0, info: 0 }, rules: { ran: 0, notRun: 0, error: 0 },
    failing: 0, written: [], warnings: [], ms: 0,
  };
}

/** One line, no stack: the messages users act on are the first line of a known error. */
export function reasonOf(e: unknown): string {
  const known = e instanceof UserError || e instanceof ConfigError || e instanceof InputError || e instanceof AsAtError || e instanceof ZodError;
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
      into.metrics[`${r.id}.${id}`] = s;
    }
    for (const f of r.findings) into.findings[f.severity]++;
  }
  const failOn = job.failOn ?? job.config.failOn;
  const failingFindings = failOn
    ? result.rules.flatMap((r) => r.findings).filter((f) => SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[failOn as Severity]).length
    : 0;
  const brokenBudgets = (result.budgets ?? []).filter((b) => b.status === 'fail').length;
  into.failing = failingFindings + brokenBudgets;
  // Same cases as `caseaudit audit` exiting 2: a table present but unusable, or a rule that failed.
  const problems = [
    ...result.dataQuality.tables.filter((t) => t.status === 'failed').map((t) => t.error ?? `${t.file ?? t.table}: could not be read`),
    ...result.rules.filter((r) => r.status === 'error').map((r) => `rule ${r.id} failed: ${r.reason ?? ''}`),
  ];
  if (problems.length) {
    into.status = 'error';
    into.reason = problems.length === 1 ? problems[0]! : `${problems[0]!} (and ${problems.length - 1} more)`;
  }
}

export async function auditOne(job: BatchJob, batchOut: string): Promise<ExportSummary> {
  const started = performance.now();
  const summary = emptySummary(job);
  try {
    const { config } = job;
    const maxMb = job.maxFileMb ?? config.maxFileMb;
    const ex = await loadExport(job.path, {
      ...(maxMb ? { maxBytes: maxMb * 1024 * 1024 } : {}),
      ...(config.mapping ? { mapping: config.mapping } : {}),
    });
    ex.source = job.source;
    const result = audit(ex, {
      config,
      ...(job.asAt ? { asAt: job.asAt } : {}),
      ...(job.periodMonths ? { periodMonths: job.periodMonths } : {}),
      ...(job.rules ? { rules: job.rules } : {}),
      ...(job.today ? { today: job.today } : {}),
    });
    const files = await render(result, job.formats, {
      excerpts: config.report?.excerpts ?? true,
      marking: config.report?.marking ?? config.marking ?? 'OFFICIAL-SENSITIVE',
      log: (line) => { summary.warnings.push(line); },
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
