import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BENCH = resolve('dist/bench/bench.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BENCH, ...args], { encoding: 'utf8', timeout: 20_000 });

describe('npm run bench, as a user runs it', () => {
  it('--help prints the options and starts nothing', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run bench/);
    for (const flag of [
      '--sizes',
      '--runs',
      '--keep',
      '--trends-only',
      '--children-only',
      '--duckdb-only',
      '--returns-only',
      '--scale',
    ])
      expect(r.stdout).toContain(flag);
  });

  it('an unknown option is a one-line usage error, not a full benchmark run', () => {
    const r = run('--sizes', '10k', '--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('bench: unknown option --bogus (see --help)');
  });

  it('a short run leaves nothing in the temporary folder (generated data, probe files)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bench-tmp-'));
    try {
      const r = spawnSync(process.execPath, [BENCH, '--sizes', '10k', '--runs', '1', '--trends-only'], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).toMatch(/10k: trends cost/);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('--duckdb-only: the like-for-like run is the audit without trends; the run with trends is reported beside it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bench-tmp-'));
    try {
      const r = spawnSync(process.execPath, [BENCH, '--sizes', '10k', '--runs', '1', '--duckdb-only', '--keep'], {
        encoding: 'utf8',
        timeout: 180_000,
        env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(
        '| caseaudit 7 metrics (no trends) | DuckDB 7 metrics | ÷ | caseaudit 7 metrics with trends | ÷ |',
      );
      expect(r.stdout).toMatch(/10k: caseaudit and DuckDB agree on 7 of 7/);
      const [work] = readdirSync(tmp);
      const findings = (name: string) =>
        JSON.parse(readFileSync(join(tmp, work!, name, 'findings.json'), 'utf8')) as Record<string, unknown>;
      expect(findings('same-10k')).not.toHaveProperty('trends');
      expect(findings('same-trends-10k')).toHaveProperty('trends');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('node dist/bench/supervisionHeldOut.js, as the lead runs it', () => {
  // A held-out run trains a model per set (minutes each); these must answer at once, or time out.
  const held = (...args: string[]) =>
    spawnSync(process.execPath, [resolve('dist/bench/supervisionHeldOut.js'), ...args], {
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('--help (and -h) prints the usage and exits 0 without training', () => {
    for (const flag of ['--help', '-h']) {
      const r = held(flag);
      expect(r.error, flag).toBeUndefined();
      expect(r.status, flag).toBe(0);
      expect(r.stdout).toMatch(
        /^Usage: node dist\/bench\/supervisionHeldOut\.js \[--from N\] \[--to N\] \[--group N\] \[--config JSON\] \[--json\]\n/,
      );
      for (const option of ['--from N', '--to N', '--group N', '--config JSON', '--json'])
        expect(r.stdout).toContain(option);
      expect(r.stderr).toBe('');
    }
  });

  it('an unknown option or a --from without a number is a one-line usage error, not a run', () => {
    const bogus = held('--bogus');
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toBe('supervisionHeldOut: unknown option --bogus (see --help)\n');
    const from = held('--from', 'x');
    expect(from.status).toBe(2);
    expect(from.stderr).toBe('supervisionHeldOut: --from needs a whole number (see --help)\n');
  });
});
