/** Words for trends (SPEC §9), shared by the terminal, Markdown, CSV, HTML/PDF and batch views. */
import type { AuditResult, Metric, TrendDirection } from '../engine/types.js';
import { formatMetricValue } from './format.js';

/** The direction as a word; '' when the metric has no trend (not measured, --no-trends, Annex A). */
export function directionText(m: Pick<Metric, 'trend' | 'trendDirection'>): string {
  if (!m.trend) return '';
  return m.trendDirection ?? (m.trend.length ? 'no direction' : '');
}

export const DIRECTION_MARK: Readonly<Record<TrendDirection, string>> = {
  improving: '▲ improving',
  worsening: '▼ worsening',
  stable: '● stable',
};

/**
 * "Worsening: 85% (34 of 40) on 2023-09-30, 78% (…) now." for a metric whose trend is worsening,
 * else ''. Compares the same two points as the direction test.
 */
export function worseningText(m: Metric | undefined): string {
  if (!m?.trend || m.trendDirection !== 'worsening') return '';
  const last = m.trend[m.trend.length - 1]!;
  const before = m.trend[m.trend.length - 7]!;
  return `Worsening: ${formatMetricValue({ ...m, ...before })} on ${before.asAt}, ${formatMetricValue({ ...m, ...last })} on ${last.asAt}.`;
}

/** The one line every report prints about trends: what they are, the caveat, or why there are none. */
export function trendsLine(r: AuditResult): string {
  const t = r.trends;
  if (!t) return '';
  if (t.notMeasured) return `Trends: ${t.notMeasured}.`;
  return `Trends: each measure at the month-ends ${t.points[0]} to ${t.points[t.points.length - 2]} and on ${t.points[t.points.length - 1]}; the direction compares the last point with the point six months before (a share must move by more than two standard errors). ${t.caveat}`;
}
