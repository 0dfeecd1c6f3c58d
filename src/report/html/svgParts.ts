/** Small SVG pieces shared by the breakdown charts (svg.ts) and the trend charts (trendChart.ts). */
import { escapeXml } from './escape.js';

/** A coordinate to one decimal: enough for print, and the same text in every run. */
export function r1(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

export function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${r1(x)}" y="${r1(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(s)}</text>`;
}

/** A line through the points with a value; a point without one breaks the line rather than being drawn as 0. */
export function brokenLine(
  values: readonly (number | null)[],
  sx: (i: number) => number,
  sy: (v: number) => number,
  stroke: string,
  width: number,
): string[] {
  const segs: string[][] = [];
  let seg: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (seg.length) segs.push(seg);
      seg = [];
      return;
    }
    seg.push(`${r1(sx(i))},${r1(sy(v))}`);
  });
  if (seg.length) segs.push(seg);
  return segs.map((s) => `<polyline points="${s.join(' ')}" fill="none" stroke="${stroke}" stroke-width="${width}"/>`);
}
