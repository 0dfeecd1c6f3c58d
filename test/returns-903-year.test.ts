/**
 * Which year an SSDA903 file describes (ssda903Year.ts). Before, the year was the one holding the
 * file's newest date: a year file in which no episode began or ended (open episodes only, as a small
 * council's can be) was dated a year or more early, so the audit ran as at the wrong 31 March and its
 * looked-after plans reached a year that is not in the file. Now the file's name (or folder) says the
 * year, else its dates when they can, else the audit stops saying why; a name and dates that
 * disagree stop it too. Run as a user runs it (the built binary, spawned), on generated returns.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearInName } from '../src/load/returns/ssda903Year.js';

const BIN = resolve('bin/caseaudit.js');
let root: string;
const cli = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

interface Findings {
  asAt: string;
  source: { files: { file: string; as: string }[] };
  rules: { id: string; limitations: string[] }[];
}
const audit = (dir: string): Findings => {
  const r = cli(['audit', dir, '--format', 'json', '--out', `${dir}-out`, '-q']);
  expect(r.status, r.stderr).not.toBe(2);
  return JSON.parse(readFileSync(join(root, `${dir}-out`, 'findings.json'), 'utf8')) as Findings;
};
const refused = (dir: string): string => {
  const r = cli(['audit', dir, '--format', 'json', '--out', `${dir}-out`, '-q']);
  expect(r.status, r.stdout).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.stderr.trim().replace(/^caseaudit: /, '');
};

/** `DD/MM/YYYY` → `YYYYMMDD`, to compare. */
const ymd = (d: string) => d.split('/').reverse().join('');

/**
 * The generated 2023-24 file of a 903 table with only what was open all year: rows with no end,
 * begun before 1 April 2023. What a small council's year file holds when no child came into or left
 * care and no social worker changed.
 */
function openAllYear(table: 'episodes' | 'social_worker'): string {
  const [start, end] = table === 'episodes' ? [1, 7] : [3, 4];
  const lines = readFileSync(join(root, 'returns', `ssda903_2024_${table}.csv`), 'utf8')
    .trimEnd()
    .split('\n');
  const kept = lines.filter((l, i) => {
    const c = l.split(',');
    return i === 0 || (c[end] === '' && ymd(c[start]!) < '20230401');
  });
  expect(kept.length, table).toBeGreaterThan(1);
  return `${kept.join('\n')}\n`;
}

/** A folder of files: name → text. */
function folder(name: string, files: Record<string, string>): void {
  mkdirSync(join(root, name));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(root, name, f), text);
}
const generated = (f: string) => readFileSync(join(root, 'returns', f), 'utf8');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caseaudit-903year-'));
  const g = cli([
    'generate',
    '--out',
    'returns',
    '--layout',
    'returns',
    '--seed',
    '91',
    '--children',
    '600',
    '--as-at',
    '2024-03-31',
    '-q',
  ]);
  expect(g.status, g.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a 903 year file in which no episode began or ended', () => {
  const files = () => ({
    header: generated('ssda903_2024_header.csv'),
    episodes: openAllYear('episodes'),
    social: openAllYear('social_worker'),
  });

  it('takes its year from the file name: audited as at 31 March 2024, reaching 2023-04-01 to 2024-03-31', () => {
    const f = files();
    folder('open-named', {
      'ssda903_2024_header.csv': f.header,
      'ssda903_2024_episodes.csv': f.episodes,
      'ssda903_2024_social_worker.csv': f.social,
    });
    const j = audit('open-named');
    // Before: 2023-03-31, the year of its newest date (every episode and allocation began before).
    expect(j.asAt).toBe('2024-03-31');
    expect(j.source.files.map((x) => x.as)).toEqual([
      'SSDA903 episodes 2023-24 (reference date 2024-03-31; year from the file name)',
      'SSDA903 header 2023-24 (reference date 2024-03-31; year from the file name)',
      'SSDA903 socialWorker 2023-24 (reference date 2024-03-31; year from the file name)',
    ]);
    const lim = j.rules.find((r) => r.id === 'allocation-delay')!.limitations.join('\n');
    expect(lim).toContain('read from 1 SSDA903 year (ending 2024-03-31): they reach from 2023-04-01 to 2024-03-31.');
  });

  it('takes it from the folder when the files are not named by year', () => {
    const f = files();
    folder('903-2023-24', { 'episodes.csv': f.episodes, 'social_worker.csv': f.social });
    const j = audit('903-2023-24');
    expect(j.asAt).toBe('2024-03-31');
    expect(j.source.files.map((x) => x.as)).toEqual([
      'SSDA903 episodes 2023-24 (reference date 2024-03-31; year from the name of its folder (903-2023-24))',
      'SSDA903 socialWorker 2023-24 (reference date 2024-03-31; year from the name of its folder (903-2023-24))',
    ]);
  });

  it('stops with one line naming the file and the fix when nothing says its year', () => {
    const f = files();
    folder('open-unnamed', { 'header.csv': f.header, 'episodes.csv': f.episodes });
    expect(refused('open-unnamed')).toMatch(
      /^episodes\.csv: which SSDA903 year it describes cannot be known: its name gives no year, and no date in it falls within one for certain \(no episode ended, no review or social worker change; its newest date, DECOM \d\d\/\d\d\/\d{4} at line \d+, puts it in the year ending 31 March 2023 \(2022-23\) or a later one\); name the year in the file name \(e\.g\. SSDA903_2023_episodes\.csv for the year ending 31 March 2023 \(2022-23\)\)$/,
    );
  });
});

describe('a file name and dates that disagree', () => {
  it('stops when the dates are all of an earlier year than the name says', () => {
    folder('older-data', { 'ssda903_2024_episodes.csv': generated('ssda903_2023_episodes.csv') });
    expect(refused('older-data')).toMatch(
      /^ssda903_2024_episodes\.csv: the file name says SSDA903 the year ending 31 March 2024 \(2023-24\), but nothing in it falls within that year: its newest DEC \(DEC \d\d\/\d\d\/2023 at line \d+\) is in the year ending 31 March 2023 \(2022-23\)/,
    );
  });

  it('stops when it holds a date after the named year', () => {
    folder('newer-data', { 'ssda903_2023_reviews.csv': generated('ssda903_2024_reviews.csv') });
    expect(refused('newer-data')).toMatch(
      /^ssda903_2023_reviews\.csv: the file name says SSDA903 the year ending 31 March 2023 \(2022-23\), but it holds a later date \(REVIEW \d\d\/\d\d\/\d{4} at line \d+\): a 903 holds its year only; correct that date or name the year in the file name \(e\.g\. SSDA903_2024_reviews\.csv/,
    );
  });

  it('reads the generated years as they are named, each agreeing with its dates', () => {
    mkdirSync(join(root, 'all'));
    for (const y of [2022, 2023, 2024])
      for (const t of ['header', 'episodes', 'reviews', 'social_worker'])
        copyFileSync(join(root, 'returns', `ssda903_${y}_${t}.csv`), join(root, 'all', `ssda903_${y}_${t}.csv`));
    const j = audit('all');
    expect(j.asAt).toBe('2024-03-31');
    expect(j.source.files.every((x) => x.as.endsWith('year from the file name)'))).toBe(true);
  });
});

// A year missing between two read (found while checking the reach): the 2022 and 2024 903 years
// read as reaching from 1 April 2021, so a period of care open through 2022-23 was judged whole
// although that year's reviews are in no file: reviews on time read 76% (38 of 50) where the CP
// reviews it can judge are 95% (21 of 22). Likewise the 2022 and 2024 census years gave a
// re-referral rate (11.0%) whose look-back fell in the missing year.
describe('a year missing between the years read', () => {
  interface Metric {
    value: number | null;
    numerator?: number;
    denominator?: number;
    label: string;
    note?: string;
  }
  const metricOf = (dir: string, id: string): Metric => {
    const r = cli(['audit', dir, '--format', 'json', '--out', `${dir}-out`, '-q', '--no-trends']);
    expect(r.status, r.stderr).not.toBe(2);
    const j = JSON.parse(readFileSync(join(root, `${dir}-out`, 'findings.json'), 'utf8')) as {
      rules: { id: string; metrics: Record<string, Metric> }[];
    };
    const [rule, m] = id.split('.') as [string, string];
    return j.rules.find((x) => x.id === rule)!.metrics[m]!;
  };
  const without = (name: string, drop: RegExp) => {
    mkdirSync(join(root, name));
    for (const f of readdirSync(join(root, 'returns')).filter((x) => !drop.test(x) && x !== 'ground-truth.json'))
      copyFileSync(join(root, 'returns', f), join(root, name, f));
  };

  it('reaches back from the newest 903 year only as far as the years run unbroken', () => {
    without('gap-903', /^ssda903_2023_/);
    without('newest-903', /^ssda903_202[23]_/);
    for (const id of ['plan-drift.reviewsOnTime', 'plan-drift.overdueReviews']) {
      const gap = metricOf('gap-903', id),
        newest = metricOf('newest-903', id);
      expect([gap.value, gap.numerator, gap.denominator], id).toEqual([
        newest.value,
        newest.numerator,
        newest.denominator,
      ]);
      expect(gap.label, id).toMatch(/CLA plans not included: their plans begun before 2023-04-01/);
    }
  });

  it('does not measure re-referrals whose look-back falls in a missing census year', () => {
    without('gap-census', /^cin_census_2023\.xml$/);
    const m = metricOf('gap-census', 'threshold-consistency.rereferralRate');
    expect(m.value).toBeNull();
    expect(m.note).toMatch(/reach back to 2023-04-01 only/);
    expect(m.note).toContain('the year ending 2023-03-31 is missing, so the older years read do not extend it');
  });
});

describe('the year a name gives', () => {
  it('reads one year, a year range, and never a date or a temporary suffix', () => {
    expect(yearInName('SSDA903_2020_episodes.csv')).toBe(2020);
    expect(yearInName('ssda903_2024_social_worker.csv')).toBe(2024);
    expect(yearInName('episodes_2023-24.csv')).toBe(2024);
    expect(yearInName('episodes 2023_2024.csv')).toBe(2024);
    expect(yearInName('episodes2024.csv')).toBe(2024);
    expect(yearInName('episodes.csv')).toBeNull();
    expect(yearInName('episodes_2024-05-01.csv')).toBeNull();
    expect(yearInName('episodes_2022_2024.csv')).toBeNull();
    expect(yearInName('903-2024', true)).toBe(2024);
    expect(yearInName('caseaudit-x2024a', true)).toBeNull();
  });
});
