/**
 * Issue 19 item 7: working days cost O(1) for every accepted date (1910–2100), agree with a
 * day-by-day count everywhere (inside the table and beyond it), and the as-at date must lie in
 * the accepted years. The spawned runs carry a hang guard only (no timing assertion): before the
 * fix, 4,000 rows of 1911 dates took over a minute and `--as-at 9999-12-31` never finished.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankHolidaysIn, FIRST_YEAR, isWorkingDay, LAST_YEAR, wd } from '../src/model/calendar.js';
import { dayFromYmd, weekday, ymd } from '../src/model/day.js';

const BIN = resolve('bin/caseaudit.js');

/** The definition, one day at a time, with the holidays of each year computed from scratch. */
function naive(a: number, b: number): number {
  const sign = b < a ? -1 : 1;
  const [lo, hi] = b < a ? [b, a] : [a, b];
  let n = 0;
  for (let x = lo + 1; x <= hi; x++) {
    const w = weekday(x);
    if (w !== 0 && w !== 6 && !bankHolidaysIn(ymd(x).year).includes(x)) n++;
  }
  return sign * n || 0;
}

describe('working days for every accepted date', () => {
  const day = (from: number, to: number) => fc.integer({ min: dayFromYmd(from, 1, 1), max: dayFromYmd(to, 12, 31) });

  it('wd equals the day-by-day count across 1890–2130 (inside and outside the prefix-sum table)', () => {
    fc.assert(
      fc.property(day(1890, 2130), fc.integer({ min: -800, max: 800 }), (a, span) => {
        expect(wd(a, a + span)).toBe(naive(a, a + span));
      }),
      { numRuns: 400 },
    );
  });

  it('spans the whole accepted range in one step, and agrees with isWorkingDay summed', () => {
    const a = dayFromYmd(FIRST_YEAR, 1, 1),
      b = dayFromYmd(LAST_YEAR, 12, 31);
    let n = 0;
    for (let x = a + 1; x <= b; x++) if (isWorkingDay(x)) n++;
    expect(wd(a, b)).toBe(n);
  });
});

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(r.error, 'the CLI did not finish in time').toBeUndefined();
  return r;
}

function exportOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-cal-'));
  for (const [f, t] of Object.entries(files)) writeFileSync(join(dir, f), t);
  return dir;
}

describe('dates far from today', () => {
  it('4,000 assessments opened in 1911 and still open are audited (once stepped day by day per row)', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `A${i},C${i},1911-0${(i % 9) + 1}-01,,,,1911-10-01,,`);
    const dir = exportOf({
      'assessments.csv': `assessment_id,child_id,start_date,completion_date,worker_id,team,seen_date,seen_alone_date,outcome\n${rows.join('\n')}\n`,
    });
    const out = mkdtempSync(join(tmpdir(), 'caseaudit-cal-out-'));
    const r = run([
      'audit',
      dir,
      '--as-at',
      '2024-03-31',
      '--rules',
      'assessment-timeliness',
      '--format',
      'json',
      '--out',
      out,
      '-q',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each([
    ['9999-12-31', /^caseaudit: --as-at: "9999-12-31" is outside 1910–2100, the years dates are accepted in$/],
    ['0000-01-01', /^caseaudit: --as-at: "0000-01-01" is outside 1910–2100, the years dates are accepted in$/],
    ['1909-12-31', /is outside 1910–2100/],
  ])('--as-at %s is refused in one line', (asAt, pattern) => {
    const dir = exportOf({ 'plans.csv': 'plan_id,child_id,plan_type,start_date\nP1,C1,cin,2023-05-01\n' });
    const r = run([
      'audit',
      dir,
      '--as-at',
      asAt,
      '--format',
      'json',
      '--out',
      mkdtempSync(join(tmpdir(), 'caseaudit-cal-out-')),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(pattern);
  });

  it('a config asAt outside the range is refused too', () => {
    const dir = exportOf({
      'plans.csv': 'plan_id,child_id,plan_type,start_date\nP1,C1,cin,2023-05-01\n',
      'c.json': '{"asAt": "2101-01-01"}',
    });
    const r = run([
      'audit',
      dir,
      '--config',
      join(dir, 'c.json'),
      '--format',
      'json',
      '--out',
      mkdtempSync(join(tmpdir(), 'caseaudit-cal-out-')),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `caseaudit: ${join(dir, 'c.json')}: asAt: "2101-01-01" is outside 1910–2100, the years dates are accepted in\n`,
    );
  });
});
