/**
 * Plans and reviews come from two returns of different reach (SPEC §6.3): CIN and CP plans and CP
 * reviews from the CIN census, looked-after plans and their reviews from the SSDA903, whose year
 * holds only the episodes and reviews of 1 April to 31 March (the generator writes one per year, as
 * a real one is, and the folders here hold some of the years). Before the reach per plan type, with
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

/** The generated returns with the SSDA903 of the year ending 31 March `year` only (its four tables). */
function with903Of(name: string, year: number): void {
  mkdirSync(join(root, name));
  const kept = readdirSync(join(root, 'returns')).filter(
    (f) => !/^ssda903_/.test(f) || f.startsWith(`ssda903_${year}_`),
  );
  expect(kept.filter((f) => f.startsWith('ssda903_'))).toHaveLength(4);
  for (const f of kept) copyFileSync(join(root, 'returns', f), join(root, name, f));
}

/** The canonical council with the plans of some types only. */
function canonicalOf(name: string, types: readonly string[]): void {
  mkdirSync(join(root, name));
  for (const f of readdirSync(join(root, 'canonical')).filter((x) => x.endsWith('.csv'))) {
    const text = readFileSync(join(root, 'canonical', f), 'utf8');
    const lines = text.split('\n');
    writeFileSync(
      join(root, name, f),
      f === 'plans.csv'
        ? lines.filter((l, i) => i === 0 || l === '' || types.includes(l.split(',')[2]!)).join('\n')
        : text,
    );
  }
}

let canonical: Findings,
  full: Findings,
  newest: Findings,
  older: Findings,
  cpOnly: Findings,
  cpCla: Findings,
  claOnly: Findings;

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
  // One SSDA903 file set per year, as a real 903 is (each year's episodes and reviews only).
  const years903 = [
    ...new Set(readdirSync(join(root, 'returns')).flatMap((f) => /^ssda903_(\d{4})_episodes\.csv$/.exec(f)?.[1] ?? [])),
  ].sort();
  expect(years903.length).toBeGreaterThan(2);
  expect(years903.at(-1)).toBe('2024');
  with903Of('newest-903', 2024);
  with903Of('older-903', 2023);
  // The canonical council with its CP plans only (what the returns' review measures count when
  // looked-after plans are left out: no return holds CIN plan reviews), and with CP and CLA plans.
  canonicalOf('cp-only', ['cp']);
  canonicalOf('cp-cla', ['cp', 'cla']);
  canonicalOf('cla-only', ['cla']);
  canonical = audit('canonical');
  full = audit('returns');
  newest = audit('newest-903', 'json,md,csv');
  older = audit('older-903');
  cpOnly = audit('cp-only');
  cpCla = audit('cp-cla');
  claOnly = audit('cla-only');
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

describe('every CIN census and SSDA903 year, as generated', () => {
  it('judges CP and CLA reviews, as the canonical audit of the CP and CLA plans does', () => {
    for (const id of ['plan-drift.reviewsOnTime', 'plan-drift.overdueReviews']) {
      const m = metric(full, id);
      expect(counts(m), id).toEqual(counts(metric(cpCla, id)));
      expect(m.label, id).toMatch(/\(CP and CLA plans; CIN plans not included: this export has no CIN reviews\)$/);
      expect(m.trend, id).toEqual(metric(cpCla, id).trend);
    }
    // The 903 social worker table's allocations judge looked-after plans, as the canonical ones do.
    for (const id of ['allocation-delay.allocatedWithinTarget', 'allocation-delay.unallocatedOpen'])
      expect(counts(metric(full, id)), id).toEqual(counts(metric(claOnly, id)));
    expect(metric(cpCla, 'plan-drift.reviewsOnTime').denominator).toBeGreaterThan(
      metric(cpOnly, 'plan-drift.reviewsOnTime').denominator!,
    );
  });
});

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
      /reviewsOnTime: counts CP plans only; CLA plans are left out, as their records do not reach: .*reviews of CLA plans begun before 2023-04-01 \(a plan open in the period began on \d{4}-\d{2}-\d{2}; the SSDA903 years read \(the oldest ssda903_2024_(episodes|reviews)\.csv\) reach back to 2023-04-01 only/,
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
      /CLA plans not included: their plans end on 2023-03-31 \(the reference date of ssda903_2023_episodes\.csv\)/,
    );
  });

  it('does not measure the looked-after ones, naming the 903 date', () => {
    for (const id of ['allocation-delay.allocatedWithinTarget', 'allocation-delay.unallocatedOpen']) {
      const m = metric(older, id);
      expect(m.value, id).toBeNull();
      expect(m.note, id).toMatch(
        /allocations of CLA plans after 2023-03-31 \(the reference date of ssda903_2023_social_worker\.csv: what happened since is not in it; audit as at that date with --as-at 2023-03-31\)/,
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
