import { describe, expect, it } from 'vitest';
import { evidenceKeys, runRule } from './helpers/rules.js';

// As at 2024-03-31; the period starts 2023-04-01.
const workers = [
  { worker_id: 'W1', team: 'A', agency: 'Y', start_date: '2020-01-01' },
  // Qualified 2023-06-01: within the 365 days before as-at, so newly qualified. Blank start = always employed.
  { worker_id: 'W2', team: 'A', agency: 'N', qualified_date: '2023-06-01' },
  // ASYE role: newly qualified whatever the date; started after the period start.
  { worker_id: 'W3', team: 'A', agency: 'No', role: 'Social Worker (ASYE)', start_date: '2023-09-01' },
  // Agency status blank: left out of the agency rate. Qualified 366 days before as-at (2024 is a leap year): not newly qualified.
  { worker_id: 'W4', team: 'B', agency: '', qualified_date: '2023-03-31', start_date: '2019-01-01' },
  { worker_id: 'W5', team: 'B', agency: 'N', start_date: '2019-01-01', end_date: '2023-12-31' },
  // Left on the first day of the period: active on the period start and a leaver.
  { worker_id: 'W6', team: 'B', agency: 'Y', start_date: '2019-01-01', end_date: '2023-04-01' },
  { worker_id: 'W7', team: '', agency: 'N', start_date: '2019-01-01' },
  // Left before the period: in nothing.
  { worker_id: 'W8', team: 'C', agency: 'Y', start_date: '2019-01-01', end_date: '2023-03-31' },
];

describe('workforce', () => {
  const r = runRule('workforce', { workers }, '2024-03-31');

  it('computes the agency rate over active workers whose agency status is recorded', () => {
    expect(r.metrics.agencyRate).toMatchObject({
      value: 0.25,
      numerator: 1,
      denominator: 4,
      threshold: 0.13,
      rag: 'red',
    }); // England 2025 by default
    expect(r.metrics.agencyRate!.note).toContain('1 active worker with no agency status recorded is left out');
    expect(r.metrics.agencyRate!.england).toMatchObject({
      value: 0.13,
      comparator: 'England',
      year: '30 September 2025',
      numerator: 5415.9,
      denominator: 41602.2,
    });
    const f = r.findings.find((x) => x.id === 'agency-rate')!;
    expect(f.severity).toBe('high');
    expect(f.evidence).toEqual([{ key: 'workforce/agency-rate/A', team: 'A', active: 3, agency: 1, rate: 1 / 3 }]);
    expect(f.message).toBe(
      '1 of 4 active workers (25%) are agency workers, against a maximum of 13%; they work in 1 team.',
    );
  });

  it('computes the newly qualified rate, with the 365-day edge', () => {
    expect(r.metrics.newlyQualifiedRate).toMatchObject({
      value: 0.4,
      numerator: 2,
      denominator: 5,
      threshold: 0.2,
      rag: 'red',
    });
    expect(evidenceKeys(r, 'newly-qualified-rate')).toEqual(['workforce/newly-qualified-rate/A']);
  });

  it('computes turnover over the mean of the headcounts on the period start and as-at', () => {
    // Leavers W5, W6; active on 2023-04-01: W1, W2, W4, W5, W6, W7 (6); on 2024-03-31: W1, W2, W3, W4, W7 (5).
    expect(r.metrics.turnoverRate).toMatchObject({ numerator: 2, denominator: 5.5, threshold: 0.118, rag: 'red' });
    expect(r.metrics.turnoverRate!.value).toBeCloseTo(2 / 5.5, 10);
    const f = r.findings.find((x) => x.id === 'turnover-rate')!;
    expect(f.evidence).toEqual([
      { key: 'workforce/turnover-rate/B', team: 'B', leavers: 2, atStart: 3, active: 1, rate: 1 },
    ]);
  });

  it('gives a per-team table and passes under configured thresholds', () => {
    expect(r.breakdowns[0]!.rows.map((x) => x.team)).toEqual(['A', 'B', '(no team recorded)']);
    const r2 = runRule('workforce', { workers }, '2024-03-31', {
      maxAgencyRate: 0.25,
      maxNewlyQualifiedRate: 0.4,
      maxTurnoverRate: 0.4,
    });
    // The vacancy rate needs a workforce census: not measured from a workers table.
    expect(Object.values(r2.metrics).map((m) => m.rag)).toEqual(['green', 'green', 'green', 'none']);
    expect(r2.findings.map((f) => f.severity)).toEqual(['low', 'low', 'low']);
  });
});

describe('workforce without qualification data (issue 17 #12)', () => {
  it('newlyQualifiedRate is not measured, not 0% green, when the qualified_date column holds no date for any active worker', () => {
    const bare = workers.map(({ worker_id, team, agency, start_date, end_date }) => ({
      worker_id,
      team,
      agency,
      start_date,
      end_date,
      qualified_date: '',
      role: 'Social Worker',
    }));
    const r = runRule('workforce', { workers: bare }, '2024-03-31');
    expect(r.metrics.newlyQualifiedRate).toMatchObject({ value: null, verdict: 'not-measured', rag: 'none' });
    expect(r.metrics.newlyQualifiedRate!.note).toMatch(/no active worker has a qualified date/);
    expect(r.findings.map((f) => f.id)).not.toContain('newly-qualified-rate');
    // The other measures are unaffected.
    expect(r.metrics.agencyRate).toMatchObject({ numerator: 1, denominator: 4 });
  });
});

// Found on the public workforce census sample (issue 18's independent check): a start date after
// as-at was blanked like any date not yet happened, and a blank start means "always employed", so
// seven workers starting after the census date counted as in post on it (agency rate 17 of 28, not
// 13 of 21). A worker not yet started is not active; each month-end of the trend likewise.
describe('workers starting after the as-at date', () => {
  const starters = [
    { worker_id: 'S1', team: 'A', agency: 'Y', start_date: '2020-01-01', end_date: '' },
    { worker_id: 'S2', team: 'A', agency: 'N', start_date: '2020-01-01', fte: '0.5' },
    // Starts after as-at: not in post on 2024-03-31.
    { worker_id: 'S3', team: 'A', agency: 'Y', start_date: '2024-06-01' },
    // Starts in March 2024: in post on as-at, not at the month-ends before.
    { worker_id: 'S4', team: 'A', agency: 'Y', start_date: '2024-03-15' },
  ];
  const r = runRule('workforce', { workers: starters }, '2024-03-31');

  it('are not active on it', () => {
    expect(r.metrics.agencyRate).toMatchObject({ numerator: 2, denominator: 3 });
    expect(r.metrics.turnoverRate).toMatchObject({ numerator: 0, denominator: 2.5 });
  });

  it('nor at a month-end before they start, as an audit as at that day finds', () => {
    const feb = r.metrics.agencyRate!.trend!.find((p) => p.asAt === '2024-02-29')!;
    expect([feb.numerator, feb.denominator]).toEqual([1, 2]);
    const asAtFeb = runRule('workforce', { workers: starters }, '2024-02-29');
    expect([asAtFeb.metrics.agencyRate!.numerator, asAtFeb.metrics.agencyRate!.denominator]).toEqual([1, 2]);
  });
});
