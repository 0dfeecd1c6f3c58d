/**
 * An Annex A list that cannot be read (no "Child Unique ID" header, or no start date column) fails
 * the tables it feeds, as a canonical CSV without a required column fails its own: exit 2 with one
 * line naming the list's file, the reports still written. Before, the list was dropped with only a
 * data-quality entry in findings.json: List 6's CIN plans vanished, the plan measures were worked
 * out from the CP and CLA plans alone, the terminal said nothing and the audit exited 0.
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

interface Findings {
  dataQuality: { tables: { table: string; status: string; error?: string }[] };
  rules: { id: string; status: string }[];
}

let annex: string;
beforeAll(() => {
  annex = mkdtempSync(join(tmpdir(), 'caseaudit-annex-'));
  const g = cli(['generate', '--out', annex, '--layout', 'annex-a', '--children', '120', '--seed', '5', '-q']);
  expect(g.code).toBe(0);
});

/** A copy of the generated lists with one list's header text replaced. */
function withHeader(list: string, from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-annex-bad-'));
  cpSync(annex, dir, { recursive: true });
  const file = join(dir, `${list}.csv`);
  const text = readFileSync(file, 'utf8');
  expect(text.split('\n')[0]).toContain(from);
  writeFileSync(file, text.replace(from, to));
  return dir;
}

function audit(dir: string) {
  const out = mkdtempSync(join(tmpdir(), 'caseaudit-annex-out-'));
  const r = cli(['audit', dir, '--as-at', '2024-03-31', '--out', out, '-q']);
  const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as Findings;
  return { ...r, json };
}

const status = (j: Findings, t: string) => j.dataQuality.tables.find((x) => x.table === t)!.status;

describe('an Annex A list that cannot be read', () => {
  it('List 6 without its id header: exit 2, one line naming List 6.csv, plans failed and their rules not run', () => {
    const r = audit(withHeader('List 6', 'Child Unique ID', 'Ref'));
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/^\s+at /m);
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toEqual([
      'caseaudit: List 6.csv: no "Child Unique ID" header in its first 10 rows, so List 6 was not read and its plans, visits and allocations could not be read',
    ]);
    for (const t of ['plans', 'visits', 'allocations']) expect(status(r.json, t)).toBe('failed');
    for (const t of ['referrals', 'assessments', 'section47']) expect(status(r.json, t)).toBe('loaded');
    for (const id of ['plan-drift', 'visit-timeliness', 'allocation-delay'])
      expect(r.json.rules.find((x) => x.id === id)!.status, id).toBe('not-run');
    expect(r.json.rules.find((x) => x.id === 'assessment-timeliness')!.status).toBe('ran');
  });

  it('List 7 without its start date column: the line names the header expected', () => {
    const r = audit(withHeader('List 7', 'Child Protection Plan Start Date', 'CPP Begin'));
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'caseaudit: List 7.csv: no start date column (expected "Child Protection Plan Start Date"), so List 7 was not read and its plans, reviews, visits and allocations could not be read\n',
    );
    expect(status(r.json, 'reviews')).toBe('failed');
  });

  it('an empty list file says so', () => {
    const dir = withHeader('List 5', 'Child Unique ID', 'Child Unique ID');
    writeFileSync(join(dir, 'List 5.csv'), '');
    const r = audit(dir);
    expect(r.err).toBe(
      'caseaudit: List 5.csv: file is empty (no header row), so List 5 was not read and its section47 could not be read\n',
    );
    expect(r.code).toBe(2);
  });

  it('validate exits 1 naming the tables; the lists as generated still exit 0', () => {
    const v = cli(['validate', withHeader('List 3', 'Child Unique ID', 'Ref')]);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/^referrals +failed: List 3\.csv: no "Child Unique ID" header/m);
    expect(v.out).toContain('1 table could not be read: referrals.');
    expect(audit(annex).code).toBe(0);
  });
});
