/**
 * A synthetic audit for the report tests, produced by the real engine from stand-in rules so it
 * carries every evidence column type, every chart kind (bar, line, funnel), every status (ran,
 * not run, error), free-text excerpts, England figures, and hostile text in team names, records
 * and data-quality examples. The values are hand-chosen so tests can assert exact wording.
 */
import * as z from 'zod';
import dataQuality from '../../rules/data-quality.js';
import { col, severityFor, shareMetric, valueMetric } from '../../src/engine/metrics.js';
import { defineRule, type AnyRule } from '../../src/engine/rule.js';
import { audit } from '../../src/engine/run.js';
import type { AuditResult } from '../../src/engine/types.js';
import { parseIsoDay } from '../../src/model/day.js';
import { makeExport } from './rules.js';

export const HOSTILE_TEAM = '<script>alert(1)</script><img src=http://example.invalid/x>';
export const PLANTED_CHILD = 'CH-PLANTED-0042';
export const FORMULA_CELLS = [
  '=HYPERLINK("http://example.invalid","x")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTAB',
  '\rCR',
];
export const EXCERPT_TEXT = 'Discussed <img src=http://example.invalid/e> contact; child said "I want to stay".';
export const COUNCIL = 'Exampleshire & <b>District</b> Council';

const noOptions = z.object({}).strict();

const allocation = defineRule({
  id: 'fixture-allocation',
  title: 'Allocation (fixture)',
  passTitle: 'Children get a worker promptly',
  failTitle: 'Children wait too long for a social worker',
  area: ['help-protection'],
  tables: ['plans'],
  description: 'Fixture rule: every evidence type, a bar and a line chart.',
  options: z.object({ maxWorkingDays: z.number().default(5), teams: z.array(z.string()).default(['A', 'B']) }).strict(),
  // rule facts (issue 16): what each metric needs and each finding's metric and key subject
  metrics: { allocatedWithinTarget: { needs: [] }, medianDelay: { needs: [] } },
  findings: {
    'delayed-allocation': { metric: 'allocatedWithinTarget', key: 'plan', subject: 'plan' },
    'unallocated-open': { metric: null, key: 'unallocated', subject: 'child' },
  },
  run() {
    const share = shareMetric('Plans allocated within 5 working days', 3, 10, {
      threshold: 0.857,
      direction: 'min',
      tolerance: 0.05,
    });
    const columns = [
      col('childId', 'Child', 'id'),
      col('planId', 'Plan', 'id'),
      col('startDate', 'Plan start', 'date'),
      col('delay', 'Delay (working days)', 'workingDays'),
      col('calendar', 'Calendar days', 'days'),
      col('caseload', 'Caseload', 'number'),
      col('share', 'Share', 'share'),
      col('unallocated', 'Still unallocated', 'flag'),
      col('team', 'Team', 'text'),
    ];
    return {
      metrics: { allocatedWithinTarget: share, medianDelay: valueMetric('Median delay', 7.5, 'workingDays') },
      findings: [
        {
          id: 'delayed-allocation',
          severity: severityFor(share.rag),
          metric: 'allocatedWithinTarget',
          title: 'Plans allocated late',
          message: '7 of 10 plans waited more than 5 working days.',
          affected: { count: 2, unit: 'children' },
          columns,
          evidence: [
            {
              key: `allocation-delay/plan/P1`,
              childId: PLANTED_CHILD,
              planId: 'P1',
              startDate: '2024-01-02',
              delay: 12,
              calendar: 16,
              caseload: 17.25,
              share: 0.25,
              unallocated: true,
              team: HOSTILE_TEAM,
            },
            {
              key: `allocation-delay/plan/P2`,
              childId: 'C2',
              planId: 'P2',
              startDate: '2024-02-05',
              delay: 6,
              calendar: 8,
              caseload: 3,
              share: 1,
              unallocated: false,
              team: 'North, "East"',
            },
          ],
        },
        {
          id: 'unallocated-open',
          severity: 'medium',
          title: 'Children with no worker today',
          message: 'Five children on plans have no allocated worker.',
          affected: { count: 5, unit: 'children' },
          columns: [
            col('childId', 'Child', 'id'),
            col('days', 'Working days', 'workingDays'),
            col('note', 'Note', 'text'),
          ],
          evidence: FORMULA_CELLS.map((note, i) => ({
            key: `allocation-delay/unallocated/C${10 + i}`,
            childId: `C${10 + i}`,
            days: i - 2,
            note,
            team: 'South',
          })),
        },
      ],
      breakdowns: [
        {
          id: 'caseloads-by-worker',
          title: 'Caseload per FTE by worker',
          columns: [col('workerId', 'Worker', 'id'), col('team', 'Team', 'text'), col('perFte', 'Per FTE', 'number')],
          rows: [
            { key: 'w/W1', workerId: 'W1', team: 'North', perFte: 12 },
            { key: 'w/W2', workerId: 'W2', team: 'North', perFte: 19.5 },
            { key: 'w/W3', workerId: 'W3', team: HOSTILE_TEAM, perFte: 15 },
            { key: 'w/W4', workerId: 'W4', team: 'South', perFte: 22 },
          ],
          chart: { kind: 'bar', x: 'workerId', y: 'perFte', limit: 15, direction: 'max', label: 'Target' },
        },
        {
          id: 'by-month',
          title: 'Allocated within target by month',
          columns: [col('month', 'Month', 'text'), col('share', 'Within target', 'share')],
          rows: ['2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09'].map((month, i) => ({
            key: `m/${month}`,
            month,
            share: i === 3 ? null : 0.5 + i * 0.08,
          })),
          chart: { kind: 'line', x: 'month', y: 'share', limit: 0.857, direction: 'min', label: 'Target' },
        },
      ],
      limitations: ['plans: the export holds only the latest plan per child'],
    };
  },
});

const outliers = defineRule({
  id: 'fixture-outliers',
  title: 'Team outliers (fixture)',
  passTitle: 'Teams apply thresholds consistently',
  failTitle: 'Teams apply thresholds differently',
  area: ['help-protection', 'children-in-care'],
  tables: ['plans'],
  description: 'Fixture rule: a funnel plot.',
  options: noOptions,
  metrics: { teamOutliers: { needs: [] } },
  findings: { 'team-outliers-nfa': { metric: 'teamOutliers', key: 'outlier-nfa', subject: 'team' } },
  run() {
    const p = 0.3;
    const team = (name: string, n: number, rate: number) => {
      const se = Math.sqrt((p * (1 - p)) / n);
      return {
        key: `threshold-consistency/outlier-nfa/${name}`,
        team: name,
        n,
        rate,
        lower: Math.max(0, p - 3.09 * se),
        upper: Math.min(1, p + 3.09 * se),
      };
    };
    const rows = [
      team('North', 40, 0.3),
      team('Riverside', 120, 0.62),
      team(HOSTILE_TEAM, 60, 0.25),
      team('South', 25, 0.2),
    ];
    const columns = [
      col('team', 'Team', 'text'),
      col('n', 'Assessments', 'number'),
      col('rate', 'NFA rate', 'share'),
      col('lower', 'Lower limit', 'share'),
      col('upper', 'Upper limit', 'share'),
    ];
    const rate = valueMetric('Teams outside the limits', 1, 'count', { threshold: 0, direction: 'max', tolerance: 1 });
    return {
      metrics: { teamOutliers: rate },
      findings: [
        {
          id: 'team-outliers-nfa',
          severity: 'medium',
          metric: 'teamOutliers',
          title: 'A team closes more assessments with no further action',
          message: 'Riverside is above the upper limit.',
          affected: { count: 1, unit: 'teams' },
          columns,
          evidence: [rows[1]!],
        },
      ],
      breakdowns: [
        {
          id: 'nfa-funnel',
          title: 'NFA rate by team',
          columns,
          rows,
          chart: { kind: 'funnel', x: 'n', y: 'rate', limit: p, lower: 'lower', upper: 'upper', label: 'All teams' },
        },
      ],
    };
  },
});

const supervision = defineRule({
  id: 'fixture-supervision',
  title: 'Supervision (fixture)',
  passTitle: 'Supervision records meet the standard',
  failTitle: 'Supervision records fall short',
  area: ['leaders'],
  tables: ['plans'],
  description: 'Fixture rule: excerpts and an England figure.',
  options: z.object({ personalSupervisionDays: z.number().default(30) }).strict(),
  metrics: { recordsMeetingStandard: { needs: [] }, averagePerFte: { needs: [] } },
  findings: { 'records-below-standard': { metric: 'recordsMeetingStandard', key: 'record', subject: 'supervision' } },
  run() {
    const share = shareMetric('Records meeting the standard', 9, 10, {
      threshold: 0.8,
      direction: 'min',
      tolerance: 0.1,
    });
    return {
      metrics: {
        recordsMeetingStandard: share,
        averagePerFte: valueMetric('Average caseload per FTE', 16.2, 'number', {
          threshold: 15,
          direction: 'max',
          tolerance: 3,
        }),
      },
      findings: [
        {
          id: 'records-below-standard',
          severity: severityFor(share.rag),
          metric: 'recordsMeetingStandard',
          title: 'Records without reflection',
          message: 'One record misses reflection.',
          affected: { count: 1, unit: 'records' },
          columns: [
            col('supervisionId', 'Record', 'id'),
            col('childId', 'Child', 'id'),
            col('missing', 'Misses', 'text'),
          ],
          evidence: [
            {
              key: 'supervision-quality/record/S1',
              supervisionId: 'S1',
              childId: 'C3',
              missing: 'reflection',
              team: 'North',
            },
          ],
        },
      ],
      excerpts: { 'supervision-quality/record/S1': EXCERPT_TEXT },
    };
  },
});

const missing = defineRule({
  id: 'fixture-visits',
  title: 'Visits (fixture)',
  passTitle: 'Children are seen',
  failTitle: 'Children are not seen often enough',
  area: ['children-in-care'],
  tables: ['visits'],
  description: 'Needs a table the export lacks.',
  options: noOptions,
  metrics: {},
  findings: {},
  run() {
    return { metrics: {}, findings: [] };
  },
});

const broken = defineRule({
  id: 'fixture-broken',
  title: 'Care leavers (fixture)',
  passTitle: 'Care leavers are in touch',
  failTitle: 'Care leavers lose touch',
  area: ['care-leavers'],
  tables: ['plans'],
  description: 'Always throws.',
  options: noOptions,
  metrics: {},
  findings: {},
  run() {
    throw new Error('division by <zero>');
  },
});

export const FIXTURE_RULES: readonly AnyRule[] = [
  dataQuality,
  allocation,
  outliers,
  supervision,
  missing,
  broken,
] as AnyRule[];

export function fixtureExport() {
  return makeExport({
    children: [{ child_id: PLANTED_CHILD }, { child_id: 'C2' }, { child_id: 'C3' }],
    plans: [
      { plan_id: 'P1', child_id: PLANTED_CHILD, plan_type: 'cp', start_date: '2024-01-02', team: HOSTILE_TEAM },
      { plan_id: 'P2', child_id: 'C2', plan_type: 'cin', start_date: "=cmd|' /C calc'!A0 <b>x</b>" },
      { plan_id: 'P3', child_id: 'C3', plan_type: 'cla', start_date: '2024-02-30' },
    ],
  });
}

/** The synthetic audit; a fresh result each call (excerpts are attached to the result object). */
export function fixtureResult(): AuditResult {
  return audit(fixtureExport(), FIXTURE_RULES, {
    asAt: parseIsoDay('2024-03-31')!,
    asAtSource: 'command line',
    config: {
      council: COUNCIL,
      periodMonths: 12,
      england: {
        'fixture-supervision.averagePerFte': {
          comparator: 'England',
          value: 15.2,
          year: '30 September 2025',
          source: "DfE, Children's social work workforce",
          note: 'children per FTE case-holding social worker',
        },
      },
    },
  });
}
