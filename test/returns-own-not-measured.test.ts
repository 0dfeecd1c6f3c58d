/**
 * A metric the rule itself finds it cannot measure is not measured in every view. The generated
 * workforce census carries no qualification for any worker, so workforce.newlyQualifiedRate is not
 * measured ("no active worker has a qualified date recorded"). Before, only metrics whose columns
 * the layout lacks lost their breakdown columns: this one kept a "Newly qualified 0%" column in
 * the workforce team table (findings.json, HTML, PDF) beside the headline's "not measured".
 * Run as a user runs it (the built binary, spawned).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');

interface Metric {
  value: number | null;
  verdict: string;
  note?: string;
}
interface Breakdown {
  columns: { key: string; metric?: string }[];
  rows: Record<string, unknown>[];
}
interface Findings {
  rules: { id: string; metrics: Record<string, Metric>; breakdowns: Breakdown[]; findings: { metric?: string }[] }[];
}

let root: string;
let terminal: string;
const cli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const read = (name: string) => readFileSync(join(root, 'out', name), 'utf8');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caseaudit-own-nm-'));
  const g = cli(['generate', '--out', 'ret', '--layout', 'returns', '--seed', '1', '--children', '300', '-q']);
  expect(g.status, g.stderr).toBe(0);
  const a = cli(['audit', 'ret', '--as-at', '2024-03-31', '--format', 'json,html', '--out', 'out', '-q']);
  expect(a.status, a.stderr).not.toBe(2);
  terminal = a.stdout;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a metric the rule finds unmeasurable (returns layout, no qualified dates)', () => {
  it('findings.json: no breakdown column for it; the measured metrics keep theirs', () => {
    const f = JSON.parse(read('findings.json')) as Findings;
    const w = f.rules.find((r) => r.id === 'workforce')!;
    const m = w.metrics.newlyQualifiedRate!;
    expect([m.value, m.verdict, m.note]).toEqual([
      null,
      'not-measured',
      'not measured: no active worker has a qualified date recorded',
    ]);
    expect(w.breakdowns.length).toBeGreaterThan(0);
    for (const b of w.breakdowns) {
      expect(b.columns.filter((c) => c.metric === 'newlyQualifiedRate')).toEqual([]);
      for (const row of b.rows) expect(row).not.toHaveProperty('newlyQualifiedRate');
    }
    expect(w.findings.filter((x) => x.metric === 'newlyQualifiedRate')).toEqual([]);
    expect(w.breakdowns[0]!.rows[0]).toMatchObject({ active: 14, agencyRate: 2 / 14, leavers: 1 });
  });

  it('report.html and the terminal show it as not measured, with no team column for it', () => {
    const html = read('report.html');
    expect(html).toContain('<th scope="col" class="num">Agency</th><th scope="col" class="num">Left in period</th>');
    expect(html).not.toMatch(/>Newly qualified</);
    expect(terminal).toContain('no active worker has a qualified date recorded');
  });
});
