/**
 * The supervision accuracy bench as a user runs it (built dist/): which parts list their misses
 * (the development material: dev, outside, outside2, outside3) and which are measured only (test
 * and the blind outside set, outside4, and any later one), and one-line errors, exit 2, for a
 * mistake or a corpus not there yet.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BENCH = resolve('dist/bench/supervisionAccuracy.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BENCH, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('node dist/bench/supervisionAccuracy.js', () => {
  it('lists the misses of outside2 and outside3, now development material', () => {
    const r = run('--part', 'outside2', '--misses');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^supervision scorer on the second outside corpus \(development material\): 193 records/);
    const r3 = run('--part', 'outside3', '--misses');
    expect(r3.status).toBe(0);
    expect(r3.stdout).toMatch(/^supervision scorer on the third outside corpus \(development material\): 291 records/);
  });

  it('refuses --misses for the parts measured only, in one line, exit 2', () => {
    for (const part of ['test', 'outside4', 'outside5']) {
      const r = run('--part', part, '--misses');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `supervisionAccuracy: --misses: only on the development material (dev, outside to outside3), not ${part}\n`,
      );
    }
  });

  it('reads outside4 from its file once the lead adds it, and says plainly while it is missing', () => {
    const r = run('--part', 'outside4');
    if (existsSync(resolve('test/fixtures/supervision-outside4-corpus.json'))) {
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^supervision scorer on the fourth outside corpus \(written blind, measured only\)/);
    } else {
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        'supervisionAccuracy: outside4: test/fixtures/supervision-outside4-corpus.json does not exist yet\n',
      );
    }
  });

  it('an unknown part is a one-line error', () => {
    for (const part of ['outside1', 'outside0', 'inside', '']) {
      const r = run('--part', part);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `supervisionAccuracy: --part: expected dev, test, all, outside or outsideN, got ${JSON.stringify(part)}\n`,
      );
    }
  });
});
