/**
 * The statutory-return readers on other projects' public synthetic returns (../shared/samples/,
 * read in place, never copied into the project; `npm run test:samples`). Expected values are read
 * off the sample files by hand.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReturns } from '../../src/load/returns/index.js';
import { toIso } from '../../src/model/day.js';
import type { LoadedExport } from '../../src/model/export.js';
import { SAMPLES } from './where.js';

const CIN = join(SAMPLES, 'cin-census', 'cin-2022.xml');
const CSWW = join(SAMPLES, 'workforce-census', 'social_work_workforce_2022.xml');
const S903 = join(SAMPLES, 'ssda903');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-samples-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
const link = (path: string, name: string) => symlinkSync(path, join(dir, name));
const iso = (d: number | null) => (d === null ? null : toIso(d));
const issues = (ex: LoadedExport, code: string) => ex.dq.issueGroups().filter((g) => g.code === code);

describe('CIN census sample (liia-tools, 2022)', () => {
  it('reads every record of the sample child', async () => {
    link(CIN, 'cin.xml');
    const ex = await loadReturns(dir);
    expect(
      ex.tables.children!.map((c) => [c.childId, iso(c.dateOfBirth), c.gender, c.ethnicity, c.disability]),
    ).toEqual([['DfEX0000001', '1966-03-24', 'Male', 'WBRI', true]]);
    expect(ex.tables.referrals!.map((r) => [r.referralId, iso(r.referralDate), r.source, r.outcome])).toEqual([
      ['REF-DfEX0000001-1970-10-06', '1970-10-06', '1A', null],
    ]);
    expect(ex.tables.assessments!.map((a) => [iso(a.startDate), iso(a.completionDate), a.referralId])).toEqual([
      ['1970-06-03', '1971-07-18', 'REF-DfEX0000001-1970-10-06'],
    ]);
    expect(ex.tables.section47!.map((s) => [iso(s.strategyDate), iso(s.icpcDate), s.outcome])).toEqual([
      ['1970-06-02', '1970-06-17', 'icpc'],
    ]);
    expect(ex.tables.plans!.map((p) => [p.planId, p.planType, iso(p.startDate), iso(p.endDate), p.category])).toEqual([
      ['CIN-DfEX0000001-1971-01-24', 'cin', '1971-01-24', '1971-01-26', null],
      ['CP-DfEX0000001-1970-02-17', 'cp', '1970-02-17', '1971-03-14', 'PHY'],
    ]);
    expect(ex.tables.reviews!.map((r) => [r.planId, iso(r.reviewDate)])).toEqual([
      ['CP-DfEX0000001-1970-02-17', '1971-02-15'],
    ]);
    expect([...ex.repeatCpPlans!]).toEqual(['CP-DfEX0000001-1970-02-17']);
    expect(issues(ex, 'unknown-column')).toEqual([]);
  });

  it('reads the sample rewritten to the 2025 schema (Sex for GenderCurrent) and lists the difference', async () => {
    writeFileSync(
      join(dir, 'cin.xml'),
      readFileSync(CIN, 'utf8').replace(/<GenderCurrent>1<\/GenderCurrent>/, '<Sex>M</Sex>'),
    );
    const ex = await loadReturns(dir);
    expect(ex.tables.children![0]!.gender).toBe('Male');
    expect(issues(ex, 'unknown-column').map((g) => g.examples[0]!.message)).toEqual([
      "<Sex> is from another year's schema (collection year 2022 has <GenderCurrent>); read as the child's sex, the same meaning",
    ]);
  });
});

describe('workforce census sample (liia-tools, 2022)', () => {
  it('reads 30 workers, the vacancies and Cases30 of 19 of them', async () => {
    link(CSWW, 'csww.xml');
    const ex = await loadReturns(dir);
    expect(ex.tables.workers).toHaveLength(30);
    const f = ex.workforceCensus!;
    expect([iso(f.censusDate), f.vacancies, f.cases.size, f.cases.get('Oz2054309383')]).toEqual([
      '2022-09-30',
      79.68,
      19,
      72,
    ]);
    const w = ex.tables.workers!.find((x) => x.workerId === 'Oz2054309383')!;
    // CFKSSstatus 1 (ASYE) reads as newly qualified; AgencyWorker 1 as agency.
    expect([w.role, w.agency, w.fte, iso(w.startDate)]).toEqual(['ASYE', true, 0.521371, '1988-04-07']);
  });
});

describe('workforce census sample: every measure, against an independent count', () => {
  // Issue 18's independent check: each number recomputed from the XML outside the project (SPEC
  // §3, §4.3, §4.8, §6.3) and listed here. As at the census date, 2022-09-30 (period from
  // 2021-10-01): 30 workers; 2 left before it (RoleEndDate 2018-08-20, 2019-09-23) and 7 start after
  // it (RoleStartDate 2022-10-08, and 2023-03-28 for six), so 21 are in post. Before, the 7 later
  // starters counted as in post (their start, after as-at, was blanked, and a blank start is "always
  // was"): agency 17 of 28, newly qualified 6 of 28, caseloads 848 cases over 10.148134 FTE (16
  // over 15 per FTE), vacancies 79.68 of 87.26126.
  it('audits the 21 workers in post on the census date', () => {
    link(CSWW, 'csww.xml');
    const r = spawnSync(
      process.execPath,
      [
        resolve('bin/caseaudit.js'),
        'audit',
        dir,
        '--format',
        'json',
        '--quiet',
        '--no-trends',
        '--out',
        join(dir, 'out'),
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).not.toBe(2);
    const j = JSON.parse(readFileSync(join(dir, 'out', 'findings.json'), 'utf8')) as {
      asAt: string;
      rules: {
        id: string;
        metrics: Record<string, { value: number | null; numerator?: number; denominator?: number }>;
      }[];
    };
    expect(j.asAt).toBe('2022-09-30');
    const m = (id: string) => {
      const [rule, metric] = id.split('.') as [string, string];
      const x = j.rules.find((y) => y.id === rule)!.metrics[metric]!;
      return [x.numerator ?? null, x.denominator ?? null, x.value];
    };
    // Agency: AgencyWorker 1 among the 21. Newly qualified: CFKSSstatus 1 (ASYE), 6 of them.
    expect(m('workforce.agencyRate')).toEqual([13, 21, 13 / 21]);
    expect(m('workforce.newlyQualifiedRate')).toEqual([6, 21, 6 / 21]);
    // No RoleEndDate in the period; 21 in post on 2021-10-01 and on 2022-09-30.
    expect(m('workforce.turnoverRate')).toEqual([0, 21, 0]);
    const [vn, vd] = m('workforce.vacancyRate');
    expect(vn).toBe(79.68);
    expect(vd).toBeCloseTo(85.848248, 9);
    // Cases30 of the 11 in post holding cases: 639 cases over 7.709608 FTE; 12 over 15 per FTE.
    expect(m('caseloads.averagePerFte')[2]).toBeCloseTo(639 / 7.709608, 9);
    expect(m('caseloads.overTarget')[2]).toBe(12);
  });
});

describe('SSDA903 samples (liia-tools)', () => {
  it('joins the 2020 episodes into periods of care, reporting the overlap', async () => {
    link(join(S903, 'SSDA903_2020_episodes.csv'), 'episodes.csv');
    link(join(S903, 'SSDA903_2020_header.csv'), 'header.csv');
    const ex = await loadReturns(dir);
    expect(ex.tables.plans!.map((p) => [p.childId, iso(p.startDate), iso(p.endDate)])).toEqual([
      ['249901', '2019-03-30', '2019-06-24'],
      ['689661', '2018-12-02', '2019-07-18'],
      ['689661', '2019-05-16', '2019-09-26'],
    ]);
    // 689661's second episode starts before the first (ended X1) ends; its third period starts inside the first.
    expect(issues(ex, 'episode-overlap').reduce((n, g) => n + g.count, 0)).toBe(2);
    // The header repeats children: duplicate ids are data-quality issues, as for any table.
    expect(issues(ex, 'duplicate-id').reduce((n, g) => n + g.count, 0)).toBe(3);
  });

  // A 903 holds the episodes of its year: the 2020 sample's newest date (26/09/2019) puts it in the
  // year ending 31 March 2020, so its looked-after plans reach from 1 April 2019 to that day, and
  // only as far: before, every CP measure was withdrawn beside a newer census and a period before
  // 1 April 2019 was counted as if the sample held it.
  it('says how far the 2020 sample reaches: its year, 2019-04-01 to 2020-03-31', async () => {
    link(join(S903, 'SSDA903_2020_episodes.csv'), 'episodes.csv');
    link(join(S903, 'SSDA903_2020_header.csv'), 'header.csv');
    const ex = await loadReturns(dir);
    const cla = ex.coverage?.plans?.byPlanType?.cla;
    expect([iso(cla?.from?.day ?? null), iso(cla?.until?.day ?? null), cla?.partialPlans]).toEqual([
      '2019-04-01',
      '2020-03-31',
      true,
    ]);
    expect(cla?.until?.what).toBe('the reference date of episodes.csv');
    // No CIN census read: its CP plans are absent (not measured, naming the census), not an empty list.
    expect(ex.coverage?.plans?.byPlanType?.cp).toEqual({
      absent: 'the CIN census holds them: add its XML files, or plans.csv',
    });
    expect(ex.limitations.plans).toMatch(
      /^looked-after plans and their reviews read from 1 SSDA903 year \(ending 2020-03-31\): they reach from 2019-04-01 to 2020-03-31\./,
    );
  });

  // Which year a 903 file describes (issue 18): the sample's name says 2020, and its dates agree (its
  // newest end, DEC 26/09/2019, is in the year ending 31 March 2020). Named for another year, the
  // audit stops: before, the name was never read and the file was dated by its newest date alone.
  it('reads the year from the sample’s file name, and refuses a name its dates contradict', async () => {
    link(join(S903, 'SSDA903_2020_episodes.csv'), 'SSDA903_2020_episodes.csv');
    const ex = await loadReturns(dir);
    expect(ex.returnsRead).toEqual([
      {
        file: 'SSDA903_2020_episodes.csv',
        as: 'SSDA903 episodes 2019-20 (reference date 2020-03-31; year from the file name)',
      },
    ]);
    const other = mkdtempSync(join(tmpdir(), 'caseaudit-samples-'));
    try {
      symlinkSync(join(S903, 'SSDA903_2020_episodes.csv'), join(other, 'SSDA903_2021_episodes.csv'));
      await expect(loadReturns(other)).rejects.toThrow(
        'SSDA903_2021_episodes.csv: the file name says SSDA903 the year ending 31 March 2021 (2020-21), but nothing in it falls within that year: its newest DEC (DEC 26/09/2019 at line 4) is in the year ending 31 March 2020 (2019-20)',
      );
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('reads the episodes with typical faults (ISO dates, gaps, overlaps, withdrawn codes)', async () => {
    link(join(S903, 'SSDA903_episodes_for_testing_fixes_INPUT.csv'), 'episodes.csv');
    const ex = await loadReturns(dir);
    const plans = ex.tables.plans!;
    expect(plans.filter((p) => p.childId === 'RULE5_BAD').map((p) => [iso(p.startDate), p.endDate])).toEqual([
      ['2019-11-06', null],
    ]);
    expect(issues(ex, 'episode-gap').flatMap((g) => g.examples.map((e) => e.line))).toContain(24);
    expect(issues(ex, 'episode-overlap').length).toBeGreaterThan(0);
    // LA and YEAR are not 903 episode columns: read past, never an error.
    expect(ex.tables.plans!.length).toBe(new Set(plans.map((p) => p.planId)).size);
  });

  // Audited as found, this folder said "rowsWithIssues 114% (24 of 21)": the rows read counted the
  // 16 periods of care, the issues the 28 episode lines they were joined from.
  it('counts the episode lines read, so the share of rows with issues is at most 100%', () => {
    const r = spawnSync(
      process.execPath,
      [resolve('bin/caseaudit.js'), 'audit', S903, '--format', 'json', '--quiet', '--out', join(dir, 'out')],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const dq = (
      JSON.parse(readFileSync(join(dir, 'out', 'findings.json'), 'utf8')) as {
        dataQuality: {
          rowsRead: number;
          rowsWithIssues: number;
          rowsWithIssuesShare: number;
          tables: { table: string; rowsRead: number }[];
        };
      }
    ).dataQuality;
    // 5 + 23 episode lines and the header's 5 lines.
    expect(dq.tables.find((t) => t.table === 'plans')!.rowsRead).toBe(28);
    expect([dq.rowsRead, dq.rowsWithIssues]).toEqual([33, 24]);
    expect(dq.rowsWithIssuesShare).toBeLessThanOrEqual(1);
  });
});

describe('all three samples in one folder (spawned CLI)', () => {
  it('is audited as returns, listing what each file was read as', () => {
    link(CIN, 'a.xml');
    link(CSWW, 'b.xml');
    link(join(S903, 'SSDA903_2020_header.csv'), 'c.csv');
    link(join(S903, 'SSDA903_2020_episodes.csv'), 'd.csv');
    const r = spawnSync(
      process.execPath,
      [
        resolve('bin/caseaudit.js'),
        'audit',
        dir,
        '--as-at',
        '2022-09-30',
        '--format',
        'json',
        '--out',
        join(dir, 'out'),
      ],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(r.status, r.stderr).not.toBe(2);
    const j = JSON.parse(readFileSync(join(dir, 'out', 'findings.json'), 'utf8')) as {
      source: { layout: string; files: { file: string; as: string }[] };
      rules: {
        id: string;
        metrics: Record<string, { value: number | null; numerator?: number; denominator?: number }>;
      }[];
      dataQuality: { issues: { code: string; examples: { file: string; line: number }[] }[] };
    };
    expect(j.source.layout).toBe('returns');
    expect(j.source.files.map((f) => `${f.file}: ${f.as}`)).toEqual([
      'a.xml: CIN census 2022 (reference date 2022-03-31)',
      'b.xml: workforce census 2022 (census date 2022-09-30)',
      'c.csv: SSDA903 header',
      // Named for no year: the episodes' year from their newest end (a header has no dates).
      'd.csv: SSDA903 episodes 2019-20 (reference date 2020-03-31; year from its dates: DEC 26/09/2019 at line 4)',
    ]);
    const wf = j.rules.find((x) => x.id === 'workforce')!.metrics;
    // Worked by hand from the XML: 79.68 vacancies ÷ (79.68 + the FTE of the 8 directly employed
    // workers in post on 30 September 2022: 0.843488 + 0.859218 + 0.978729 + 0.034436, the leavers'
    // FTE30 0.821627 + 0.63075 where FTE is 0, and 1 + 1 for the two with FTE 0 and no FTE30, reported
    // as bad numbers) = 85.848248. Before: 87.80888300000001, every leaver's FTE 0 counted as 1; then
    // 87.26126, with three workers whose role starts after the census date (0.899676, 0.021911,
    // 0.491425) counted as in post. findings.json keeps the exact sum; the views show 85.85.
    expect(wf.vacancyRate!.numerator).toBe(79.68);
    expect(wf.vacancyRate!.denominator).toBeCloseTo(85.848248, 9);
    expect(r.stdout).toMatch(/vacancyRate +93% \(79\.68 of 85\.85\)/);
    // The repeated 903 children are in the header's file, at its lines, not "a.xml, c.csv".
    const dq = j.dataQuality.issues.find((g) => g.code === 'duplicate-id')!;
    expect(dq.examples.map((e) => `${e.file}:${e.line}`)).toEqual(['c.csv:3', 'c.csv:4', 'c.csv:6']);
  });
});
