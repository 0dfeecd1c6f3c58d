/**
 * A folder of SSDA903 files alone holds looked-after plans only: no CIN census, so no CIN or CP
 * plan. Before, plan-drift's longCpPlans and longCinPlans read "0 (≤ 0) stable" (a pass, a trend,
 * team columns) from plans the folder cannot hold; they are not measured, naming the CIN census.
 * The census alone likewise holds no looked-after plan. Run as a user runs it (the built binary).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');

interface Metric {
  value: number | null;
  numerator?: number;
  verdict: string;
  note?: string;
  label: string;
  trend?: unknown[];
}
interface Rule {
  id: string;
  status: string;
  metrics: Record<string, Metric>;
  breakdowns: { columns: { key: string; metric?: string }[] }[];
}

let root: string;
const cli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const audit = (dir: string) => {
  const r = cli(['audit', dir, '--as-at', '2024-03-31', '--format', 'json,csv', '--out', `${dir}-out`, '-q']);
  expect(r.status, r.stderr).not.toBe(2);
  const f = JSON.parse(readFileSync(join(root, `${dir}-out`, 'findings.json'), 'utf8')) as { rules: Rule[] };
  return { rule: (id: string) => f.rules.find((x) => x.id === id)!, stdout: r.stdout };
};
const only = (name: string, prefix: string) => {
  mkdirSync(join(root, name));
  for (const f of readdirSync(join(root, 'ret')).filter((x) => x.startsWith(prefix)))
    copyFileSync(join(root, 'ret', f), join(root, name, f));
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caseaudit-absent-types-'));
  const g = cli(['generate', '--out', 'ret', '--layout', 'returns', '--seed', '1', '--children', '300', '-q']);
  expect(g.status, g.stderr).toBe(0);
  only('only-903', 'ssda903_');
  only('only-cin', 'cin_census_');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('plan types no file read holds', () => {
  it('SSDA903 alone: long CP and CIN plans are not measured, naming the CIN census', () => {
    const { rule, stdout } = audit('only-903');
    const pd = rule('plan-drift');
    for (const id of ['longCpPlans', 'longCinPlans']) {
      const m = pd.metrics[id]!;
      expect([m.value, m.verdict, m.trend]).toEqual([null, 'not-measured', undefined]);
      expect(m.note).toContain('the CIN census holds them: add its XML files, or plans.csv');
      for (const b of pd.breakdowns) expect(b.columns.filter((c) => c.metric === id)).toEqual([]);
    }
    expect(stdout).toMatch(/longCpPlans {16}not measured \(≤ 0\)\n/);
    const csv = readFileSync(join(root, 'only-903-out', 'metrics.csv'), 'utf8');
    // No value, no trend; metrics.csv's "Why not measured" column names the census.
    expect(csv.split(/\r?\n/).find((l) => l.startsWith('plan-drift,longCpPlans,'))).toMatch(
      /,,,0,at most,none,"this returns export does not carry plans of CP plans at all \(the CIN census holds them[^"]*",,/,
    );
    // The looked-after reviews it holds are still measured (8 of 9 on time in this council).
    expect(pd.metrics.reviewsOnTime).toMatchObject({
      value: 8 / 9,
      numerator: 8,
      label: expect.stringContaining('(CLA plans)'),
    });
    expect(rule('allocation-delay').metrics.allocatedWithinTarget).toMatchObject({ numerator: 3, denominator: 3 });
  });

  it('CIN census alone: its CP and CIN plans are measured as with every return', () => {
    const { rule } = audit('only-cin');
    const pd = rule('plan-drift');
    expect([pd.metrics.longCpPlans!.value, pd.metrics.longCinPlans!.value]).toEqual([1, 0]);
    expect(rule('threshold-consistency').metrics.stepDownReturns!.note).toContain(
      'plans of CLA plans at all (the SSDA903 episodes hold them',
    );
  });
});
