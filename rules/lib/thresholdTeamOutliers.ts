/**
 * Threshold-consistency team outliers (SPEC §4.6): teams whose share of assessments ending in no
 * further action, or of section 47 enquiries going to conference, lies outside the control limits.
 */
import { col, pct, plural, severityFor, valueMetric } from '../../src/engine/metrics.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { Day } from '../../src/model/day.js';
import type { Breakdown } from '../../src/engine/types.js';
import { type Funnel, funnel, type TeamCount } from './controlLimits.js';
import { inRange, type ThresholdOutput } from './thresholdEvidence.js';
import { NO_DAY, type TableColumns } from '../../src/load/tableColumns.js';
import type { Options } from './thresholdOptions.js';

interface OutlierWords {
  measure: string;
  subject: string;
  verb: string;
  keyPart: string;
}

/**
 * The rows with a team whose date falls in the period, counted by team (each team's rows, and those
 * whose outcome is `event`), with how many have no outcome. One pass and one small function for
 * both tables, not loops in teamOutliers (issue 24): teamOutliers runs at every trend point, and V8
 * compiled it, loops and all, again at several of them; a loop on its own is compiled once and kept.
 * Counted in place rather than listing the rows and tallying them through closures (the seven-metric
 * run does this once, cold, over 56,000 rows). The teams' order is irrelevant: funnel() sorts by name.
 */
function teamCountsIn(
  team: readonly (string | null)[],
  outcome: readonly (string | null)[],
  dates: Int32Array,
  count: number,
  period: { start: Day; end: Day },
  event: string,
): { counts: TeamCount[]; blank: number } {
  const m = new Map<string, TeamCount>();
  let blank = 0;
  for (let i = 0; i < count; i++) {
    const t = team[i]!,
      d = dates[i]!;
    if (t === null || d === NO_DAY || !inRange(d, period.start, period.end)) continue;
    let c = m.get(t);
    if (!c) m.set(t, (c = { team: t, n: 0, events: 0 }));
    c.n++;
    const o = outcome[i]!;
    if (o === event) c.events++;
    else if (o === null) blank++;
  }
  return { counts: [...m.values()], blank };
}

/** Adds teamOutliers, a finding per measure with outliers, and the two funnel breakdowns. */
export function teamOutliers(ctx: RuleContext<Options>, s47: TableColumns<'section47'>, out: ThresholdOutput): void {
  const o: Options = ctx.options;
  const { period } = ctx;
  const { metrics, findings, breakdowns, limitations } = out;
  // Blank outcomes stay in n (SPEC: share of all completed/started that name a team) and are
  // not the outcome being compared; how many there were is stated so a skew can be explained.
  // Assessments read as typed columns (issue 24): a completed assessment is its row number.
  const assessments = ctx.columns('assessments')!;
  const completed = teamCountsIn(
    assessments.strings('team'),
    assessments.strings('outcome'),
    assessments.days('completionDate'),
    assessments.count,
    period,
    'nfa',
  );
  const enquiries = teamCountsIn(
    s47.strings('team'),
    s47.strings('outcome'),
    s47.days('strategyDate'),
    s47.count,
    period,
    'icpc',
  );
  const nfa = funnel(completed.counts, o.controlLimitZ, o.minTeamSize);
  const icpc = funnel(enquiries.counts, o.controlLimitZ, o.minTeamSize);
  const blankNfa = completed.blank;
  const blankIcpc = enquiries.blank;
  if (blankNfa)
    limitations.push(
      `${plural(blankNfa, 'completed assessment')} with a team but no usable outcome ${blankNfa === 1 ? 'counts' : 'count'} as not NFA in the team comparison.`,
    );
  if (blankIcpc)
    limitations.push(
      `${plural(blankIcpc, 'section 47 enquiry', 'section 47 enquiries')} with a team but no usable outcome ${blankIcpc === 1 ? 'counts' : 'count'} as not going to conference in the team comparison.`,
    );

  const nfaWords: OutlierWords = { measure: 'nfa', subject: 'assessments', verb: 'closes', keyPart: 'outlier-nfa' };
  const icpcWords: OutlierWords = {
    measure: 'icpc',
    subject: 'section 47 enquiries',
    verb: 'takes',
    keyPart: 'outlier-icpc',
  };
  const judged = [...nfa.teams, ...icpc.teams].filter((t) => t.position !== 'not judged').length;
  const outlierCount = [...nfa.teams, ...icpc.teams].filter(
    (t) => t.position === 'above' || t.position === 'below',
  ).length;
  metrics.teamOutliers = valueMetric(
    'Teams outside the control limits (NFA and conference rates)',
    judged ? outlierCount : null,
    'count',
    { threshold: o.maxTeamOutliers, direction: 'max', tolerance: o.teamOutliersTolerance },
    judged
      ? undefined
      : `no team had ${o.minTeamSize} or more assessments or section 47 enquiries in the period to compare`,
  );

  const outlierFinding = (f: Funnel, w: OutlierWords, title: string, outcome: string): void => {
    const out = f.teams.filter((t) => t.position === 'above' || t.position === 'below');
    if (out.length === 0 || f.p === null) return;
    const p = f.p;
    const sentences = out.map(
      (t) =>
        `Team ${t.team} ${w.verb} ${pct(t.rate)} of ${w.subject} ${outcome} against ${pct(p)} across the authority, ${t.position === 'above' ? `above the upper limit of ${pct(t.upper)}` : `below the lower limit of ${pct(t.lower)}`} (${t.events} of ${t.n}).`,
    );
    findings.push({
      id: `team-outliers-${w.measure}`,
      severity: severityFor(metrics.teamOutliers!.rag),
      metric: 'teamOutliers',
      title,
      message: sentences.join(' '),
      affected: { count: out.length, unit: 'teams' },
      columns: [
        col('team', 'Team', 'text'),
        col('n', 'Number', 'number'),
        col('events', 'With outcome', 'number'),
        col('rate', 'Team rate', 'share'),
        col('authorityRate', 'Authority rate', 'share'),
        col('lower', 'Lower limit', 'share'),
        col('upper', 'Upper limit', 'share'),
        col('direction', 'Direction', 'text'),
      ],
      evidence: out.map((t) => ({
        key: `threshold-consistency/${w.keyPart}/${t.team}`,
        team: t.team,
        n: t.n,
        events: t.events,
        rate: t.rate!,
        authorityRate: p,
        lower: t.lower!,
        upper: t.upper!,
        direction: t.position === 'above' ? 'above the upper limit' : 'below the lower limit',
      })),
    });
  };
  outlierFinding(
    nfa,
    nfaWords,
    'Teams closing an unusual share of assessments with no further action',
    'with no further action',
  );
  outlierFinding(
    icpc,
    icpcWords,
    'Teams taking an unusual share of section 47 enquiries to conference',
    'to an initial child protection conference',
  );

  const funnelBreakdown = (f: Funnel, id: string, title: string, eventLabel: string): Breakdown => ({
    id,
    title: `${title} (authority ${pct(f.p)}; 99.8% limits; teams under ${o.minTeamSize} not judged)`,
    columns: [
      col('team', 'Team', 'text'),
      col('n', 'Number', 'number', 'teamOutliers'),
      col('events', eventLabel, 'number', 'teamOutliers'),
      col('rate', 'Rate', 'share', 'teamOutliers'),
      col('lower', 'Lower limit', 'share', 'teamOutliers'),
      col('upper', 'Upper limit', 'share', 'teamOutliers'),
      col('position', 'Position', 'text', 'teamOutliers'),
    ],
    rows: f.teams.map((t) => ({
      key: `threshold-consistency/${id}/${t.team}`,
      team: t.team,
      n: t.n,
      events: t.events,
      rate: t.rate,
      lower: t.lower,
      upper: t.upper,
      position:
        t.position === 'not judged'
          ? `not judged (fewer than ${o.minTeamSize})`
          : t.position === 'within'
            ? 'within the limits'
            : t.position === 'above'
              ? 'above the upper limit'
              : 'below the lower limit',
    })),
    chart: {
      kind: 'funnel',
      x: 'n',
      y: 'rate',
      lower: 'lower',
      upper: 'upper',
      ...(f.p === null ? {} : { limit: f.p }),
      label: 'Authority rate',
    },
  });
  breakdowns.push(
    funnelBreakdown(nfa, 'team-nfa', 'Assessments completed in the period ending in no further action, by team', 'NFA'),
  );
  breakdowns.push(
    funnelBreakdown(
      icpc,
      'team-icpc',
      'Section 47 enquiries in the period going to an initial conference, by team',
      'To ICPC',
    ),
  );
}
