/**
 * Reading the statutory returns against reading the canonical CSVs (issue 18: a 50,000-child CIN
 * census plus the 903 return of the same council takes no longer per row than the canonical
 * CSVs). Generates one council in both layouts, then times loading each (median of 3, in
 * alternating rounds) and divides by the rows read. Generation is outside the clock. Run on its
 * own with `node dist/bench/returns.js [--children N]`, or through bench/bench.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateExport } from '../src/generate/index.js';
import { loadExport } from '../src/load/index.js';

export interface ReturnsBench {
  children: number;
  canonical: { rows: number; ms: number };
  returns: { rows: number; ms: number };
  perRowRatio: number;
}

async function timeLoad(dir: string, layout: 'canonical' | 'returns'): Promise<{ rows: number; ms: number }> {
  const t0 = performance.now();
  const ex = await loadExport(dir, { layout });
  const ms = performance.now() - t0;
  return { rows: ex.dq.tableList().reduce((s, t) => s + t.rowsRead, 0), ms };
}

export async function benchReturns(children = 50_000): Promise<ReturnsBench> {
  const work = mkdtempSync(join(tmpdir(), 'caseaudit-bench-returns-'));
  try {
    const canonicalDir = join(work, 'canonical'),
      returnsDir = join(work, 'returns');
    await generateExport({ out: canonicalDir, children, seed: 5 });
    await generateExport({ out: returnsDir, children, seed: 5, layout: 'returns' });
    const c: { rows: number; ms: number }[] = [],
      r: { rows: number; ms: number }[] = [];
    for (let i = 0; i < 3; i++) {
      c.push(await timeLoad(canonicalDir, 'canonical'));
      r.push(await timeLoad(returnsDir, 'returns'));
    }
    const med = (xs: { rows: number; ms: number }[]) => [...xs].sort((a, b) => a.ms - b.ms)[1]!;
    const canonical = med(c),
      returns = med(r);
    return { children, canonical, returns, perRowRatio: returns.ms / returns.rows / (canonical.ms / canonical.rows) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function formatReturnsBench(b: ReturnsBench): string {
  const perRow = (x: { rows: number; ms: number }) =>
    `${((x.ms * 1000) / x.rows).toFixed(2)} µs/row (${x.rows} rows, ${Math.round(x.ms)} ms)`;
  return `returns at ${b.children} children: canonical CSVs ${perRow(b.canonical)}; CIN census + SSDA903 + workforce census ${perRow(b.returns)}; per row ${b.perRowRatio.toFixed(2)}× (target ≤ 1)`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--children');
  const n = i >= 0 ? Number(process.argv[i + 1]) : 50_000;
  process.stdout.write(`${formatReturnsBench(await benchReturns(n))}\n`);
}
