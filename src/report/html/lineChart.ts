// The line chart for a breakdown's `line` hint (see svg.ts for what every chart guarantees).
import type { Breakdown } from '../../engine/types.js';
import {
  BLUE,
  GRID,
  INK,
  type LimitChart,
  MUTED,
  RED,
  clip,
  column,
  failingSide,
  fmtLimit,
  fmtValue,
  frame,
  label,
  niceScale,
  num,
  ticks,
} from './chartCommon.js';
import { brokenLine, r1, text } from './svgParts.js';

/** A line over rows in order (e.g. months); a blank value breaks the line rather than being drawn as 0. */
export function lineChart(b: Breakdown, chart: LimitChart, id: string): string {
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
    parts.push(
      `<line x1="${left}" y1="${r1(sy(v))}" x2="${left + plotW}" y2="${r1(sy(v))}" stroke="${GRID}" stroke-width="0.5"/>`,
    );
    parts.push(text(left - 6, sy(v) + 4, fmtValue(v, yc?.type), `text-anchor="end" fill="${MUTED}"`));
  }
  const every = Math.max(1, Math.ceil(pts.length / 12));
  pts.forEach((p, i) => {
    if (i % every === 0 || i === pts.length - 1) {
      parts.push(text(sx(i), top + plotH + 16, clip(p.name, 12), `text-anchor="middle" fill="${MUTED}"`));
    }
  });
  if (limit !== undefined) {
    parts.push(
      `<line x1="${left}" y1="${r1(sy(limit))}" x2="${left + plotW}" y2="${r1(sy(limit))}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    );
    // named in a legend below the plot, where it cannot collide with the points
    parts.push(
      `<line x1="${left}" y1="${height - 12}" x2="${left + 28}" y2="${height - 12}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    );
    parts.push(
      text(
        left + 34,
        height - 8,
        `${chart.label ?? 'Limit'}: ${failingSide(chart)!.rule} ${fmtLimit(limit, yc?.type)}`,
        'font-weight="bold"',
      ),
    );
  }
  parts.push(
    ...brokenLine(
      pts.map((p) => p.value),
      sx,
      sy,
      BLUE,
      2,
    ),
  );
  const labelPoints = pts.length <= 24;
  const side = failingSide(chart);
  let failing = 0;
  pts.forEach((p, i) => {
    if (p.value === null) return;
    // points on the failing side are red and larger, and their label carries the arrow
    const fails = side !== null && side.fails(p.value);
    if (fails) failing++;
    parts.push(
      `<circle class="point${fails ? ' failing' : ''}" data-row="${i}" cx="${r1(sx(i))}" cy="${r1(sy(p.value))}" r="${fails ? 5 : 3.5}" fill="${fails ? RED : BLUE}"/>`,
    );
    if (labelPoints)
      parts.push(
        text(
          sx(i),
          sy(p.value) - 8,
          `${fmtValue(p.value, yc?.type)}${fails ? ` ${side.mark.slice(0, 1)}` : ''}`,
          `text-anchor="middle" font-size="10"${fails ? ' font-weight="bold"' : ''}`,
        ),
      );
  });
  parts.push(text(left + plotW / 2, top + plotH + 36, xc?.label ?? chart.x, `text-anchor="middle" fill="${MUTED}"`));
  const gaps = pts.length - values.length;
  const first = pts.find((p) => p.value !== null);
  const last = [...pts].reverse().find((p) => p.value !== null);
  const desc =
    `Line chart of ${yc?.label ?? chart.y} by ${xc?.label ?? chart.x} over ${pts.length} points` +
    (first && last
      ? `, from ${fmtValue(first.value!, yc?.type)} (${first.name}) to ${fmtValue(last.value!, yc?.type)} (${last.name})`
      : '') +
    (gaps ? `; ${gaps} without a value` : '') +
    (limit !== undefined && side
      ? `; the dashed line marks ${chart.label ?? 'the limit'} of ${side.rule} ${fmtLimit(limit, yc?.type)} and ${failing} ${failing === 1 ? 'point is' : 'points are'} ${side.words} it (marked ${side.mark.slice(0, 1)})`
      : '') +
    '. The table below gives every value.';
  return frame(id, width, height, b.title, desc, parts.join(''));
}
