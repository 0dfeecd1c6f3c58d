/**
 * Plans and reviews come from two returns of different reach (SPEC §6.3): CIN and CP plans and CP
 * reviews from the CIN census, looked-after plans and their reviews from the SSDA903, whose year
 * holds only the episodes and reviews of 1 April to 31 March. The generator writes its 903 with
 * every year's records, so here it is cut as a real one is. Before the reach per plan type, with
 * three census years and the newest 903 year, reviewsOnTime read 74% (37 of 50: a period of care
 * begun before the 903 year lost its earlier reviews, so April's reviews looked late) where the
 * council's CP and CLA reviews were 98% on time, and every month-end of allocatedWithinTarget was
 * measured from one year of allocations; with a 903 a year older than the census, every CP measure
 * (long CP plans, repeat CP plans, the change in CP starts) was not measured.
 * Run as a user runs it (the built binary, spawned).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const AS_AT = '2024-03-31';

interface Metric {
  value: number | null;
  numerator?: number;
  denominator?: number;
  label: string;
  note?: string;
  trend?: { asAt: string; value: number | null }[];
}
interface Findings {
  rules: { id: string; status: string; metrics: Record<string, Metric>; limitations: string[] }[];
}

let root: string;
const cli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const audit = (dir: string, format = 'json'): Findings => {
  const r = cli(['audit', dir, '--as-at', AS_AT, '--format', format, '--out', `${dir}-out`, '-q']);
  expect(r.status, r.stderr).not.toBe(2);
  return JSON.parse(readFileSync(join(root, `${dir}-out`, 'findings.json'), 'utf8')) as Findings;
};
const metric = (f: Findings, id: string): Metric => {
  const [rule, m] = id.split('.') as [string, string];
  return f.rules.find((r) => r.id === rule)!.metrics[m]!;
};
const counts = (m: Metric) => [m.value, m.numerator, m.denominator];

const iso = (dmy: string) => (dmy ? `${dmy.slice(6)}-${dmy.slice(3, 5)}-${dmy.slice(0, 2)}` : '');
/**
 * The generated returns with the 903 as a real one of the year ending 31 March `year`: episodes
 * and social worker rows open in that year (ended since: open on its 31 March), reviews held in it.
 */
function withReal903(name: string, year: number): void {
  const start = `${year - 1}-04-01`,
    end = `${year}-03-31`;
  mkdirSync(join(root, name));
  for (const f of readdirSync(join(root, 'returns'))) {
    if (!/^ssda903_(episodes|reviews|social_worker)\.csv$/.test(f)) {
      copyFileSync(join(root, 'returns', f), join(root, name, f));
      continue;
    }
    const [head, ...rows] = readFileSync(join(root, 'returns', f), 'utf8')
      .trim()
      .split(/\r?\n/);
    const cols = head!.split(',');
    const at = (c: string) => cols.indexOf(c);
    const [from, to, reason] = f.includes('episodes')
      ? ['DECOM', 'DEC', 'REC']
      : f.includes('social')
        ? ['SW_DECOM', 'SW_DEC', 'SW_REASON']
        : ['REVIEW', null, null];
    const kept: string[] = [];
    for (const row of rows) {
      const x = row.split(',');
      const a = iso(x[at(from)]!);
      if (a > end || (to === null && a < start)) continue;
      if (to !== null) {
        const b = iso(x[at(to)]!);
        if (b !== '' && b < start) continue;
        if (b > end) {
          x[at(to)] = '';
          x[at(reason!)] = '';
        }
      }
      kept.push(x.join(','));
    }
    writeFileSync(join(root, name, f), [head, ...kept].join('\n') + '\n');
  }
}

let canonical: Findings, full: Findings, newest: Findings, older: Findings, cpOnly: Findings;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caseaudit-reach-'));
  const common = ['--seed', '91', '--children', '600', '--as-at', AS_AT, '-q'];
  for (const args of [
    ['generate', '--out', 'returns', '--layout', 'returns', ...common],
    ['generate', '--out', 'canonical', ...common],
  ]) {
    const g = cli(args);
    expect(g.status, g.stderr).toBe(0);
  }
  expect(readdirSync(join(root, 'returns')).filter((f) => /^cin_census_\d{4}\.xml$/.test(f))).toHaveLength(3);
  withReal903('newest-903', 2024);
  withReal903('older-903', 2023);
  // The canonical council with its CP plans only: what the returns' reviews measures count when
  // looked-after plans are left out (no return holds CIN plan reviews).
  mkdirSync(join(root, 'cp-only'));
  for (const f of readdirSync(join(root, 'canonical')).filter((x) => x.endsWith('.csv'))) {
    const text = readFileSync(join(root, 'canonical', f), 'utf8');
    const lines = text.split('\n');
    writeFileSync(
      join(root, 'cp-only', f),
      f === 'plans.csv' ? lines.filter((l, i) => i === 0 || l.split(',')[2] === 'cp' || l === '').join('\n') : text,
    );
  }
  canonical = audit('canonical');
  full = audit('returns');
  newest = audit('newest-903', 'json,md,csv');
  older = audit('older-903');
  cpOnly = audit('cp-only');
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Measures the CIN census alone carries: equal to the canonical audit's whatever the 903. */
const CENSUS_MEASURES = [
  'assessment-timeliness.completedWithin45',
  'plan-drift.longCpPlans',
  'plan-drift.longCinPlans',
  'threshold-consistency.rereferralRate',
  'threshold-consistency.repeatCpPlans',
  'threshold-consistency.lateIcpc',
  'threshold-consistency.cpStartsChange',
];

describe('three CIN census years and the newest SSDA903 year only', () => {
  it('measures the census measures as the canonical audit does', () => {
    for (const id of CENSUS_MEASURES) {
      expect(metric(newest, id).value, id).not.toBeNull();
      expect(counts(metric(newest, id)), id).toEqual(counts(metric(canonical, id)));
      expect(metric(newest, id).trend, id).toEqual(metric(canonical, id).trend);
    }
  });

  it('a looked-after measure: the headline as with every year, its month-ends before the 903 year not measured', () => {
    const id = 'allocation-delay.allocatedWithinTarget';
    const m = metric(newest, id);
    expect(m.value).not.toBeNull();
    expect(m.denominator).toBeGreaterThan(0);
    expect(counts(m)).toEqual(counts(metric(full, id)));
    const points = m.trend!;
    expect(points.at(-1)!.value).toBe(m.value);
    // Each month-end's 12 months start before 1 April 2023, where the 903 year begins.
    expect(points.slice(0, -1).every((p) => p.value === null)).toBe(true);
    expect(metric(canonical, id).trend!.every((p) => p.value !== null)).toBe(true);
  });

  it('judges the CP reviews only, as the canonical audit of the CP plans does, and says why in every view', () => {
    for (const id of ['plan-drift.reviewsOnTime', 'plan-drift.overdueReviews']) {
      const m = metric(newest, id);
      expect(m.value, id).not.toBeNull();
      expect(counts(m), id).toEqual(counts(metric(cpOnly, id)));
      expect(m.label, id).toMatch(
        /\(CP plans; CIN plans not included: this export has no CIN reviews; CLA plans not included: their plans begun before 2023-04-01 lack their earlier records/,
      );
      // Every month-end counts the same plans as the headline: CP ones, all measured.
      expect(
        m.trend!.every((p) => p.value !== null),
        id,
      ).toBe(true);
    }
    expect(metric(cpOnly, 'plan-drift.reviewsOnTime').denominator).toBeGreaterThan(0);
    const drift = newest.rules.find((r) => r.id === 'plan-drift')!;
    expect(drift.limitations.join('\n')).toMatch(
      /reviewsOnTime: counts CP plans only; CLA plans are left out, as their records do not reach: .*a plan open in the period began on \d{4}-\d{2}-\d{2}; the SSDA903 years read \(the oldest ssda903_(episodes|reviews)\.csv\) reach back to 2023-04-01 only/,
    );
    const md = readFileSync(join(root, 'newest-903-out', 'summary.md'), 'utf8');
    expect(md).toMatch(/CLA plans not included: their plans begun before 2023-04-01/);
    const csv = readFileSync(join(root, 'newest-903-out', 'metrics.csv'), 'utf8');
    expect(csv).toMatch(/CLA plans not included: their plans begun before 2023-04-01/);
  });
});

describe('an SSDA903 a year older than the CIN census', () => {
  it('measures the CP measures, equal to the canonical audit', () => {
    for (const id of CENSUS_MEASURES) {
      expect(metric(older, id).value, id).not.toBeNull();
      expect(counts(metric(older, id)), id).toEqual(counts(metric(canonical, id)));
    }
    expect(counts(metric(older, 'plan-drift.reviewsOnTime'))).toEqual(
      counts(metric(cpOnly, 'plan-drift.reviewsOnTime')),
    );
    expect(metric(older, 'plan-drift.reviewsOnTime').label).toMatch(
      /CLA plans not included: their plans end on 2023-03-31 \(the reference date of ssda903_episodes\.csv\)/,
    );
  });

  it('does not measure the looked-after ones, naming the 903 date', () => {
    for (const id of ['allocation-delay.allocatedWithinTarget', 'allocation-delay.unallocatedOpen']) {
      const m = metric(older, id);
      expect(m.value, id).toBeNull();
      expect(m.note, id).toMatch(
        /allocations of CLA plans after 2023-03-31 \(the reference date of ssda903_social_worker\.csv: what happened since is not in it; audit as at that date with --as-at 2023-03-31\)/,
      );
    }
  });

  it('says how far the 903 reaches beside the plans', () => {
    const lim = older.rules.find((r) => r.id === 'plan-drift')!.limitations.join('\n');
    expect(lim).toContain(
      'plans: looked-after plans and their reviews read from 1 SSDA903 year (ending 2023-03-31): they reach from 2022-04-01 to 2023-03-31.',
    );
  });
});
