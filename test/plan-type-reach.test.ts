/**
 * Coverage per plan type (src/model/coverage.ts `byPlanType`): a plan-linked table filled by two
 * sources of different reach (statutory returns: CP plans and reviews from the CIN census,
 * looked-after ones from the SSDA903) is measured over the types that reach the metric's period and
 * as-at date, and the metric names them; where none does it is not measured. Hand-worked, through
 * the real engine. As at 2024-03-31, period 2023-04-01 to 2024-03-31:
 * - CP1 from 2023-05-01, reviews 2023-07-20 (due 2023-08-01) and 2024-01-10 (due 2024-01-20): on time.
 * - CLA1 from Thu 1 June 2023, first review due 20 working days later (29 June), held 1 August: late.
 * - CIN1 from 2022-01-01, open: a CIN plan open 12 months or more.
 */
import { describe, expect, it } from 'vitest';
import type { Coverage, PlanTypeReach } from '../src/model/coverage.js';
import { parseIsoDay } from '../src/model/day.js';
import type { RuleResult } from '../src/engine/types.js';
import { makeExport, runAll, type Records } from './helpers/rules.js';

const d = (s: string) => parseIsoDay(s)!;
const reach = (from: string, until: string, what: string, partialPlans = false): PlanTypeReach => ({
  from: { day: d(from), what: `the ${what} years read` },
  until: { day: d(until), what: `the reference date of ${what}` },
  ...(partialPlans ? { partialPlans } : {}),
});

const records = (claStart = '2023-06-01'): Records => ({
  plans: [
    { plan_id: 'CP1', child_id: 'K1', plan_type: 'cp', start_date: '2023-05-01' },
    { plan_id: 'CLA1', child_id: 'K2', plan_type: 'cla', start_date: claStart },
    { plan_id: 'CIN1', child_id: 'K3', plan_type: 'cin', start_date: '2022-01-01' },
  ],
  reviews: [
    { plan_id: 'CP1', review_date: '2023-07-20' },
    { plan_id: 'CP1', review_date: '2024-01-10' },
    { plan_id: 'CLA1', review_date: '2023-08-01' },
  ],
});

function audit(census: PlanTypeReach, s903: PlanTypeReach, claStart?: string) {
  const ex = makeExport(records(claStart));
  const coverage: Coverage = {
    plans: { byPlanType: { cin: census, cp: census, cla: s903 } },
    reviews: { planTypes: ['cp', 'cla'], byPlanType: { cp: census, cla: s903 } },
  };
  ex.coverage = coverage;
  return runAll(ex, '2024-03-31', {}, 12, ['plan-drift']).rules.find((r) => r.id === 'plan-drift')!;
}
const m = (r: RuleResult, id: string) => r.metrics[id]!;
const CENSUS = reach('2021-04-01', '2024-03-31', 'census.xml');

describe('plan types of different reach', () => {
  it('every type reaching: CP and CLA reviews judged (2 of 3 on time)', () => {
    const r = audit(CENSUS, reach('2023-04-01', '2024-03-31', 's903.csv', true));
    expect([m(r, 'reviewsOnTime').numerator, m(r, 'reviewsOnTime').denominator]).toEqual([2, 3]);
    expect(m(r, 'reviewsOnTime').label).toMatch(
      /\(CP and CLA plans; CIN plans not included: this export has no CIN reviews\)$/,
    );
    // Each month-end's 12 months start before the 903's 1 April 2023: not measured, rather than
    // counting CP plans at some points and CP and CLA plans at others.
    const points = m(r, 'reviewsOnTime').trend!;
    expect(points.slice(0, -1).every((p) => p.value === null)).toBe(true);
    expect(points.at(-1)!.value).toBe(2 / 3);
  });

  it('a 903 a year behind the census: the CP reviews alone (2 of 2), named in the label; CIN plans measured', () => {
    const r = audit(CENSUS, reach('2022-04-01', '2023-03-31', 's903.csv', true));
    const share = m(r, 'reviewsOnTime');
    expect([share.value, share.numerator, share.denominator]).toEqual([1, 2, 2]);
    expect(share.label).toBe(
      'Reviews in the period held on or before their due date (CP plans; CIN plans not included: this export has no CIN reviews; CLA plans not included: their plans end on 2023-03-31 (the reference date of s903.csv); reviews end on 2023-03-31 (the reference date of s903.csv))',
    );
    // CLA1's late review is no finding; overdue counts CP1 only (next due 2024-07-10: not overdue).
    expect(r.findings.map((f) => f.id)).not.toContain('late-reviews');
    expect(m(r, 'overdueReviews').value).toBe(0);
    expect(m(r, 'longCinPlans').value).toBe(1);
    // The CP plans reach every month-end: the trend counts them from CP1's first review on (before
    // it, no review was held in the period).
    expect(share.trend!.map((p) => p.value)).toEqual([null, null, null, ...new Array<number>(9).fill(1)]);
    expect(r.limitations.join('\n')).toContain(
      'reviewsOnTime: counts CP plans only; CLA plans are left out, as their records do not reach: plans of CLA plans after 2023-03-31 (the reference date of s903.csv: what happened since is not in it; audit as at that date with --as-at 2023-03-31)',
    );
  });

  it('a period of care begun before the 903 years read: its earlier reviews are missing, so CLA plans are left out', () => {
    const r = audit(CENSUS, reach('2023-04-01', '2024-03-31', 's903.csv', true), '2022-12-01');
    expect([m(r, 'reviewsOnTime').numerator, m(r, 'reviewsOnTime').denominator]).toEqual([2, 2]);
    expect(m(r, 'reviewsOnTime').label).toContain(
      'CLA plans not included: their plans begun before 2023-04-01 lack their earlier records (the files read start on 2023-04-01)',
    );
    expect(r.limitations.join('\n')).toContain(
      'reviews of CLA plans begun before 2023-04-01 (a plan open in the period began on 2022-12-01; the s903.csv years read reach back to 2023-04-01 only, so its earlier records are not in them: add the files of earlier years)',
    );
    // The census holds each CP plan whole: the same start is no reason to leave CP plans out.
    const whole = audit(
      reach('2023-04-01', '2024-03-31', 'census.xml'),
      reach('2023-04-01', '2024-03-31', 's903.csv', true),
    );
    expect(m(whole, 'reviewsOnTime').denominator).toBe(3);
  });

  it('no type reaching: not measured, naming the dates and files', () => {
    const r = audit(
      reach('2020-04-01', '2023-03-31', 'census.xml'),
      reach('2022-04-01', '2023-03-31', 's903.csv', true),
    );
    expect(m(r, 'reviewsOnTime').value).toBeNull();
    expect(m(r, 'reviewsOnTime').note).toContain(
      'plans of CP plans after 2023-03-31 (the reference date of census.xml: what happened since is not in it; audit as at that date with --as-at 2023-03-31)',
    );
    expect(m(r, 'reviewsOnTime').note).toContain(
      'reviews of CLA plans after 2023-03-31 (the reference date of s903.csv',
    );
    expect(m(r, 'longCinPlans').value).toBeNull();
    expect(m(r, 'longCinPlans').note).toContain(
      'plans of CIN plans after 2023-03-31 (the reference date of census.xml',
    );
  });
});
