import { describe, expect, it } from 'vitest';
import { evidenceKeys, runRule } from './helpers/rules.js';

// As at 2024-04-30; period 2023-05-01 … 2024-04-30.
const plans = [
  // CLA: 2024-01-01 → 02-12 is 42 days (on the limit), 02-12 → 03-26 is 43 (over).
  { plan_id: 'L1', child_id: 'K1', plan_type: 'cla', start_date: '2024-01-01', team: 'Care' },
  // CLA: 42, 42, 35, then 1 day to as-at: within.
  { plan_id: 'L2', child_id: 'K2', plan_type: 'cla', start_date: '2024-01-01', team: 'Care' },
  // CP from Wed 2024-03-27: to 04-12 is 10 working days (Good Friday and Easter Monday skipped), then 10, then 2.
  { plan_id: 'Q1', child_id: 'K3', plan_type: 'cp', start_date: '2024-03-27', team: 'Safe' },
  // CP: the 04-05 visit did not see the child, so the first gap is 03-27 → 04-15 = 11 working days.
  { plan_id: 'Q2', child_id: 'K4', plan_type: 'cp', start_date: '2024-03-27', team: 'Safe' },
  // CIN that ended in the period: only the gap 2023-04-28 → 05-10 ends in the period, and it is
  // 6 working days (1 May and the coronation on 8 May are holidays). The earlier long gaps ended before.
  { plan_id: 'N1', child_id: 'K5', plan_type: 'cin', start_date: '2023-01-02', end_date: '2023-05-10', team: 'Help' },
  // CIN never visited: from Easter Monday 2024-04-01 to as-at is 21 working days (over 20); from 04-02 it is 20.
  { plan_id: 'N2', child_id: 'K6', plan_type: 'cin', start_date: '2024-04-01', team: 'Help' },
  { plan_id: 'N3', child_id: 'K7', plan_type: 'cin', start_date: '2024-04-02', team: 'Help' },
  // CP started 3 working days before as-at, not yet visited.
  { plan_id: 'Q3', child_id: 'K8', plan_type: 'cp', start_date: '2024-04-25', team: '' },
  // Not judged: early help, and a CP plan that ended before the period.
  { plan_id: 'E1', child_id: 'K9', plan_type: 'early_help', start_date: '2024-01-01', team: 'Help' },
  { plan_id: 'Q4', child_id: 'K10', plan_type: 'cp', start_date: '2022-01-04', end_date: '2023-04-30', team: 'Safe' },
];
const v = (child: string, date: string, seen = '', alone = '') => ({
  child_id: child,
  visit_date: date,
  seen,
  seen_alone: alone,
});
const visits = [
  v('K1', '2024-02-12'),
  v('K1', '2024-03-26'),
  v('K1', '2024-04-29'),
  v('K2', '2024-02-12'),
  v('K2', '2024-03-25'),
  v('K2', '2024-04-29'),
  v('K3', '2024-04-12', 'Y', 'N'),
  v('K3', '2024-04-26', 'Y', 'Y'),
  v('K4', '2024-04-05', 'N'),
  v('K4', '2024-04-15', 'Y', 'Y'),
  v('K4', '2024-04-26', '', 'N'),
  v('K4', '2024-04-29', 'N', 'Y'),
  v('K5', '2023-03-01'),
  v('K5', '2023-04-28'),
  v('', '2024-04-01'),
];

describe('visit-timeliness', () => {
  const r = runRule('visit-timeliness', { plans, visits }, '2024-04-30');

  it('judges CLA gaps of 42 days as within and 43 as over, and CP/CIN gaps in working days', () => {
    expect(r.metrics.plansWithinVisitLimits).toMatchObject({
      numerator: 5,
      denominator: 8,
      threshold: 0.9,
      rag: 'red',
    });
    expect(evidenceKeys(r, 'visit-gaps')).toEqual([
      'visit-timeliness/plan/L1',
      'visit-timeliness/plan/N2',
      'visit-timeliness/plan/Q2',
    ]);
    const f = r.findings.find((x) => x.id === 'visit-gaps')!;
    expect(f.evidence.map((e) => e.planId)).toEqual(['L1', 'N2', 'Q2']);
    expect(f.evidence[0]).toMatchObject({
      childId: 'K1',
      planType: 'cla',
      team: 'Care',
      limit: '42 days',
      gapFrom: '2024-02-12',
      gapTo: '2024-03-26',
      gapDays: 43,
      gapWorkingDays: 31,
      gapsOverLimit: 1,
      ongoing: false,
    });
    expect(f.evidence[1]).toMatchObject({
      limit: '20 working days',
      gapFrom: '2024-04-01',
      gapTo: '2024-04-30',
      gapWorkingDays: 21,
      ongoing: true,
    });
    expect(f.evidence[2]).toMatchObject({
      limit: '10 working days',
      gapFrom: '2024-03-27',
      gapTo: '2024-04-15',
      gapWorkingDays: 11,
      gapDays: 19,
    });
    expect(f.message).toBe(
      '3 of 8 plans open in the period (38%) had a gap between visits longer than the limit; the longest was 43 days.',
    );
  });

  it('judges CP plans by whether the latest visit that saw the child saw them alone', () => {
    // Q1: latest 04-26 alone. Q2: latest seen visit is 04-26 (blank seen = yes) not alone; the 04-29 visit did not see the child. Q3: no visit.
    expect(r.metrics.cpSeenAlone).toMatchObject({ numerator: 1, denominator: 3 });
    const f = r.findings.find((x) => x.id === 'cp-not-seen-alone')!;
    expect(f.evidence).toEqual([
      {
        key: 'visit-timeliness/alone/Q2',
        planId: 'Q2',
        childId: 'K4',
        team: 'Safe',
        planStart: '2024-03-27',
        latestVisit: '2024-04-26',
        seenAlone: 'no',
      },
      {
        key: 'visit-timeliness/alone/Q3',
        planId: 'Q3',
        childId: 'K8',
        team: null,
        planStart: '2024-04-25',
        latestVisit: null,
        seenAlone: 'no visit since the plan started',
      },
    ]);
  });

  it('counts skipped visits and breaks plans down by team', () => {
    expect(r.limitations.join(' ')).toContain('1 visit row was skipped');
    const b = r.breakdowns.find((x) => x.id === 'by-team')!;
    expect(b.chart).toMatchObject({ kind: 'bar', y: 'withinLimits', limit: 0.9 });
    expect(b.rows.map((x) => [x.team, x.plans, x.withinLimits, x.cpOpen, x.cpSeenAlone])).toEqual([
      ['Care', 2, 0.5, 0, null],
      ['Help', 3, 2 / 3, 0, null],
      ['Safe', 2, 0.5, 2, 0.5],
      ['(no team recorded)', 1, 1, 1, 0],
    ]);
  });

  it('uses the configured limits', () => {
    const r2 = runRule('visit-timeliness', { plans, visits }, '2024-04-30', {
      claMaxDays: 43,
      cpMaxWorkingDays: 11,
      cinMaxWorkingDays: 21,
    });
    expect(r2.metrics.plansWithinVisitLimits).toMatchObject({ numerator: 8, denominator: 8, rag: 'green' });
    expect(r2.findings.some((f) => f.id === 'visit-gaps')).toBe(false);
    const r3 = runRule('visit-timeliness', { plans, visits }, '2024-04-30', { claMaxDays: 41 });
    expect(evidenceKeys(r3, 'visit-gaps')).toContain('visit-timeliness/plan/L2');
  });
});
