/**
 * A file of an SSD extract or a returns folder that is there but empty stops the audit as an empty
 * canonical file does.
 *
 * An SSD file that is there but empty fails the tables it feeds, as an empty canonical file does:
 * exit 2 with one line naming it, the reports still written. Before, an empty ssd_cp_plans.csv
 * left the plans table to the CIN, CLA and early help files, the plan measures counted those
 * alone, the terminal said nothing and the audit exited 0.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let ssd: string;
beforeAll(() => {
  ssd = mkdtempSync(join(tmpdir(), 'caseaudit-ssd-'));
  expect(cli(['generate', '--out', ssd, '--layout', 'ssd', '--children', '120', '--seed', '5', '-q']).code).toBe(0);
});

function audit(dir: string) {
  const out = mkdtempSync(join(tmpdir(), 'caseaudit-ssd-out-'));
  const r = cli(['audit', dir, '--as-at', '2024-03-31', '--out', out, '-q']);
  const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as {
    dataQuality: { tables: { table: string; status: string }[] };
    rules: { id: string; status: string }[];
  };
  return { ...r, json };
}

describe('an empty SSD file', () => {
  it('ssd_cp_plans.csv empty: exit 2 naming it, plans failed, the plan rules not run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseaudit-ssd-bad-'));
    cpSync(ssd, dir, { recursive: true });
    writeFileSync(join(dir, 'ssd_cp_plans.csv'), '');
    const r = audit(dir);
    expect(r.err).toBe('caseaudit: ssd_cp_plans.csv: file is empty (no header row)\n');
    expect(r.code).toBe(2);
    expect(r.json.dataQuality.tables.find((t) => t.table === 'plans')!.status).toBe('failed');
    expect(r.json.rules.find((x) => x.id === 'plan-drift')!.status).toBe('not-run');
    expect(r.json.rules.find((x) => x.id === 'assessment-timeliness')!.status).toBe('ran');
  });

  it('a header-only file is read with no rows, and the extract as generated exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseaudit-ssd-head-'));
    cpSync(ssd, dir, { recursive: true });
    const file = join(dir, 'ssd_cp_plans.csv');
    writeFileSync(file, readFileSync(file, 'utf8').split('\n')[0] + '\n');
    expect(audit(dir).code).toBe(0);
    expect(audit(ssd).code).toBe(0);
  });
});

describe('an empty return', () => {
  it("an empty CIN census XML: exit 2 naming it, rather than auditing last year's census with exit 0", () => {
    const returns = mkdtempSync(join(tmpdir(), 'caseaudit-returns-'));
    expect(
      cli(['generate', '--out', returns, '--layout', 'returns', '--children', '120', '--seed', '5', '-q']).code,
    ).toBe(0);
    const newest = 'cin_census_2024.xml';
    expect(readFileSync(join(returns, newest), 'utf8')).toContain('<Collection>CIN</Collection>');
    expect(cli(['audit', returns, '--out', mkdtempSync(join(tmpdir(), 'caseaudit-ret-out-')), '-q']).code).toBe(0);
    writeFileSync(join(returns, newest), '\n');
    const r = cli(['audit', returns, '--out', mkdtempSync(join(tmpdir(), 'caseaudit-ret-out-')), '-q']);
    expect(r.err).toBe(`caseaudit: ${newest}: file is empty (expected a return's XML)\n`);
    expect(r.code).toBe(2);
  });
});
