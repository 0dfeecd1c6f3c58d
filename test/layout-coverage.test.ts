/**
 * Issue 17: what a layout carries decides what a rule measures. Annex A keeps each child's latest
 * review, visit and worker only, and reviews of CP and CLA plans only (SPEC §6.1); SSD has no CIN
 * reviews (SPEC §6.2). Each case is hand-worked; before the fix each one gave the number the issue
 * describes ("5,134 days overdue", the first review due after 3 months, PASS with no visits
 * judged, "3,615 working days" unallocated).
 */
import { describe, expect, it } from 'vitest';
import { nextDueFromLatest, type ScheduleOptions } from '../rules/lib/reviewSchedule.js';
import type { Coverage } from '../src/model/coverage.js';
import { parseIsoDay, toIso } from '../src/model/day.js';
import { evidenceKeys, makeExport, runRule, type Records } from './helpers/rules.js';

const d = (s: string) => parseIsoDay(s)!;
const O: ScheduleOptions = {
  cpFirstReviewMonths: 3,
  cpNextReviewMonths: 6,
  cinReviewMonths: 3,
  claFirstReviewWorkingDays: 20,
  claSecondReviewMonths: 3,
  claNextReviewMonths: 6,
  earlyHelpReviewMonths: null,
  careLeaverReviewMonths: null,
};

const ANNEX_A_LIKE: Coverage = {
  plans: { history: 'latest' },
  reviews: { history: 'latest', planTypes: ['cp', 'cla'] },
  visits: { history: 'latest' },
  allocations: { history: 'latest' },
};

function withCoverage(records: Records, coverage: Coverage) {
  const ex = makeExport(records);
  ex.coverage = coverage;
  return ex;
}

describe('next review due from a single latest review (SPEC §6.1)', () => {
  it.each([
    // CP: six months after the latest review, or three months after the start with none.
    ['cp', '2023-06-01', null, '2023-09-01'],
    ['cp', '2023-06-01', '2024-01-15', '2024-07-15'],
    // CLA from Tue 2 Jan 2024: first due 30 Jan (20 working days); 25 Jan could be the first
    // review (before 30 Apr), so the next is due three months later.
    ['cla', '2024-01-02', null, '2024-01-30'],
    ['cla', '2024-01-02', '2024-01-25', '2024-04-25'],
    ['cla', '2024-01-02', '2024-04-29', '2024-07-29'],
    // On or after 30 Apr the review cannot be the first: six-monthly. In care since 2014: six-monthly.
    ['cla', '2024-01-02', '2024-04-30', '2024-10-30'],
    ['cla', '2014-01-06', '2024-01-10', '2024-07-10'],
  ] as const)('%s from %s, latest review %s: next due %s', (type, start, latest, due) => {
    expect(toIso(nextDueFromLatest(type, d(start), latest === null ? null : d(latest), O)!)).toBe(due);
  });
});

describe('plan-drift on latest-only CP and CLA reviews', () => {
  const records: Records = {
    plans: [
      { plan_id: 'CIN-OLD', child_id: 'K1', plan_type: 'cin', start_date: '2010-03-01' },
      { plan_id: 'CLA-2014', child_id: 'K2', plan_type: 'cla', start_date: '2014-01-06' },
      { plan_id: 'CLA-NEW', child_id: 'K3', plan_type: 'cla', start_date: '2024-01-02' },
      { plan_id: 'CP-NONE', child_id: 'K4', plan_type: 'cp', start_date: '2023-06-01' },
      { plan_id: 'CP-OK', child_id: 'K5', plan_type: 'cp', start_date: '2023-06-01' },
    ],
    reviews: [
      { plan_id: 'CLA-2014', review_date: '2024-01-10' },
      { plan_id: 'CLA-NEW', review_date: '2024-01-25' },
      { plan_id: 'CP-OK', review_date: '2024-01-15' },
    ],
  };

  it('judges only CP and CLA plans, with the next review inferred from the latest (as at 2024-05-31)', () => {
    const r = runRule('plan-drift', withCoverage(records, ANNEX_A_LIKE), '2024-05-31');
    // CIN-OLD has no review date in Annex A: not judged. CLA-2014 is six-monthly (due 10 Jul).
    expect(evidenceKeys(r, 'overdue-reviews')).toEqual(['plan-drift/overdue/CLA-NEW', 'plan-drift/overdue/CP-NONE']);
    const rows = r.findings.find((f) => f.id === 'overdue-reviews')!.evidence;
    expect(rows.map((e) => [e.planId, e.dueDate, e.daysOverdue])).toEqual([
      ['CP-NONE', '2023-09-01', 273],
      ['CLA-NEW', '2024-04-25', 36],
    ]);
    expect(r.metrics.overdueReviews!.value).toBe(2);
    expect(r.metrics.overdueReviews!.label).toMatch(
      /\(CP and CLA plans; CIN plans not included: this export has no CIN reviews\)/,
    );
    expect(r.limitations.join(' ')).toMatch(/next review is taken as due from it/);
  });

  it('SSD (full review history, CP and CLA only): CP and CLA reviews measured, CIN said not included', () => {
    const r = runRule('plan-drift', withCoverage(records, { reviews: { planTypes: ['cp', 'cla'] } }), '2024-05-31');
    // CLA-2014 with a single review in 2024 walks its schedule from 2014: its first review was due in 2014.
    expect(r.metrics.reviewsOnTime).toMatchObject({ numerator: 1, denominator: 3 });
    expect(evidenceKeys(r, 'overdue-reviews')).not.toContain('plan-drift/overdue/CIN-OLD');
    expect(r.metrics.reviewsOnTime!.label).toMatch(/CIN plans not included/);
  });
});

describe("visit-timeliness with each child's latest visit only", () => {
  const records: Records = {
    plans: [
      // Seen on 28 May: 3 working days before as-at. The earlier gap from 5 Jan is unknown in Annex A.
      { plan_id: 'CP1', child_id: 'K1', plan_type: 'cp', start_date: '2024-01-02' },
      // Never seen: 23 working days since the start on Fri 26 Apr (6 and 27 May are bank holidays).
      { plan_id: 'CIN1', child_id: 'K2', plan_type: 'cin', start_date: '2024-04-26' },
      // Ended before as-at: not in the population of the current gap.
      { plan_id: 'CLA1', child_id: 'K3', plan_type: 'cla', start_date: '2023-06-01', end_date: '2024-03-01' },
    ],
    visits: [
      { child_id: 'K1', visit_date: '2024-01-05', seen_alone: 'N' },
      { child_id: 'K1', visit_date: '2024-05-28', seen_alone: 'Y' },
    ],
  };

  it('judges the plans open on the as-at date on the time since the latest visit', () => {
    const r = runRule('visit-timeliness', withCoverage(records, ANNEX_A_LIKE), '2024-05-31');
    expect(r.metrics.plansWithinVisitLimits).toMatchObject({ numerator: 1, denominator: 2, verdict: 'fail' });
    expect(r.metrics.plansWithinVisitLimits!.label).toMatch(/current gap only/);
    const gaps = r.findings.find((f) => f.id === 'visit-gaps')!.evidence;
    expect(gaps.map((e) => [e.planId, e.gapFrom, e.gapTo, e.gapWorkingDays, e.ongoing])).toEqual([
      ['CIN1', '2024-04-26', '2024-05-31', 23, true],
    ]);
    expect(r.metrics.cpSeenAlone).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('with every visit, the earlier gap still counts (canonical)', () => {
    const r = runRule('visit-timeliness', makeExport(records), '2024-05-31');
    expect(evidenceKeys(r, 'visit-gaps')).toEqual([
      'visit-timeliness/plan/CIN1',
      'visit-timeliness/plan/CLA1',
      'visit-timeliness/plan/CP1',
    ]);
  });
});

describe("allocation-delay with only each child's current worker", () => {
  it("an unallocated child's wait is unknown, not counted from a plan start in 2014", () => {
    const records: Records = {
      plans: [
        { plan_id: 'CLA1', child_id: 'K1', plan_type: 'cla', start_date: '2014-01-06' },
        { plan_id: 'CP1', child_id: 'K2', plan_type: 'cp', start_date: '2024-01-02' },
      ],
      allocations: [{ child_id: 'K2', worker_id: 'W1', start_date: '2024-01-02' }],
    };
    const r = runRule('allocation-delay', withCoverage(records, ANNEX_A_LIKE), '2024-05-31');
    expect(r.metrics.unallocatedOpen!.value).toBe(1);
    const f = r.findings.find((x) => x.id === 'unallocated-open')!;
    expect(f.evidence).toEqual([
      expect.objectContaining({
        childId: 'K1',
        workingDays: null,
        waitingSince: null,
        wait: expect.stringMatching(/^unknown/),
      }),
    ]);
    expect(f.columns.map((c) => c.key)).not.toContain('workingDays');
    expect(f.message).toMatch(/how long they have waited is not in this export/);
  });
});
