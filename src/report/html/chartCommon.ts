/**
 * What the breakdown charts (barChart.ts, lineChart.ts, funnelChart.ts) share: palette, the <svg>
 * frame with its text alternative, round axis scales, the failing side of a limit and value text.
 */
import { pct } from '../../engine/metrics.js';
import type { Breakdown, ChartLimit, EvidenceColumn, EvidenceRow, EvidenceType } from '../../engine/types.js';
import { fmtNumber, formatCell, formatLimit } from '../format.js';
import { escapeXml } from './escape.js';

const FONT = 'font-family="Arial, Helvetica, sans-serif"';
export const INK = '#0b0c0c';
export const MUTED = '#505a5f';
export const GRID = '#b1b4b6';
export const BLUE = '#1d70b8';
export const RED = '#d4351c';

export type Chart = NonNullable<Breakdown['chart']>;
export type LimitChart = Extract<Chart, { kind: 'bar' | 'line' }>;
export type FunnelHint = Extract<Chart, { kind: 'funnel' }>;

/**
 * The failing side of a chart's limit, in the measure's own words: an "at least" measure fails
 * below its target, an "at most" measure above its limit. Values exactly on the limit pass.
 */
export function failingSide(
  c: ChartLimit,
): { fails: (v: number) => boolean; mark: string; words: string; rule: string } | null {
  if (c.limit === undefined) return null;
  const limit = c.limit;
  return c.direction === 'min'
    ? { fails: (v) => v < limit - 1e-12, mark: '▼ below target', words: 'below', rule: 'at least' }
    : { fails: (v) => v > limit + 1e-12, mark: '▲ above limit', words: 'above', rule: 'at most' };
}

export function column(b: Breakdown, key: string | undefined): EvidenceColumn | undefined {
  return key === undefined ? undefined : b.columns.find((c) => c.key === key);
}

export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function fmtValue(v: number, type: EvidenceType | undefined): string {
  return type === 'share' ? pct(v) : fmtNumber(v);
}

export function label(row: EvidenceRow, c: EvidenceColumn | undefined, key: string): string {
  return formatCell(row[key], c?.type ?? 'text');
}

export function clip(s: string, max: number): string {
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

/** A chart's limit as configured (18.65%, 15.25), in the same words as the tables (formatLimit). */
export function fmtLimit(v: number, type: EvidenceType | undefined): string {
  return formatLimit({ unit: type === 'share' ? 'share' : 'number' }, v);
}

/** A measured overall rate (a funnel's centre line): one decimal place, unlike the rounded data labels. */
export function fmtRate(v: number): string {
  return `${Number((v * 100).toFixed(1))}%`;
}

export function ticks(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to + step * 1e-6; v += step) out.push(Math.round(v / step) * step);
  return out;
}

export function frame(id: string, width: number, height: number, title: string, desc: string, body: string): string {
  const t = `${id}-title`;
  const d = `${id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${t} ${d}" ${FONT} font-size="12" fill="${INK}">` +
    `<title id="${t}">${escapeXml(title)}</title><desc id="${d}">${escapeXml(desc)}</desc>${body}</svg>`
  );
}
