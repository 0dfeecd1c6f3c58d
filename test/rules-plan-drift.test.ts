import { describe, expect, it } from 'vitest';
import { addWorkingDays, wd } from '../src/model/calendar.js';
import { parseIsoDay } from '../src/model/day.js';
import { nextReviewDue, walkSchedule, type ScheduleOptions } from '../rules/lib/reviewSchedule.js';
import { stableJson } from '../src/report/json.js';
import { evidenceKeys, runRule, type Records } from './helpers/rules.js';

const d = (s: string) => parseIsoDay(s)!;

type PlanSpec = [id: string, child: string, type: string, start: string, end: string, team: string];
function plans(...rows: PlanSpec[]) {
  return rows.map(([plan_id, child_id, plan_type, start_date, end_date, team]) => ({
    plan_id,
    child_id,
    plan_type,
    start_date,
    end_date,
    team,
  }));
}
function reviews(byPlan: Record<string, string[]>) {
  return Object.entries(byPlan).flatMap(([plan_id, dates]) => dates.map((review_date) => ({ plan_id, review_date })));
}

/**
 * Hand-worked export, as at 2024-03-31 (period 2023-04-01 … 2024-03-31). Each plan's comment gives
 * the due date of each review and whether it was on time.
 */
const base: Records = {
  plans: plans(
    // CP from 31 Jan: first due 30 Apr (31 Apr clamps); next due 6 months after the review held
    // on 30 Apr = 30 Oct, so 31 Oct is 1 day late.
    ['CP1', 'C1', 'cp', '2023-01-31', '', 'North'],
    // CP: 10 Apr on time; 1 Sep early (due 10 Oct); next due 1 Mar 2024 (from 1 Sep), so 15 Mar is 14 days late.
    ['CP2', 'C2', 'cp', '2023-01-10', '', 'North'],
    // CLA from Fri 1 Dec 2023: 20 working days skip 25, 26 Dec and 1 Jan → due Wed 3 Jan 2024.
    ['CLA1', 'C3', 'cla', '2023-12-01', '', 'South'],
    ['CLA2', 'C4', 'cla', '2023-12-01', '', 'South'],
    // CLA: 20 Jun (first), 20 Sep (3 months), 20 Mar 2023 (6 months), 25 Sep (due 20 Sep: 5 days late);
    // next due 25 Mar 2024, 6 days before as-at.
    ['CLA3', 'C5', 'cla', '2022-06-01', '', 'South'],
    // Ended; reviews before its start and after its end do not count.
    ['CIN1', 'C6', 'cin', '2023-06-01', '2023-12-31', 'West'],
    // A review the day before the start does not count: due 1 Jan 2024 from the start, 90 days overdue.
    ['CIN2', 'C7', 'cin', '2023-10-01', '', 'West'],
    // Every 3 months, each on its due date; open exactly 12 months on as-at, so long.
    ['CIN3', 'C8', 'cin', '2023-03-31', '', 'West'],
    // One day short of 12 months: not long; next due 1 Apr 2024, not overdue.
    ['CIN4', 'C9', 'cin', '2023-04-01', '', 'West'],
    // Open exactly 24 months on as-at: long.
    ['CP3', 'C10', 'cp', '2022-03-31', '', 'North'],
    ['CP4', 'C11', 'cp', '2022-04-01', '', 'North'],
    // No schedule by default.
    ['EH1', 'C12', 'early_help', '2023-05-01', '', 'East'],
    // First review due on the as-at date itself: not overdue.
    ['CIN5', 'C13', 'cin', '2023-12-31', '', 'West'],
  ),
  reviews: reviews({
    CP1: ['2023-04-30', '2023-10-31'],
    CP2: ['2023-04-10', '2023-04-10', '2023-09-01', '2024-03-15'], // a duplicated row is one review
    CLA1: ['2024-01-03'],
    CLA2: ['2024-01-04'],
    CLA3: ['2022-06-20', '2022-09-20', '2023-03-20', '2023-09-25'],
    CIN1: ['2023-05-20', '2024-01-15'],
    CIN2: ['2023-09-30'],
    CIN3: ['2023-06-30', '2023-09-30', '2023-12-30', '2024-03-30'],
    CIN4: ['2023-07-01', '2023-10-01', '2024-01-01'],
    CP3: ['2022-06-30', '2022-12-30', '2023-06-30', '2023-12-30'],
    CP4: ['2022-07-01', '2023-01-01', '2023-07-01', '2024-01-01'],
    EH1: ['2023-06-01'],
  }),
};

const defaults: ScheduleOptions = {
  cpFirstReviewMonths: 3,
  cpNextReviewMonths: 6,
  cinReviewMonths: 3,
  claFirstReviewWorkingDays: 20,
  claSecondReviewMonths: 3,
  claNextReviewMonths: 6,
  earlyHelpReviewMonths: null,
  careLeaverReviewMonths: null,
};

describe('review schedule (SPEC §4.4)', () => {
  it('CP: first review 3 months after the start, then 6 months after the last review held', () => {
    expect(nextReviewDue('cp', d('2023-01-10'), 0, null, defaults)).toBe(d('2023-04-10'));
    expect(nextReviewDue('cp', d('2023-01-10'), 1, d('2023-04-20'), defaults)).toBe(d('2023-10-20'));
    expect(nextReviewDue('cp', d('2023-01-10'), 2, d('2023-09-01'), defaults)).toBe(d('2024-03-01'));
  });

  it('CLA: first at 20 working days, second 3 months later, then every 6 months', () => {
    const due = nextReviewDue('cla', d('2023-12-01'), 0, null, defaults)!;
    expect(due).toBe(d('2024-01-03'));
    expect(wd(d('2023-12-01'), due)).toBe(20);
    expect(addWorkingDays(d('2023-12-01'), 20)).toBe(due);
    expect(nextReviewDue('cla', d('2023-12-01'), 1, d('2024-01-03'), defaults)).toBe(d('2024-04-03'));
    expect(nextReviewDue('cla', d('2023-12-01'), 2, d('2024-04-03'), defaults)).toBe(d('2024-10-03'));
  });

  it('a 31 January start clamps to the end of the month', () => {
    expect(nextReviewDue('cp', d('2023-01-31'), 0, null, defaults)).toBe(d('2023-04-30'));
    expect(nextReviewDue('cin', d('2023-11-30'), 0, null, defaults)).toBe(d('2024-02-29'));
    expect(nextReviewDue('cin', d('2024-01-31'), 0, null, { ...defaults, cinReviewMonths: 1 })).toBe(d('2024-02-29'));
  });

  it('early help and care-leaver plans have no schedule unless configured', () => {
    expect(walkSchedule('early_help', d('2023-05-01'), d('2024-03-31'), [d('2023-06-01')], defaults)).toBeNull();
    expect(walkSchedule('care_leaver', d('2023-05-01'), d('2024-03-31'), [], defaults)).toBeNull();
    const s = walkSchedule('early_help', d('2023-05-01'), d('2024-03-31'), [d('2023-06-01')], {
      ...defaults,
      earlyHelpReviewMonths: 3,
    })!;
    expect(s.reviews).toEqual([{ date: d('2023-06-01'), due: d('2023-08-01'), previous: null }]);
    expect(s.nextDue).toBe(d('2023-09-01'));
  });

  it('counts only reviews within the plan span and counts a repeated date once', () => {
    const s = walkSchedule(
      'cin',
      d('2023-06-01'),
      d('2023-12-31'),
      [d('2024-01-15'), d('2023-07-01'), d('2023-05-20'), d('2023-07-01')],
      defaults,
    )!;
    expect(s.reviews.map((r) => r.date)).toEqual([d('2023-07-01')]);
    expect(s.lastReview).toBe(d('2023-07-01'));
    expect(s.nextDue).toBe(d('2023-10-01'));
  });
});

describe('plan-drift rule', () => {
  const r = runRule('plan-drift', base, '2024-03-31');

  it('runs with the SPEC defaults echoed', () => {
    expect(r.status).toBe('ran');
    expect(r.options).toMatchObject({
      cinReviewMonths: 3,
      cinLongMonths: 12,
      cpLongMonths: 24,
      claFirstReviewWorkingDays: 20,
      minReviewsOnTime: 0.9,
      maxOverdueReviews: 0,
    });
  });

  it('reviewsOnTime: 15 of 19 reviews in the period on or before their due date', () => {
    // CP1 2, CP2 3, CLA1 1, CLA2 1, CLA3 1, CIN3 4, CIN4 3, CP3 2, CP4 2 = 19; late: CP1, CP2, CLA2, CLA3.
    expect(r.metrics.reviewsOnTime).toMatchObject({
      value: 15 / 19,
      numerator: 15,
      denominator: 19,
      threshold: 0.9,
      rag: 'red',
      verdict: 'fail',
    });
    expect(evidenceKeys(r, 'late-reviews')).toEqual([
      'plan-drift/late-review/CLA2/2024-01-04',
      'plan-drift/late-review/CLA3/2023-09-25',
      'plan-drift/late-review/CP1/2023-10-31',
      'plan-drift/late-review/CP2/2024-03-15',
    ]);
    const late = r.findings.find((f) => f.id === 'late-reviews')!;
    expect(late.severity).toBe('high');
    const byPlan = Object.fromEntries(late.evidence.map((e) => [e.planId, e]));
    expect(byPlan.CP1).toMatchObject({
      childId: 'C1',
      team: 'North',
      dueFrom: '2023-04-30',
      dueDate: '2023-10-30',
      reviewDate: '2023-10-31',
      daysLate: 1,
    });
    expect(byPlan.CP2).toMatchObject({ dueFrom: '2023-09-01', dueDate: '2024-03-01', daysLate: 14 });
    expect(byPlan.CLA2).toMatchObject({ dueDate: '2024-01-03', daysLate: 1 });
    expect(byPlan.CLA3).toMatchObject({ dueFrom: '2023-03-20', dueDate: '2023-09-20', daysLate: 5 });
    // Longest first in the worklist.
    expect(late.evidence[0]!.planId).toBe('CP2');
    expect(late.columns.map((c) => c.key)).toEqual([
      'planId',
      'childId',
      'planType',
      'team',
      'dueFrom',
      'dueDate',
      'reviewDate',
      'daysLate',
    ]);
  });

  it('overdueReviews: open plans whose next due date is before as-at, with calendar days overdue', () => {
    expect(r.metrics.overdueReviews).toMatchObject({ value: 2, threshold: 0, rag: 'amber' });
    const f = r.findings.find((x) => x.id === 'overdue-reviews')!;
    expect(f.severity).toBe('medium');
    expect(f.evidence).toEqual([
      {
        key: 'plan-drift/overdue/CIN2',
        planId: 'CIN2',
        childId: 'C7',
        planType: 'cin',
        team: 'West',
        startDate: '2023-10-01',
        lastReview: null,
        dueDate: '2024-01-01',
        daysOverdue: 90,
      },
      {
        key: 'plan-drift/overdue/CLA3',
        planId: 'CLA3',
        childId: 'C5',
        planType: 'cla',
        team: 'South',
        startDate: '2022-06-01',
        lastReview: '2023-09-25',
        dueDate: '2024-03-25',
        daysOverdue: 6,
      },
    ]);
    expect(f.affected).toEqual({ count: 2, unit: 'children' });
  });

  it('long plans: CP open 24 months and CIN open 12 months on as-at count, one day less does not', () => {
    expect(r.metrics.longCpPlans).toMatchObject({ value: 1, rag: 'amber' });
    expect(r.metrics.longCinPlans).toMatchObject({ value: 1, rag: 'amber' });
    expect(evidenceKeys(r, 'long-cp-plans')).toEqual(['plan-drift/long-cp/CP3']);
    expect(evidenceKeys(r, 'long-cin-plans')).toEqual(['plan-drift/long-cin/CIN3']);
    const cp = r.findings.find((x) => x.id === 'long-cp-plans')!.evidence[0]!;
    expect(cp).toMatchObject({ startDate: '2022-03-31', monthsOpen: 24, daysOpen: 731, lastReview: '2023-12-30' });
  });

  it('gives a per-team breakdown', () => {
    const b = r.breakdowns.find((x) => x.id === 'plan-drift-by-team')!;
    expect(b.rows.map((x) => x.team)).toEqual(['North', 'South', 'West']);
    const north = b.rows[0]!;
    // North: CP1 2 (1 on time), CP2 3 (2), CP3 2, CP4 2 → 9 reviews, 7 on time.
    expect(north).toMatchObject({
      openPlans: 4,
      overdueReviews: 0,
      reviews: 9,
      reviewsOnTime: 7,
      longCpPlans: 1,
      longCinPlans: 0,
    });
    expect(b.rows[2]).toMatchObject({
      team: 'West',
      openPlans: 4,
      overdueReviews: 1,
      reviews: 7,
      reviewsOnTime: 7,
      longCinPlans: 1,
    });
  });

  it('a review 20 working days after a CLA start is on time and the next falls due 3 months later', () => {
    const recs: Records = {
      plans: plans(['CLA1', 'C3', 'cla', '2023-12-01', '', 'South']),
      reviews: reviews({ CLA1: ['2024-01-03'] }),
    };
    const on = runRule('plan-drift', recs, '2024-04-03');
    expect(on.metrics.reviewsOnTime).toMatchObject({ value: 1, numerator: 1, denominator: 1, rag: 'green' });
    expect(on.metrics.overdueReviews).toMatchObject({ value: 0, rag: 'green' });
    expect(on.findings).toEqual([]);
    const later = runRule('plan-drift', recs, '2024-04-10');
    expect(later.findings.find((f) => f.id === 'overdue-reviews')!.evidence[0]).toMatchObject({
      dueDate: '2024-04-03',
      daysOverdue: 7,
    });
  });

  it('schedules early help plans only when configured, and the counts can be left unjudged', () => {
    const r2 = runRule('plan-drift', base, '2024-03-31', { earlyHelpReviewMonths: 3, maxOverdueReviews: null });
    expect(r2.metrics.reviewsOnTime).toMatchObject({ numerator: 16, denominator: 20 });
    expect(evidenceKeys(r2, 'overdue-reviews')).toContain('plan-drift/overdue/EH1');
    expect(r2.metrics.overdueReviews).toMatchObject({ value: 3, rag: 'none' });
    expect(r2.metrics.overdueReviews!.threshold).toBeUndefined();
  });

  it('reports an empty population as null and rejects unknown options', () => {
    const empty = runRule('plan-drift', { plans: [], reviews: [] }, '2024-03-31');
    expect(empty.metrics.reviewsOnTime).toMatchObject({ value: null, rag: 'none', verdict: 'not-measured' });
    expect(empty.metrics.overdueReviews).toMatchObject({ value: 0, rag: 'green' });
    expect(() => runRule('plan-drift', base, '2024-03-31', { cinReviewMonth: 3 })).toThrow(/cinReviewMonth/);
  });

  it('gives byte-identical output whatever the row order of the export', () => {
    const shuffled: Records = { plans: [...base.plans!].reverse(), reviews: [...base.reviews!].reverse() };
    expect(stableJson(runRule('plan-drift', shuffled, '2024-03-31'))).toBe(stableJson(r));
  });

  it('is not run without the reviews table', () => {
    const r3 = runRule('plan-drift', { plans: base.plans! }, '2024-03-31');
    expect(r3.status).toBe('not-run');
    expect(r3.reason).toMatch(/reviews/);
  });
});
