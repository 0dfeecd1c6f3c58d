import { describe, expect, it } from 'vitest';
import { evidenceKeys, runRule } from './helpers/rules.js';

const workers = [
  { worker_id: 'W1', team: 'Alpha', fte: '0.5', start_date: '2020-01-01' },
  { worker_id: 'W2', team: 'Alpha', fte: '', start_date: '2020-01-01' },
  { worker_id: 'W3', team: 'Beta', fte: '1', start_date: '2020-01-01', end_date: '2024-01-31' },
  { worker_id: 'W4', team: 'Beta', fte: '0.8', start_date: '2020-01-01' },
];
const open = (worker: string, child: string, end = '') => ({
  child_id: child,
  worker_id: worker,
  start_date: '2023-06-01',
  end_date: end,
});
const allocations = [
  // Half-time W1 holds 8 children: 16 per FTE, over the target of 15.
  ...Array.from({ length: 8 }, (_, i) => open('W1', `A${i + 1}`)),
  // Full-time W2 (blank FTE = 1) holds 15 distinct children: exactly the target. B15 ends on
  // the as-at date (still open); B1 appears twice; B16 ended the day before.
  ...Array.from({ length: 14 }, (_, i) => open('W2', `B${i + 1}`)),
  open('W2', 'B15', '2024-03-31'),
  open('W2', 'B1'),
  open('W2', 'B16', '2024-03-30'),
  // W3 left before as-at; W9 is not in the workers table: both still counted with FTE 1.
  open('W3', 'C1'),
  open('W3', 'C2'),
  open('W9', 'D1'),
  // No worker id: skipped and counted.
  { child_id: 'E1', worker_id: '', start_date: '2023-06-01' },
];

describe('caseloads', () => {
  const r = runRule('caseloads', { workers, allocations }, '2024-03-31');

  it('counts a half-time worker with 8 children as over a target of 15 and a full-time worker with 15 as not', () => {
    expect(r.metrics.overTarget).toMatchObject({ value: 1, threshold: 0, rag: 'amber' });
    expect(evidenceKeys(r, 'over-target')).toEqual(['caseloads/worker/W1']);
    const f = r.findings.find((x) => x.id === 'over-target')!;
    expect(f.evidence[0]).toEqual({
      key: 'caseloads/worker/W1',
      workerId: 'W1',
      team: 'Alpha',
      caseload: 8,
      fte: 0.5,
      perFte: 16,
      status: 'active',
    });
    expect(f.message).toBe(
      '1 of 4 case-holding workers (25%) hold more than 15 children per FTE; the highest is 16 per FTE.',
    );
    expect(f.severity).toBe('medium');
  });

  it('averages children per FTE over case-holding workers, unknown and departed workers at FTE 1', () => {
    // (8 + 15 + 2 + 1) children ÷ (0.5 + 1 + 1 + 1) FTE; W4 holds nobody and is left out.
    expect(r.metrics.averagePerFte!.value).toBe(26 / 3.5); // exact: the rule does not round
    expect(r.metrics.averagePerFte).toMatchObject({ threshold: 15, rag: 'green' });
    expect(r.metrics.averagePerFte!.england).toMatchObject({
      value: 15.2,
      year: '30 September 2025',
      numerator: 321661,
      denominator: 21105.4,
    });
  });

  it('names workers missing from the workers table or not employed on the as-at date', () => {
    const text = r.limitations.join(' ');
    expect(text).toContain('1 worker with allocations open on 2024-03-31 is not in the workers table (W9)');
    expect(text).toContain('1 worker with allocations open on 2024-03-31 is not employed on that date (W3)');
    expect(text).toContain('1 allocation row was skipped');
  });

  it('gives a per-team table of workers, children, average and highest per FTE', () => {
    const b = r.breakdowns.find((x) => x.id === 'by-team')!;
    expect(b.chart).toMatchObject({ kind: 'bar', limit: 15 });
    expect(b.rows).toEqual([
      {
        key: 'caseloads/team/Alpha',
        team: 'Alpha',
        workers: 2,
        children: 23,
        averagePerFte: 23 / 1.5,
        maxPerFte: 16,
        overTarget: 1,
      },
      {
        key: 'caseloads/team/Beta',
        team: 'Beta',
        workers: 1,
        children: 2,
        averagePerFte: 2,
        maxPerFte: 2,
        overTarget: 0,
      },
      {
        key: 'caseloads/team/(no team recorded)',
        team: '(no team recorded)',
        workers: 1,
        children: 1,
        averagePerFte: 1,
        maxPerFte: 1,
        overTarget: 0,
      },
    ]);
  });

  it('uses the configured target', () => {
    const r2 = runRule('caseloads', { workers, allocations }, '2024-03-31', { target: 14 });
    expect(evidenceKeys(r2, 'over-target')).toEqual(['caseloads/worker/W1', 'caseloads/worker/W2']);
    expect(r2.metrics.overTarget).toMatchObject({ value: 2, threshold: 0 });
    expect(r2.options).toMatchObject({ target: 14 });
  });

  it('gives null metrics when nobody holds a case', () => {
    const r3 = runRule('caseloads', { workers, allocations: [] }, '2024-03-31');
    expect(r3.metrics.averagePerFte!.value).toBeNull();
    expect(r3.metrics.overTarget!.value).toBeNull();
    expect(r3.findings).toEqual([]);
  });
});
