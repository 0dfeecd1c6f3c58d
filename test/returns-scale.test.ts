/**
 * bench/returnsScale.ts (issue 18): the line fitted through each side's load times, the council size
 * where the literal case's per row meets the canonical CSVs', and `node dist/bench/returns.js --scale`
 * as a user runs it: the rows and columns its tables claim, and the rows the loads it timed read;
 * beside them the same loads per byte, the bytes being the sizes of the files each side read.
 */
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneYearFiles } from '../bench/returnsLoad.js';
import { evenSize, fitLine, fixedForEven, rowsPerChild, warmSize } from '../bench/returnsScale.js';
import { generateExport } from '../src/generate/index.js';
import { loadExport } from '../src/load/index.js';

describe('fitLine', () => {
  it('finds an exact line, with no spread', () => {
    const f = fitLine([1, 2, 3, 4], [7, 9, 11, 13]);
    expect(f.intercept).toBeCloseTo(5, 12);
    expect(f.slope).toBeCloseTo(2, 12);
    expect(f.slopeSe).toBeCloseTo(0, 12);
    expect(f.interceptSe).toBeCloseTo(0, 12);
    expect(f.n).toBe(4);
  });

  it('finds a load of 150 ms fixed and 1.5 µs a row at rows of the literal case’s scale', () => {
    const rows = [13_700, 34_250, 68_469, 136_900, 273_800];
    const f = fitLine(
      rows,
      rows.map((r) => 150 + 0.0015 * r),
    );
    expect(f.intercept).toBeCloseTo(150, 6);
    expect(f.slope * 1000).toBeCloseTo(1.5, 9);
  });

  it('fits a noisy line with the least-squares answer and its standard errors', () => {
    // By hand: mean x 1.5, mean y 2.75, Sxx 5, Sxy 5.5; residuals -0.1, 0.8, -1.3, 0.6 (sum of
    // squares 2.7, s² = 2.7 / 2 = 1.35).
    const f = fitLine([0, 1, 2, 3], [1, 3, 2, 5]);
    expect(f.slope).toBeCloseTo(1.1, 12);
    expect(f.intercept).toBeCloseTo(1.1, 12);
    expect(f.slopeSe).toBeCloseTo(Math.sqrt(1.35 / 5), 12);
    expect(f.interceptSe).toBeCloseTo(Math.sqrt(1.35 * (1 / 4 + 2.25 / 5)), 12);
  });

  it('gives no spread from two points, and refuses one point or equal xs', () => {
    const f = fitLine([10, 20], [3, 5]);
    expect(f.slope).toBeCloseTo(0.2, 12);
    expect(f.intercept).toBeCloseTo(1, 12);
    expect(f.slopeSe).toBeNaN();
    expect(() => fitLine([1], [1])).toThrow(/two points/);
    expect(() => fitLine([2, 2, 2], [1, 2, 3])).toThrow(/equal/);
  });
});

describe('where the literal case meets the canonical CSVs per row', () => {
  // The literal case: 140 ms fixed, 1.0 µs a row, 1.4 rows a child; the canonical CSVs: 90 ms
  // fixed, 1.5 µs a row, 9 rows a child. Spread over a child's rows the fixed parts are 100 and 10 ms
  // (divided by the children), a gap of 90 ms that the literal case's 0.5 µs a row less pays back at
  // 90 / 0.0005 = 180,000 children.
  const literal = { fit: fitLine([1, 2], [140.001, 140.002]), perChild: 1.4 };
  const canonical = { fit: fitLine([1, 2], [90.0015, 90.003]), perChild: 9 };

  it('at 180,000 children, larger councils under 1.0×', () => {
    const even = evenSize(literal, canonical)!;
    expect(even.children).toBeCloseTo(180_000, 3);
    expect(even.at).toBe('above');
    const perRow = (s: typeof literal, c: number) => s.fit.intercept / (s.perChild * c) + s.fit.slope;
    expect(perRow(literal, 180_000)).toBeCloseTo(perRow(canonical, 180_000), 12);
  });

  it('the fixed part the literal case would need for 1.0× at 50,000 children', () => {
    // 70,000 rows × (90 / 450,000 + 0.0015 − 0.001) ms = 49 ms.
    expect(fixedForEven(literal, canonical, 50_000)).toBeCloseTo(49, 9);
  });

  it('no size when the literal case is dearer both fixed and per row; smaller councils when only per row', () => {
    const dear = { fit: fitLine([1, 2], [140.002, 140.004]), perChild: 1.4 };
    expect(evenSize(dear, canonical)).toBeNull();
    const cheapFixed = { fit: fitLine([1, 2], [7.002, 7.004]), perChild: 1.4 };
    // 7 / 1.4 − 10 = −5 ms a child-row against 0.5 µs a row dearer: 10,000 children.
    const even = evenSize(cheapFixed, canonical)!;
    expect(even.children).toBeCloseTo(10_000, 3);
    expect(even.at).toBe('below');
  });

  it('rows a child through the origin, and the warm figure’s council size', () => {
    expect(rowsPerChild([10_000, 50_000], [14_000, 70_000])).toBeCloseTo(1.4, 12);
    expect(warmSize([10_000, 25_000, 50_000, 200_000])).toBe(50_000);
    expect(warmSize([200, 400, 600])).toBe(600);
    expect(warmSize([40_000, 60_000])).toBe(40_000);
  });
});

const cells = (line: string) =>
  line
    .slice(2, -2)
    .split(' | ')
    .map((c) => c.trim());

/** The Markdown table that starts on the line after `heading`'s: header and rows. */
function table(lines: string[], heading: RegExp): string[][] {
  const at = lines.findIndex((l) => heading.test(l));
  expect(at, String(heading)).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (let i = at + 1; i < lines.length && lines[i]!.startsWith('| '); i++) rows.push(cells(lines[i]!));
  expect(rows[1]!.every((c) => c === '---')).toBe(true);
  return [rows[0]!, ...rows.slice(2)];
}

describe('node dist/bench/returns.js --scale, as a user runs it', () => {
  it('prints each size’s rows and per row, the fits and what they give, and the warm figure', async () => {
    const r = spawnSync(process.execPath, [resolve('dist/bench/returns.js'), '--scale', '200,400,600', '--runs', '2'], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const [head, ...sizes] = table(lines, /^returns at several sizes/);
    expect(head).toEqual([
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
    ]);
    expect(sizes.map((s) => s[0])).toEqual(['200', '400', '600']);
    for (const s of sizes) {
      expect(s).toHaveLength(10);
      const [, cRows, cMs, cUs, lRows, lMs, lUs, wall] = s.map(Number);
      expect(cUs).toBeCloseTo((cMs! * 1000) / cRows!, -1);
      expect(lUs).toBeCloseTo((lMs! * 1000) / lRows!, -1);
      expect(wall! / (lUs! / cUs!)).toBeGreaterThan(0.97);
      expect(wall! / (lUs! / cUs!)).toBeLessThan(1.03);
      expect(lRows).toBeLessThan(cRows!);
    }
    // The rows are those the loads hand to the audit: the canonical export and the literal case's
    // files (one census year and the 903 of that year) of the same council.
    const dir = mkdtempSync(join(tmpdir(), 'returns-scale-'));
    try {
      await generateExport({ out: join(dir, 'c'), children: 200, seed: 5 });
      await generateExport({ out: join(dir, 'r'), children: 200, seed: 5, layout: 'returns' });
      mkdirSync(join(dir, 'l'));
      for (const f of oneYearFiles(readdirSync(join(dir, 'r')))) linkSync(join(dir, 'r', f), join(dir, 'l', f));
      const rows = async (d: string, layout: 'canonical' | 'returns') =>
        Object.values((await loadExport(d, { layout })).tables).reduce((n, t) => n + t.length, 0);
      expect(Number(sizes[0]![1])).toBe(await rows(join(dir, 'c'), 'canonical'));
      expect(Number(sizes[0]![4])).toBe(await rows(join(dir, 'l'), 'returns'));
      // Per byte: the bytes are the files each side read (the canonical CSVs, not the generator's
      // ground-truth.json; the literal case's files), from the same loads as the per-row table.
      const [byteHead, ...bytes] = table(lines, /^the same loads per byte read/);
      expect(byteHead).toEqual([
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
      ]);
      expect(bytes.map((s) => s[0])).toEqual(['200', '400', '600']);
      const size = (d: string) =>
        readdirSync(d)
          .filter((f) => f !== 'ground-truth.json')
          .reduce((n, f) => n + statSync(join(d, f)).size, 0);
      expect(readdirSync(join(dir, 'c'))).toContain('ground-truth.json');
      expect(Number(bytes[0]![1])).toBe(size(join(dir, 'c')));
      expect(Number(bytes[0]![3])).toBe(size(join(dir, 'l')));
      for (const [i, s] of bytes.entries()) {
        expect(s).toHaveLength(10);
        const [, cBytes, cNs, lBytes, lNs, cPerRow, lPerRow, wall] = s.map(Number);
        const [, cRows, cMs, , lRows, lMs, , rowWall] = sizes[i]!.map(Number);
        // Each printed figure is rounded (ms to 1, ns/byte to 0.1, bytes a row to 1, ratios to 0.01):
        // checked within what the rounding allows, however slow the loads (a slow load's ms is large).
        const near = (got: number, want: number, within: number) =>
          expect(Math.abs(got - want), `${got} against ${want}`).toBeLessThanOrEqual(within + 1e-9);
        near(cNs!, (cMs! * 1e6) / cBytes!, 0.5e6 / cBytes! + 0.05);
        near(lNs!, (lMs! * 1e6) / lBytes!, 0.5e6 / lBytes! + 0.05);
        near(cPerRow!, cBytes! / cRows!, 0.5);
        near(lPerRow!, lBytes! / lRows!, 0.5);
        // The same loads: per byte ÷ = per row ÷ × the rows' ratio ÷ the bytes' ratio.
        const k = lRows! / cRows! / (lBytes! / cBytes!);
        near(wall!, rowWall! * k, 0.005 + 0.005 * k);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const [fitHead, ...fits] = table(lines, /^fits, ms = fixed \+ per row × rows/);
    expect(fitHead).toHaveLength(8);
    expect(fits.map((f) => `${f[0]} ${f[1]}`)).toEqual([
      'wall canonical',
      'wall literal',
      'process CPU canonical',
      'process CPU literal',
      'main thread CPU canonical',
      'main thread CPU literal',
    ]);
    for (const f of fits) {
      expect(f).toHaveLength(8);
      expect(Number.isFinite(Number(f[2])) && Number.isFinite(Number(f[4]))).toBe(true);
      expect(f[6]).toMatch(/^-?\d+ to -?\d+$/);
    }
    const [giveHead, ...gives] = table(lines, /^what the fits give/);
    expect(giveHead).toEqual([
      'measure',
      'per row part ÷',
      '1.0× per row at',
      'fixed part for 1.0× at 600',
      'fixed part fitted',
    ]);
    expect(gives.map((g) => g[0])).toEqual(['wall', 'process CPU', 'main thread CPU']);
    for (const g of gives) expect(g[2]).toMatch(/^(\d+ children \((larger|smaller) councils under\)|no size)$/);
    expect(lines.at(-1)).toMatch(
      /^warm, one process \(after one untimed load of each, 2 rounds, the order reversed every round\) at 600 children: canonical CSVs \d+\.\d\d µs\/row, the literal case \d+\.\d\d µs\/row; per row \d+\.\d\d× \(wall\), .*; per byte \d+\.\d\d× \(wall\), \d+\.\d\d× \(process CPU\)/,
    );
  }, 300_000);

  it('refuses a single size or a size that is not a number of children', () => {
    for (const bad of ['50000', '10000,abc', '10000,10000']) {
      const r = spawnSync(process.execPath, [resolve('dist/bench/returns.js'), '--scale', bad], { encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('--scale: at least two different whole numbers of children');
    }
  });
});
