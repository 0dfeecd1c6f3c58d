/**
 * A small line chart of one metric's trend (SPEC §9): twelve month-end points, the threshold as a
 * dashed line, and each point past the threshold drawn as a triangle as well as in another colour,
 * so colour is never the only signal. Like the breakdown charts (./svg.ts), the SVG is built and
 * escaped here and carries <title>/<desc> as its text alternative, which gives every point's value.
 */
import { pct } from '../../engine/metrics.js';
import type { Metric, TrendPoint } from '../../engine/types.js';
import { fmtNumber, limitText } from '../format.js';
import { escapeXml } from './escape.js';
import { brokenLine, r1, text } from './svgParts.js';

const INK = '#0b0c0c';
const MUTED = '#505a5f';
const GRID = '#b1b4b6';
const LINE = '#1d70b8';
const PAST = '#d4351c';

function fmt(m: Metric, v: number): string {
  return m.unit === 'share' || m.unit === 'ratio' ? pct(v) : fmtNumber(v);
}

/** Past the threshold on the wrong side (the same tolerance as the RAG judgement). */
export function pastThreshold(m: Pick<Metric, 'threshold' | 'direction'>, v: number | null): boolean {
  if (v === null || m.threshold === undefined || !m.direction) return false;
  return m.direction === 'min' ? v < m.threshold - 1e-12 : v > m.threshold + 1e-12;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Mar 24" from 2024-03-31, without a Date (no time zone can move it). */
function monthLabel(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(2, 4)}`;
}

export function renderTrendChart(m: Metric, id: string, direction: string): string | null {
  const pts: readonly TrendPoint[] = m.trend ?? [];
  const values = pts.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (values.length === 0) return null;
  const width = 320,
    height = 150,
    left = 44,
    right = 20,
    top = 14,
    plotH = 96;
  const plotW = width - left - right;
  const lo = Math.min(0, ...values, m.threshold ?? 0);
  let hi = Math.max(...values, m.threshold ?? 0);
  if (m.unit === 'share' && hi <= 1) hi = 1;
  if (hi <= lo) hi = lo + 1;
  const sx = (i: number) => left + (pts.length === 1 ? plotW / 2 : (i / (pts.length - 1)) * plotW);
  const sy = (v: number) => top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const parts: string[] = [];
  for (const v of [lo, (lo + hi) / 2, hi]) {
    parts.push(
      `<line x1="${left}" y1="${r1(sy(v))}" x2="${left + plotW}" y2="${r1(sy(v))}" stroke="${GRID}" stroke-width="0.5"/>`,
    );
    parts.push(text(left - 4, sy(v) + 3, fmt(m, v), `text-anchor="end" fill="${MUTED}" font-size="9"`));
  }
  pts.forEach((p, i) => {
    if (i % 2 === 1 || i === pts.length - 1)
      parts.push(
        text(sx(i), top + plotH + 13, monthLabel(p.asAt), `text-anchor="middle" fill="${MUTED}" font-size="9"`),
      );
  });
  if (m.threshold !== undefined) {
    parts.push(
      `<line x1="${left}" y1="${r1(sy(m.threshold))}" x2="${left + plotW}" y2="${r1(sy(m.threshold))}" stroke="${INK}" stroke-width="1.2" stroke-dasharray="4 3"/>`,
    );
  }
  parts.push(
    ...brokenLine(
      pts.map((p) => p.value),
      sx,
      sy,
      LINE,
      1.8,
    ),
  );
  const past: string[] = [];
  pts.forEach((p, i) => {
    if (p.value === null) return;
    const x = sx(i),
      y = sy(p.value);
    if (pastThreshold(m, p.value)) {
      past.push(p.asAt);
      parts.push(
        `<path d="M${r1(x)},${r1(y - 5)} L${r1(x + 4.5)},${r1(y + 3.5)} L${r1(x - 4.5)},${r1(y + 3.5)} Z" fill="${PAST}"/>`,
      );
    } else {
      parts.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="3" fill="${LINE}"/>`);
    }
  });
  // the limit as configured, in the tables' words (at most 22.6%, never a rounded 23%)
  const limit = limitText(m);
  const legend = limit ? `Dashed line: ${limit}; ▲ past it` : '';
  if (legend) parts.push(text(left, height - 6, legend, `fill="${MUTED}" font-size="9"`));
  const title = `${m.label}: month by month`;
  const desc =
    `Line chart of ${m.label} at ${pts.length} month-ends: ` +
    pts.map((p) => `${p.asAt} ${p.value === null ? 'no value' : fmt(m, p.value)}`).join(', ') +
    (limit
      ? `. The dashed line marks the threshold, ${limit}; ${past.length === 0 ? 'no point is past it' : `past it (marked with a triangle): ${past.join(', ')}`}`
      : '') +
    (direction ? `. Direction over the last six months: ${direction}.` : '.');
  const t = `${id}-title`,
    d = `${id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart trend-chart" id="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${t} ${d}" font-family="Arial, Helvetica, sans-serif" font-size="10" fill="${INK}">` +
    `<title id="${t}">${escapeXml(title)}</title><desc id="${d}">${escapeXml(desc)}</desc>${parts.join('')}</svg>`
  );
}
