/**
 * Issue 19 items 9-11: user mistakes are one line (never "internal error"), output is the same
 * bytes in any locale and time zone, nested `__proto__` config keys are errors, control
 * characters do not reach the CSV worklists raw.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const tmp = (p: string): string => mkdtempSync(join(tmpdir(), `caseaudit-${p}-`));

function sh(cmd: string, env: Record<string, string> = {}) {
  const r = spawnSync('/bin/sh', ['-c', cmd], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  expect(r.error, 'did not finish in time').toBeUndefined();
  return r;
}

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  expect(r.error, 'did not finish in time').toBeUndefined();
  return r;
}

function mini(files: Record<string, string>): string {
  const dir = tmp('mistake-ex');
  for (const [f, t] of Object.entries(files)) writeFileSync(join(dir, f), t);
  return dir;
}

const PLANS = { 'plans.csv': 'plan_id,child_id,plan_type,start_date\nP1,C1,cp,2023-05-01\n' };

describe('user mistakes are one line, exit 2', () => {
  const file = join(tmp('mistake-file'), 'report');
  writeFileSync(file, 'x');
  it.each([
    ['an existing file', file, /^caseaudit: --out: .*report: is a file, or inside one, not a folder$/],
    ['inside a file', join(file, 'sub'), /^caseaudit: --out: .*report\/sub: is a file, or inside one, not a folder$/],
    ['/proc', '/proc', /^caseaudit: --out: \/proc: is inside \/proc, a system folder/],
    ['/sys', '/sys/x', /^caseaudit: --out: \/sys\/x: is inside \/sys, a system folder/],
    [
      '/proc/self/x (hung before)',
      '/proc/self/x',
      /^caseaudit: --out: \/proc\/self\/x: is inside \/proc, a system folder/,
    ],
  ])('--out at %s', (_name, out, pattern) => {
    const r = cli(['audit', mini(PLANS), '--as-at', '2024-03-31', '--format', 'json', '--out', out, '-q']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(pattern);
  });

  it('--period-months 130 names the option and its range', () => {
    const r = cli([
      'audit',
      mini(PLANS),
      '--as-at',
      '2024-03-31',
      '--period-months',
      '130',
      '--out',
      tmp('mistake-out'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('caseaudit: --period-months: "130" is not a whole number from 1 to 120\n');
  });

  it.each([
    ['--format=', 'caseaudit: --format: no format given (formats are: json, html, pdf, csv, md, junit)'],
    ['--format=,', 'caseaudit: --format: no format given (formats are: json, html, pdf, csv, md, junit)'],
    ['--rules=', 'caseaudit: --rules: no rule given (see: caseaudit rules)'],
    ['--rules=,', 'caseaudit: --rules: no rule given (see: caseaudit rules)'],
  ])('%s (an empty variable in a script) is a mistake, not a run with no report or every rule', (arg, line) => {
    const out = tmp('mistake-out');
    const r = cli(['audit', mini(PLANS), '--as-at', '2024-03-31', '--out', out, '-q', arg]);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.status).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });

  it.each([
    [
      'an existing file (an internal error before)',
      () => file,
      /^caseaudit: --out: .*report: is a file, or inside one, not a folder$/,
    ],
    [
      '/proc/self/x (hung before)',
      () => '/proc/self/x',
      /^caseaudit: --out: \/proc\/self\/x: is inside \/proc, a system folder/,
    ],
  ])('generate --out at %s', (_name, out, pattern) => {
    const r = spawnSync(process.execPath, [BIN, 'generate', '--out', out(), '--children', '5', '-q'], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.error, 'did not finish in time').toBeUndefined();
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(pattern);
    expect(r.status).toBe(2);
  });

  it.each([
    [
      'init, inside a file (an internal error before)',
      ['init', 'fixtures/mini', '--out', join(file, 'c.json')],
      /^caseaudit: --out: .*report: is a file, or inside one, not a folder$/,
    ],
    [
      'init, under /proc (an internal error before)',
      ['init', 'fixtures/mini', '--out', '/proc/self/c.json'],
      /^caseaudit: --out: \/proc\/self: is inside \/proc, a system folder/,
    ],
    [
      'sample, at a folder (named its parent before)',
      ['sample', 'fixtures/demo', '--size', '2', '--out', tmp('sample-dir')],
      /^caseaudit: --out: .*sample-dir-\w+: is a folder; give the name of a file to write$/,
    ],
  ])('--out of one file: %s', (_name, args, pattern) => {
    const r = cli(args);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(pattern);
    expect(r.status).toBe(2);
  });

  it('`caseaudit rules | head -1` prints one line and no EPIPE stack', () => {
    const r = sh(
      `'${process.execPath}' '${BIN}' rules | head -1; '${process.execPath}' '${BIN}' rules --json | head -c 10 >/dev/null`,
    );
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});

describe('same bytes in any locale and time zone', () => {
  // Headers whose order differs between Turkish and English collation (ı sorts before i in tr).
  const ex = mini({
    'plans.csv':
      'plan_id,child_id,plan_type,start_date,ib,ıa,Zed,apple\nP1,C1,cp,2023-05-01,,,,\nP2,C2,xx,2023-06-01,,,,\n',
  });
  const run = (env: Record<string, string>) => {
    const out = tmp('mistake-locale');
    // No --as-at: the default (latest event not after today) must not depend on the zone either.
    const r = cli(['audit', ex, '--format', 'json,csv,md', '--out', out, '-q'], env);
    expect(r.status).toBe(0);
    return Object.fromEntries(
      readdirSync(out)
        .sort()
        .map((f) => [f, readFileSync(join(out, f), 'utf8')]),
    );
  };

  it('LC_ALL=tr_TR.UTF-8, de_DE and C, and TZ from Kiritimati to Pago Pago, give identical outputs', () => {
    const base = run({ LC_ALL: 'C', LANG: 'C', TZ: 'UTC' });
    expect(base['findings.json']).toMatch(/unknown-column/);
    for (const env of [
      { LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8', TZ: 'Pacific/Kiritimati' },
      { LC_ALL: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8', TZ: 'Pacific/Pago_Pago' },
    ]) {
      expect(run(env)).toEqual(base);
    }
  });
});

describe('config and CSV hardening', () => {
  it.each([
    ['{"rules": {"plan-drift": {"options": {"__proto__": {"x": 1}}}}}', 'rules.plan-drift.options.__proto__'],
    ['{"budgets": {"__proto__": {"max": 1}}}', 'budgets.__proto__'],
    ['{"mapping": {"plans": {"columns": {"__proto__": {"a": "b"}}}}}', 'mapping.plans.columns.__proto__'],
  ])('a nested __proto__ key is an error: %s', (json, path) => {
    const dir = mini(PLANS);
    writeFileSync(join(dir, 'c.json'), json);
    const r = cli([
      'audit',
      dir,
      '--config',
      join(dir, 'c.json'),
      '--as-at',
      '2024-03-31',
      '--out',
      tmp('mistake-out'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`caseaudit: ${join(dir, 'c.json')}: ${path}: "__proto__" is not allowed as a key\n`);
  });

  it('terminal control characters in a value are escaped in the CSV worklists', () => {
    const dir = mini({
      'plans.csv': 'plan_id,child_id,plan_type,start_date,team\nP1\u001b[31m,C1\u0007,cp,2023-05-01,North\u009b2J\n',
      'reviews.csv': 'plan_id,review_date\n',
    });
    const out = tmp('mistake-out');
    expect(cli(['audit', dir, '--as-at', '2024-03-31', '--format', 'csv', '--out', out, '-q']).status).toBe(0);
    const csv = readdirSync(out)
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n');
    expect(csv).toContain('P1\\x1B[31m');
    expect(csv).toContain('North\\x9B2J');
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });
});
