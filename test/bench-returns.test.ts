/**
 * bench/returns.ts counts rows the same way on both sides: the rows of the tables each load hands
 * to the audit. Checked on a small council against loads done here, and the like-for-like
 * canonical folder holds exactly the tables the returns give; the literal case reads the
 * newest census year alone with the 903 of the same year; the headline times each load in a fresh
 * process, reading the same rows. Per byte beside per row: the bytes a load reads are the sizes of the
 * files it read as data (never ground-truth.json or a file beside them), and each per-row ratio is
 * printed first with its per-byte one after it.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchReturns, costRatios, formatReturnsBench, type ReturnsBench } from '../bench/returns.js';
import { filesRead, oneYearFiles, timeLoad } from '../bench/returnsLoad.js';
import { generateExport } from '../src/generate/index.js';
import { loadExport } from '../src/load/index.js';
import type { TableName } from '../src/model/tables.js';

describe('the returns benchmark', () => {
  it('counts the rows each load gives, and times the canonical CSVs of the returns’ own tables', async () => {
    const b = await benchReturns(300, 1);
    const dir = mkdtempSync(join(tmpdir(), 'bench-returns-'));
    try {
      await generateExport({ out: join(dir, 'c'), children: 300, seed: 5 });
      await generateExport({ out: join(dir, 'r'), children: 300, seed: 5, layout: 'returns' });
      const rows = async (d: string, layout: 'canonical' | 'returns', only?: readonly string[]) => {
        const ex = await loadExport(d, { layout });
        return Object.entries(ex.tables)
          .filter(([t]) => !only || only.includes(t))
          .reduce((s, [, r]) => s + r.length, 0);
      };
      const returnsLoad = await loadExport(join(dir, 'r'), { layout: 'returns' });
      const given = returnsLoad.dq
        .tableList()
        .filter((t) => (returnsLoad.tables[t.table as TableName]?.length ?? 0) > 0)
        .map((t) => t.table);
      // Periods of care join episode lines: the rows handed over are fewer than the lines read.
      const plans = returnsLoad.dq.tableList().find((t) => t.table === 'plans')!;
      expect(plans.rowsRead).toBeGreaterThan(returnsLoad.tables.plans!.length);
      expect(b.returns.rows).toBe(await rows(join(dir, 'r'), 'returns'));
      expect(b.canonical.rows).toBe(await rows(join(dir, 'c'), 'canonical'));
      expect(b.sameTables.tables).toEqual(given);
      expect(given).not.toContain('visits');
      expect(b.sameTables.rows).toBe(await rows(join(dir, 'c'), 'canonical', given));
      expect(b.sameTables.rows).toBeLessThan(b.canonical.rows);
      expect(b.perRowRatio).toBeCloseTo(b.returns.ms / b.returns.rows / (b.canonical.ms / b.canonical.rows), 10);
      expect(formatReturnsBench(b)).toContain('like for like');
      expect(b.oneYearSameRatio).toBeCloseTo(b.oneYear.ms / b.oneYear.rows / (b.sameTables.ms / b.sameTables.rows), 10);
      // The literal case: the newest census year with the 903 and the workforce census.
      const years = readdirSync(join(dir, 'r')).filter((f) => f.startsWith('cin_census_'));
      expect(years.length).toBeGreaterThan(1);
      const newest = [...years].sort().at(-1)!;
      expect(b.oneYear.files).toContain(newest);
      expect(b.oneYear.files.filter((f) => f.startsWith('cin_census_'))).toEqual([newest]);
      // The 903 of the same year (ending the same 31 March) and nothing else: before, every 903 year
      // and the workforce census were read beside the one census year.
      const year = /^cin_census_(\d{4})\.xml$/.exec(newest)![1]!;
      expect(b.oneYear.files).toEqual(
        [newest, ...['episodes', 'header', 'reviews', 'social_worker'].map((t) => `ssda903_${year}_${t}.csv`)].sort(),
      );
      const one = mkdtempSync(join(tmpdir(), 'bench-returns-one-'));
      try {
        for (const f of b.oneYear.files) linkSync(join(dir, 'r', f), join(one, f));
        expect(b.oneYear.rows).toBe(await rows(one, 'returns'));
      } finally {
        rmSync(one, { recursive: true, force: true });
      }
      expect(b.oneYear.rows).toBeLessThan(b.returns.rows);
      expect(b.oneYearRatio).toBeCloseTo(b.oneYear.ms / b.oneYear.rows / (b.canonical.ms / b.canonical.rows), 10);
      expect(formatReturnsBench(b)).toContain('literal case');
      // The same loads on two threads read the same rows.
      expect(b.threads.returns.rows).toBe(b.returns.rows);
      expect(b.threads.oneYear.rows).toBe(b.oneYear.rows);
      expect(formatReturnsBench(b)).toContain('--threads always');
      // The headline: each load again in a fresh process of its own (as a CLI run reads an export),
      // reading the same rows as the loads timed in this process.
      expect(b.fresh.canonical.rows).toBe(b.canonical.rows);
      expect(b.fresh.sameTables.rows).toBe(b.sameTables.rows);
      expect(b.fresh.returns.rows).toBe(b.returns.rows);
      expect(b.fresh.oneYear.rows).toBe(b.oneYear.rows);
      expect(b.fresh.oneYearRatio).toBeCloseTo(
        b.fresh.oneYear.ms / b.fresh.oneYear.rows / (b.fresh.canonical.ms / b.fresh.canonical.rows),
        10,
      );
      // The bytes each load read: its data files' sizes, summed (the generator's ground-truth.json
      // beside them is not read), the same in a fresh process as in this one.
      const size = (d: string, names: readonly string[]) => names.reduce((n, f) => n + statSync(join(d, f)).size, 0);
      const csvs = readdirSync(join(dir, 'c')).filter((f) => f.endsWith('.csv'));
      expect(readdirSync(join(dir, 'c'))).toContain('ground-truth.json');
      expect(b.canonical.bytes).toBe(size(join(dir, 'c'), csvs));
      expect(b.sameTables.bytes).toBe(
        size(
          join(dir, 'c'),
          given.map((t) => `${t}.csv`),
        ),
      );
      expect(b.returns.bytes).toBe(
        size(
          join(dir, 'r'),
          readdirSync(join(dir, 'r')).filter((f) => f !== 'ground-truth.json'),
        ),
      );
      expect(b.oneYear.bytes).toBe(size(join(dir, 'r'), b.oneYear.files));
      for (const k of ['canonical', 'sameTables', 'returns', 'oneYear'] as const)
        expect(b.fresh[k].bytes, k).toBe(b[k].bytes);
      expect(b.threads.oneYear.bytes).toBe(b.oneYear.bytes);
      // Per byte from the same loads as per row.
      expect(b.perByte.perRowRatio).toBeCloseTo(
        b.returns.ms / b.returns.bytes / (b.canonical.ms / b.canonical.bytes),
        10,
      );
      expect(b.fresh.perByte.oneYearRatio).toBeCloseTo(
        b.fresh.oneYear.ms / b.fresh.oneYear.bytes / (b.fresh.canonical.ms / b.fresh.canonical.bytes),
        10,
      );
      expect(b.fresh.perByte.oneYearSameRatio).toBeCloseTo(
        b.fresh.oneYear.ms / b.fresh.oneYear.bytes / (b.fresh.sameTables.ms / b.fresh.sameTables.bytes),
        10,
      );
      expect(b.threads.perByte.oneYearRatio).toBeCloseTo(
        b.threads.oneYear.ms / b.threads.oneYear.bytes / (b.canonical.ms / b.canonical.bytes),
        10,
      );
      expect(formatReturnsBench(b).split('\n')[0]).toContain('each load in a fresh process');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('counts the bytes of the files a load reads as data, not the files beside them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-returns-bytes-'));
    try {
      const c = join(dir, 'c'),
        r = join(dir, 'r'),
        l = join(dir, 'l');
      await generateExport({ out: c, children: 120, seed: 3 });
      await generateExport({ out: r, children: 120, seed: 3, layout: 'returns' });
      // Files no loader reads as data: notes, and in the returns folder a CSV that is neither a 903
      // table nor a canonical one (both loaders list what they find; neither reads these).
      writeFileSync(join(c, 'notes.md'), 'not a table\n'.repeat(500));
      writeFileSync(join(c, 'extract-log.txt'), 'run 1\n'.repeat(500));
      writeFileSync(join(r, 'notes.md'), 'not a return\n'.repeat(500));
      writeFileSync(join(r, 'export-log.csv'), 'when,what\n2024-04-01,exported\n');
      mkdirSync(l);
      const literal = oneYearFiles(readdirSync(r).sort());
      for (const f of literal) linkSync(join(r, f), join(l, f));
      const size = (d: string, names: readonly string[]) => names.reduce((n, f) => n + statSync(join(d, f)).size, 0);
      const tables = readdirSync(c).filter((f) => /^[a-z0-9]+\.csv$/.test(f));
      expect(tables).toHaveLength(11);
      const returnsData = readdirSync(r).filter((f) =>
        /^(cin_census_\d{4}\.xml|csww\.xml|ssda903_\d{4}_\w+\.csv)$/.test(f),
      );
      expect(returnsData.length).toBeGreaterThan(4);
      const canonical = await timeLoad(c, 'canonical');
      expect(canonical.bytes).toBe(size(c, tables));
      expect(filesRead(await loadExport(c, { layout: 'canonical' })).sort()).toEqual(tables.sort());
      const returns = await timeLoad(r, 'returns');
      expect(returns.bytes).toBe(size(r, returnsData));
      expect(filesRead(await loadExport(r, { layout: 'returns' })).sort()).toEqual(returnsData.sort());
      expect(returns.bytes).toBeLessThan(size(r, readdirSync(r)));
      expect((await timeLoad(l, 'returns')).bytes).toBe(size(l, literal));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('per byte beside per row', () => {
  it('divides each side by its rows and by its bytes', () => {
    // 5 ms for 200 rows of 50,000 bytes against 10 ms for 1,000 rows of 100,000 bytes: 25 µs a row
    // against 10 (2.5×), 100 ns a byte against 100 (1.0×).
    const r = costRatios({ rows: 200, bytes: 50_000, ms: 5 }, { rows: 1_000, bytes: 100_000, ms: 10 });
    expect(r.perRow).toBeCloseTo(2.5, 12);
    expect(r.perByte).toBeCloseTo(1, 12);
    // The lead's 50,000-child counts: the literal case 15,082,892 bytes for 68,469 rows, the
    // canonical CSVs 50,874,944 for 465,742; at 1.85× per row that is 0.917× per byte.
    const canonical = { rows: 465_742, bytes: 50_874_944, ms: 1_000 };
    const ms = 1.85 * (68_469 / 465_742) * 1_000;
    const lit = costRatios({ rows: 68_469, bytes: 15_082_892, ms }, canonical);
    expect(lit.perRow).toBeCloseTo(1.85, 12);
    expect(lit.perByte).toBeCloseTo((1.85 * 68_469 * 50_874_944) / (465_742 * 15_082_892), 12);
    expect(lit.perByte).toBeCloseTo(0.9174, 4);
  });

  it('prints each per-row ratio first, named as the issue’s measure, and its per-byte ratio after it', () => {
    const t = (rows: number, bytes: number, ms: number) => ({ rows, bytes, ms });
    const four = (a: number, b: number, c: number, d: number) => ({
      perRowRatio: a,
      sameTablesRatio: b,
      oneYearRatio: c,
      oneYearSameRatio: d,
    });
    const b: ReturnsBench = {
      children: 50_000,
      runs: 5,
      canonical: t(465_742, 50_874_944, 1_200),
      sameTables: { ...t(168_393, 14_000_000, 500), tables: ['children', 'plans'] },
      returns: t(90_000, 30_000_000, 700),
      oneYear: { ...t(68_469, 15_082_892, 300), files: ['cin_census_2024.xml'] },
      ...four(1.11, 1.22, 1.33, 1.44),
      perByte: four(0.51, 0.52, 0.53, 0.54),
      threads: {
        returns: t(90_000, 30_000_000, 650),
        oneYear: t(68_469, 15_082_892, 280),
        perRowRatio: 1.61,
        oneYearRatio: 1.63,
        oneYearSameRatio: 1.64,
        perByte: { perRowRatio: 0.71, oneYearRatio: 0.73, oneYearSameRatio: 0.74 },
      },
      fresh: {
        canonical: t(465_742, 50_874_944, 1_000),
        sameTables: t(168_393, 14_000_000, 400),
        returns: t(90_000, 30_000_000, 900),
        oneYear: t(68_469, 15_082_892, 365),
        ...four(2.53, 2.14, 1.85, 1.7),
        perByte: four(1.21, 1.02, 0.9, 0.81),
      },
    };
    const [head, warm, like, literal, threads] = formatReturnsBench(b).split('\n');
    expect(head).toContain(
      "canonical CSVs 2.15 µs/row, 19.7 ns/byte (465742 rows, 50874944 bytes, 1000 ms); CIN census + SSDA903 + workforce census 10.00 µs/row, 30.0 ns/byte (90000 rows, 30000000 bytes, 900 ms); per row 2.53× (the issue's measure, target ≤ 1), per byte 1.21×, like for like 2.14× per row, 1.02× per byte",
    );
    expect(head).toContain(
      "the issue's literal case 5.33 µs/row, 24.2 ns/byte (68469 rows, 15082892 bytes, 365 ms), per row 1.85× (the issue's measure), per byte 0.90×, like for like 1.70× per row, 0.81× per byte",
    );
    expect(warm).toContain('per row 1.11×, per byte 0.51×');
    expect(like).toContain('per row 1.22×, per byte 0.52×');
    expect(literal).toContain('per row 1.33×, per byte 0.53×');
    expect(literal).toContain('like for like 1.44× per row, 0.54× per byte');
    expect(threads).toContain('per row 1.61×, per byte 0.71×');
    expect(threads).toContain('per row 1.63×, per byte 0.73×, like for like 1.64× per row, 0.74× per byte');
  });
});
