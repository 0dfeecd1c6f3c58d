/**
 * Issue 18's per-row gap, split into a fixed part and a per-row part: the issue's literal case (one
 * CIN census year and the SSDA903 of that year) and the canonical CSVs of the same generated council
 * (seed 5), at several council sizes, each load in a fresh process as a CLI run reads it
 * (bench/returnsLoad.ts). Each side's load time is fitted as `fixed + per row × rows` by least
 * squares over the sizes. A fresh process's warm-up (the lower tiers before TurboFan's code, the
 * compiles, a young generation not yet grown) is paid once a load whatever its size, so it lands in
 * the fixed part; what each row costs once warm is the slope. The two answer different questions:
 * a per-row slope above the canonical CSVs' is a cost no council size can spread, a larger fixed
 * part is one that the literal case's rows (about a seventh of the canonical export's) spread
 * seven times less thinly.
 *
 * Run with `node dist/bench/returns.js --scale 10000,50000,200000 [--runs N]` or
 * `npm run bench -- --returns-only [--scale ...]`. Sizes, rounds and orders: every round loads every
 * size, both sides one after the other, the sizes' order and each pair's order reversed every round.
 * Beside wall time, the load's CPU (the process's and the main thread's), as this machine is shared.
 * Per byte beside per row: each size's per-row table is followed by the same loads divided by the
 * bytes each read (bench/returnsLoad.ts, filesRead), as a census row holds about twice a canonical
 * CSV row's bytes; the per-row ratio stays the issue's measure.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateExport } from '../src/generate/index.js';
import { type Layout, type Loaded, oneYearFiles, timeLoadFresh, timeWarmFresh } from './returnsLoad.js';

export interface Fit {
  /** The fixed part: the line's value at zero rows (ms). */
  intercept: number;
  /** The per-row part (ms per row). */
  slope: number;
  /** Their standard errors from the residuals (NaN with fewer than three points). */
  interceptSe: number;
  slopeSe: number;
  n: number;
}

/** Ordinary least squares of ys on xs, with the usual standard errors of both coefficients. */
export function fitLine(xs: readonly number[], ys: readonly number[]): Fit {
  const n = xs.length;
  if (n !== ys.length || n < 2) throw new Error('fitLine: at least two points, as many xs as ys');
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0,
    sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  if (sxx === 0) throw new Error('fitLine: the xs must not all be equal');
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssr = ys.reduce((s, y, i) => s + (y - intercept - slope * xs[i]!) ** 2, 0);
  const s2 = n > 2 ? ssr / (n - 2) : NaN;
  return { intercept, slope, slopeSe: Math.sqrt(s2 / sxx), interceptSe: Math.sqrt(s2 * (1 / n + mx ** 2 / sxx)), n };
}

/**
 * Where two sides' fits, each over its own rows, cost the same per row. A side reads `perChild`
 * rows a child (rows grow with the council), so its per row at `c` children is
 * `fixed / (perChild × c) + slope`; the literal case (`r`) reaches the canonical CSVs' (`k`) per row at
 * `c = (r.fixed / r.perChild − k.fixed / k.perChild) / (k.slope − r.slope)`. Null when no council size
 * gives equal costs (the lines never cross at a positive size). `at` is that size's side: 'above'
 * when larger councils are at or under 1.0×, 'below' when smaller ones are.
 */
export function evenSize(
  r: { fit: Fit; perChild: number },
  k: { fit: Fit; perChild: number },
): { children: number; at: 'above' | 'below' } | null {
  const fixedGap = r.fit.intercept / r.perChild - k.fit.intercept / k.perChild;
  const slopeGap = k.fit.slope - r.fit.slope;
  if (slopeGap === 0 || fixedGap / slopeGap <= 0) return null;
  return { children: fixedGap / slopeGap, at: slopeGap > 0 ? 'above' : 'below' };
}

/** The literal case's fixed part (ms) for the same per row as the canonical CSVs at `children`. */
export function fixedForEven(r: { fit: Fit; perChild: number }, k: { fit: Fit; perChild: number }, children: number) {
  const rows = r.perChild * children;
  return rows * (k.fit.intercept / (k.perChild * children) + k.fit.slope - r.fit.slope);
}

/** Rows a child, the least-squares line through the origin (rows grow with the council). */
export function rowsPerChild(children: readonly number[], rows: readonly number[]): number {
  return children.reduce((s, c, i) => s + c * rows[i]!, 0) / children.reduce((s, c) => s + c * c, 0);
}

export type Measure = 'ms' | 'cpuMs' | 'mainMs';
export const MEASURES: [Measure, string][] = [
  ['ms', 'wall'],
  ['cpuMs', 'process CPU'],
  ['mainMs', 'main thread CPU'],
];

export interface Side {
  rows: number;
  /** The bytes of the files each load read (the same every round). */
  bytes: number;
  /** One fresh load a round, in round order. */
  loads: Loaded[];
}

export interface ScaleBench {
  runs: number;
  sizes: { children: number; canonical: Side; literal: Side }[];
  /** The literal case's files at the largest size (the same names at every size). */
  files: string[];
  warm: { children: number; canonical: Loaded[]; literal: Loaded[] };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** A measure of a load; the main thread's where /proc has it, else NaN (shown as —). */
const value = (l: Loaded, m: Measure) => l[m] ?? NaN;

export const medianOf = (s: Side, m: Measure) => median(s.loads.map((l) => value(l, m)));

/** The warm figure's council: 50,000 children when measured, else the measured size nearest it. */
export function warmSize(sizes: readonly number[]): number {
  return [...sizes].sort((a, b) => Math.abs(a - 50_000) - Math.abs(b - 50_000) || a - b)[0]!;
}

export async function benchScale(sizes: readonly number[], runs = 5): Promise<ScaleBench> {
  if (sizes.length < 2) throw new Error('--scale: at least two sizes, to fit a line');
  const work = mkdtempSync(join(tmpdir(), 'caseaudit-bench-scale-'));
  try {
    const dirs = new Map<number, { canonical: string; literal: string }>();
    let files: string[] = [];
    for (const children of sizes) {
      const canonical = join(work, `${children}-canonical`),
        returns = join(work, `${children}-returns`),
        literal = join(work, `${children}-literal`);
      await generateExport({ out: canonical, children, seed: 5 });
      await generateExport({ out: returns, children, seed: 5, layout: 'returns' });
      mkdirSync(literal);
      files = oneYearFiles(readdirSync(returns).sort());
      for (const f of files) linkSync(join(returns, f), join(literal, f));
      dirs.set(children, { canonical, literal });
    }
    const loads = new Map(sizes.map((c) => [c, { canonical: [] as Loaded[], literal: [] as Loaded[] }]));
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? [...sizes] : [...sizes].reverse();
      for (const children of order) {
        const d = dirs.get(children)!;
        const pair: ['canonical' | 'literal', Layout][] = [
          ['canonical', 'canonical'],
          ['literal', 'returns'],
        ];
        for (const [side, layout] of i % 2 === 0 ? pair : pair.reverse())
          loads.get(children)![side].push(timeLoadFresh(d[side], layout));
      }
    }
    const w = warmSize(sizes);
    const [canonicalWarm, literalWarm] = timeWarmFresh(
      [
        [dirs.get(w)!.canonical, 'canonical'],
        [dirs.get(w)!.literal, 'returns'],
      ],
      runs,
    );
    const side = (ls: Loaded[]): Side => ({ rows: ls[0]!.rows, bytes: ls[0]!.bytes, loads: ls });
    return {
      runs,
      sizes: sizes.map((children) => ({
        children,
        canonical: side(loads.get(children)!.canonical),
        literal: side(loads.get(children)!.literal),
      })),
      files,
      warm: { children: w, canonical: canonicalWarm!, literal: literalWarm! },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const num = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const us = (msPerRow: number) => num(msPerRow * 1000, 2);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** Each round's own fit over the sizes (one load a side a size a round): the fits' spread. */
function roundFits(b: ScaleBench, side: 'canonical' | 'literal', m: Measure): Fit[] {
  return Array.from({ length: b.runs }, (_, i) =>
    fitLine(
      b.sizes.map((s) => s[side].rows),
      b.sizes.map((s) => value(s[side].loads[i]!, m)),
    ),
  );
}

export function sideFit(b: ScaleBench, side: 'canonical' | 'literal', m: Measure) {
  const fit = fitLine(
    b.sizes.map((s) => s[side].rows),
    b.sizes.map((s) => medianOf(s[side], m)),
  );
  const perChild = rowsPerChild(
    b.sizes.map((s) => s.children),
    b.sizes.map((s) => s[side].rows),
  );
  return { fit, perChild };
}

export function formatScale(b: ScaleBench): string {
  const perRow = (s: Side, m: Measure) => medianOf(s, m) / s.rows;
  const perByte = (s: Side, m: Measure) => medianOf(s, m) / s.bytes;
  const range = (xs: number[], digits: number) =>
    xs.some((x) => !Number.isFinite(x)) ? '—' : `${num(Math.min(...xs), digits)} to ${num(Math.max(...xs), digits)}`;
  const out = [
    `returns at several sizes (issue 18): the issue's literal case (${b.files.join(', ')}) against the canonical CSVs of the same council (seed 5), each load in a fresh process as a CLI run reads it; medians of ${b.runs} rounds`,
    row([
      'children',
      'canonical rows',
      'canonical ms',
      'canonical µs/row',
      'literal rows',
      'literal ms',
      'literal µs/row',
      'per row ÷ (wall)',
      'per row ÷ (process CPU)',
      'per row ÷ (main thread CPU)',
    ]),
    row(Array(10).fill('---')),
    ...b.sizes.map((s) =>
      row([
        s.children,
        s.canonical.rows,
        Math.round(medianOf(s.canonical, 'ms')),
        us(perRow(s.canonical, 'ms')),
        s.literal.rows,
        Math.round(medianOf(s.literal, 'ms')),
        us(perRow(s.literal, 'ms')),
        ...MEASURES.map(([m]) => num(perRow(s.literal, m) / perRow(s.canonical, m), 2)),
      ]),
    ),
    '',
    `the same loads per byte read (the sizes of the files each load read as data; the per-row ratio above is the issue's measure)`,
    row([
      'children',
      'canonical bytes',
      'canonical ns/byte',
      'literal bytes',
      'literal ns/byte',
      'bytes a row, canonical',
      'bytes a row, literal',
      'per byte ÷ (wall)',
      'per byte ÷ (process CPU)',
      'per byte ÷ (main thread CPU)',
    ]),
    row(Array(10).fill('---')),
    ...b.sizes.map((s) =>
      row([
        s.children,
        s.canonical.bytes,
        num(perByte(s.canonical, 'ms') * 1e6, 1),
        s.literal.bytes,
        num(perByte(s.literal, 'ms') * 1e6, 1),
        num(s.canonical.bytes / s.canonical.rows, 0),
        num(s.literal.bytes / s.literal.rows, 0),
        ...MEASURES.map(([m]) => num(perByte(s.literal, m) / perByte(s.canonical, m), 2)),
      ]),
    ),
    '',
    `fits, ms = fixed + per row × rows (least squares over the sizes' medians, ± the standard error; each round's own fit over the sizes, lowest to highest)`,
    row(['measure', 'side', 'fixed ms', '± ms', 'per row µs', '± µs', 'rounds: fixed ms', 'rounds: per row µs']),
    row(Array(8).fill('---')),
  ];
  for (const [m, name] of MEASURES)
    for (const side of ['canonical', 'literal'] as const) {
      const { fit } = sideFit(b, side, m);
      const rounds = roundFits(b, side, m);
      out.push(
        row([
          name,
          side,
          num(fit.intercept, 1),
          num(fit.interceptSe, 1),
          us(fit.slope),
          us(fit.slopeSe),
          range(
            rounds.map((f) => f.intercept),
            0,
          ),
          range(
            rounds.map((f) => f.slope * 1000),
            2,
          ),
        ]),
      );
    }
  const w = b.warm.children;
  out.push(
    '',
    `what the fits give: the literal case's per-row part ÷ the canonical CSVs'; the council size at which the literal case costs 1.0× per row; the literal case's fixed part for 1.0× at ${w} children (the fitted one beside it)`,
    row(['measure', 'per row part ÷', '1.0× per row at', `fixed part for 1.0× at ${w}`, 'fixed part fitted']),
    row(Array(5).fill('---')),
  );
  for (const [m, name] of MEASURES) {
    const r = sideFit(b, 'literal', m),
      k = sideFit(b, 'canonical', m);
    const even = evenSize(r, k);
    out.push(
      row([
        name,
        num(r.fit.slope / k.fit.slope, 2),
        even
          ? `${Math.round(even.children)} children (${even.at === 'above' ? 'larger' : 'smaller'} councils under)`
          : 'no size',
        `${num(fixedForEven(r, k, w), 0)} ms`,
        `${num(r.fit.intercept, 0)} ms`,
      ]),
    );
  }
  const warmPerRow = (ls: Loaded[], m: Measure) => median(ls.map((l) => value(l, m))) / ls[0]!.rows;
  const warmPerByte = (ls: Loaded[], m: Measure) => median(ls.map((l) => value(l, m))) / ls[0]!.bytes;
  const ratios = (per: (ls: Loaded[], m: Measure) => number) =>
    MEASURES.map(([m, name]) => `${num(per(b.warm.literal, m) / per(b.warm.canonical, m), 2)}× (${name})`).join(', ');
  out.push(
    '',
    `warm, one process (after one untimed load of each, ${b.runs} rounds, the order reversed every round) at ${w} children: canonical CSVs ${us(warmPerRow(b.warm.canonical, 'ms'))} µs/row, the literal case ${us(warmPerRow(b.warm.literal, 'ms'))} µs/row; per row ${ratios(warmPerRow)}; per byte ${ratios(warmPerByte)}`,
  );
  return out.join('\n');
}
