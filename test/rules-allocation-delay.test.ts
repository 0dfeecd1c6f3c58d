import { describe, expect, it } from 'vitest';
import { evidenceKeys, runRule } from './helpers/rules.js';

// As at 2024-04-30; period 2023-05-01 … 2024-04-30. Working days from Wed 2024-03-27 (SPEC §1):
// 28 Mar (1); 29 Mar Good Friday and 1 Apr Easter Monday are holidays; 2 Apr (2), 3 (3), 4 (4),
// 5 (5), 8 (6). From 2024-04-02 to 2024-04-30: 3–5 (3), 8–12 (8), 15–19 (13), 22–26 (18), 29–30 (20).
// From 2024-04-10 to 2024-04-30: 11–12 (2), 15–19 (7), 22–26 (12), 29–30 (14).
const plans = [
  { plan_id: 'P1', child_id: 'C1', plan_type: 'cp', start_date: '2024-03-27', team: 'North' },
  { plan_id: 'P2', child_id: 'C2', plan_type: 'cin', start_date: '2024-03-27', team: 'North' },
  { plan_id: 'P3', child_id: 'C3', plan_type: 'cla', start_date: '2024-03-27', team: 'South' },
  { plan_id: 'P4', child_id: 'C4', plan_type: 'cp', start_date: '2024-04-10', team: 'South' },
  { plan_id: 'P5', child_id: 'C5', plan_type: 'cin', start_date: '2024-04-02', team: '' },
  { plan_id: 'P6', child_id: 'C6', plan_type: 'early_help', start_date: '2024-04-02', team: 'North' },
  { plan_id: 'P7', child_id: 'C7', plan_type: 'cp', start_date: '2023-01-03', team: 'North' },
  { plan_id: 'P8', child_id: 'C8', plan_type: 'cin', start_date: '2024-04-15', team: 'North' },
  { plan_id: 'P9', child_id: 'C9', plan_type: 'cin', start_date: 'not a date', team: 'North' },
];
const allocations = [
  { child_id: 'C1', worker_id: 'W1', start_date: '2024-04-04' },
  { child_id: 'C2', worker_id: 'W1', start_date: '2024-04-05' },
  { child_id: 'C3', worker_id: 'W2', start_date: '2024-04-08' },
  // Open on P4's start date (inclusive end), then ended: no worker today.
  { child_id: 'C4', worker_id: 'W2', start_date: '2024-01-02', end_date: '2024-04-10' },
  // A row with no worker is not an allocation.
  { child_id: 'C5', worker_id: '', start_date: '2024-04-03' },
  { child_id: 'C7', worker_id: 'W3', start_date: '2023-01-03' },
  { child_id: 'C8', worker_id: 'W3', start_date: '2024-04-15' },
];

describe('allocation-delay', () => {
  const r = runRule('allocation-delay', { plans, allocations }, '2024-04-30');

  it('measures the delay in working days across Easter, with the limit met exactly', () => {
    // Delays: P1 4, P2 5 (on the limit), P3 6, P4 0 (allocation open on the start), P5 20 (unallocated), P8 0.
    expect(r.metrics.allocatedWithinTarget).toMatchObject({ numerator: 4, denominator: 6, threshold: 0.9, rag: 'red' });
    expect(r.metrics.medianDelay).toMatchObject({ value: 4.5, threshold: 5, rag: 'green' });
    expect(evidenceKeys(r, 'delayed-allocation')).toEqual(['allocation-delay/plan/P3', 'allocation-delay/plan/P5']);
    const f = r.findings.find((x) => x.id === 'delayed-allocation')!;
    expect(f.evidence).toEqual([
      {
        key: 'allocation-delay/plan/P5',
        planId: 'P5',
        childId: 'C5',
        planType: 'cin',
        team: null,
        planStart: '2024-04-02',
        allocatedOn: null,
        workingDays: 20,
        stillUnallocated: true,
      },
      {
        key: 'allocation-delay/plan/P3',
        planId: 'P3',
        childId: 'C3',
        planType: 'cla',
        team: 'South',
        planStart: '2024-03-27',
        allocatedOn: '2024-04-08',
        workingDays: 6,
        stillUnallocated: false,
      },
    ]);
    expect(f.message).toBe(
      '2 of 6 plans started in the period (33%) waited more than 5 working days for a social worker; 1 is still unallocated.',
    );
    expect(f.severity).toBe('high');
  });

  it('lists children with an open plan and no allocation open on the as-at date', () => {
    expect(r.metrics.unallocatedOpen).toMatchObject({ value: 2, threshold: 0, rag: 'amber' });
    const f = r.findings.find((x) => x.id === 'unallocated-open')!;
    expect(f.severity).toBe('medium');
    expect(f.evidence.map((e) => [e.key, e.waitingSince, e.workingDays])).toEqual([
      ['allocation-delay/unallocated/C5', '2024-04-02', 20],
      // Since the last allocation ended (2024-04-10), which is not before the plan start.
      ['allocation-delay/unallocated/C4', '2024-04-10', 14],
    ]);
    expect(f.evidence[1]).toMatchObject({ childId: 'C4', planId: 'P4', lastAllocationEnd: '2024-04-10' });
  });

  it('counts skipped plans and allocations', () => {
    expect(r.limitations.join(' ')).toContain('1 plan row was skipped');
    expect(r.limitations.join(' ')).toContain('1 allocation row was skipped');
  });

  it('breaks the delay down by team', () => {
    const b = r.breakdowns.find((x) => x.id === 'by-team')!;
    expect(b.chart?.kind).toBe('bar');
    expect(b.rows).toEqual([
      {
        key: 'allocation-delay/team/North',
        team: 'North',
        plansStarted: 3,
        allocatedWithin: 1,
        medianDelay: 4,
        unallocatedNow: 0,
      },
      {
        key: 'allocation-delay/team/South',
        team: 'South',
        plansStarted: 2,
        allocatedWithin: 0.5,
        medianDelay: 3,
        unallocatedNow: 1,
      },
      {
        key: 'allocation-delay/team/(no team recorded)',
        team: '(no team recorded)',
        plansStarted: 1,
        allocatedWithin: 0,
        medianDelay: 20,
        unallocatedNow: 1,
      },
    ]);
  });

  it('uses the configured limit', () => {
    const r2 = runRule('allocation-delay', { plans, allocations }, '2024-04-30', { maxWorkingDays: 6, target: 0.8 });
    expect(r2.metrics.allocatedWithinTarget).toMatchObject({
      numerator: 5,
      denominator: 6,
      threshold: 0.8,
      rag: 'green',
    });
    expect(evidenceKeys(r2, 'delayed-allocation')).toEqual(['allocation-delay/plan/P5']);
    expect(r2.findings.find((x) => x.id === 'delayed-allocation')!.severity).toBe('low');
  });

  it('gives null metrics when no plan starts in the period', () => {
    const r3 = runRule('allocation-delay', { plans: [], allocations: [] }, '2024-04-30');
    expect(r3.metrics.allocatedWithinTarget!.value).toBeNull();
    expect(r3.metrics.medianDelay!.value).toBeNull();
    expect(r3.metrics.unallocatedOpen!.value).toBeNull();
    expect(r3.findings).toEqual([]);
  });
});
