/**
 * Threshold-consistency re-referrals (SPEC §4.6): referrals in the period within the window of an
 * earlier referral for the same child, with the rate, the finding and the by-team table.
 */
import { col, limitPct, pct, plural, severityFor, shareMetric } from '../../src/engine/metrics.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { EvidenceRow } from '../../src/engine/types.js';
import { addMonths, toIso } from '../../src/model/day.js';
import { NO_DAY } from '../../src/load/tableColumns.js';
import { byKey, byText, distinctChildren, inRange, NO_TEAM, type ThresholdOutput } from './thresholdEvidence.js';
import type { Options } from './thresholdOptions.js';
import { keptForEarlierPoints } from './pointShared.js';
import type { RowGroups } from '../../src/engine/rowGroups.js';

/**
 * Referral row numbers by child (ExportIndex.referralNumbersByChild). A trend point reads the
 * lists kept from the latest point (lib/pointShared.ts) rather than the index regrouping them at
 * every point: both readers skip a referral whose date the point blanked (NO_DAY), and the
 * others keep their order, so each finds the referral it would find in the point's own lists.
 */
export function referralNumbersByChild(ctx: RuleContext<Options>): RowGroups {
  return ctx.metricsOnly
    ? keptForEarlierPoints(ctx, 'referralNumbersByChild', () => ctx.index.referralNumbersByChild)
    : ctx.index.referralNumbersByChild;
}

/** Adds rereferralRate, its finding and its by-team breakdown. */
export function rereferrals(ctx: RuleContext<Options>, out: ThresholdOutput): void {
  const o: Options = ctx.options;
  const { period } = ctx;
  const { metrics, findings, breakdowns, limitations } = out;
  // With only recent referrals (Annex A) a re-referral is known only from the recorded count:
  // referrals without one are left out, and said so.
  const referralsRecent = ctx.coverage.referrals?.history === 'latest';
  // One pass over the rows (no filtered copies): at a trend point (ctx.metricsOnly) only the
  // counts are kept, with no team table or evidence (per-point lists were promoted garbage).
  const keep = !ctx.metricsOnly;
  let referralsDated = 0;
  let referralsInPeriod = 0;
  let rereferralCount = 0;
  const rereferrals: EvidenceRow[] = [];
  let countedReferrals = 0;
  const refTeams = new Map<string, { referrals: number; rereferrals: number }>();
  // Read as typed columns (issue 24): no referral rows are made; `prev` is a row number.
  const ref = ctx.columns('referrals')!;
  // Own ids spelt only for the referrals listed (held as numbers: tableColumns.ts).
  const idAt = ref.text('referralId'),
    children = ref.strings('childId'),
    dates = ref.days('referralDate'),
    teams = ref.strings('team'),
    recorded = ref.numbers('referralsLast12Months'),
    lines = ref.lines;
  const byChild = referralNumbersByChild(ctx);
  // The most recent strictly earlier referral inside the window (the list is sorted by date,
  // blanks last; the last of equal dates, as the list's last match).
  const previousOf = (date: number, list: readonly number[]): number => {
    const windowStart = addMonths(date, -o.rereferralWindowMonths);
    for (let j = list.length - 1; j >= 0; j--) {
      const x = list[j]!;
      const d = dates[x]!;
      if (d !== NO_DAY && d < date && d >= windowStart) return x;
    }
    return -1;
  };
  // At a trend point, whether each dated referral is a re-referral, made once at the latest point
  // (lib/pointShared.ts): a referral dated at a point has the same date at every earlier point,
  // and every referral dated before it is dated there too (a point blanks only dates after
  // itself), so its earlier referral in the window, and so the answer, is the same at every point
  // it is dated at. A point then only counts (no list walk, no map lookup per referral).
  const isRereferral = ctx.metricsOnly
    ? keptForEarlierPoints(ctx, 'rereferralFlags', () => {
        const out = new Uint8Array(ref.count);
        for (let i = 0; i < ref.count; i++) {
          const childId = children[i]!;
          const date = dates[i]!;
          if (childId === null || date === NO_DAY) continue;
          const count = recorded[i]!;
          if (count === count) out[i] = count === 0 ? 0 : 1;
          else out[i] = previousOf(date, byChild.get(childId) ?? []) >= 0 ? 1 : 0;
        }
        return out;
      })
    : null;
  for (let i = 0; i < ref.count; i++) {
    const childId = children[i]!;
    const date = dates[i]!;
    if (childId === null || date === NO_DAY || !inRange(date, period.start, period.end)) continue;
    referralsDated++;
    const count = recorded[i]!;
    const counted = count === count ? count : null;
    if (referralsRecent && counted === null) continue;
    referralsInPeriod++;
    if (isRereferral) {
      rereferralCount += isRereferral[i]!;
      continue;
    }
    const prev = previousOf(date, byChild.get(childId) ?? []);
    const team = teams[i] ?? NO_TEAM;
    const t = keep ? (refTeams.get(team) ?? { referrals: 0, rereferrals: 0 }) : null;
    if (t) {
      refTeams.set(team, t);
      t.referrals++;
    }
    // Where the export records the count of earlier referrals (Annex A List 3, which lists only
    // recent months) the count decides; it does not include the referral itself, so > 0 is a
    // re-referral. Otherwise the referrals in the export decide.
    if (counted !== null ? counted === 0 : prev < 0) continue;
    rereferralCount++;
    if (!t) continue;
    t.rereferrals++;
    if (counted !== null) countedReferrals++;
    const referralId = idAt(i);
    rereferrals.push({
      key: `threshold-consistency/rereferral/${referralId ?? `line-${lines[i]!}`}`,
      referralId,
      childId,
      team: teams[i]!,
      referralDate: toIso(date),
      previousReferralId: prev >= 0 ? idAt(prev) : null,
      previousReferralDate: prev >= 0 ? toIso(dates[prev]!) : null,
      daysSincePrevious: prev >= 0 ? date - dates[prev]! : null,
      ...(counted !== null ? { earlierReferrals: counted } : {}),
    });
  }
  if (referralsInPeriod < referralsDated)
    limitations.push(
      `rereferralRate: ${plural(referralsDated - referralsInPeriod, 'referral')} in the period with no recorded number of earlier referrals (this export lists recent referrals only) left out.`,
    );
  metrics.rereferralRate = shareMetric(
    `Referrals within ${o.rereferralWindowMonths} months of an earlier referral`,
    rereferralCount,
    referralsInPeriod,
    { threshold: o.maxRereferralRate, direction: 'max', tolerance: o.rereferralTolerance },
  );
  if (!keep) return;
  rereferrals.sort((a, b) => (a.daysSincePrevious as number) - (b.daysSincePrevious as number) || byKey(a, b));
  if (rereferrals.length) {
    findings.push({
      id: 'rereferrals',
      severity: severityFor(metrics.rereferralRate.rag),
      metric: 'rereferralRate',
      title: `Children referred again within ${o.rereferralWindowMonths} months`,
      message: `${plural(rereferrals.length, 'referral')} of ${referralsInPeriod} in the period (${pct(metrics.rereferralRate.value)}) came within ${o.rereferralWindowMonths} months of an earlier referral for the same child, against a limit of ${limitPct(o.maxRereferralRate)}.`,
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
