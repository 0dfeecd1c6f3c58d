/**
 * Inline SVG charts for Breakdown chart hints (`bar`, `funnel`, `line`), drawn by the project so
 * the report needs no chart runtime and makes no request. Every text is escaped (chartCommon.ts,
 * svgParts.ts) because the SVG is inserted into the page verbatim. Each chart carries
 * <title>/<desc> as its text alternative; the report always prints the full table beside it, so a
 * chart is never the only place a number appears. Colour is never the only signal: points and bars
 * beyond a limit are also marked with a shape or a word.
 */
import type { Breakdown } from '../../engine/types.js';
import { barChart } from './barChart.js';
import { safeId } from './escape.js';
import { funnelChart } from './funnelChart.js';
import { lineChart } from './lineChart.js';

// The charts live one per module; these stay exported from here, where their importers look.
export { MAX_BARS } from './barChart.js';
export { failingSide, niceCeil, niceScale } from './chartCommon.js';

/** The chart for a breakdown's hint, or null when it has none or nothing to draw. */
export function renderChart(b: Breakdown, idPrefix: string): string | null {
  const chart = b.chart;
  if (!chart || b.rows.length === 0) return null;
  const id = safeId('chart', idPrefix, b.id);
  switch (chart.kind) {
    case 'bar':
      return barChart(b, chart, id);
    case 'line':
      return lineChart(b, chart, id);
    case 'funnel':
      return funnelChart(b, chart, id);
    default:
      return null;
  }
}
