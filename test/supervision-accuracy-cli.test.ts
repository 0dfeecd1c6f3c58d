/**
 * The supervision accuracy bench as a user runs it (built dist/): which parts list their misses
 * (the development material: dev, outside, outside2) and which are measured only (test, outside3),
 * and one-line errors, exit 2, for a mistake or a corpus not there yet.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BENCH = resolve('dist/bench/supervisionAccuracy.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BENCH, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('node dist/bench/supervisionAccuracy.js', () => {
  it('lists the misses of outside2, now development material', () => {
    const r = run('--part', 'outside2', '--misses');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^supervision scorer on the second outside corpus \(development material\): 193 records/);
  });

  it('refuses --misses for the parts measured only, in one line, exit 2', () => {
    for (const part of ['test', 'outside3']) {
      const r = run('--part', part, '--misses');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `supervisionAccuracy: --misses: only with --part dev, outside, outside2 (the development material), not ${part}\n`,
      );
    }
  });

  it('reads outside3 from its file once the lead adds it, and says plainly while it is missing', () => {
    const r = run('--part', 'outside3');
    if (existsSync(resolve('test/fixtures/supervision-outside3-corpus.json'))) {
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^supervision scorer on the third outside corpus \(written blind, measured only\)/);
    } else {
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        'supervisionAccuracy: outside3: test/fixtures/supervision-outside3-corpus.json does not exist yet\n',
      );
    }
  });

  it('an unknown part is a one-line error', () => {
    const r = run('--part', 'outside4');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'supervisionAccuracy: --part: expected one of dev, test, all, outside, outside2, outside3, got "outside4"\n',
    );
  });
});
