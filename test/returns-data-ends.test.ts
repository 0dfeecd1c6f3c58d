/**
 * A return describes the year up to its reference date: a CIN census of 31 March says nothing of
 * April onwards. A council's folder in the autumn holds that census and the workforce census of
 * 30 September, and the as-at date defaults to the newest (SPEC §6.3): the case measures must then
 * be not measured, naming the census date, not counted as if every assessment and plan open on
 * 31 March were still open six months later. Found on a generated council: openOverdue 7 (0 on the
 * census date), overdueReviews 17 (1), longCinPlans 9 (0), each with a "worsening" trend.
 * Run as a user runs it (the built binary, spawned).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');

interface Metric {
  value: number | null;
  numerator?: number;
  denominator?: number;
  note?: string;
  trend?: unknown[];
}
interface Findings {
  asAt: string;
  asAtSource: string;
  rules: { id: string; status: string; metrics: Record<string, Metric>; findings: unknown[] }[];
}

let root: string;
const cli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const audit = (out: string, extra: string[] = []) => {
  const r = cli(['audit', 'returns', '--format', 'json,md', '--out', out, ...extra]);
  expect(r.status, r.stderr).not.toBe(2);
  return {
    json: JSON.parse(readFileSync(join(root, out, 'findings.json'), 'utf8')) as Findings,
    md: readFileSync(join(root, out, 'summary.md'), 'utf8'),
    stdout: r.stdout,
  };
};
const metric = (f: Findings, id: string) => {
  const [rule, m] = id.split('.') as [string, string];
  return f.rules.find((r) => r.id === rule)!.metrics[m]!;
};

/** The audit of a folder holding only `files` of the generated returns (as at the census date). */
const only = (name: string, files: string[]) => {
  mkdirSync(join(root, name));
  for (const f of files) copyFileSync(join(root, 'returns', f), join(root, name, f));
  const r = cli(['audit', name, '--format', 'json', '--out', `${name}-out`, '-q']);
  expect(r.status, r.stderr).not.toBe(2);
  return JSON.parse(readFileSync(join(root, `${name}-out`, 'findings.json'), 'utf8')) as Findings;
};

/** Measures made from the CIN census and the 903 (their tables end on 2024-03-31). */
const CASE_MEASURES = [
  'assessment-timeliness.completedWithin45',
  'assessment-timeliness.openOverdue',
  'plan-drift.overdueReviews',
  'plan-drift.longCinPlans',
  'plan-drift.longCpPlans',
  'threshold-consistency.rereferralRate',
  'threshold-consistency.lateIcpc',
  'allocation-delay.unallocatedOpen',
];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caseaudit-data-ends-'));
  const g = cli(['generate', '--out', 'returns', '--layout', 'returns', '--children', '300', '--seed', '11']);
  expect(g.status, g.stderr).toBe(0);
  // The workforce census as councils send it: dated 30 September, after the CIN census's 31 March.
  const csww = join(root, 'returns', 'csww.xml');
  const xml = readFileSync(csww, 'utf8');
  expect(xml).toContain('<ReferenceDate>2024-03-31</ReferenceDate>');
  writeFileSync(
    csww,
    xml.replace('<ReferenceDate>2024-03-31</ReferenceDate>', '<ReferenceDate>2024-09-30</ReferenceDate>'),
  );
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('returns read after their reference date', () => {
  it('the default as-at (the workforce census date) measures no case measure, naming the CIN census date', () => {
    const { json, md, stdout } = audit('after');
    expect([json.asAt, json.asAtSource]).toEqual(['2024-09-30', 'reference date of csww.xml']);
    for (const id of CASE_MEASURES) {
      const m = metric(json, id);
      expect(m.value, id).toBeNull();
      expect(m.note, id).toMatch(/after 2024-03-31 \(the reference date of (cin_census_2024\.xml|ssda903_\w+\.csv)/);
      expect(m.note, id).toContain('--as-at 2024-03-31');
      expect(m.trend, id).toBeUndefined();
    }
    // No finding is built on a withdrawn measure.
    expect(json.rules.find((r) => r.id === 'plan-drift')!.findings).toEqual([]);
    // The workforce census's own measures are measured on its date.
    expect(metric(json, 'workforce.agencyRate').value).not.toBeNull();
    // Every view names why: the Markdown summary and the terminal, not a bare "not measured".
    expect(md).toContain('## Not measured, and why');
    expect(md).toMatch(/assessments after 2024-03-31 \(the reference date of cin\\_census\\_2024\.xml/);
    expect(stdout).toMatch(/openOverdue +not measured \(≤ 0\)\n +why: .*assessments after 2024-03-31/);
  });

  it('the audit sample says its plans are known only up to the census date, and how to draw as at it', () => {
    const after = cli(['sample', 'returns', '--size', '5', '--out', 'sample.csv']);
    expect(after.status, after.stderr).toBe(0);
    expect(after.stderr).toContain('plans are known up to 2024-03-31 only');
    expect(after.stderr).toContain('--as-at 2024-03-31');
    expect(readFileSync(join(root, 'sample.csv'), 'utf8').split('\r\n')[0]).toMatch(
      /as at 2024-09-30; .*; plans are known up to 2024-03-31 only \(the reference date of cin_census_2024\.xml\)/,
    );
    const on = cli(['sample', 'returns', '--size', '5', '--as-at', '2024-03-31', '--out', 'sample-on.csv']);
    expect(on.stderr).toBe('');
    expect(readFileSync(join(root, 'sample-on.csv'), 'utf8')).not.toContain('known up to');
  });

  it('re-referrals and the change in CP starts are not measured when the census years read do not reach back far enough', () => {
    // One census year holds the episodes open from 1 April 2023: a referral's earlier referral
    // (12 months back) or last year's CP starts may be missing, so the rate would be too low.
    const one = only('one-year', ['cin_census_2024.xml']);
    for (const id of ['threshold-consistency.rereferralRate', 'threshold-consistency.cpStartsChange']) {
      expect(metric(one, id).value, id).toBeNull();
      expect(metric(one, id).note, id).toMatch(
        /from 2022-04-01 \(it looks back 12 months before the period's start; the CIN census years read \(the oldest cin_census_2024\.xml\) reach back to 2023-04-01 only/,
      );
    }
    // Two years reach the headline's look-back, not that of the earlier month-ends: their points
    // are not measured, the headline is.
    const two = only('two-years', ['cin_census_2023.xml', 'cin_census_2024.xml']);
    const rate = metric(two, 'threshold-consistency.rereferralRate');
    expect(rate.value).not.toBeNull();
    const points = rate.trend as { asAt: string; value: number | null }[];
    expect(points[0]).toEqual({ asAt: '2023-04-30', value: null });
    expect(points.at(-1)!.value).toBe(rate.value);
    // All three years: every point measured.
    const all = only('three-years', ['cin_census_2022.xml', 'cin_census_2023.xml', 'cin_census_2024.xml']);
    const full = metric(all, 'threshold-consistency.rereferralRate');
    expect((full.trend as { value: number | null }[]).every((p) => p.value !== null)).toBe(true);
    expect(full.value).toBe(rate.value);
  });

  it('the two newest census years give the re-referral rate and the change in CP starts of all years; one year measures neither', () => {
    // A census holds every episode open at any point in its year, as it stood on its reference
    // date (the generator writes them so: cinCensusChild.ts), so the two newest years hold every
    // referral and CP start since the older year's 1 April: the headline's look-back. Before the
    // generator wrote each referral only in its own year, two years gave cpStartsChange 1.75 (11
    // CP starts against 4) where all three gave 1.4 (12 against 5).
    const years = readdirSync(join(root, 'returns'))
      .filter((f) => /^cin_census_\d{4}\.xml$/.test(f))
      .sort();
    expect(years.length).toBeGreaterThan(2);
    const all = only('every-year', years);
    const two = only('newest-two', years.slice(-2));
    const one = only('newest-one', years.slice(-1));
    for (const id of ['threshold-consistency.rereferralRate', 'threshold-consistency.cpStartsChange']) {
      const a = metric(all, id),
        b = metric(two, id);
      expect(a.value, id).not.toBeNull();
      expect(a.numerator, id).toBeGreaterThan(0);
      expect([b.value, b.numerator, b.denominator], id).toEqual([a.value, a.numerator, a.denominator]);
      expect(metric(one, id).value, id).toBeNull();
      expect(metric(one, id).note, id).toMatch(/reach back to 2023-04-01 only/);
    }
  });

  // One census year (as the issue's literal case) gave every month-end of the trend a value: a
  // month-end's 12-month period started before 1 April 2023, where that year's episodes begin, so
  // completedWithin45 at June 2023 read 91.1% on a generated council of 3,000 children where every
  // year read gives 89.5%. A share over a period is
  // not measured where its period starts before the data; a snapshot of what is open on the day is.
  it('one census year measures no share over a period starting before its 1 April, and keeps the snapshots', () => {
    const years = readdirSync(join(root, 'returns'))
      .filter((f) => /^cin_census_\d{4}\.xml$/.test(f))
      .sort();
    const all = only('trend-every-year', years);
    const one = only('trend-newest-one', years.slice(-1));
    type Point = { asAt: string; value: number | null };
    for (const id of ['assessment-timeliness.completedWithin45', 'threshold-consistency.lateIcpc']) {
      const a = metric(all, id),
        b = metric(one, id);
      // The headline's period is the census year itself: measured, and equal to every year's.
      expect([b.value, b.numerator, b.denominator], id).toEqual([a.value, a.numerator, a.denominator]);
      const points = b.trend as Point[];
      expect(points.at(-1)!.value, id).toBe(a.value);
      expect(
        points.slice(0, -1).every((p) => p.value === null),
        id,
      ).toBe(true);
      expect((a.trend as Point[]).every((p) => p.value !== null)).toBe(true);
    }
    // Open on the day: every month-end of the census year is measured, as with every year read.
    for (const id of ['assessment-timeliness.openOverdue', 'plan-drift.longCpPlans', 'plan-drift.longCinPlans']) {
      expect(metric(one, id).trend, id).toEqual(metric(all, id).trend);
      expect(
        (metric(one, id).trend as Point[]).every((p) => p.value !== null),
        id,
      ).toBe(true);
    }
    // As at a day inside the census year, a share's period starts before it: not measured, and said.
    const r = cli(['audit', 'trend-newest-one', '--as-at', '2024-01-31', '--format', 'json', '--out', 'jan-out', '-q']);
    expect(r.status, r.stderr).not.toBe(2);
    const jan = JSON.parse(readFileSync(join(root, 'jan-out', 'findings.json'), 'utf8')) as Findings;
    const c = metric(jan, 'assessment-timeliness.completedWithin45');
    expect(c.value).toBeNull();
    expect(c.note).toMatch(
      /assessments from 2023-02-01 \(the period starts on 2023-02-01; the CIN census years read \(the oldest cin_census_2024\.xml\) reach back to 2023-04-01 only: add the files of earlier years\)/,
    );
    expect(metric(jan, 'assessment-timeliness.openOverdue').value).not.toBeNull();
  });

  it('as at the CIN census date the same measures are measured, and the workforce ones are not', () => {
    const { json } = audit('on', ['--as-at', '2024-03-31']);
    for (const id of CASE_MEASURES) expect(metric(json, id).value, id).not.toBeNull();
    expect(metric(json, 'workforce.agencyRate').value).toBeNull();
    expect(metric(json, 'workforce.agencyRate').note).toContain('2024-09-30');
  });
});
