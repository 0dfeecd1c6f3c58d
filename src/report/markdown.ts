/**
 * `--format md` → summary.md: a short Markdown summary for a CI job summary (GitHub renders
 * Markdown *and* HTML there, so every value from the export is escaped for both).
 */
import { AREAS, AREA_TITLES, type AuditResult, type Rag, SEVERITY_ORDER, type Finding } from '../engine/types.js';
import { plural } from '../engine/metrics.js';
import { formatCell, formatMetricValue, limitText } from './format.js';
import { type CiTable, ciTables } from './ciTables.js';
import type { OutputFile } from './write.js';
import { childrenMarkdown } from './children.js';
import { escapeControls } from './csv.js';
import { NOT_ASSESSED_REASON, areaSummary, ruleOutcome } from '../engine/status.js';
import { directionText, trendsLine, worseningText } from './trend.js';

/**
 * Escapes Markdown punctuation and HTML, flattens line breaks and writes terminal control
 * characters as \xNN (`caseaudit child` prints its Markdown to the terminal), so a value is only
 * ever text.
 */
export function mdText(s: string): string {
  return (
    escapeControls(s.replace(/[\r\n\t]+/g, ' '))
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // inline positions only (a value never starts a line), so . - + # ! need no escape
      .replace(/([\\`*_{}[\]|~])/g, '\\$1')
  );
}

const RAG_TEXT: Readonly<Record<Rag, string>> = {
  red: '🔴 Red',
  amber: '🟠 Amber',
  green: '🟢 Green',
  none: '⚪ Not measured',
};

export function renderMarkdown(result: AuditResult, marking: string): string {
  const out: string[] = [];
  out.push(`**${mdText(marking)}**`, '');
  out.push(`# Case audit${result.council ? `: ${mdText(result.council)}` : ''}`, '');
  out.push(
    `As at ${result.asAt} (${result.asAtSource}); period ${result.period.start} to ${result.period.end}. caseaudit ${mdText(result.tool.version)}.`,
    '',
  );
  if (result.asAtCaveat) out.push(`**${mdText(result.asAtCaveat)}**`, '');

  const ci = ciTables(result);
  for (const t of ci.before) out.push(...mdTable(t));
  out.push('## Readiness by judgement area', '');
  out.push('| Judgement area | Status | Rules run | Measures (red / amber / green) | Findings (high / medium) |');
  out.push('| --- | --- | --- | --- | --- |');
  for (const area of AREAS) {
    const a = areaSummary(result.rules, area);
    const status = a.notAssessed ? '⚪ Not assessed' : RAG_TEXT[a.rag];
    out.push(
      `| ${mdText(AREA_TITLES[area])} | ${status} | ${a.ran.length} of ${a.rules.length} | ${a.measures.red} / ${a.measures.amber} / ${a.measures.green} | ${a.findings.high} / ${a.findings.medium} |`,
    );
  }
  out.push('');

  out.push('## What needs to improve', '');
  const ranked: { f: Finding; ruleIndex: number; findingIndex: number; metric: string }[] = [];
  result.rules.forEach((r, ruleIndex) => {
    if (r.status !== 'ran') return;
    r.findings.forEach((f, findingIndex) => {
      if (f.severity !== 'high' && f.severity !== 'medium') return;
      const m = f.metric ? r.metrics[f.metric] : undefined;
      const worse = worseningText(m);
      ranked.push({
        f,
        ruleIndex,
        findingIndex,
        metric: `${m ? ` ${mdText(m.label)}: ${mdText(formatMetricValue(m))}.` : ''}${worse ? ` **${mdText(worse)}**` : ''}`,
      });
    });
  });
  ranked.sort(
    (a, b) =>
      SEVERITY_ORDER[b.f.severity] - SEVERITY_ORDER[a.f.severity] ||
      b.f.affected.count - a.f.affected.count ||
      a.ruleIndex - b.ruleIndex ||
      a.findingIndex - b.findingIndex,
  );
  if (ranked.length === 0) out.push('No red or amber findings.');
  ranked.forEach((x, i) => {
    const rule = result.rules[x.ruleIndex]!;
    out.push(
      `${i + 1}. **${x.f.severity === 'high' ? 'High' : 'Medium'}: ${mdText(x.f.title)}** (${mdText(rule.id)}; ${plural(x.f.affected.count, x.f.affected.unit === 'children' ? 'child' : x.f.affected.unit.replace(/s$/, ''), x.f.affected.unit)}).${x.metric}`,
    );
  });
  out.push('');
  out.push(...childrenMarkdown(result, mdText));

  out.push(...measuresTable(result));
  out.push(...notMeasuredList(result));
  for (const t of ci.after) out.push(...mdTable(t));
  const notAssessed = result.rules.filter((r) => ruleOutcome(r) === 'not-assessed');
  if (notAssessed.length) {
    out.push('## Rules not assessed', '');
    for (const r of notAssessed) out.push(`- **${mdText(r.id)}** (not assessed): ${NOT_ASSESSED_REASON}.`);
    out.push('');
  }
  const notRun = result.rules.filter((r) => r.status !== 'ran');
  out.push('## Rules not run', '');
  if (notRun.length === 0) out.push('Every selected rule ran.');
  for (const r of notRun)
    out.push(`- **${mdText(r.id)}** (${r.status === 'error' ? 'error' : 'not run'}): ${mdText(r.reason ?? '')}`);
  out.push('');
  const dq = result.dataQuality;
  out.push(`Data quality: ${dq.rowsWithIssues} of ${dq.rowsRead} rows have at least one data-quality error.`, '');
  const notRead = dq.tables.filter((t) => t.status === 'not-read').map((t) => t.table);
  if (notRead.length)
    out.push(
      `Not read (no selected rule uses them, and their data quality is not checked): ${notRead.map(mdText).join(', ')}.`,
      '',
    );
  return out.join('\n');
}

/** Every measure of the rules that ran, with its trend direction over six months (SPEC §9). */
function measuresTable(result: AuditResult): string[] {
  const out = ['## Measures', ''];
  const line = trendsLine(result);
  if (line) out.push(mdText(line), '');
  // the limit as configured, in the same words as the terminal and the HTML (at most 22.6%)
  out.push('| Rule | Measure | Value | Limit | Status | Trend (6 months) |', '| --- | --- | --- | --- | --- | --- |');
  for (const r of result.rules) {
    if (r.status !== 'ran') continue;
    for (const m of Object.values(r.metrics)) {
      out.push(
        `| ${mdText(r.id)} | ${mdText(m.label)} | ${mdText(formatMetricValue(m))} | ${mdText(limitText(m) || '—')} | ${m.value === null ? RAG_TEXT.none : m.rag === 'none' ? 'No threshold' : RAG_TEXT[m.rag]} | ${mdText(directionText(m) || '—')} |`,
      );
    }
  }
  out.push('');
  return out;
}

/**
 * Why each measure was not measured, naming the data that would allow it: "Rules not assessed"
 * points here, and a reader of the summary alone must not be left with a bare "not measured".
 */
function notMeasuredList(result: AuditResult): string[] {
  const lines: string[] = [];
  for (const r of result.rules) {
    if (r.status !== 'ran') continue;
    for (const m of Object.values(r.metrics))
      if (m.value === null && m.note)
        lines.push(`- **${mdText(r.id)}**, ${mdText(m.label)}: ${mdText(m.note.replace(/^not measured: /, ''))}`);
  }
  return lines.length ? ['## Not measured, and why', '', ...lines, ''] : [];
}

/** A CI table as a Markdown section: heading, one-line intro, then the rows (values escaped). */
function mdTable(t: CiTable): string[] {
  const out = [`## ${mdText(t.title)}`, '', mdText(t.intro), ''];
  if (t.rows.length === 0) return out;
  out.push(`| ${t.columns.map((c) => mdText(c.label)).join(' | ')} |`, `| ${t.columns.map(() => '---').join(' | ')} |`);
  for (const row of t.rows) out.push(`| ${t.columns.map((c) => mdText(formatCell(row[c.key], c.type))).join(' | ')} |`);
  out.push('');
  return out;
}

export function renderMd(result: AuditResult, marking: string): OutputFile[] {
  return [{ name: 'summary.md', content: renderMarkdown(result, marking) }];
}
