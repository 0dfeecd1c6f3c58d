/**
 * Threshold-consistency re-referrals (SPEC §4.6): referrals in the period within the window of an
 * earlier referral for the same child, with the rate, the finding and the by-team table.
 */
import { col, limitPct, pct, plural, severityFor, shareMetric } from '../../src/engine/metrics.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { EvidenceRow } from '../../src/engine/types.js';
import { addMonths, toIso } from '../../src/model/day.js';
import { byKey, byText, distinctChildren, inRange, NO_TEAM, type ThresholdOutput } from './thresholdEvidence.js';
import type { Options } from './thresholdOptions.js';

/** Adds rereferralRate, its finding and its by-team breakdown. */
export function rereferrals(ctx: RuleContext<Options>, out: ThresholdOutput): void {
  const o: Options = ctx.options;
  const { period } = ctx;
  const { metrics, findings, breakdowns, limitations } = out;
  // With only recent referrals (Annex A) a re-referral is known only from the recorded count:
  // referrals without one are left out, and said so.
  const referralsRecent = ctx.coverage.referrals?.history === 'latest';
  const referralsDated = ctx
    .rows('referrals')
    .filter((r) => r.childId !== null && inRange(r.referralDate, period.start, period.end));
  const referralsInPeriod = referralsRecent
    ? referralsDated.filter((r) => r.referralsLast12Months !== null)
    : referralsDated;
  if (referralsInPeriod.length < referralsDated.length)
    limitations.push(
      `rereferralRate: ${plural(referralsDated.length - referralsInPeriod.length, 'referral')} in the period with no recorded number of earlier referrals (this export lists recent referrals only) left out.`,
    );
  const rereferrals: EvidenceRow[] = [];
  let countedReferrals = 0;
  const refTeams = new Map<string, { referrals: number; rereferrals: number }>();
  for (const r of referralsInPeriod) {
    const date = r.referralDate!;
    const windowStart = addMonths(date, -o.rereferralWindowMonths);
    // The most recent strictly earlier referral inside the window: the last match in the child's
    // list (sorted by date), found from the end without building the list of matches per referral.
    const list = ctx.index.referralsByChild.get(r.childId!) ?? [];
    let prev: (typeof list)[number] | undefined;
    for (let i = list.length - 1; i >= 0; i--) {
      const x = list[i]!;
      if (x.referralDate !== null && x.referralDate < date && x.referralDate >= windowStart) {
        prev = x;
        break;
      }
    }
    const team = r.team ?? NO_TEAM;
    const t = refTeams.get(team) ?? { referrals: 0, rereferrals: 0 };
    refTeams.set(team, t);
    t.referrals++;
    // Where the export records the count of earlier referrals (Annex A List 3, which lists only
    // recent months) the count decides; it does not include the referral itself, so > 0 is a
    // re-referral. Otherwise the referrals in the export decide.
    const counted = r.referralsLast12Months;
    if (counted !== null ? counted === 0 : !prev) continue;
    t.rereferrals++;
    if (counted !== null) countedReferrals++;
    rereferrals.push({
      key: `threshold-consistency/rereferral/${r.referralId ?? `line-${r.line}`}`,
      referralId: r.referralId,
      childId: r.childId,
      team: r.team,
      referralDate: toIso(date),
      previousReferralId: prev?.referralId ?? null,
      previousReferralDate: prev ? toIso(prev.referralDate!) : null,
      daysSincePrevious: prev ? date - prev.referralDate! : null,
      ...(counted !== null ? { earlierReferrals: counted } : {}),
    });
  }
  metrics.rereferralRate = shareMetric(
    `Referrals within ${o.rereferralWindowMonths} months of an earlier referral`,
    rereferrals.length,
    referralsInPeriod.length,
    { threshold: o.maxRereferralRate, direction: 'max', tolerance: o.rereferralTolerance },
  );
  rereferrals.sort((a, b) => (a.daysSincePrevious as number) - (b.daysSincePrevious as number) || byKey(a, b));
  if (rereferrals.length) {
    findings.push({
      id: 'rereferrals',
      severity: severityFor(metrics.rereferralRate.rag),
      metric: 'rereferralRate',
      title: `Children referred again within ${o.rereferralWindowMonths} months`,
      message: `${plural(rereferrals.length, 'referral')} of ${referralsInPeriod.length} in the period (${pct(metrics.rereferralRate.value)}) came within ${o.rereferralWindowMonths} months of an earlier referral for the same child, against a limit of ${limitPct(o.maxRereferralRate)}.`,
      affected: { count: distinctChildren(rereferrals), unit: 'children' },
      columns: [
        col('referralId', 'Referral', 'id'),
        col('childId', 'Child', 'id'),
        col('team', 'Team', 'text'),
        col('referralDate', 'Referred', 'date'),
        col('previousReferralId', 'Earlier referral', 'id'),
        col('previousReferralDate', 'Earlier referral date', 'date'),
        col('daysSincePrevious', 'Days between', 'days'),
        ...(countedReferrals
          ? [col('earlierReferrals', 'Referrals in the 12 months before (as recorded)', 'number')]
          : []),
      ],
      evidence: rereferrals,
    });
  }
  breakdowns.push({
    id: 'rereferrals-by-team',
    title: 'Re-referrals by referral team',
    columns: [
      col('team', 'Team', 'text'),
      col('referrals', 'Referrals in period', 'number'),
      col('rereferrals', 'Re-referrals', 'number', 'rereferralRate'),
      col('rate', 'Re-referral rate', 'share', 'rereferralRate'),
    ],
    rows: [...refTeams.keys()].sort(byText).map((team) => {
      const t = refTeams.get(team)!;
      return {
        key: `threshold-consistency/rereferrals-team/${team}`,
        team,
        referrals: t.referrals,
        rereferrals: t.rereferrals,
        rate: t.rereferrals / t.referrals,
      };
    }),
    chart: {
      kind: 'bar',
      x: 'team',
      y: 'rate',
      limit: o.maxRereferralRate,
      direction: 'max',
      label: 'Re-referral rate',
    },
  });
}
