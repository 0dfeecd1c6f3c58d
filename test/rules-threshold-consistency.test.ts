import { describe, expect, it } from 'vitest';
import { wd } from '../src/model/calendar.js';
import { parseIsoDay } from '../src/model/day.js';
import { controlLimits, funnel } from '../rules/lib/controlLimits.js';
import { stableJson } from '../src/report/json.js';
import { evidenceKeys, makeExport, runRule, type Records } from './helpers/rules.js';

const d = (s: string) => parseIsoDay(s)!;
const AS_AT = '2024-03-31'; // period 2023-04-01 … 2024-03-31; the 12 months before: 2022-04-01 … 2023-03-31
const EMPTY: Records = { referrals: [], assessments: [], plans: [], section47: [] };
const run = (recs: Records, options: Record<string, unknown> = {}, asAt = AS_AT) =>
  runRule('threshold-consistency', { ...EMPTY, ...recs }, asAt, options);

const referral = (referral_id: string, child_id: string, referral_date: string, team = 'North') => ({
  referral_id,
  child_id,
  referral_date,
  team,
});
const plan = (
  plan_id: string,
  child_id: string,
  plan_type: string,
  start_date: string,
  end_date = '',
  end_reason = '',
  team = 'North',
) => ({ plan_id, child_id, plan_type, start_date, end_date, end_reason, team });

/** n rows for one team, the first `events` with the outcome compared. */
function assessments(team: string, n: number, nfa: number, completed = '2023-09-01') {
  return Array.from({ length: n }, (_, i) => ({
    assessment_id: `A-${team}-${i}`,
    child_id: `C-${team}-${i}`,
    start_date: '2023-07-01',
    completion_date: completed,
    team,
    outcome: i < nfa ? 'nfa' : 'cin',
  }));
}
function enquiries(team: string, n: number, icpc: number) {
  return Array.from({ length: n }, (_, i) => ({
    s47_id: `S-${team}-${i}`,
    child_id: `K-${team}-${i}`,
    strategy_date: '2023-10-02',
    team,
    outcome: i < icpc ? 'icpc' : 'nfa',
  }));
}

describe('rereferralRate (SPEC §4.6)', () => {
  const r = run({
    referrals: [
      referral('R1', 'A', '2022-05-10'),
      referral('R2', 'A', '2023-05-10'), // exactly 12 months: a re-referral
      referral('R3', 'B', '2022-05-09'),
      referral('R4', 'B', '2023-05-10'), // 12 months and a day: not
      referral('R5', 'C', '2023-06-01'),
      referral('R6', 'C', '2023-06-01', 'South'), // same day: neither is earlier
      referral('R7', 'D', '2023-02-28'),
      referral('R8', 'D', '2024-02-29', 'South'), // 29 Feb − 12 months = 28 Feb
      referral('R9', 'E', '2023-07-01'),
    ],
  });

  it('counts referrals with a strictly earlier referral on or after addMonths(date, −12)', () => {
    expect(r.status).toBe('ran');
    expect(r.metrics.rereferralRate).toMatchObject({
      value: 2 / 6,
      numerator: 2,
      denominator: 6,
      threshold: 0.226,
      rag: 'red',
    });
    expect(r.metrics.rereferralRate!.england).toMatchObject({ value: 0.226, year: '2024-25' });
    expect(evidenceKeys(r, 'rereferrals')).toEqual([
      'threshold-consistency/rereferral/R2',
      'threshold-consistency/rereferral/R8',
    ]);
    const ev = r.findings.find((f) => f.id === 'rereferrals')!.evidence;
    expect(ev.find((e) => e.referralId === 'R8')).toMatchObject({
      childId: 'D',
      previousReferralId: 'R7',
      previousReferralDate: '2023-02-28',
      daysSincePrevious: 366,
    });
  });

  it('breaks the rate down by team', () => {
    const b = r.breakdowns.find((x) => x.id === 'rereferrals-by-team')!;
    expect(b.rows).toEqual([
      { key: 'threshold-consistency/rereferrals-team/North', team: 'North', referrals: 4, rereferrals: 1, rate: 0.25 },
      { key: 'threshold-consistency/rereferrals-team/South', team: 'South', referrals: 2, rereferrals: 1, rate: 0.5 },
    ]);
  });
});

describe('repeatCpPlans', () => {
  it('counts CP plans starting in the period for a child with an earlier CP plan, whatever its date', () => {
    const r = run({
      plans: [
        plan('CPa', 'A', 'cp', '2015-01-01', '2015-12-01'),
        plan('CPb', 'A', 'cp', '2023-06-01'),
        plan('CINc', 'B', 'cin', '2022-01-01', '2022-06-01'),
        plan('CPc', 'B', 'cp', '2023-07-01'),
        plan('CPd', 'C', 'cp', '2023-08-01'),
      ],
    });
    expect(r.metrics.repeatCpPlans).toMatchObject({ value: 1 / 3, numerator: 1, denominator: 3 });
    // judged by default against England's figure (table D3: 24.5%), shown beside it: 1 in 3 is
    // past 24.5% by more than the 5-point tolerance
    expect(r.metrics.repeatCpPlans).toMatchObject({ threshold: 0.245, direction: 'max', rag: 'red' });
    expect(r.metrics.repeatCpPlans!.england).toMatchObject({ value: 0.245, comparator: 'England' });
    expect(r.findings.find((f) => f.id === 'repeat-cp-plans')!.evidence).toEqual([
      {
        key: 'threshold-consistency/repeat-cp/CPb',
        planId: 'CPb',
        childId: 'A',
        team: 'North',
        startDate: '2023-06-01',
        previousPlanId: 'CPa',
        previousStart: '2015-01-01',
        previousEnd: '2015-12-01',
      },
    ]);
  });
});

describe('repeatCpPlans with plan ids in increasing order (every plan kept without a set of ids)', () => {
  it('counts as when the ids are in any other order', () => {
    const plans = [
      plan('P1', 'A', 'cp', '2015-01-01', '2015-12-01'),
      plan('P2', 'A', 'cp', '2023-06-01'),
      plan('P3', 'B', 'cin', '2022-01-01', '2022-06-01'),
      plan('P4', 'B', 'cp', '2023-07-01'),
    ];
    const inOrder = run({ plans }).metrics.repeatCpPlans;
    expect(inOrder).toMatchObject({ numerator: 1, denominator: 2 });
    expect(run({ plans: [...plans].reverse() }).metrics.repeatCpPlans).toEqual(inOrder);
  });
});

describe('repeatCpPlans against its limit', () => {
  // four CP plans starting in the period, one for a child with an earlier plan: 25%
  const plans = [
    plan('P0', 'A', 'cp', '2021-01-01', '2021-06-01'),
    plan('P1', 'A', 'cp', '2023-05-01'),
    plan('P2', 'B', 'cp', '2023-05-01'),
    plan('P3', 'C', 'cp', '2023-05-01'),
    plan('P4', 'D', 'cp', '2023-05-01'),
  ];

  it("is amber just past England's 24.5%, and green at or under a limit the council sets", () => {
    expect(run({ plans }).metrics.repeatCpPlans).toMatchObject({ value: 0.25, threshold: 0.245, rag: 'amber' });
    expect(run({ plans }, { maxRepeatCpRate: 0.25 }).metrics.repeatCpPlans).toMatchObject({
      threshold: 0.25,
      rag: 'green',
    });
  });

  it('is reported against no limit when the config sets null', () => {
    const m = run({ plans }, { maxRepeatCpRate: null }).metrics.repeatCpPlans!;
    expect(m.threshold).toBeUndefined();
    expect(m.rag).toBe('none');
  });
});

describe('stepDownReturns', () => {
  const recs: Records = {
    plans: [
      plan('SD1', 'F', 'cin', '2022-09-01', '2023-06-15', 'step_down'), // referral 5 months later: a return
      plan('SD2', 'G', 'cin', '2022-09-01', '2023-06-15', 'step_down'), // referral 7 months later: not
      plan('SD3', 'H', 'cp', '2022-09-01', '2023-08-31', 'step_down'), // 6 months from 31 Aug = 29 Feb: inclusive
      plan('SD4', 'I', 'cin', '2022-09-01', '2023-09-01', 'step_down'), // referral on the end date: not after it
      plan('CL5', 'J', 'cin', '2022-09-01', '2023-09-01', 'closed'), // closed, not stepped down
      plan('SD6', 'K', 'cin', '2022-01-01', '2023-03-15', 'step_down'), // ended before the period
    ],
    referrals: [
      referral('R10', 'F', '2023-11-15'),
      referral('R11', 'G', '2024-01-15'),
      referral('R12', 'H', '2024-02-29'),
      referral('R13', 'I', '2023-09-01'),
      referral('R14', 'J', '2023-10-01'),
      referral('R15', 'K', '2023-05-01'),
    ],
  };

  it('uses end_date < referral_date ≤ addMonths(end_date, 6) for plans stepped down in the period', () => {
    const r = run(recs);
    expect(r.metrics.stepDownReturns).toMatchObject({ value: 2, unit: 'count', rag: 'none' });
    expect(evidenceKeys(r, 'step-down-returns')).toEqual([
      'threshold-consistency/step-down/SD1',
      'threshold-consistency/step-down/SD3',
    ]);
    const ev = r.findings.find((f) => f.id === 'step-down-returns')!;
    expect(ev.severity).toBe('info');
    expect(ev.evidence.find((e) => e.planId === 'SD1')).toMatchObject({
      childId: 'F',
      endDate: '2023-06-15',
      referralId: 'R10',
      referralDate: '2023-11-15',
      daysAfterStepDown: 153,
    });
    expect(ev.message).toMatch(/2 plans of 4 stepped down/);
  });

  it('judges the count when a limit is configured, and the window follows the option', () => {
    const r = run(recs, { maxStepDownReturns: 0, stepDownReturnsTolerance: 1, stepDownReturnMonths: 7 });
    expect(r.metrics.stepDownReturns).toMatchObject({ value: 3, threshold: 0, rag: 'red' });
    expect(evidenceKeys(r, 'step-down-returns')).toContain('threshold-consistency/step-down/SD2');
  });
});

describe('lateIcpc', () => {
  it('an ICPC exactly 15 working days after the strategy discussion is on time; 16 is late', () => {
    // Thu 1 Jun 2023 + 15 working days = Thu 22 Jun. Tue 2 May 2023: the coronation holiday (8 May)
    // and spring holiday (29 May) push 15 working days to Wed 24 May.
    expect(wd(d('2023-06-01'), d('2023-06-22'))).toBe(15);
    expect(wd(d('2023-05-02'), d('2023-05-24'))).toBe(15);
    const r = run({
      section47: [
        {
          s47_id: 'S1',
          child_id: 'A',
          strategy_date: '2023-06-01',
          icpc_date: '2023-06-22',
          outcome: 'icpc',
          team: 'North',
        },
        {
          s47_id: 'S2',
          child_id: 'B',
          strategy_date: '2023-06-01',
          icpc_date: '2023-06-23',
          outcome: 'icpc',
          team: 'North',
        },
        {
          s47_id: 'S3',
          child_id: 'C',
          strategy_date: '2023-05-02',
          icpc_date: '2023-05-24',
          outcome: 'icpc',
          team: 'South',
        },
        {
          s47_id: 'S4',
          child_id: 'D',
          strategy_date: '2023-05-02',
          icpc_date: '2023-05-25',
          outcome: 'icpc',
          team: 'South',
        },
        {
          s47_id: 'S5',
          child_id: 'E',
          strategy_date: '2023-03-01',
          icpc_date: '2023-03-31',
          outcome: 'icpc',
          team: 'South',
        }, // ICPC before the period
      ],
    });
    expect(r.metrics.lateIcpc).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      threshold: 0.186,
      rag: 'red',
    }); // England 2024-25, table C4
    expect(r.metrics.lateIcpc!.england).toMatchObject({
      value: 0.186,
      comparator: 'England',
      numerator: 13420,
      denominator: 72090,
    });
    const f = r.findings.find((x) => x.id === 'late-icpc')!;
    expect(f.evidence.map((e) => [e.key, e.workingDays])).toEqual([
      ['threshold-consistency/late-icpc/S2', 16],
      ['threshold-consistency/late-icpc/S4', 16],
    ]);
    expect(f.evidence[0]).toMatchObject({
      s47Id: 'S2',
      childId: 'B',
      team: 'North',
      strategyDate: '2023-06-01',
      icpcDate: '2023-06-23',
    });
  });
});

describe('control limits', () => {
  it('are p ± 3.09·√(p(1−p)/n), clamped to 0 … 1', () => {
    const { lower, upper } = controlLimits(0.2, 100, 3.09);
    expect(lower).toBeCloseTo(0.2 - 3.09 * 0.04, 12);
    expect(upper).toBeCloseTo(0.2 + 3.09 * 0.04, 12);
    expect(controlLimits(0.1, 4, 3.09).lower).toBe(0);
  });

  it('lists a team below the minimum size without judging it, and p includes it', () => {
    const f = funnel(
      [
        { team: 'B', n: 20, events: 4 },
        { team: 'A', n: 5, events: 5 },
      ],
      3.09,
      10,
    );
    expect(f.p).toBeCloseTo(9 / 25, 12);
    expect(f.teams.map((t) => [t.team, t.position, t.lower])).toEqual([
      ['A', 'not judged', null],
      ['B', 'within', expect.any(Number)],
    ]);
  });

  it('a rate exactly on a limit is within it, and the wide limits of a small team absorb an extreme rate', () => {
    // p = 0.5 over 100 + 4: with z = 1 and n = 4 the limits are 0.25 … 0.75.
    const f = funnel(
      [
        { team: 'A', n: 100, events: 51 },
        { team: 'B', n: 4, events: 1 },
      ],
      1,
      1,
    );
    expect(f.p).toBe(0.5);
    expect(f.teams[1]).toMatchObject({ lower: 0.25, upper: 0.75, position: 'within' });
    expect(
      funnel(
        [
          { team: 'A', n: 40, events: 20 },
          { team: 'B', n: 5, events: 5 },
        ],
        3.09,
        1,
      ).teams[1],
    ).toMatchObject({ upper: 1, position: 'within' });
  });
});

describe('teamOutliers', () => {
  // North 26/40 NFA; South and East 8/40; West 9/9 but below minTeamSize. p = 51/129.
  const recs: Records = {
    assessments: [
      ...assessments('North', 40, 26),
      ...assessments('South', 40, 8),
      ...assessments('East', 40, 8),
      ...assessments('West', 9, 9),
    ],
  };
  const p = 51 / 129;
  const upper = p + 3.09 * Math.sqrt((p * (1 - p)) / 40);
  const lower = p - 3.09 * Math.sqrt((p * (1 - p)) / 40);

  it('finds the team above the upper limit, states the direction and leaves teams within limits alone', () => {
    expect(upper).toBeLessThan(26 / 40);
    expect(lower).toBeLessThan(8 / 40);
    const r = run(recs);
    expect(r.metrics.teamOutliers).toMatchObject({ value: 1, threshold: 0, rag: 'amber' });
    expect(evidenceKeys(r, 'team-outliers-nfa')).toEqual(['threshold-consistency/outlier-nfa/North']);
    const f = r.findings.find((x) => x.id === 'team-outliers-nfa')!;
    expect(f.message).toBe(
      'Team North closes 65% of assessments with no further action against 40% across the authority, above the upper limit of 63% (26 of 40).',
    );
    expect(f.evidence[0]).toMatchObject({
      team: 'North',
      n: 40,
      events: 26,
      rate: 0.65,
      direction: 'above the upper limit',
    });
    expect(f.evidence[0]!.upper).toBeCloseTo(upper, 6);
    expect(f.affected).toEqual({ count: 1, unit: 'teams' });
  });

  it('gives every team, judged or not, as a funnel-plot breakdown with the authority rate', () => {
    const r = run(recs);
    const b = r.breakdowns.find((x) => x.id === 'team-nfa')!;
    expect(b.chart).toMatchObject({ kind: 'funnel', x: 'n', y: 'rate', lower: 'lower', upper: 'upper' });
    expect(b.chart!.limit).toBeCloseTo(p, 6);
    expect(b.rows.map((x) => [x.team, x.n, x.events, x.position])).toEqual([
      ['East', 40, 8, 'within the limits'],
      ['North', 40, 26, 'above the upper limit'],
      ['South', 40, 8, 'within the limits'],
      ['West', 9, 9, 'not judged (fewer than 10)'],
    ]);
    expect(b.rows[3]).toMatchObject({ rate: 1, lower: null, upper: null });
  });

  it('judges a small team once minTeamSize allows it', () => {
    // n = 9: upper = p + 3.09·√(p(1−p)/9) ≈ 0.87, so 9 of 9 is above it.
    expect(p + 3.09 * Math.sqrt((p * (1 - p)) / 9)).toBeLessThan(1);
    const r = run(recs, { minTeamSize: 5 });
    expect(evidenceKeys(r, 'team-outliers-nfa')).toEqual([
      'threshold-consistency/outlier-nfa/North',
      'threshold-consistency/outlier-nfa/West',
    ]);
  });

  it('raises no outlier when every team is within its limits', () => {
    const r = run({
      assessments: [
        ...assessments('North', 30, 9),
        ...assessments('South', 50, 11),
        ...assessments('East', 12, 4),
        ...assessments('West', 9, 9),
      ],
      section47: [...enquiries('A', 15, 6), ...enquiries('B', 25, 9)],
    });
    expect(r.metrics.teamOutliers).toMatchObject({ value: 0, rag: 'green' });
    expect(r.findings.filter((f) => f.id.startsWith('team-outliers'))).toEqual([]);
  });

  it('finds a section 47 team below the lower limit for conferences', () => {
    // p = 20/60; lower for n = 20 is 1/3 − 3.09·√((1/3)(2/3)/20) ≈ 0.0076, so 0 of 20 is below.
    const r = run({ section47: [...enquiries('A', 20, 10), ...enquiries('B', 20, 10), ...enquiries('C', 20, 0)] });
    expect(evidenceKeys(r, 'team-outliers-icpc')).toEqual(['threshold-consistency/outlier-icpc/C']);
    const f = r.findings.find((x) => x.id === 'team-outliers-icpc')!;
    expect(f.evidence[0]).toMatchObject({ rate: 0, direction: 'below the lower limit' });
    expect(f.message).toMatch(
      /^Team C takes 0% of section 47 enquiries to an initial child protection conference against 33% across the authority, below the lower limit of 0\.8%/,
    );
  });

  it('is null with a note when no team is large enough to judge', () => {
    const r = run({ assessments: assessments('North', 9, 9) });
    expect(r.metrics.teamOutliers).toMatchObject({ value: null, rag: 'none' });
    expect(r.metrics.teamOutliers!.note).toMatch(/no team had 10 or more/);
  });
});

describe('cpStartsChange', () => {
  const cpStarts = (prefix: string, n: number, start: string) =>
    Array.from({ length: n }, (_, i) => plan(`${prefix}${i}`, `${prefix}-child-${i}`, 'cp', start));

  it('compares CP plans starting in the period with the 12 months before it', () => {
    const r = run({ plans: [...cpStarts('P', 5, '2022-04-01'), ...cpStarts('C', 6, '2024-03-31')] });
    expect(r.metrics.cpStartsChange).toMatchObject({
      numerator: 6,
      denominator: 5,
      threshold: 0.2,
      rag: 'green',
      unit: 'ratio',
    });
    expect(r.metrics.cpStartsChange!.value).toBeCloseTo(0.2, 12);
    const red = run({ plans: [...cpStarts('P', 5, '2023-03-31'), ...cpStarts('C', 7, '2023-04-01')] });
    expect(red.metrics.cpStartsChange).toMatchObject({ value: 7 / 5 - 1, rag: 'red', verdict: 'fail' }); // exact, not 0.4
    expect(red.breakdowns.find((b) => b.id === 'cp-starts-by-team')!.rows).toEqual([
      { key: 'threshold-consistency/cp-starts-team/North', team: 'North', before: 5, current: 7, change: 7 / 5 - 1 },
    ]);
  });

  it('says so when the earlier window has no CP starts instead of reporting a change', () => {
    const r = run({ plans: [...cpStarts('P', 3, '2022-03-31'), ...cpStarts('C', 6, '2023-06-01')] });
    expect(r.metrics.cpStartsChange).toMatchObject({
      value: null,
      rag: 'none',
      numerator: 6,
      denominator: 0,
      verdict: 'not-measured',
    });
    expect(r.metrics.cpStartsChange!.note).toMatch(/no child protection plans start between 2022-04-01 and 2023-03-31/);
  });
});

describe('threshold-consistency rule', () => {
  it('is not run when a table it needs is missing', () => {
    const r = runRule('threshold-consistency', { referrals: [], assessments: [], plans: [] }, AS_AT);
    expect(r.status).toBe('not-run');
    expect(r.reason).toMatch(/section47/);
  });

  it('gives byte-identical output whatever the row order of the export', () => {
    const recs: Records = {
      referrals: [
        referral('R1', 'A', '2023-01-10', 'East'),
        referral('R2', 'A', '2023-06-10', 'West'),
        referral('R3', 'B', '2023-07-01', 'East'),
        referral('R4', 'A', '2023-09-10', 'West'),
      ],
      plans: [
        plan('P1', 'A', 'cp', '2022-05-01', '2023-06-01', 'step_down', 'West'),
        plan('P2', 'A', 'cp', '2023-10-01', '', '', 'East'),
        plan('P3', 'B', 'cp', '2023-02-01', '', '', 'West'),
      ],
      assessments: [...assessments('North', 30, 20), ...assessments('South', 30, 5), ...assessments('East', 3, 1)],
      section47: [...enquiries('A', 12, 3), ...enquiries('B', 14, 12)],
    };
    const reversed = Object.fromEntries(Object.entries(recs).map(([k, v]) => [k, [...v].reverse()])) as Records;
    const a = run(recs);
    expect(a.findings.length).toBeGreaterThan(2);
    expect(stableJson(run(reversed))).toBe(stableJson(a));
  });

  it('echoes the SPEC defaults', () => {
    expect(run({}).options).toMatchObject({
      maxRereferralRate: 0.226,
      stepDownReturnMonths: 6,
      maxIcpcWorkingDays: 15,
      minTeamSize: 10,
      maxCpRise: 0.2,
      controlLimitZ: 3.09,
    });
  });
});

describe('threshold-consistency plans in any row order (issue 24: rows already in line order are not copied to sort)', () => {
  it('gives the same result whatever order the rows are held in', () => {
    const recs: Records = {
      ...EMPTY,
      plans: [
        plan('P1', 'C1', 'cp', '2022-06-01', '2022-12-01', 'closed'),
        plan('P2', 'C1', 'cp', '2023-06-01'),
        // A repeated id: the loader blanks the later row's id (a data-quality issue), so it stays a
        // plan of its own, started in the period after P1 ended: a repeat.
        plan('P2', 'C1', 'cp', '2023-07-01'),
        plan('P3', 'C2', 'cp', '2023-08-01'),
      ],
    };
    const inOrder = makeExport(recs);
    const reversed = makeExport(recs);
    reversed.tables.plans = [...reversed.tables.plans!].reverse();
    const a = runRule('threshold-consistency', inOrder, AS_AT);
    const b = runRule('threshold-consistency', reversed, AS_AT);
    // CP plans starting in the period: P2, the blanked repeat and P3; P2 and the repeat follow P1.
    expect(a.metrics.repeatCpPlans).toMatchObject({ numerator: 2, denominator: 3 });
    expect(stableJson(b)).toBe(stableJson(a));
  });
});
