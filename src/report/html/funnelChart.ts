// The funnel plot for a breakdown's `funnel` hint (see svg.ts for what every chart guarantees).
import { pct } from '../../engine/metrics.js';
import type { Breakdown } from '../../engine/types.js';
import { fmtNumber, formatCell } from '../format.js';
import {
  BLUE,
  type FunnelHint,
  GRID,
  INK,
  MUTED,
  RED,
  clip,
  column,
  fmtRate,
  frame,
  niceScale,
  num,
  ticks,
} from './chartCommon.js';
import { r1, text } from './svgParts.js';

/**
 * Funnel plot: each team's rate against its size, with control limits. When the overall rate
 * (`limit`) is given, the limits are drawn as smooth curves p ± z·√(p(1−p)/n), taking z from the
 * rows' own limits so the picture matches the table whatever z the rule used; otherwise the
 * rows' limits are joined in order of size.
 */
export function funnelChart(b: Breakdown, chart: FunnelHint, id: string): string {
  const xc = column(b, chart.x);
  const yc = column(b, chart.y);
  const nameCol = b.columns.find(
    (c) => c.key !== chart.x && c.key !== chart.y && (c.type === 'text' || c.type === 'id'),
  );
  const pts = b.rows.flatMap((r) => {
    const n = num(r[chart.x]);
    const rate = num(r[chart.y]);
    if (n === null || rate === null) return [];
    const lower = chart.lower ? num(r[chart.lower]) : null;
    const upper = chart.upper ? num(r[chart.upper]) : null;
    const name = nameCol ? formatCell(r[nameCol.key], nameCol.type) : '';
    const side =
      upper !== null && rate > upper + 1e-12 ? 'above' : lower !== null && rate < lower - 1e-12 ? 'below' : null;
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
    parts.push(
      `<line x1="${left}" y1="${r1(sy(v))}" x2="${left + plotW}" y2="${r1(sy(v))}" stroke="${GRID}" stroke-width="0.5"/>`,
    );
    parts.push(text(left - 6, sy(v) + 4, pct(v), `text-anchor="end" fill="${MUTED}"`));
  }
  for (const n of ticks(0, maxN, xScale.step))
    parts.push(text(sx(n), top + plotH + 16, fmtNumber(n), `text-anchor="middle" fill="${MUTED}"`));
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
    parts.push(
      `<polyline points="${up.join(' ')}" fill="none" stroke="${INK}" stroke-width="1.2" stroke-dasharray="5 3"/>`,
    );
    parts.push(
      `<polyline points="${down.join(' ')}" fill="none" stroke="${INK}" stroke-width="1.2" stroke-dasharray="5 3"/>`,
    );
  } else {
    const sorted = [...pts].sort((a, c) => a.n - c.n);
    const up = sorted.filter((q) => q.upper !== null).map((q) => `${r1(sx(q.n))},${r1(sy(q.upper!))}`);
    const down = sorted.filter((q) => q.lower !== null).map((q) => `${r1(sx(q.n))},${r1(sy(q.lower!))}`);
    if (up.length > 1)
      parts.push(
        `<polyline points="${up.join(' ')}" fill="none" stroke="${INK}" stroke-width="1.2" stroke-dasharray="5 3"/>`,
      );
    if (down.length > 1)
      parts.push(
        `<polyline points="${down.join(' ')}" fill="none" stroke="${INK}" stroke-width="1.2" stroke-dasharray="5 3"/>`,
      );
  }
  if (p !== undefined) {
    parts.push(
      `<line x1="${left}" y1="${r1(sy(p))}" x2="${left + plotW}" y2="${r1(sy(p))}" stroke="${MUTED}" stroke-width="1"/>`,
    );
    parts.push(text(left + plotW, sy(p) - 5, `${chart.label ?? 'Overall'}: ${fmtRate(p)}`, 'text-anchor="end"'));
  }
  for (const q of pts) {
    const x = sx(q.n);
    const y = sy(q.rate);
    if (q.side) {
      parts.push(
        `<path d="M${r1(x)} ${r1(y - 7)} L${r1(x + 7)} ${r1(y)} L${r1(x)} ${r1(y + 7)} L${r1(x - 7)} ${r1(y)} Z" fill="${RED}" stroke="${INK}" stroke-width="1"/>`,
      );
      // labels of points near the right edge go to their left so they stay inside the chart
      const leftward = x > left + plotW * 0.7;
      parts.push(
        text(
          leftward ? x - 10 : x + 10,
          y + 4,
          `${clip(q.name, 24)} (${q.side})`,
          `font-weight="bold"${leftward ? ' text-anchor="end"' : ''}`,
        ),
      );
    } else {
      parts.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="4.5" fill="#ffffff" stroke="${BLUE}" stroke-width="2"/>`);
      const leftward = x > left + plotW * 0.7;
      if (q.name)
        parts.push(
          text(
            leftward ? x - 8 : x + 8,
            y + 4,
            clip(q.name, 24),
            `font-size="10" fill="${MUTED}"${leftward ? ' text-anchor="end"' : ''}`,
          ),
        );
    }
  }
  parts.push(text(left + plotW / 2, height - 8, xc?.label ?? chart.x, `text-anchor="middle" fill="${MUTED}"`));
  parts.push(
    text(
      12,
      top + plotH / 2,
      yc?.label ?? chart.y,
      `text-anchor="middle" fill="${MUTED}" transform="rotate(-90 12 ${r1(top + plotH / 2)})"`,
    ),
  );
  const outside = pts.filter((q) => q.side);
  const desc =
    `Funnel plot of ${yc?.label ?? chart.y} against ${xc?.label ?? chart.x} for ${pts.length} ${pts.length === 1 ? 'point' : 'points'}` +
    (p !== undefined ? `; overall ${fmtRate(p)}` : '') +
    `; dashed lines are the control limits. ${outside.length === 0 ? 'None is outside the limits.' : `Outside the limits (marked with a diamond): ${outside.map((q) => `${q.name} (${q.side})`).join(', ')}.`}` +
    ' The table below gives every value.';
  return frame(id, width, height, b.title, desc, parts.join(''));
}
