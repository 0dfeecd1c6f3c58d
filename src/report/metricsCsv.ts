/**
 * metrics.csv (with `--format csv`): one row per metric of every rule that ran — the value exactly
 * as in findings.json, its threshold and RAG, why it is not measured when it is not — then, when
 * the audit has trends (SPEC §9), the direction over six months and one column per month-end point. Same CSV conventions as the
 * worklists (./csv.ts): UTF-8 with a BOM, RFC 4180 quoting, CRLF, formula text neutralised.
 */
import type { AuditResult } from '../engine/types.js';
import { neutralise, quote } from './csv.js';
import type { OutputFile } from './write.js';

const BOM = '\uFEFF';

function field(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? String(v) : quote(neutralise(v));
}

export function renderMetricsCsv(result: AuditResult): string {
  const points = result.trends?.points ?? [];
  const header = [
    'Rule',
    'Metric',
    'Measure',
    'Unit',
    'Value',
    'Numerator',
    'Denominator',
    'Threshold',
    'Threshold side',
    'RAG',
    'Why not measured',
    ...(result.trends ? ['Trend (6 months)'] : []),
    ...points.map((d) => `Value on ${d}`),
  ];
  const lines = [header.map(field).join(',')];
  for (const r of result.rules) {
    if (r.status !== 'ran') continue;
    for (const [id, m] of Object.entries(r.metrics)) {
      // A metric without a trend (not measured from this layout) leaves the point columns blank.
      const byDate = new Map((m.trend ?? []).map((p) => [p.asAt, p.value]));
      lines.push(
        [
          r.id,
          id,
          m.label,
          m.unit,
          m.value,
          m.numerator,
          m.denominator,
          m.threshold,
          m.direction === 'min' ? 'at least' : m.direction === 'max' ? 'at most' : '',
          m.rag,
          // A blank value says nothing on its own: name why, as every other view does.
          m.value === null ? (m.note ?? 'not measured').replace(/^not measured: /, '') : '',
          ...(result.trends ? [m.trend ? (m.trendDirection ?? '') : ''] : []),
          ...points.map((d) => byDate.get(d)),
        ]
          .map(field)
          .join(','),
      );
    }
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function metricsCsvFile(result: AuditResult): OutputFile {
  return { name: 'metrics.csv', content: renderMetricsCsv(result) };
}
