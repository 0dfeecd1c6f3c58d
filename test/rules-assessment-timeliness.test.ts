import { describe, expect, it } from 'vitest';
import { evidenceKeys, runRule } from './helpers/rules.js';

// As at 2024-04-30 the period is 2023-05-01 … 2024-04-30.
// Hand-worked working days (SPEC §1):
// - 2023-05-02 → 2023-07-06 = 45: 3,4,5 May (3); 8 May is the coronation holiday; 9–12 (7);
//   15–19 (12); 22–26 (17); 29 May spring holiday; 30 May–2 Jun (21); five full weeks to 30 Jun (41);
//   3–6 Jul (45). So 2023-07-07 is 46.
// - 2024-02-23 → 2024-04-30 = 45 (26 Feb … 30 Apr, skipping Good Friday 29 Mar and Easter Monday
//   1 Apr); 2024-02-22 → 2024-04-30 = 46.
// - 2024-03-28 → 2024-04-08 = 5 (29 Mar and 1 Apr are holidays: 2,3,4,5,8 Apr); → 2024-04-09 = 6.
const assessments = [
  {
    assessment_id: 'A1',
    child_id: 'C1',
    start_date: '2023-05-02',
    completion_date: '2023-07-06',
    seen_date: '2023-05-03',
    seen_alone_date: '2023-05-03',
    team: 'North',
    worker_id: 'W1',
  },
  {
    assessment_id: 'A2',
    child_id: 'C2',
    start_date: '2023-05-02',
    completion_date: '2023-07-07',
    seen_date: '2023-05-10',
    seen_alone_date: '',
    team: 'South',
    worker_id: 'W2',
  },
  {
    assessment_id: 'A3',
    child_id: 'C3',
    start_date: '2024-02-23',
    completion_date: '',
    seen_date: '2024-02-23',
    seen_alone_date: '',
    team: 'North',
  },
  {
    assessment_id: 'A4',
    child_id: 'C4',
    start_date: '2024-02-22',
    completion_date: '',
    seen_date: '',
    seen_alone_date: '',
    team: 'North',
  },
  {
    assessment_id: 'A5',
    child_id: 'C5',
    start_date: '2024-03-28',
    completion_date: '',
    seen_date: '2024-04-08',
    seen_alone_date: '',
    team: 'South',
  },
  {
    assessment_id: 'A6',
    child_id: 'C6',
    start_date: '2024-03-28',
    completion_date: '2024-05-20',
    seen_date: '2024-04-09',
    seen_alone_date: '',
    team: '',
  },
  {
    assessment_id: 'A7',
    child_id: 'C7',
    start_date: '',
    completion_date: '2024-01-10',
    seen_date: '',
    seen_alone_date: '',
    team: 'North',
  },
  {
    assessment_id: 'A8',
    child_id: 'C8',
    start_date: '2023-01-10',
    completion_date: '2023-04-20',
    seen_date: '',
    seen_alone_date: '',
    team: 'North',
  },
];

describe('assessment-timeliness', () => {
  const r = runRule('assessment-timeliness', { assessments }, '2024-04-30');

  it('judges completion within 45 working days across the coronation holiday, the limit met exactly', () => {
    expect(r.status).toBe('ran');
    // Completed in period: A1 (45, on time) and A2 (46, late). A8 completed before the period.
    expect(r.metrics.completedWithin45).toMatchObject({
      value: 0.5,
      numerator: 1,
      denominator: 2,
      threshold: 0.857,
      rag: 'red',
    });
    expect(evidenceKeys(r, 'late-completions')).toEqual(['assessment-timeliness/late/A2']);
    const late = r.findings.find((f) => f.id === 'late-completions')!;
    expect(late.severity).toBe('high');
    expect(late.evidence[0]).toMatchObject({
      assessmentId: 'A2',
      childId: 'C2',
      team: 'South',
      workerId: 'W2',
      startDate: '2023-05-02',
      completionDate: '2023-07-07',
      workingDays: 46,
    });
    expect(late.message).toBe(
      '1 of 2 assessments completed in the period (50%) took more than 45 working days; the longest took 46 working days.',
    );
  });

  it('counts open assessments past 45 working days on the as-at date, across Easter 2024', () => {
    // A3 has run exactly 45 working days; A4 46. A6's completion is after as-at, so it is open (21 working days).
    expect(r.metrics.openOverdue).toMatchObject({ value: 1, threshold: 0, rag: 'amber' });
    expect(evidenceKeys(r, 'open-overdue')).toEqual(['assessment-timeliness/open/A4']);
    expect(r.findings.find((f) => f.id === 'open-overdue')!.evidence[0]).toMatchObject({ workingDays: 46 });
  });

  it('judges the child seen within 5 working days of the start', () => {
    // Started in period: A1 (1), A2 (5: 3,4,5,9,10 May), A3 (0), A4 (never), A5 (5), A6 (6).
    expect(r.metrics.seenWithinTarget).toMatchObject({ numerator: 4, denominator: 6, threshold: 0.9, rag: 'red' });
    expect(evidenceKeys(r, 'not-seen-in-time')).toEqual([
      'assessment-timeliness/seen/A4',
      'assessment-timeliness/seen/A6',
    ]);
    const f = r.findings.find((x) => x.id === 'not-seen-in-time')!;
    const byId = Object.fromEntries(f.evidence.map((e) => [e.assessmentId, e]));
    expect(byId.A6).toMatchObject({ seenDate: '2024-04-09', workingDays: 6, status: 'seen late', team: null });
    expect(byId.A4).toMatchObject({ seenDate: null, workingDays: 46, status: 'not seen yet' });
    expect(f.message).toContain(
      'In 2 of 6 assessments started in the period (33%) the child was not seen within 5 working days; 1 has no seen date at all.',
    );
  });

  it('judges seen alone over assessments completed in the period', () => {
    expect(r.metrics.seenAlone).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    expect(evidenceKeys(r, 'not-seen-alone')).toEqual(['assessment-timeliness/alone/A2']);
  });

  it('skips and counts a row with a blank start date', () => {
    expect(r.metrics.completedWithin45!.note).toContain('1 assessment row was skipped');
    expect(r.limitations.join(' ')).toContain('start date is blank');
  });

  it('gives a per-team breakdown with a bar chart', () => {
    const b = r.breakdowns.find((x) => x.id === 'by-team')!;
    expect(b.chart).toMatchObject({ kind: 'bar', x: 'team', y: 'completedWithin', limit: 0.857 });
    expect(b.rows.map((x) => x.team)).toEqual(['North', 'South', '(no team recorded)']);
    expect(b.rows[0]).toMatchObject({
      completed: 1,
      completedWithin: 1,
      openOverdue: 1,
      started: 3,
      seenWithin: 2 / 3,
    });
    expect(b.rows[1]).toMatchObject({
      completed: 1,
      completedWithin: 0,
      openOverdue: 0,
      started: 2,
      seenWithin: 1,
      seenAlone: 0,
    });
  });

  it('uses configured limits and prints them', () => {
    const r2 = runRule('assessment-timeliness', { assessments }, '2024-04-30', {
      maxWorkingDays: 46,
      seenWithinWorkingDays: 6,
      completedTarget: 0.95,
    });
    expect(r2.options).toMatchObject({ maxWorkingDays: 46, seenWithinWorkingDays: 6, completedTarget: 0.95 });
    expect(r2.metrics.completedWithin45).toMatchObject({ value: 1, threshold: 0.95, rag: 'green' });
    expect(r2.findings.some((f) => f.id === 'late-completions')).toBe(false);
    expect(r2.metrics.openOverdue!.value).toBe(0);
    expect(r2.metrics.seenWithinTarget).toMatchObject({ numerator: 5, denominator: 6 });
  });

  it('gives null shares for an empty population and is not run without the table', () => {
    const empty = runRule('assessment-timeliness', { assessments: [] }, '2024-04-30');
    expect(empty.metrics.completedWithin45).toMatchObject({ value: null, rag: 'none' });
    expect(empty.findings).toEqual([]);
    expect(runRule('assessment-timeliness', {}, '2024-04-30').status).toBe('not-run');
  });
});
