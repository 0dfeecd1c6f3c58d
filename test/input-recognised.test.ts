/**
 * Issue 17 #9, #10: a folder with no recognised table is an input error (exit 2, one line naming
 * what was found and what was expected), with or without --as-at; `validate` reports the data
 * quality of a broken export without an as-at date and fails when a table could not be read.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'caseaudit-rec-')),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-rec-export-'));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

describe('a folder with nothing recognised', () => {
  const dir = folder({ 'notes.txt': 'nothing here\n', 'cases_2024.csv': 'id,date\n1,2024-01-01\n' });

  it('exits 2 with one line naming the files found and the layouts expected, even with --as-at and --fail-on low', () => {
    for (const args of [['--as-at', '2024-03-31', '--fail-on', 'low'], []]) {
      const r = cli(['audit', dir, '--out', mkdtempSync(join(tmpdir(), 'caseaudit-rec-out-')), '-q', ...args]);
      expect(r.code).toBe(2);
      const lines = r.err.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^caseaudit: .*: no table caseaudit reads was recognised \(found cases_2024\.csv, notes\.txt\); expected /,
      );
      expect(lines[0]).toMatch(/ssd_person\.csv/);
      expect(lines[0]).toMatch(/children\.csv/);
      expect(lines[0]).toMatch(/Annex A workbook/);
      expect(r.err).not.toMatch(/as-at/);
    }
  });

  it('--layout canonical on an SSD folder exits 2 naming the files and what canonical expects', () => {
    const r = cli([
      'audit',
      resolve('fixtures/ssd-small'),
      '--layout',
      'canonical',
      '--as-at',
      '2024-03-31',
      '--out',
      mkdtempSync(join(tmpdir(), 'caseaudit-rec-out-')),
      '-q',
    ]);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(
      /no table caseaudit reads was recognised \(found README\.md, ssd_cin_assessments\.csv, .*\); expected a canonical export \(the canonical CSV tables \(children\.csv/,
    );
  });

  it('validate says the same', () => {
    const r = cli(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no table caseaudit reads was recognised/);
  });
});

describe('validate without an as-at date', () => {
  it('reports the data quality of an export whose only table could not be read, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseaudit-rec-broken-'));
    cpSync(resolve('fixtures/bad/missing-required-column'), dir, { recursive: true });
    const r = cli(['validate', dir]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/As at: none \(the export has no event dates/);
    expect(r.out).toMatch(/plans\s+failed: .*plan_type/);
    expect(r.out).toMatch(/1 table could not be read: plans\./);
  });

  it('still exits 0 on a readable export', () => {
    const r = cli(['validate', resolve('fixtures/mini')]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/could not be read/);
  });
});
