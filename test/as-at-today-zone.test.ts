/**
 * Without --as-at the as-at date is the latest event not after the day of the run, and that day
 * is England's (Europe/London), whatever the machine's time zone: run at 23:30 UTC on 31 March
 * 2024 (00:30 on 1 April in London, the clocks just gone forward), an event of 1 April counts in
 * every zone, and an hour earlier in none. The CLI is run as a user runs it, the clock set with a
 * preloaded module.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
let dir: string, ex: string, clock: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-today-zone-'));
  ex = join(dir, 'export');
  const g = spawnSync(
    process.execPath,
    [BIN, 'generate', '--out', ex, '--children', '40', '--seed', '3', '--as-at', '2024-03-31', '-q'],
    { encoding: 'utf8' },
  );
  expect(g.status, g.stderr).toBe(0);
  appendFileSync(join(ex, 'contacts.csv'), 'CT9999999,C000001,2024-04-01,Police,Signposted to universal services\n');
  // Date.now() and new Date() at FAKE_NOW; any other Date as usual.
  clock = join(dir, 'clock.mjs');
  writeFileSync(
    clock,
    'const at = Date.parse(process.env.FAKE_NOW);\n' +
      'globalThis.Date = class extends Date {\n' +
      '  constructor(...a) { if (a.length === 0) super(at); else super(...a); }\n' +
      '  static now() { return at; }\n' +
      '};\n',
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function asAtLine(now: string, tz: string): string {
  const r = spawnSync(process.execPath, ['--import', clock, BIN, 'audit', ex, '--out', join(dir, 'out'), '-q'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FAKE_NOW: now, TZ: tz },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n').find((l) => l.startsWith('As at '))!;
}

describe('the day of the run, in any time zone', () => {
  const zones = ['UTC', 'Europe/London', 'Pacific/Kiritimati', 'America/St_Johns'];
  it.each(zones)('is England’s day under TZ=%s', (tz) => {
    expect(asAtLine('2024-03-31T22:30:00Z', tz)).toMatch(/^As at 2024-03-31 \(latest event in export\)/);
    expect(asAtLine('2024-03-31T23:30:00Z', tz)).toMatch(/^As at 2024-04-01 \(latest event in export\)/);
  });
});
