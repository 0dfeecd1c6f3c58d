/**
 * Threshold-consistency change in child protection plans starting (SPEC §4.6): the period against
 * the same length of time before it, authority-wide and by team.
 */
import { col, type Judged, plural, valueMetric } from '../../src/engine/metrics.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { Metric } from '../../src/engine/types.js';
import { type Day, periodStartFor, toIso } from '../../src/model/day.js';
import { byText, inRange, NO_TEAM, type ThresholdOutput } from './thresholdEvidence.js';
import { dayAt, type Plans } from './thresholdPlans.js';
import type { Options } from './thresholdOptions.js';

/**
 * Adds cpStartsChange and its by-team breakdown.
 * @param plans one row per plan_id (row numbers of its columns); cpPlans the CP plans among them
 *   with a start date by as-at; cpStartsInPeriod those starting in the period
 */
export function cpStartsChange(
  ctx: RuleContext<Options>,
  plans: Plans,
  cpPlans: readonly number[],
  cpStartsInPeriod: readonly number[],
  out: ThresholdOutput,
): void {
  const o: Options = ctx.options;
  const { period } = ctx;
  const { metrics, breakdowns } = out;
  // SPEC compares with "the 12 months before" the period; with --period-months N the earlier
  // window is the N months before, so like is compared with like.
  const prevEnd = period.start - 1;
  const prevStart = periodStartFor(prevEnd, period.months);
  const starts = plans.cols.days('startDate');
  const cpPrev = cpPlans.filter((p) => inRange(starts[p]!, prevStart, prevEnd));
  const current = cpStartsInPeriod.length;
  const before = cpPrev.length;
  let change: Metric;
  const judgedRise: Judged = { threshold: o.maxCpRise, direction: 'max', tolerance: o.cpRiseTolerance };
  if (before === 0) {
    change = valueMetric(
      'Change in child protection plans starting, against the previous period',
      null,
      'ratio',
      judgedRise,
      `no child protection plans start between ${toIso(prevStart)} and ${toIso(prevEnd)} in the export, so no change can be reported (the export may not reach back that far); ${plural(current, 'plan')} started in the period`,
    );
  } else {
    // For the note only, which a trend point's value does not carry: no pass over every plan there.
    const earliest = ctx.metricsOnly ? null : earliestStart(plans, ctx.asAt);
    const partial = earliest !== null && earliest > prevStart;
    change = valueMetric(
      'Change in child protection plans starting, against the previous period',
      current / before - 1,
      'ratio',
      judgedRise,
      `${current} started in the period against ${before} from ${toIso(prevStart)} to ${toIso(prevEnd)}${partial ? `; the export's earliest plan starts on ${toIso(earliest)}, so the earlier count may be incomplete` : ''}`,
    );
  }
  metrics.cpStartsChange = { ...change, numerator: current, denominator: before };
  // A trend point needs the metric only (ctx.metricsOnly): no breakdown by team.
  if (ctx.metricsOnly) return;

  const teams = plans.cols.strings('team');
  const cpTeams = new Map<string, { before: number; current: number }>();
  for (const [list, which] of [
    [cpPrev, 'before'],
    [cpStartsInPeriod, 'current'],
  ] as const) {
    for (const p of list) {
      const team = teams[p] ?? NO_TEAM;
      const t = cpTeams.get(team) ?? { before: 0, current: 0 };
      cpTeams.set(team, t);
      t[which]++;
    }
  }
  breakdowns.push({
    id: 'cp-starts-by-team',
    title: `Child protection plans starting, by team: the period against ${toIso(prevStart)} to ${toIso(prevEnd)}`,
    columns: [
      col('team', 'Team', 'text'),
      col('before', 'Previous period', 'number', 'cpStartsChange'),
      col('current', 'This period', 'number', 'cpStartsChange'),
      col('change', 'Change', 'share', 'cpStartsChange'),
    ],
    rows: [...cpTeams.keys()].sort(byText).map((team) => {
      const t = cpTeams.get(team)!;
      return {
        key: `threshold-consistency/cp-starts-team/${team}`,
        team,
        before: t.before,
        current: t.current,
        change: t.before ? t.current / t.before - 1 : null,
      };
    }),
    chart: { kind: 'bar', x: 'team', y: 'current', label: 'CP plans starting this period' },
  });
}

/** The earliest start of the plans (by `asAt`), or null when none has one. */
function earliestStart({ cols, kept }: Plans, asAt: Day): Day | null {
  const starts = cols.days('startDate');
  let m: Day | null = null;
  for (const p of kept) {
    const d = dayAt(starts, p, asAt);
    if (d !== null && (m === null || d < m)) m = d;
  }
  return m;
}
