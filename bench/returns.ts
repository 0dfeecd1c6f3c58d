/**
 * Reading the statutory returns against reading the canonical CSVs (issue 18: a 50,000-child CIN
 * census plus the 903 return of the same council takes no longer per row than the canonical
 * CSVs). Generates one council (same seed, same children) in both layouts, then times loading
 * each in alternating rounds (median shown) and divides by the rows read. Generation is outside
 * the clock. Run on its own with `node dist/bench/returns.js [--children N] [--runs N]`, through
 * `npm run bench -- --returns-only`, or as part of the full bench.
 *
 * What "per row" means, the same on both sides: the load's wall time divided by the rows of the
 * canonical tables the load hands to the audit (the summary's rows read per table, summed). A CIN
 * census record that several elements make is one row; a record a newer year's return also holds
 * is read twice but counted once, as the audit gets it once.
 *
 * Like for like: the headline compares with the whole canonical export, as the issue asks. That
 * export also holds contacts, visits and supervisions, which no return carries and whose rows
 * cost differently; so the same rounds also time the canonical CSVs of only the tables the
 * returns give, and both ratios are shown. Neither is the other's replacement.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateExport } from '../src/generate/index.js';
import { loadExport } from '../src/load/index.js';

interface Timed {
  rows: number;
  ms: number;
}

export interface ReturnsBench {
  children: number;
  runs: number;
  canonical: Timed;
  /** The canonical CSVs of only the tables the returns give rows to. */
  sameTables: Timed & { tables: string[] };
  returns: Timed;
  perRowRatio: number;
  sameTablesRatio: number;
}

async function timeLoad(dir: string, layout: 'canonical' | 'returns'): Promise<Timed & { tables: string[] }> {
  const t0 = performance.now();
  const ex = await loadExport(dir, { layout });
  const ms = performance.now() - t0;
  const loaded = ex.dq.tableList().filter((t) => t.rowsRead > 0);
  return { rows: loaded.reduce((s, t) => s + t.rowsRead, 0), ms, tables: loaded.map((t) => t.table) };
}

export async function benchReturns(children = 50_000, runs = 3): Promise<ReturnsBench> {
  const work = mkdtempSync(join(tmpdir(), 'caseaudit-bench-returns-'));
  try {
    const canonicalDir = join(work, 'canonical'),
      returnsDir = join(work, 'returns'),
      sameDir = join(work, 'same-tables');
    await generateExport({ out: canonicalDir, children, seed: 5 });
    await generateExport({ out: returnsDir, children, seed: 5, layout: 'returns' });
    // The tables the returns give, as canonical CSVs (links: no copy of the data).
    const { tables } = await timeLoad(returnsDir, 'returns');
    mkdirSync(sameDir);
    for (const f of readdirSync(canonicalDir))
      if (tables.includes(f.replace(/\.csv$/, ''))) linkSync(join(canonicalDir, f), join(sameDir, f));
    const c: Timed[] = [],
      s: Timed[] = [],
      r: Timed[] = [];
    for (let i = 0; i < runs; i++) {
      c.push(await timeLoad(canonicalDir, 'canonical'));
      s.push(await timeLoad(sameDir, 'canonical'));
      r.push(await timeLoad(returnsDir, 'returns'));
    }
    const med = (xs: Timed[]): Timed => {
      const m = [...xs].sort((a, b) => a.ms - b.ms)[Math.floor((xs.length - 1) / 2)]!;
      return { rows: m.rows, ms: m.ms };
    };
    const canonical = med(c),
      same = med(s),
      returns = med(r);
    const perRow = (x: Timed) => x.ms / x.rows;
    return {
      children,
      runs,
      canonical,
      sameTables: { ...same, tables },
      returns,
      perRowRatio: perRow(returns) / perRow(canonical),
      sameTablesRatio: perRow(returns) / perRow(same),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function formatReturnsBench(b: ReturnsBench): string {
  const perRow = (x: Timed) => `${((x.ms * 1000) / x.rows).toFixed(2)} µs/row (${x.rows} rows, ${Math.round(x.ms)} ms)`;
  return [
    `returns at ${b.children} children (median of ${b.runs}): canonical CSVs ${perRow(b.canonical)}; CIN census + SSDA903 + workforce census ${perRow(b.returns)}; per row ${b.perRowRatio.toFixed(2)}× (target ≤ 1)`,
    `  like for like, the canonical CSVs of only the tables the returns give (${b.sameTables.tables.join(', ')}): ${perRow(b.sameTables)}; per row ${b.sameTablesRatio.toFixed(2)}×`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const opt = (name: string, dflt: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : dflt;
  };
  process.stdout.write(`${formatReturnsBench(await benchReturns(opt('--children', 50_000), opt('--runs', 3)))}\n`);
}
