/**
 * The batch comparison: one row per `rule.metric`, one column per export, with the England figure
 * beside it where SPEC §7 gives one. Written as JSON (for analysts), CSV (for spreadsheets) and a
 * self-contained HTML table (for QA officers). Deterministic: exports sorted by name, metrics in
 * rule order then metric id, no timings.
 *
 * Only exports audited cleanly contribute values. An export with an unreadable table or a failed
 * rule is listed with its reason instead: its figures would be missing whole tables and would
 * compare unfairly (its own report is still written, as `caseaudit audit` would).
 */
import { escapeXml } from '../report/html/escape.js';
import { formatLimit, formatMetricValue } from '../report/format.js';
import { stableJson } from '../report/json.js';
import { DIRECTION_MARK } from '../report/trend.js';
import type { MetricSummary, ExportSummary } from './types.js';
import type { Comparator, MetricUnit, Rag, TrendDirection } from '../engine/types.js';

/** One export's row in the comparison: its summary's identifying fields plus the files written. */
export type ComparisonExport = Pick<
  ExportSummary,
  'name' | 'source' | 'status' | 'reason' | 'asAt' | 'asAtSource' | 'period' | 'findings' | 'failing'
> & {
  /** Files written for this export, relative to the batch output folder. */
  files: string[];
};

export interface ComparisonCell {
  export: string;
  value: number | null;
  rag: Rag;
  numerator?: number;
  denominator?: number;
  /** This export's direction over its last six months (SPEC §9); absent without trends. */
  trendDirection?: TrendDirection | null;
}

export interface ComparisonRow {
  /** `rule.metric`. */
  key: string;
  rule: string;
  metric: string;
  label: string;
  unit: MetricUnit;
  threshold?: number;
  direction?: 'min' | 'max';
  england: Comparator | null;
  /** One cell per audited export, in the order of `exports` (a rule that did not run: null). */
  values: (ComparisonCell | null)[];
}

export interface Comparison {
  schemaVersion: 1;
  tool: { name: 'caseaudit'; version: string };
  exports: ComparisonExport[];
  /** Names of the exports that have a column, in order. */
  columns: string[];
  metrics: ComparisonRow[];
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function buildComparison(
  summaries: readonly ExportSummary[],
  ruleOrder: readonly string[],
  version: string,
): Comparison {
  const sorted = [...summaries].sort(byName);
  const exports: ComparisonExport[] = sorted.map((s) => ({
    name: s.name,
    source: s.source,
    status: s.status,
    ...(s.reason !== undefined ? { reason: s.reason } : {}),
    ...(s.asAt !== undefined ? { asAt: s.asAt } : {}),
    ...(s.asAtSource !== undefined ? { asAtSource: s.asAtSource } : {}),
    ...(s.period !== undefined ? { period: s.period } : {}),
    findings: s.findings,
    failing: s.failing,
    files: s.written,
  }));
  const audited = sorted.filter((s) => s.status === 'ok');
  const rank = new Map(ruleOrder.map((id, i) => [id, i]));
  // Rules the registry does not list (none expected) go last rather than vanishing.
  const ruleRank = (id: string) => rank.get(id) ?? ruleOrder.length;
  const first = new Map<string, MetricSummary>();
  for (const s of audited) for (const [k, m] of Object.entries(s.metrics)) if (!first.has(k)) first.set(k, m);
  const keys = [...first.keys()].sort((a, b) => {
    const [ra, ma] = splitKey(a);
    const [rb, mb] = splitKey(b);
    return ruleRank(ra) - ruleRank(rb) || (ra < rb ? -1 : ra > rb ? 1 : 0) || (ma < mb ? -1 : ma > mb ? 1 : 0);
  });
  const metrics: ComparisonRow[] = keys.map((key) => {
    const [rule, metric] = splitKey(key);
    const m = first.get(key)!;
    return {
      key,
      rule,
      metric,
      label: m.label,
      unit: m.unit,
      ...(m.threshold !== undefined ? { threshold: m.threshold } : {}),
      ...(m.direction !== undefined ? { direction: m.direction } : {}),
      england: m.england ?? null,
      values: audited.map((s) => {
        const v = s.metrics[key];
        if (!v) return null;
        return {
          export: s.name,
          value: v.value,
          rag: v.rag,
          ...(v.numerator !== undefined ? { numerator: v.numerator } : {}),
          ...(v.denominator !== undefined ? { denominator: v.denominator } : {}),
          ...(v.trendDirection !== undefined ? { trendDirection: v.trendDirection } : {}),
        };
      }),
    };
  });
  return {
    schemaVersion: 1,
    tool: { name: 'caseaudit', version },
    exports,
    columns: audited.map((s) => s.name),
    metrics,
  };
}

function splitKey(key: string): [string, string] {
  const i = key.indexOf('.');
  return [key.slice(0, i), key.slice(i + 1)];
}

export function renderComparisonJson(c: Comparison): string {
  return stableJson(c);
}

/**
 * A spreadsheet cell. Text starting with = + - @ (or a tab / carriage return) is prefixed with an
 * apostrophe so Excel never runs it as a formula (CSV injection). Numbers we format ourselves are
 * left as numbers: a value like -0.12 cannot carry a formula, and quoting it would make it text.
 */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(Math.round(v * 1e9) / 1e9) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 BOM so Excel opens the file as UTF-8; CRLF line ends as RFC 4180 asks. */
export function renderComparisonCsv(c: Comparison): string {
  // Each export's trend direction in a column beside its value, when any export has trends.
  const trends = c.metrics.some((r) => r.values.some((v) => v?.trendDirection !== undefined));
  const lines = [
    ['metric', 'label', 'unit', 'england', ...c.columns.flatMap((n) => (trends ? [n, `${n} trend`] : [n]))]
      .map(csvCell)
      .join(','),
  ];
  for (const r of c.metrics) {
    lines.push(
      [
        r.key,
        r.label,
        r.unit,
        r.england?.value ?? null,
        ...r.values.flatMap((v) => (trends ? [v?.value ?? null, v?.trendDirection ?? null] : [v?.value ?? null])),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const RAG_LABEL: Readonly<Record<Rag, string>> = { green: 'Green', amber: 'Amber', red: 'Red', none: '' };

function englandText(r: ComparisonRow): string {
  if (!r.england) return '';
  // England's figure for a count metric is a share (CP plans lasting 2+ years of those ending,
  // SPEC §7), so it is shown as a percentage, not as a count.
  // a published figure as written (22.6%, 15.2), never rounded to 23%
  const v = formatLimit({ unit: r.unit === 'count' ? 'share' : r.unit }, r.england.value);
  return `${r.england.comparator === 'England' ? '' : `${r.england.comparator}: `}${v} (${r.england.year}, ${r.england.source}${r.england.note ? `; ${r.england.note}` : ''})`;
}

export function renderComparisonHtml(c: Comparison, marking: string): string {
  const e = escapeXml;
  const head = c.columns.map((n) => `<th scope="col">${e(n)}</th>`).join('');
  const rows = c.metrics
    .map((r) => {
      const cells = r.values
        .map((v) => {
          if (!v) return '<td class="none">not run</td>';
          const text = formatMetricValue({
            value: v.value,
            unit: r.unit,
            ...(v.numerator !== undefined ? { numerator: v.numerator } : {}),
            ...(v.denominator !== undefined ? { denominator: v.denominator } : {}),
          });
          const rag = RAG_LABEL[v.rag];
          const trend = v.trendDirection ? `<br><span class="trend">${e(DIRECTION_MARK[v.trendDirection])}</span>` : '';
          return `<td class="${v.rag}">${e(text)}${rag ? ` <span class="rag">${rag}</span>` : ''}${trend}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${e(r.label)}<br><code>${e(r.key)}</code></th><td>${e(englandText(r))}</td>${cells}</tr>`;
    })
    .join('\n');
  const exportRows = c.exports
    .map((x) => {
      const report = x.files.find((f) => f.endsWith('.html')) ?? x.files[0];
      const link = report ? `<a href="${e(encodeURI(report))}">${e(x.name)}</a>` : e(x.name);
      const found = `${x.findings.high} high, ${x.findings.medium} medium, ${x.findings.low} low`;
      const status = x.status === 'ok' ? 'Audited' : `Could not be audited: ${x.reason ?? ''}`;
      return `<tr><th scope="row">${link}</th><td>${e(x.source)}</td><td>${e(x.asAt ?? '')}</td><td>${x.period ? e(`${x.period.start} to ${x.period.end}`) : ''}</td><td class="${x.status === 'ok' ? '' : 'red'}">${e(status)}</td><td>${x.status === 'ok' ? e(found) : ''}</td></tr>`;
    })
    .join('\n');
  const broken = c.exports.filter((x) => x.status === 'error');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>caseaudit comparison of ${c.exports.length} exports</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:1.5rem;color:#0b0c0c}
.marking{font-weight:bold;text-align:center;border:2px solid #0b0c0c;padding:.25rem}
table{border-collapse:collapse;margin:1rem 0}
th,td{border:1px solid #b1b4b6;padding:.35rem .6rem;text-align:left;vertical-align:top}
thead th{background:#f3f2f1}
td.green{background:#cce2d8}td.amber{background:#fff7bf}td.red{background:#f6d7d2}
.rag{font-weight:bold}
code{font-size:.85em;color:#505a5f}
</style>
</head>
<body>
<p class="marking">${e(marking)}</p>
<h1>Comparison of ${c.exports.length} exports</h1>
<p>caseaudit ${e(c.tool.version)}. Each column is one export, audited with the same options; RAG labels judge each value against the configured threshold; ▲ improving, ▼ worsening and ● stable compare each export's value with its own six months earlier.</p>
${broken.length ? `<h2>Could not be audited (${broken.length})</h2>\n<ul>\n${broken.map((x) => `<li><strong>${e(x.name)}</strong> (${e(x.source)}): ${e(x.reason ?? '')}</li>`).join('\n')}\n</ul>` : ''}
<h2>Metrics</h2>
${
  c.columns.length
    ? `<table>
<thead><tr><th scope="col">Metric</th><th scope="col">England</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>No export could be audited, so there is nothing to compare.</p>'
}
<h2>Exports</h2>
<table>
<thead><tr><th scope="col">Export</th><th scope="col">Source</th><th scope="col">As at</th><th scope="col">Period</th><th scope="col">Status</th><th scope="col">Findings</th></tr></thead>
<tbody>
${exportRows}
</tbody>
</table>
<p class="marking">${e(marking)}</p>
</body>
</html>
`;
}
