import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
});
