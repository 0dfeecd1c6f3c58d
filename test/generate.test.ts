import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExport, rules } from '../src/api.js';
import { run } from '../src/cli/main.js';
import { findingIds, type GroundTruth } from '../src/generate/groundTruth.js';
import { type GenerateSummary, generateExport } from '../src/generate/index.js';
import { Rng } from '../src/generate/rng.js';
import { caseRecord, shingleJaccard } from '../src/generate/supervisionText.js';
import { addMonths, parseIsoDay } from '../src/model/day.js';
import { wd } from '../src/model/calendar.js';
import type { LoadedExport } from '../src/model/export.js';

const AS_AT = parseIsoDay('2024-03-31')!;
let dir: string;
let big: GenerateSummary;
let bigExport: LoadedExport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-gen-'));
  big = await generateExport({ out: join(dir, 'big'), seed: 99, children: 2500, asAt: AS_AT });
  bigExport = await loadExport(join(dir, 'big'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function filesOf(d: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const f of (await readdir(d)).sort()) out.set(f, await readFile(join(d, f)));
  return out;
}

describe('caseaudit generate: determinism', () => {
  it('writes byte-identical files for the same seed and different ones for another seed', async () => {
    await generateExport({ out: join(dir, 'a'), seed: 7, children: 400, asAt: AS_AT });
    await generateExport({ out: join(dir, 'b'), seed: 7, children: 400, asAt: AS_AT });
    await generateExport({ out: join(dir, 'c'), seed: 8, children: 400, asAt: AS_AT });
    const a = await filesOf(join(dir, 'a')),
      b = await filesOf(join(dir, 'b')),
      c = await filesOf(join(dir, 'c'));
    expect([...a.keys()]).toEqual([
      'allocations.csv',
      'assessments.csv',
      'children.csv',
      'contacts.csv',
      'ground-truth.json',
      'plans.csv',
      'referrals.csv',
      'reviews.csv',
      'section47.csv',
      'supervisions.csv',
      'visits.csv',
      'workers.csv',
    ]);
    for (const [f, bytes] of a) expect(bytes.equals(b.get(f)!), f).toBe(true);
    expect(a.get('supervisions.csv')!.equals(c.get('supervisions.csv')!)).toBe(false);
  });
});

describe('caseaudit generate: the export loads cleanly', () => {
  it('has every table and no data-quality issue except the planted ones', () => {
    expect(Object.keys(bigExport.absent)).toEqual([]);
    const issues = bigExport.dq
      .issueGroups()
      .flatMap((g) => g.examples.map((e) => ({ table: g.table, line: e.line, column: g.column, code: g.code })));
    expect(bigExport.dq.issueGroups().every((g) => g.count === g.examples.length)).toBe(true);
    const sort = <T extends { table: string; line: number }>(xs: T[]) =>
      [...xs].sort((x, y) => x.table.localeCompare(y.table) || x.line - y.line);
    expect(sort(issues)).toEqual(sort(big.groundTruth.dataQuality));
    expect(new Set(big.groundTruth.dataQuality.map((d) => d.code))).toEqual(
      new Set(['bad-date', 'two-digit-year', 'bad-flag', 'unknown-code', 'duplicate-id']),
    );
  });

  it('mixes date formats across files, one format per file', async () => {
    const firstRow = async (f: string) => (await readFile(join(dir, 'big', f), 'utf8')).split('\n')[1]!;
    expect(await firstRow('assessments.csv')).toMatch(/,\d{4}-\d{2}-\d{2},/);
    expect(await firstRow('referrals.csv')).toMatch(/,\d{2}\/\d{2}\/\d{4},/);
    expect(await firstRow('section47.csv')).toMatch(/,\d{2}-[A-Z][a-z]{2}-\d{4},/);
    expect(await firstRow('contacts.csv')).toMatch(/,\d{2}\.\d{2}\.\d{4},/);
  });

  it('keeps free text with commas and line breaks intact through RFC 4180 quoting', () => {
    const texts = bigExport.tables.supervisions!.map((s) => `${s.recordText ?? ''}\n${s.actions ?? ''}`);
    expect(texts.some((t) => t.includes(','))).toBe(true);
    expect(bigExport.tables.supervisions!.some((s) => (s.recordText ?? '').includes('\n'))).toBe(true);
    expect(bigExport.tables.supervisions!.length).toBe(big.rows.supervisions);
  });
});

describe('caseaudit generate: volumes and distributions', () => {
  it('writes realistic volumes for 2500 children', () => {
    const r = big.rows;
    expect(r.children).toBe(2500);
    expect(r.referrals! / r.children!).toBeGreaterThan(0.4);
    expect(r.referrals! / r.children!).toBeLessThan(0.9);
    expect(r.assessments! / r.referrals!).toBeGreaterThan(0.7);
    expect(r.plans).toBeGreaterThan(r.children! * 0.15);
    expect(r.visits).toBeGreaterThan(r.plans! * 3);
    expect(big.teams.length).toBeGreaterThanOrEqual(6);
    expect(big.teams.length).toBeLessThanOrEqual(10);
  });

  it('has headline rates in the stated ranges', () => {
    const e = big.groundTruth.expected;
    const share = (rule: string, m: string) => (e[rule]![m] as { value: number }).value;
    expect(share('assessment-timeliness', 'completedWithin45')).toBeGreaterThan(0.78);
    expect(share('assessment-timeliness', 'completedWithin45')).toBeLessThan(0.92);
    expect(share('threshold-consistency', 'rereferralRate')).toBeGreaterThan(0.06);
    expect(share('threshold-consistency', 'rereferralRate')).toBeLessThan(0.3);
    expect(share('supervision-quality', 'recordsMeetingStandard')).toBeGreaterThan(0.7);
    expect(share('supervision-quality', 'recordsMeetingStandard')).toBeLessThan(0.9);
    expect(share('workforce', 'agencyRate')).toBeGreaterThan(0.05);
    expect(share('workforce', 'agencyRate')).toBeLessThan(0.35);
    const avg = e.caseloads!.averagePerFte as number;
    expect(avg).toBeGreaterThan(8);
    expect(avg).toBeLessThanOrEqual(15);
  });

  it('plants one NFA outlier team and keeps every other team inside the limits', () => {
    const gt = big.groundTruth;
    expect(gt.flagged['threshold-consistency']!['team-outliers-nfa']).toEqual([
      `threshold-consistency/outlier-nfa/${gt.outlierTeam}`,
    ]);
    expect(gt.flagged['threshold-consistency']!['team-outliers-icpc']).toEqual([]);
  });
});

describe('caseaudit generate: ground truth', () => {
  it('lists every finding id of the shared contract, with sorted, well-formed keys', () => {
    const gt = big.groundTruth;
    expect(gt.asAt).toBe('2024-03-31');
    expect(gt.periodStart).toBe('2023-04-01');
    for (const [rule, ids] of Object.entries(findingIds(rules))) {
      expect(Object.keys(gt.flagged[rule]!).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const keys = gt.flagged[rule]![id]!;
        expect(keys).toEqual([...keys].sort());
        for (const k of keys) expect(k.startsWith(`${rule}/`)).toBe(true);
      }
    }
    // enough violations of each kind to test a rule against
    for (const [rule, id, min] of [
      ['assessment-timeliness', 'late-completions', 30],
      ['allocation-delay', 'delayed-allocation', 10],
      ['plan-drift', 'overdue-reviews', 2],
      ['plan-drift', 'long-cp-plans', 3],
      ['visit-timeliness', 'visit-gaps', 20],
      ['threshold-consistency', 'rereferrals', 30],
      ['threshold-consistency', 'late-icpc', 3],
      ['threshold-consistency', 'step-down-returns', 2],
      ['supervision-quality', 'records-below-standard', 100],
      ['supervision-quality', 'oversight-gaps', 5],
      ['caseloads', 'over-target', 1],
    ] as const) {
      expect(big.groundTruth.flagged[rule]![id]!.length, `${rule} ${id}`).toBeGreaterThanOrEqual(min);
    }
  });

  it('has near-misses at every limit, none of them flagged, and flags every hand-planted violation', () => {
    const gt = big.groundTruth;
    const near = Object.entries(gt.nearMisses).flatMap(([r, f]) =>
      Object.entries(f).flatMap(([id, keys]) => keys.map((k) => [r, id, k] as const)),
    );
    const kinds = new Set(near.map(([r, id]) => `${r}/${id}`));
    for (const k of [
      'assessment-timeliness/late-completions',
      'assessment-timeliness/open-overdue',
      'assessment-timeliness/not-seen-in-time',
      'allocation-delay/delayed-allocation',
      'plan-drift/late-reviews',
      'plan-drift/overdue-reviews',
      'plan-drift/long-cp-plans',
      'plan-drift/long-cin-plans',
      'visit-timeliness/visit-gaps',
      'threshold-consistency/rereferrals',
      'threshold-consistency/step-down-returns',
      'threshold-consistency/late-icpc',
      'supervision-quality/oversight-gaps',
      'supervision-quality/personal-supervision-gaps',
      'caseloads/over-target',
    ])
      expect(kinds, k).toContain(k);
    for (const [r, id, k] of near) expect(gt.flagged[r]![id], k).not.toContain(k);
    expect(big.planted.length).toBeGreaterThanOrEqual(2);
    for (const [r, id, k] of big.planted) expect(gt.flagged[r]![id], k).toContain(k);
  });

  it('agrees with the written files: assessment, ICPC and long-CP answers recomputed from the loaded export', () => {
    const t = bigExport.tables;
    const P = parseIsoDay(big.groundTruth.periodStart)!;
    const inP = (d: number | null): d is number => d !== null && d >= P && d <= AS_AT;
    const late = t
      .assessments!.filter((a) => inP(a.completionDate) && wd(a.startDate!, a.completionDate) > 45)
      .map((a) => `assessment-timeliness/late/${a.assessmentId}`)
      .sort();
    expect(late).toEqual(big.groundTruth.flagged['assessment-timeliness']!['late-completions']);
    const open = t
      .assessments!.filter((a) => a.completionDate === null && wd(a.startDate!, AS_AT) > 45)
      .map((a) => `assessment-timeliness/open/${a.assessmentId}`)
      .sort();
    expect(open).toEqual(big.groundTruth.flagged['assessment-timeliness']!['open-overdue']);
    const icpc = t
      .section47!.filter((s) => inP(s.icpcDate) && wd(s.strategyDate!, s.icpcDate) > 15)
      .map((s) => `threshold-consistency/late-icpc/${s.s47Id}`)
      .sort();
    expect(icpc).toEqual(big.groundTruth.flagged['threshold-consistency']!['late-icpc']);
    const longCp = t
      .plans!.filter((p) => p.planType === 'cp' && p.endDate === null && addMonths(p.startDate!, 24) <= AS_AT)
      .map((p) => `plan-drift/long-cp/${p.planId}`)
      .sort();
    expect(longCp).toEqual(big.groundTruth.flagged['plan-drift']!['long-cp-plans']);
  });

  it('plants visit gaps that span bank holidays and are still within working days', () => {
    const gt = big.groundTruth;
    const visits = bigExport.tables.visits!;
    const plans = new Map(bigExport.tables.plans!.map((p) => [p.planId!, p]));
    const spansHoliday = (key: string) => {
      const p = plans.get(key.split('/').pop()!)!;
      const dates = visits
        .filter((v) => v.childId === p.childId && v.seen !== false && v.visitDate! >= p.startDate!)
        .map((v) => v.visitDate!)
        .sort((a, b) => a - b);
      return dates.slice(1).some((d, i) => wd(dates[i]!, d) === 10 && d - dates[i]! >= 16);
    };
    expect(gt.nearMisses['visit-timeliness']!['visit-gaps']!.some(spansHoliday)).toBe(true);
  });

  it('writes copied records that are near-identical to the previous one, and fresh records that are not', () => {
    const sup = bigExport.tables
      .supervisions!.filter((s) => s.childId !== null)
      .sort((a, b) => a.childId!.localeCompare(b.childId!) || a.supervisionDate! - b.supervisionDate!);
    const flagged = new Set(big.groundTruth.flagged['supervision-quality']!['records-below-standard']);
    let copies = 0,
      fresh = 0;
    for (let i = 1; i < sup.length; i++) {
      const prev = sup[i - 1]!,
        cur = sup[i]!;
      if (prev.childId !== cur.childId) continue;
      const j = shingleJaccard(`${cur.recordText} ${cur.actions ?? ''}`, `${prev.recordText} ${prev.actions ?? ''}`);
      const inPeriod = cur.supervisionDate! >= parseIsoDay(big.groundTruth.periodStart)!;
      if (inPeriod && !flagged.has(`supervision-quality/record/${cur.supervisionId}`)) {
        expect(j).toBeLessThan(0.8);
        fresh++;
      }
      if (j >= 0.8) {
        copies++;
        expect(
          flagged.has(`supervision-quality/record/${cur.supervisionId}`) ||
            cur.supervisionDate! < parseIsoDay(big.groundTruth.periodStart)!,
        ).toBe(true);
      }
    }
    expect(copies).toBeGreaterThan(20);
    expect(fresh).toBeGreaterThan(500);
  });
});

describe('supervision text', () => {
  const rng = new Rng(5);
  const date = parseIsoDay('2024-02-01')!;
  const text = (q: Parameters<typeof caseRecord>[1]) =>
    Array.from({ length: 150 }, () => {
      const t = caseRecord(rng, q, 'Amelia', date, true);
      return `${t.recordText} ${t.actions}`;
    });
  const CHILD = /wishes|feelings|told me|\bsaid\b|voice|direct work|seen alone|three houses|lived experience/i;
  const REFLECT = /analys|reflect|hypothes|worried|impact|\brisk/i;
  const TIMESCALE =
    /\d{2}\/\d{2}\/\d{4}|within \d+|by (monday|tuesday|wednesday|thursday|friday)|today|tomorrow|week|month/i;

  it('strong records show child focus, reflection and a timed action', () => {
    for (const t of text('strong')) {
      expect(t).toMatch(CHILD);
      expect(t).toMatch(REFLECT);
      expect(t).toMatch(TIMESCALE);
    }
  });
  it('each weak kind leaves out every word of its missing category', () => {
    for (const t of text('no-child-focus')) {
      expect(t).not.toMatch(CHILD);
      expect(t).toMatch(REFLECT);
      expect(t).toMatch(TIMESCALE);
    }
    for (const t of text('no-reflection')) {
      expect(t).not.toMatch(REFLECT);
      expect(t).toMatch(CHILD);
      expect(t).toMatch(TIMESCALE);
    }
    for (const t of text('no-actions')) {
      expect(t).not.toMatch(TIMESCALE);
      expect(t).not.toMatch(/\bby\b|\d/);
      expect(t).toMatch(CHILD);
    }
  });
  it('varies: 150 strong records have well over 100 distinct texts', () => {
    expect(new Set(text('strong')).size).toBeGreaterThan(140);
  });
});

describe('caseaudit generate CLI and the committed demo', () => {
  const io = () => {
    const out: string[] = [],
      err: string[] = [];
    return {
      io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd: dir },
      out,
      err,
    };
  };
  it('writes an export and reports it; rejects a bad date with exit 2', async () => {
    const a = io();
    expect(
      await run(['generate', '--out', 'cli', '--children', '80', '--seed', '3', '--as-at', '2024-03-31'], a.io),
    ).toBe(0);
    expect(a.out.join('')).toMatch(/for 80 fictional children/);
    const gt = JSON.parse(await readFile(join(dir, 'cli', 'ground-truth.json'), 'utf8')) as GroundTruth;
    expect(gt.seed).toBe(3);
    const b = io();
    expect(await run(['generate', '--out', 'cli2', '--as-at', '31/03/2024'], b.io)).toBe(2);
    expect(b.err.join('')).toMatch(/--as-at/);
  });

  it('fixtures/demo is current (regenerates byte for byte) and small', async () => {
    const demo = join(process.cwd(), 'fixtures', 'demo');
    const committed = JSON.parse(await readFile(join(demo, 'ground-truth.json'), 'utf8')) as GroundTruth;
    await generateExport({
      out: join(dir, 'demo'),
      seed: committed.seed,
      children: 300,
      asAt: parseIsoDay(committed.asAt)!,
    });
    const a = await filesOf(demo),
      b = await filesOf(join(dir, 'demo'));
    let bytes = 0;
    for (const [f, buf] of b) {
      expect(a.get(f)?.equals(buf), f).toBe(true);
      bytes += buf.length;
    }
    expect(bytes).toBeLessThan(700_000);
    expect((await stat(join(demo, 'children.csv'))).size).toBeGreaterThan(0);
  });
});
