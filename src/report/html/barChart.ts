// The bar chart for a breakdown's `bar` hint (see svg.ts for what every chart guarantees).
import type { Breakdown, EvidenceRow } from '../../engine/types.js';
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
import { r1, text } from './svgParts.js';

/** Beyond this many bars the chart shows the first ones and says so; the table has them all. */
export const MAX_BARS = 60;

/**
 * Horizontal bars, one per row (horizontal so long worker or team labels stay readable). When the
 * rows carry a `team` column and the bars are not teams themselves, bars are grouped under team
 * headings — "caseloads per worker by team" — keeping the rule's order within each team.
 */
export function barChart(b: Breakdown, chart: LimitChart, id: string): string {
  const xc = column(b, chart.x);
  const yc = column(b, chart.y);
  const grouped =
    chart.x !== 'team' && b.columns.some((c) => c.key === 'team') && b.rows.some((r) => typeof r.team === 'string');
  const rows = b.rows.filter((r) => num(r[chart.y]) !== null);
  const shown = rows.slice(0, MAX_BARS);
  type Line = { kind: 'team'; name: string } | { kind: 'bar'; name: string; value: number; row: number };
  const lines: Line[] = [];
  if (grouped) {
    const teams: string[] = [];
    const byTeam = new Map<string, EvidenceRow[]>();
    for (const r of shown) {
      const t = typeof r.team === 'string' && r.team !== '' ? r.team : '(no team)';
      if (!byTeam.has(t)) {
        byTeam.set(t, []);
        teams.push(t);
      }
      byTeam.get(t)!.push(r);
    }
    for (const t of teams) {
      lines.push({ kind: 'team', name: t });
      for (const r of byTeam.get(t)!)
        lines.push({ kind: 'bar', name: label(r, xc, chart.x), value: num(r[chart.y])!, row: b.rows.indexOf(r) });
    }
  } else {
    for (const r of shown)
      lines.push({ kind: 'bar', name: label(r, xc, chart.x), value: num(r[chart.y])!, row: b.rows.indexOf(r) });
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
    parts.push(
      `<line x1="${r1(x)}" y1="${top - 6}" x2="${r1(x)}" y2="${top + lines.length * rowH}" stroke="${GRID}" stroke-width="0.5"/>`,
    );
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
    parts.push(
      text(
        left + w + 4,
        y + 14,
        `${fmtValue(l.value, yc?.type)}${fails ? ` ${side.mark}` : ''}`,
        fails ? 'font-weight="bold"' : '',
      ),
    );
    parts.push('</g>');
  });
  if (limit !== undefined && side) {
    const x = sx(limit);
    parts.push(
      `<line x1="${r1(x)}" y1="${top - 10}" x2="${r1(x)}" y2="${top + lines.length * rowH}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    );
    parts.push(
      text(
        x,
        top - 14,
        `${chart.label ?? 'Limit'}: ${side.rule} ${fmtLimit(limit, yc?.type)}`,
        'text-anchor="middle" font-weight="bold"',
      ),
    );
  }
  parts.push(text(left + plotW / 2, height - 6, yc?.label ?? chart.y, `text-anchor="middle" fill="${MUTED}"`));
  const cut = rows.length > shown.length ? ` Only the first ${shown.length} of ${rows.length} are drawn.` : '';
  const desc = `Bar chart of ${yc?.label ?? chart.y} for each ${xc?.label ?? chart.x}${grouped ? ', grouped by team' : ''}: ${rows.length} bars${limit !== undefined && side ? `; the dashed line marks ${chart.label ?? 'the limit'} of ${side.rule} ${fmtLimit(limit, yc?.type)} and ${failing} ${failing === 1 ? 'bar is' : 'bars are'} ${side.words} it (marked ${side.mark.slice(0, 1)})` : ''}.${cut} The table below gives every value.`;
  return frame(id, width, height, b.title, desc, parts.join(''));
}
