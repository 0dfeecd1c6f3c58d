/**
 * Inline SVG charts for Breakdown chart hints (`bar`, `funnel`, `line`), drawn by the project so
 * the report needs no chart runtime and makes no request. Every text is escaped here because the
 * SVG is inserted into the page verbatim. Each chart carries <title>/<desc> as its text
 * alternative; the report always prints the full table beside it, so a chart is never the only
 * place a number appears. Colour is never the only signal: points and bars beyond a limit are
 * also marked with a shape or a word.
 */
import { pct } from '../../engine/metrics.js';
import type { Breakdown, ChartLimit, EvidenceColumn, EvidenceRow, EvidenceType } from '../../engine/types.js';
import { fmtNumber, formatCell } from '../format.js';
import { escapeXml, safeId } from './escape.js';
import { brokenLine, r1, text } from './svgParts.js';

const FONT = 'font-family="Arial, Helvetica, sans-serif"';
const INK = '#0b0c0c';
const MUTED = '#505a5f';
const GRID = '#b1b4b6';
const BLUE = '#1d70b8';
const RED = '#d4351c';
/** Beyond this many bars the chart shows the first ones and says so; the table has them all. */
export const MAX_BARS = 60;

type Chart = NonNullable<Breakdown['chart']>;
type LimitChart = Extract<Chart, { kind: 'bar' | 'line' }>;
type FunnelHint = Extract<Chart, { kind: 'funnel' }>;

/**
 * The failing side of a chart's limit, in the measure's own words: an "at least" measure fails
 * below its target, an "at most" measure above its limit. Values exactly on the limit pass.
 */
export function failingSide(c: ChartLimit): { fails: (v: number) => boolean; mark: string; words: string; rule: string } | null {
  if (c.limit === undefined) return null;
  const limit = c.limit;
  return c.direction === 'min'
    ? { fails: (v) => v < limit - 1e-12, mark: '▼ below target', words: 'below', rule: 'at least' }
    : { fails: (v) => v > limit + 1e-12, mark: '▲ above limit', words: 'above', rule: 'at most' };
}

function column(b: Breakdown, key: string | undefined): EvidenceColumn | undefined {
  return key === undefined ? undefined : b.columns.find((c) => c.key === key);
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function fmtValue(v: number, type: EvidenceType | undefined): string {
  return type === 'share' ? pct(v) : fmtNumber(v);
}

function label(row: EvidenceRow, c: EvidenceColumn | undefined, key: string): string {
  return formatCell(row[key], c?.type ?? 'text');
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A round axis maximum at or above v (1, 2, 2.5, 5 × 10ⁿ). */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v - 1e-12) return m * p;
  return 10 * p;
}

/** Axis from 0 in round steps (about five of them), so tick labels read 0, 5, 10 … rather than 6.3, 12.5. */
export function niceScale(max: number): { max: number; step: number } {
  const step = niceCeil(Math.max(max, 1e-9) / 5);
  return { max: Math.max(step, Math.ceil(max / step - 1e-9) * step), step };
}

/** Limits are published values: one decimal place (85.7%), unlike the rounded data labels. */
function fmtLimit(v: number, type: EvidenceType | undefined): string {
  return type === 'share' ? `${Number((v * 100).toFixed(1))}%` : fmtNumber(v);
}

function ticks(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to + step * 1e-6; v += step) out.push(Math.round(v / step) * step);
  return out;
}

function frame(id: string, width: number, height: number, title: string, desc: string, body: string): string {
  const t = `${id}-title`;
  const d = `${id}-desc`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${t} ${d}" ${FONT} font-size="12" fill="${INK}">`
    + `<title id="${t}">${escapeXml(title)}</title><desc id="${d}">${escapeXml(desc)}</desc>${body}</svg>`;
}

/**
 * Horizontal bars, one per row (horizontal so long worker or team labels stay readable). When the
 * rows carry a `team` column and the bars are not teams themselves, bars are grouped under team
 * headings — "caseloads per worker by team" — keeping the rule's order within each team.
 */
function barChart(b: Breakdown, chart: LimitChart, id: string): string {
  const xc = column(b, chart.x);
  const yc = column(b, chart.y);
  const grouped = chart.x !== 'team' && b.columns.some((c) => c.key === 'team') && b.rows.some((r) => typeof r.team === 'string');
  const rows = b.rows.filter((r) => num(r[chart.y]) !== null);
  const shown = rows.slice(0, MAX_BARS);
  type Line = { kind: 'team'; name: string } | { kind: 'bar'; name: string; value: number; row: number };
  const lines: Line[] = [];
  if (grouped) {
    const teams: string[] = [];
    const byTeam = new Map<string, EvidenceRow[]>();
    for (const r of shown) {
      const t = typeof r.team === 'string' && r.team !== '' ? r.team : '(no team)';
      if (!byTeam.has(t)) { byTeam.set(t, []); teams.push(t); }
      byTeam.get(t)!.push(r);
    }
    for (const t of teams) {
      lines.push({ kind: 'team', name: t });
      for (const r of byTeam.get(t)!) lines.push({ kind: 'bar', name: label(r, xc, chart.x), value: num(r[chart.y])!, row: b.rows.indexOf(r) });
    }
  } else {
    for (const r of shown) lines.push({ kind: 'bar', name: label(r, xc, chart.x), value: num(r[chart.y])!, row: b.rows.indexOf(r) });
  }
  const limit = chart.limit;
  const maxValue = Math.max(0, ...shown.map((r) => num(r[chart.y])!), limit ?? 0);
  const scale = yc?.type === 'share' ? { max: 1, step: 0.25 } : niceScale(maxValue);
  const axisMax = Math.max(scale.max, yc?.type === 'share' ? niceScale(maxValue).max : 0);
  const left = 170;
  const plotW = 380;
  const top = 30;
  const rowH = 20;
  const width = left + plotW + 130;
  const height = top + Math.max(1, lines.length) * rowH + 40;
  const sx = (v: number) => left + (Math.max(0, v) / axisMax) * plotW;
  const parts: string[] = [];
  // gridlines and axis labels at quarters of the axis
  for (const v of ticks(0, axisMax, scale.step)) {
    const x = sx(v);
    parts.push(`<line x1="${r1(x)}" y1="${top - 6}" x2="${r1(x)}" y2="${top + lines.length * rowH}" stroke="${GRID}" stroke-width="0.5"/>`);
    parts.push(text(x, top + lines.length * rowH + 16, fmtValue(v, yc?.type), `text-anchor="middle" fill="${MUTED}"`));
  }
  const side = failingSide(chart);
  let failing = 0;
  lines.forEach((l, i) => {
    const y = top + i * rowH;
    if (l.kind === 'team') {
      parts.push(text(4, y + 14, clip(l.name, 40), 'font-weight="bold"'));
      return;
    }
    const fails = side !== null && side.fails(l.value);
    if (fails) failing++;
    // one group per bar, naming its breakdown row, so a test can check every mark against the data
    parts.push(`<g class="bar${fails ? ' failing' : ''}" data-row="${l.row}">`);
    parts.push(text(left - 6, y + 14, clip(l.name, 26), 'text-anchor="end"'));
    const w = Math.max(0, sx(l.value) - left);
    parts.push(`<rect x="${left}" y="${y + 3}" width="${r1(w)}" height="${rowH - 6}" fill="${fails ? RED : BLUE}"/>`);
    parts.push(text(left + w + 4, y + 14, `${fmtValue(l.value, yc?.type)}${fails ? ` ${side.mark}` : ''}`, fails ? 'font-weight="bold"' : ''));
    parts.push('</g>');
  });
  if (limit !== undefined && side) {
    const x = sx(limit);
    parts.push(`<line x1="${r1(x)}" y1="${top - 10}" x2="${r1(x)}" y2="${top + lines.length * rowH}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
    parts.push(text(x, top - 14, `${chart.label ?? 'Limit'}: ${side.rule} ${fmtLimit(limit, yc?.type)}`, 'text-anchor="middle" font-weight="bold"'));
  }
  parts.push(text(left + plotW / 2, height - 6, yc?.label ?? chart.y, `text-anchor="middle" fill="${MUTED}"`));
  const cut = rows.length > shown.length ? ` Only the first ${shown.length} of ${rows.length} are drawn.` : '';
  const desc = `Bar chart of ${yc?.label ?? chart.y} for each ${xc?.label ?? chart.x}${grouped ? ', grouped by team' : ''}: ${rows.length} bars${limit !== undefined && side ? `; the dashed line marks ${chart.label ?? 'the limit'} of ${side.rule} ${fmtLimit(limit, yc?.type)} and ${failing} ${failing === 1 ? 'bar is' : 'bars are'} ${side.words} it (marked ${side.mark.slice(0, 1)})` : ''}.${cut} The table below gives every value.`;
  return frame(id, width, height, b.title, desc, parts.join(''));
}

/** A line over rows in order (e.g. months); a blank value breaks the line rather than being drawn as 0. */
function lineChart(b: Breakdown, chart: LimitChart, id: string): string {
  const xc = column(b, chart.x);
  const yc = column(b, chart.y);
  const pts = b.rows.map((r) => ({ name: label(r, xc, chart.x), value: num(r[chart.y]) }));
  const values = pts.flatMap((p) => (p.value === null ? [] : [p.value]));
  const limit = chart.limit;
  const isShare = yc?.type === 'share';
  const maxV = Math.max(0, ...values, limit ?? 0);
  const scale = isShare && maxV <= 1 ? { max: 1, step: 0.25 } : niceScale(maxV);
  const axisMax = scale.max;
  const left = 56;
  const top = 24;
  const plotW = 540;
  const plotH = 220;
  const width = left + plotW + 30;
  const height = top + plotH + 60;
  const n = Math.max(1, pts.length);
  const sx = (i: number) => left + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const sy = (v: number) => top + plotH - (Math.max(0, v) / axisMax) * plotH;
  const parts: string[] = [];
  for (const v of ticks(0, axisMax, scale.step)) {
    parts.push(`<line x1="${left}" y1="${r1(sy(v))}" x2="${left + plotW}" y2="${r1(sy(v))}" stroke="${GRID}" stroke-width="0.5"/>`);
    parts.push(text(left - 6, sy(v) + 4, fmtValue(v, yc?.type), `text-anchor="end" fill="${MUTED}"`));
  }
  const every = Math.max(1, Math.ceil(pts.length / 12));
  pts.forEach((p, i) => {
    if (i % every === 0 || i === pts.length - 1) {
      parts.push(text(sx(i), top + plotH + 16, clip(p.name, 12), `text-anchor="middle" fill="${MUTED}"`));
    }
  });
  if (limit !== undefined) {
    parts.push(`<line x1="${left}" y1="${r1(sy(limit))}" x2="${left + plotW}" y2="${r1(sy(limit))}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
    // named in a legend below the plot, where it cannot collide with the points
    parts.push(`<line x1="${left}" y1="${height - 12}" x2="${left + 28}" y2="${height - 12}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
    parts.push(text(left + 34, height - 8, `${chart.label ?? 'Limit'}: ${failingSide(chart)!.rule} ${fmtLimit(limit, yc?.type)}`, 'font-weight="bold"'));
  }
  parts.push(...brokenLine(pts.map((p) => p.value), sx, sy, BLUE, 2));
  const labelPoints = pts.length <= 24;
  const side = failingSide(chart);
  let failing = 0;
  pts.forEach((p, i) => {
    if (p.value === null) return;
    // points on the failing side are red and larger, and their label carries the arrow
    const fails = side !== null && side.fails(p.value);
    if (fails) failing++;
    parts.push(`<circle class="point${fails ? ' failing' : ''}" data-row="${i}" cx="${r1(sx(i))}" cy="${r1(sy(p.value))}" r="${fails ? 5 : 3.5}" fill="${fails ? RED : BLUE}"/>`);
    if (labelPoints) parts.push(text(sx(i), sy(p.value) - 8, `${fmtValue(p.value, yc?.type)}${fails ? ` ${side.mark.slice(0, 1)}` : ''}`, `text-anchor="middle" font-size="10"${fails ? ' font-weight="bold"' : ''}`));
  });
  parts.push(text(left + plotW / 2, top + plotH + 36, xc?.label ?? chart.x, `text-anchor="middle" fill="${MUTED}"`));
  const gaps = pts.length - values.length;
  const first = pts.find((p) => p.value !== null);
  const last = [...pts].reverse().find((p) => p.value !== null);
  const desc = `Line chart of ${yc?.label ?? chart.y} by ${xc?.label ?? chart.x} over ${pts.length} points`
    + (first && last ? `, from ${fmtValue(first.value!, yc?.type)} (${first.name}) to ${fmtValue(last.value!, yc?.type)} (${last.name})` : '')
    + (gaps ? `; ${gaps} without a value` : '')
    + (limit !== undefined && side ? `; the dashed line marks ${chart.label ?? 'the limit'} of ${side.rule} ${fmtLimit(limit, yc?.type)} and ${failing} ${failing === 1 ? 'point is' : 'points are'} ${side.words} it (marked ${side.mark.slice(0, 1)})` : '')
    + '. The table below gives every value.';
  return frame(id, width, height, b.title, desc, parts.join(''));
}

/**
 * Funnel plot: each team's rate against its size, with control limits. When the overall rate
 * (`limit`) is given, the limits are drawn as smooth curves p ± z·√(p(1−p)/n), taking z from the
 * rows' own limits so the picture matches the table whatever z the rule used; otherwise the
 * rows' limits are joined in order of size.
 */
function funnelChart(b: Breakdown, chart: FunnelHint, id: string): string {
  const xc = column(b, chart.x);
  const yc = column(b, chart.y);
  const nameCol = b.columns.find((c) => c.key !== chart.x && c.key !== chart.y && (c.type === 'text' || c.type === 'id'));
  const pts = b.rows.flatMap((r) => {
    const n = num(r[chart.x]);
    const rate = num(r[chart.y]);
    if (n === null || rate === null) return [];
    const lower = chart.lower ? num(r[chart.lower]) : null;
    const upper = chart.upper ? num(r[chart.upper]) : null;
    const name = nameCol ? formatCell(r[nameCol.key], nameCol.type) : '';
    const side = upper !== null && rate > upper + 1e-12 ? 'above' : lower !== null && rate < lower - 1e-12 ? 'below' : null;
    return [{ n, rate, lower, upper, name, side }];
  });
  const p = chart.limit;
  const xScale = niceScale(Math.max(1, ...pts.map((q) => q.n)) * 1.05);
  const maxN = xScale.max;
  const left = 56;
  const top = 24;
  const plotW = 540;
  const plotH = 260;
  const width = left + plotW + 30;
  const height = top + plotH + 56;
  // y range: whole 0–100% unless every rate and limit sits well inside, then zoom to keep points apart
  const ys = pts.flatMap((q) => [q.rate, q.lower ?? q.rate, q.upper ?? q.rate]).concat(p !== undefined ? [p] : []);
  let yMin = 0;
  let yMax = 1;
  if (ys.length) {
    const lo = Math.min(...ys);
    const hi = Math.max(...ys);
    yMin = Math.max(0, Math.floor((lo - 0.05) * 10) / 10);
    yMax = Math.min(1, Math.ceil((hi + 0.05) * 10) / 10);
    if (yMax - yMin < 0.2) yMax = Math.min(1, yMin + 0.2);
  }
  const sx = (n: number) => left + (n / maxN) * plotW;
  const sy = (v: number) => top + plotH - ((Math.min(yMax, Math.max(yMin, v)) - yMin) / (yMax - yMin)) * plotH;
  const parts: string[] = [];
  const yStep = yMax - yMin > 0.6 ? 0.2 : yMax - yMin > 0.25 ? 0.1 : 0.05;
  yMin = Math.max(0, Math.floor(yMin / yStep + 1e-9) * yStep);
  yMax = Math.min(1, Math.ceil(yMax / yStep - 1e-9) * yStep);
  for (const v of ticks(yMin, yMax, yStep)) {
    parts.push(`<line x1="${left}" y1="${r1(sy(v))}" x2="${left + plotW}" y2="${r1(sy(v))}" stroke="${GRID}" stroke-width="0.5"/>`);
    parts.push(text(left - 6, sy(v) + 4, pct(v), `text-anchor="end" fill="${MUTED}"`));
  }
  for (const n of ticks(0, maxN, xScale.step)) parts.push(text(sx(n), top + plotH + 16, fmtNumber(n), `text-anchor="middle" fill="${MUTED}"`));
  const withZ = p !== undefined && p > 0 && p < 1 ? pts.find((q) => q.upper !== null && q.n > 0) : undefined;
  if (withZ && p !== undefined) {
    const z = (withZ.upper! - p) / Math.sqrt((p * (1 - p)) / withZ.n);
    const from = Math.max(1, Math.min(...pts.map((q) => q.n)) * 0.6);
    const steps = 60;
    const up: string[] = [];
    const down: string[] = [];
    for (let i = 0; i <= steps; i++) {
      const n = from + ((maxN - from) * i) / steps;
      const se = Math.sqrt((p * (1 - p)) / n);
      up.push(`${r1(sx(n))},${r1(sy(Math.min(1, p + z * se)))}`);
      down.push(`${r1(sx(n))},${r1(sy(Math.max(0, p - z * se)))}`);
    }
    parts.push(`<polyline points="${up.join(' ')}" fill="none" stroke="${INK}" stroke-width="1.2" stroke-dasharray="5 3"/>`);
    parts.push(`<polyline points="${down.join(' ')}" fill="none" stroke="${INK}" stroke-width="1.2" stroke-dasharray="5 3"/>`);
  } else {
    const sorted = [...pts].sort((a, c) => a.n - c.n);
    const up = sorted.filter((q) => q.upper !== null).map((q) => `${r1(sx(q.n))},${r1(sy(q.upper!))}`);
    const down = sorted.filter((q) => q.lower !== null).map((q) => `${r1(sx(q.n))},${r1(sy(q.lower!))}`);
    if (up.length > 1) parts.push(`<polyline points="${up.join(' ')}" fill="none" stroke="${INK}" stroke-width="1.2" stroke-dasharray="5 3"/>`);
    if (down.length > 1) parts.push(`<polyline points="${down.join(' ')}" fill="none" stroke="${INK}" stroke-width="1.2" stroke-dasharray="5 3"/>`);
  }
  if (p !== undefined) {
    parts.push(`<line x1="${left}" y1="${r1(sy(p))}" x2="${left + plotW}" y2="${r1(sy(p))}" stroke="${MUTED}" stroke-width="1"/>`);
    parts.push(text(left + plotW, sy(p) - 5, `${chart.label ?? 'Overall'}: ${fmtLimit(p, 'share')}`, 'text-anchor="end"'));
  }
  for (const q of pts) {
    const x = sx(q.n);
    const y = sy(q.rate);
    if (q.side) {
      parts.push(`<path d="M${r1(x)} ${r1(y - 7)} L${r1(x + 7)} ${r1(y)} L${r1(x)} ${r1(y + 7)} L${r1(x - 7)} ${r1(y)} Z" fill="${RED}" stroke="${INK}" stroke-width="1"/>`);
      // labels of points near the right edge go to their left so they stay inside the chart
      const leftward = x > left + plotW * 0.7;
      parts.push(text(leftward ? x - 10 : x + 10, y + 4, `${clip(q.name, 24)} (${q.side})`, `font-weight="bold"${leftward ? ' text-anchor="end"' : ''}`));
    } else {
      parts.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="4.5" fill="#ffffff" stroke="${BLUE}" stroke-width="2"/>`);
      const leftward = x > left + plotW * 0.7;
      if (q.name) parts.push(text(leftward ? x - 8 : x + 8, y + 4, clip(q.name, 24), `font-size="10" fill="${MUTED}"${leftward ? ' text-anchor="end"' : ''}`));
    }
  }
  parts.push(text(left + plotW / 2, height - 8, xc?.label ?? chart.x, `text-anchor="middle" fill="${MUTED}"`));
  parts.push(text(12, top + plotH / 2, yc?.label ?? chart.y, `text-anchor="middle" fill="${MUTED}" transform="rotate(-90 12 ${r1(top + plotH / 2)})"`));
  const outside = pts.filter((q) => q.side);
  const desc = `Funnel plot of ${yc?.label ?? chart.y} against ${xc?.label ?? chart.x} for ${pts.length} ${pts.length === 1 ? 'point' : 'points'}`
    + (p !== undefined ? `; overall ${fmtLimit(p, 'share')}` : '')
    + `; dashed lines are the control limits. ${outside.length === 0 ? 'None is outside the limits.' : `Outside the limits (marked with a diamond): ${outside.map((q) => `${q.name} (${q.side})`).join(', ')}.`}`
    + ' The table below gives every value.';
  return frame(id, width, height, b.title, desc, parts.join(''));
}

/** The chart for a breakdown's hint, or null when it has none or nothing to draw. */
export function renderChart(b: Breakdown, idPrefix: string): string | null {
  const chart = b.chart;
  if (!chart || b.rows.length === 0) return null;
  const id = safeId('chart', idPrefix, b.id);
  switch (chart.kind) {
    case 'bar': return barChart(b, chart, id);
    case 'line': return lineChart(b, chart, id);
    case 'funnel': return funnelChart(b, chart, id);
    default: return null;
  }
}
