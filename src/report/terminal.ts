/** The short terminal summary (SPEC §5): colour only on a TTY and never with NO_COLOR. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditResult, Rag } from '../engine/types.js';
import { childrenTerminalLine } from './children.js';
import { NOT_ASSESSED_REASON, ruleOutcome, ruleRag } from '../engine/status.js';
import { formatLimit, formatMetricValue } from './format.js';
import { directionText, trendsLine } from './trend.js';

export function makeChalk(stream: NodeJS.WriteStream | { isTTY?: boolean }): ChalkInstance {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  const level = !noColor && stream.isTTY ? 1 : 0;
  return new Chalk({ level });
}

const MARK: Record<Rag, string> = { green: 'PASS', amber: 'WARN', red: 'FAIL', none: '  - ' };

export function renderTerminal(r: AuditResult, c: ChalkInstance): string {
  const paint = (rag: Rag, s: string) =>
    rag === 'green' ? c.green(s) : rag === 'amber' ? c.yellow(s) : rag === 'red' ? c.red(s) : c.dim(s);
  const lines: string[] = [];
  lines.push(c.bold(`caseaudit ${r.tool.version}${r.council ? ` — ${r.council}` : ''}`));
  lines.push(`Export: ${r.source.export} (${r.source.layout})`);
  for (const f of r.source.files ?? []) lines.push(c.dim(`  ${f.file}: ${f.as}`));
  lines.push(`As at ${r.asAt} (${r.asAtSource}); period ${r.period.start} to ${r.period.end}`);
  if (r.asAtCaveat) lines.push(c.yellow(r.asAtCaveat));
  const dq = r.dataQuality;
  lines.push(
    `Read ${dq.rowsRead} rows from ${dq.tables.filter((t) => t.status === 'loaded').length} tables; ${dq.rowsWithIssues} with data-quality errors`,
  );
  const notRead = dq.tables.filter((t) => t.status === 'not-read').map((t) => t.table);
  if (notRead.length)
    lines.push(
      c.dim(`Not read (no selected rule uses them, and their data quality is not checked): ${notRead.join(', ')}`),
    );
  lines.push('');
  // Budgets first: they decide whether the build fails.
  const budgets = r.budgets ?? [];
  if (budgets.length) {
    const broken = budgets.filter((b) => b.status === 'fail');
    lines.push(c.bold(`Budgets: ${broken.length} broken of ${budgets.length}`));
    for (const b of [...broken, ...budgets.filter((x) => x.status !== 'fail')]) {
      lines.push(
        `${b.status === 'fail' ? c.red('FAIL') : b.status === 'pass' ? c.green('PASS') : c.dim(' n/a')} ${b.message}`,
      );
    }
    lines.push('');
  }
  if (r.suppressions) {
    const s = r.suppressions;
    lines.push(
      `Suppressed: ${s.applied} item(s) acknowledged in ${s.file}${s.expired ? `; ${s.expired} expired` : ''}${s.changed ? `; ${s.changed} back because values changed` : ''}${s.unmatched ? `; ${s.unmatched} no longer flagged` : ''}`,
    );
    lines.push('');
  }
  for (const rule of r.rules) {
    if (rule.status !== 'ran') {
      lines.push(`${c.dim(rule.status === 'error' ? c.red('ERROR') : 'SKIP ')} ${rule.id}: ${rule.reason ?? ''}`);
      continue;
    }
    const worst = ruleRag(rule);
    const outcome = ruleOutcome(rule);
    if (outcome === 'not-assessed')
      lines.push(`${c.dim('N/A ')} ${c.bold(rule.id)}: Not assessed: ${NOT_ASSESSED_REASON}`);
    else
      lines.push(
        `${paint(worst, MARK[worst])} ${c.bold(rule.id)}: ${outcome === 'fail' ? rule.failTitle : rule.passTitle}`,
      );
    for (const [id, m] of Object.entries(rule.metrics)) {
      const limit =
        m.threshold !== undefined ? ` (${m.direction === 'min' ? '≥' : '≤'} ${formatLimit(m, m.threshold)})` : '';
      const trend = directionText(m);
      const shown = `${formatMetricValue(m)}${limit}`;
      lines.push(
        `       ${paint(m.rag, id.padEnd(26))} ${trend ? `${shown.padEnd(36)} ${trend === 'worsening' ? c.red(trend) : trend}` : shown}`,
      );
      // Never a bare "not measured": the line below names what would allow it.
      if (m.value === null && m.note) lines.push(c.dim(`         ${m.note.replace(/^not measured: /, 'why: ')}`));
    }
  }
  const trends = trendsLine(r);
  if (trends) lines.push('', c.dim(trends));
  const findings = r.rules.flatMap((x) => x.findings);
  const counts = { high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  lines.push('');
  lines.push(
    `Findings: ${c.red(`${counts.high} high`)}, ${c.yellow(`${counts.medium} medium`)}, ${counts.low} low, ${counts.info} info`,
  );
  const tracked = childrenTerminalLine(r);
  if (tracked) lines.push(tracked);
  if (r.baseline) {
    const b = r.baseline;
    const newly = Object.values(b.rules).reduce((s, x) => s + x.newlyFlagged.length, 0);
    const gone = Object.values(b.rules).reduce((s, x) => s + x.noLongerFlagged.length, 0);
    lines.push(
      `Since ${b.previousAsAt}: ${newly} item(s) newly flagged, ${gone} no longer flagged (run \`caseaudit diff\` for the list)`,
    );
    if (b.children)
      lines.push(
        `Children to track since ${b.previousAsAt}: ${b.children.newlyTracked.length} newly tracked, ${b.children.noLongerTracked.length} no longer tracked`,
      );
  }
  return `${lines.join('\n')}\n`;
}
