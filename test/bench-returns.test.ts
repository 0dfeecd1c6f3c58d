/**
 * bench/returns.ts counts rows the same way on both sides: the rows of the tables each load hands
 * to the audit. Checked on a small council against loads done here, and the like-for-like
 * canonical folder holds exactly the tables the returns give; the literal case reads the
 * newest census year alone with the 903 of the same year; the headline times each load in a fresh
 * process, reading the same rows.
 */
import { linkSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchReturns, formatReturnsBench } from '../bench/returns.js';
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
      expect(formatReturnsBench(b).split('\n')[0]).toContain('each load in a fresh process');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
