/**
 * Reading the statutory returns against reading the canonical CSVs (issue 18: a 50,000-child CIN
 * census plus the 903 return of the same council takes no longer per row than the canonical
 * CSVs). Generates one council (same seed, same children) in both layouts, then times loading
 * each in alternating rounds (median shown) and divides by the rows read. Generation is outside
 * the clock. The headline times each load in a fresh process, as a CLI run reads an export; the
 * same loads timed one after another in this process follow it (bench/returnsLoad.ts: why they
 * differ, and by far for the small literal case). Run on its own with `node dist/bench/returns.js [--children N] [--runs N]`
 * (or `--scale 10000,50000,200000 [--runs N]`: the fixed and per-row parts, bench/returnsScale.ts), through
 * `npm run bench -- --returns-only`, or as part of the full bench.
 *
 * What "per row" means, the same on both sides: the load's wall time divided by the rows of the
 * canonical tables the load hands to the audit (each table's rows, summed; for the 903's periods of
 * care fewer than the summary's rows read, which counts the episode lines they were joined from). A CIN
 * census record that several elements make is one row; a record a newer year's return also holds
 * is read twice but counted once, as the audit gets it once.
 *
 * Like for like: the headline compares with the whole canonical export, as the issue asks. That
 * export also holds contacts, visits and supervisions, which no return carries and whose rows
 * cost differently; so the same rounds also time the canonical CSVs of only the tables the
 * returns give, and both ratios are shown. Neither is the other's replacement.
 *
 * The whole export's rows cost more per row than the returns' own tables' do as CSVs (its 77,370
 * supervision records carry 32 MB of free text), so dividing by it flatters the returns: each
 * returns figure is also divided by the like-for-like CSVs' per row (which also hold workers.csv,
 * 762 of 168,393 rows at 50,000 children, that the literal case does not read).
 *
 * The issue's literal case: "a 50,000-child CIN census plus a 903 return of the same council" is
 * one census year and the 903 of the same year. The generator writes several of each (each holding
 * the episodes open in its year), so the headline, the stricter figure, reads every year of both
 * and the workforce census, and the same rounds also time the newest census year with the SSDA903
 * files of that year alone (`oneYear`), shown beside it, never instead of it. (Before, this case
 * kept every 903 year and the workforce census beside the one census year.)
 *
 * Per byte, beside per row: a census row is about twice a canonical CSV row's bytes (XML's tags), so
 * the per-row ratio alone cannot tell how much of the gap is the returns' size and how much their
 * reading. Every figure is also divided by the bytes of the files its load read as data
 * (bench/returnsLoad.ts, filesRead: not ground-truth.json), in the same rounds, and each per-row ratio
 * is shown with its per-byte one after it. The per-row ratio stays the issue's measure.
 *
 * Two threads: each round also times both returns loads with `threads: true` (`--threads always`),
 * where the literal case's one census is read in two parts, one on a worker (cinSplit.ts). The
 * canonical CSVs are read on one thread here, so these figures are shown beside the others only.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateExport } from '../src/generate/index.js';
import { costRatios, type Layout, oneYearFiles, type Timed, timeLoad, timeLoadFresh } from './returnsLoad.js';
import { benchScale, formatScale } from './returnsScale.js';

export { costRatios, oneYearFiles };

export interface ReturnsBench {
  children: number;
  runs: number;
  canonical: Timed;
  /** The canonical CSVs of only the tables the returns give rows to. */
  sameTables: Timed & { tables: string[] };
  returns: Timed;
  /** The issue's literal case: the newest CIN census year and the SSDA903 of that year. */
  oneYear: Timed & { files: string[] };
  perRowRatio: number;
  sameTablesRatio: number;
  /** oneYear's per row ÷ the canonical CSVs' (the whole export). */
  oneYearRatio: number;
  /** oneYear's per row ÷ the like-for-like canonical CSVs' (sameTables): the stricter figure. */
  oneYearSameRatio: number;
  /** The same four ratios per byte read (ms ÷ bytes on each side), beside the per-row ones. */
  perByte: ByteRatios;
  /**
   * The same two loads with `threads: true` (`--threads always`): the census worker reads some
   * census files (all years) or one census from a cut near its middle (the literal case). Beside
   * the one-thread figures, never instead of them: they pay off only with a core to spare.
   */
  threads: {
    returns: Timed;
    oneYear: Timed;
    perRowRatio: number;
    oneYearRatio: number;
    oneYearSameRatio: number;
    perByte: Omit<ByteRatios, 'sameTablesRatio'>;
  };
  /**
   * The four one-thread loads again, each in a fresh process of its own, as a CLI run reads an
   * export (bench/returnsLoad.ts says why this differs), in an order reversed every round. The
   * headline: the figures above are the same loads one after another in this process.
   */
  fresh: {
    canonical: Timed;
    sameTables: Timed;
    returns: Timed;
    oneYear: Timed;
    perRowRatio: number;
    sameTablesRatio: number;
    oneYearRatio: number;
    oneYearSameRatio: number;
    perByte: ByteRatios;
  };
}

/** Per-byte ratios, named as their per-row counterparts in ReturnsBench. */
export interface ByteRatios {
  perRowRatio: number;
  sameTablesRatio: number;
  oneYearRatio: number;
  oneYearSameRatio: number;
}

export async function benchReturns(children = 50_000, runs = 3): Promise<ReturnsBench> {
  const work = mkdtempSync(join(tmpdir(), 'caseaudit-bench-returns-'));
  try {
    const canonicalDir = join(work, 'canonical'),
      returnsDir = join(work, 'returns'),
      sameDir = join(work, 'same-tables'),
      oneYearDir = join(work, 'one-year');
    await generateExport({ out: canonicalDir, children, seed: 5 });
    await generateExport({ out: returnsDir, children, seed: 5, layout: 'returns' });
    // The tables the returns give, as canonical CSVs (links: no copy of the data).
    const { tables } = await timeLoad(returnsDir, 'returns');
    mkdirSync(sameDir);
    for (const f of readdirSync(canonicalDir))
      if (tables.includes(f.replace(/\.csv$/, ''))) linkSync(join(canonicalDir, f), join(sameDir, f));
    mkdirSync(oneYearDir);
    const files = oneYearFiles(readdirSync(returnsDir).sort());
    for (const f of files) linkSync(join(returnsDir, f), join(oneYearDir, f));
    const c: Timed[] = [],
      s: Timed[] = [],
      r: Timed[] = [],
      o: Timed[] = [],
      rt: Timed[] = [],
      ot: Timed[] = [];
    const fresh: Record<'c' | 's' | 'r' | 'o', Timed[]> = { c: [], s: [], r: [], o: [] };
    const freshLoads: [keyof typeof fresh, string, Layout][] = [
      ['c', canonicalDir, 'canonical'],
      ['s', sameDir, 'canonical'],
      ['r', returnsDir, 'returns'],
      ['o', oneYearDir, 'returns'],
    ];
    for (let i = 0; i < runs; i++) {
      for (const [k, d, layout] of i % 2 === 0 ? freshLoads : [...freshLoads].reverse())
        fresh[k].push(timeLoadFresh(d, layout));
      c.push(await timeLoad(canonicalDir, 'canonical'));
      s.push(await timeLoad(sameDir, 'canonical'));
      r.push(await timeLoad(returnsDir, 'returns'));
      o.push(await timeLoad(oneYearDir, 'returns'));
      rt.push(await timeLoad(returnsDir, 'returns', true));
      ot.push(await timeLoad(oneYearDir, 'returns', true));
    }
    const med = (xs: Timed[]): Timed => {
      const m = [...xs].sort((a, b) => a.ms - b.ms)[Math.floor((xs.length - 1) / 2)]!;
      return { rows: m.rows, bytes: m.bytes, ms: m.ms };
    };
    const canonical = med(c),
      same = med(s),
      returns = med(r),
      oneYear = med(o),
      returnsThreads = med(rt),
      oneYearThreads = med(ot);
    const [fc, fs, fr, fo] = [med(fresh.c), med(fresh.s), med(fresh.r), med(fresh.o)];
    // Per row and per byte from the same medians: the same loads, the same rounds.
    const four = (ret: Timed, one: Timed, whole: Timed, like: Timed, k: 'perRow' | 'perByte'): ByteRatios => ({
      perRowRatio: costRatios(ret, whole)[k],
      sameTablesRatio: costRatios(ret, like)[k],
      oneYearRatio: costRatios(one, whole)[k],
      oneYearSameRatio: costRatios(one, like)[k],
    });
    const inProcess = (k: 'perRow' | 'perByte') => four(returns, oneYear, canonical, same, k);
    const onThreads = (k: 'perRow' | 'perByte') => {
      const r = four(returnsThreads, oneYearThreads, canonical, same, k);
      return { perRowRatio: r.perRowRatio, oneYearRatio: r.oneYearRatio, oneYearSameRatio: r.oneYearSameRatio };
    };
    return {
      children,
      runs,
      canonical,
      sameTables: { ...same, tables },
      returns,
      oneYear: { ...oneYear, files },
      ...inProcess('perRow'),
      perByte: inProcess('perByte'),
      threads: {
        returns: returnsThreads,
        oneYear: oneYearThreads,
        ...onThreads('perRow'),
        perByte: onThreads('perByte'),
      },
      fresh: {
        canonical: fc,
        sameTables: fs,
        returns: fr,
        oneYear: fo,
        ...four(fr, fo, fc, fs, 'perRow'),
        perByte: four(fr, fo, fc, fs, 'perByte'),
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function formatReturnsBench(b: ReturnsBench): string {
  const cost = (x: Timed) =>
    `${((x.ms * 1000) / x.rows).toFixed(2)} µs/row, ${((x.ms * 1e6) / x.bytes).toFixed(1)} ns/byte (${x.rows} rows, ${x.bytes} bytes, ${Math.round(x.ms)} ms)`;
  const x = (r: number) => `${r.toFixed(2)}×`;
  // Per row first, the issue's measure; per byte after it, from the same loads.
  const both = (row: number, byte: number, issue = '') => `per row ${x(row)}${issue}, per byte ${x(byte)}`;
  const like = (row: number, byte: number) => `like for like ${x(row)} per row, ${x(byte)} per byte`;
  const f = b.fresh;
  return [
    `returns at ${b.children} children (median of ${b.runs}), each load in a fresh process as a CLI run reads it: canonical CSVs ${cost(f.canonical)}; CIN census + SSDA903 + workforce census ${cost(f.returns)}; ${both(f.perRowRatio, f.perByte.perRowRatio, " (the issue's measure, target ≤ 1)")}, ${like(f.sameTablesRatio, f.perByte.sameTablesRatio)}; the issue's literal case ${cost(f.oneYear)}, ${both(f.oneYearRatio, f.perByte.oneYearRatio, " (the issue's measure)")}, ${like(f.oneYearSameRatio, f.perByte.oneYearSameRatio)}`,
    `  the same loads one after another in one process (compiled code and a grown heap carried from load to load): canonical CSVs ${cost(b.canonical)}; CIN census + SSDA903 + workforce census ${cost(b.returns)}; ${both(b.perRowRatio, b.perByte.perRowRatio)}`,
    `    like for like, the canonical CSVs of only the tables the returns give (${b.sameTables.tables.join(', ')}): ${cost(b.sameTables)}; ${both(b.sameTablesRatio, b.perByte.sameTablesRatio)}`,
    `    the issue's literal case, one CIN census year and the SSDA903 of that year (${b.oneYear.files.join(', ')}): ${cost(b.oneYear)}; ${both(b.oneYearRatio, b.perByte.oneYearRatio)} the canonical CSVs' (the headline above, the stricter figure, reads every year and the workforce census); ${like(b.oneYearSameRatio, b.perByte.oneYearSameRatio)}`,
    `    with --threads always (a census worker; the literal case's one census read in two parts): all years ${cost(b.threads.returns)}, ${both(b.threads.perRowRatio, b.threads.perByte.perRowRatio)}; the literal case ${cost(b.threads.oneYear)}, ${both(b.threads.oneYearRatio, b.threads.perByte.oneYearRatio)}, ${like(b.threads.oneYearSameRatio, b.threads.perByte.oneYearSameRatio)}`,
  ].join('\n');
}

/** `--scale 10000,50000,200000`: the council sizes of bench/returnsScale.ts, in children. */
export function parseScale(list: string): number[] {
  const sizes = list.split(',').map(Number);
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1) || new Set(sizes).size !== sizes.length)
    throw new Error('--scale: at least two different whole numbers of children, e.g. 10000,50000,200000');
  return sizes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const opt = (name: string, dflt: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const scale = process.argv.indexOf('--scale');
  // With --scale, the fixed and per-row parts at those sizes alone (bench/returnsScale.ts).
  if (scale >= 0) {
    process.stdout.write(
      `${formatScale(await benchScale(parseScale(process.argv[scale + 1] ?? ''), opt('--runs', 5)))}\n`,
    );
  } else
    process.stdout.write(`${formatReturnsBench(await benchReturns(opt('--children', 50_000), opt('--runs', 3)))}\n`);
}
