/**
 * SPEC §4.4: plans that drift — reviews held late, plans past their review date, and child
 * protection and child-in-need plans that have gone on too long.
 */
import { openOn } from '../src/engine/exportIndex.js';
import { col, pct, plural, severityFor, shareMetric, valueMetric } from '../src/engine/metrics.js';
import { defineRule } from '../src/engine/rule.js';
import type { Breakdown, EvidenceRow, Finding, Metric } from '../src/engine/types.js';
import { addMonths, toIso, isoOrNull } from '../src/model/day.js';
import type { PlanRow, PlanType } from '../src/model/tables.js';
import {
  byKey,
  distinctChildren,
  NO_TEAM,
  type ScheduledPlan,
  TYPE_NAMES,
  wholeMonths,
} from './lib/planDriftEvidence.js';
import { countJudged, options, type Options } from './lib/planDriftOptions.js';
import { planDriftCounts } from './lib/planDriftCounts.js';
import { keptForEarlierPoints } from './lib/pointShared.js';
import { countAllChained, reviewChains } from './lib/reviewChains.js';
import { hasSchedule, latestOnlySchedule, walkSchedule } from './lib/reviewSchedule.js';

export default defineRule({
  id: 'plan-drift',
  title: 'Plan reviews and drift',
  passTitle: 'Plans are reviewed on time and do not drift',
  failTitle: 'Plans drift: reviews are late or missing and plans run on',
  area: ['help-protection', 'children-in-care'],
  perChild: true,
  tables: ['plans', 'reviews'],
  description:
    'Reviews are scheduled from the plan start and then from each review held: child protection first at 3 months then every 6; child in need every 3 months; children looked after first at 20 working days, then 3 months, then every 6. A review counts for a plan when it falls between the plan start and its end (or the as-at date); a review on its due date is on time. Reports the share of reviews held in the period on time, open plans past their next review date, and child protection plans open 24 months or more and child-in-need plans open 12 months or more.',
  metrics: {
    // Reviews of the plan types whose records reach the period are judged, and the label names
    // them (coverage `planTypes`/`leftOut`): as for a layout without one type's reviews.
    // A review's due date follows from the plan's start and every review before it (wholePlans).
    reviewsOnTime: { needs: ['reviews.review_date'], partialTypes: 'measure', wholePlans: true },
    overdueReviews: { needs: ['reviews.review_date'], history: 'latest', partialTypes: 'measure', wholePlans: true },
    longCpPlans: { needs: ['plans.plan_type'], history: 'latest', reads: 'asAt', planTypes: ['cp'] },
    longCinPlans: { needs: ['plans.plan_type'], history: 'latest', reads: 'asAt', planTypes: ['cin'] },
  },
  findings: {
    'late-reviews': { metric: 'reviewsOnTime', key: 'late-review', subject: 'plan', after: ['review date'] },
    'overdue-reviews': { metric: 'overdueReviews', key: 'overdue', subject: 'plan' },
    'long-cp-plans': { metric: 'longCpPlans', key: 'long-cp', subject: 'plan' },
    'long-cin-plans': { metric: 'longCinPlans', key: 'long-cin', subject: 'plan' },
  },
  options,
  run(ctx) {
    const o: Options = ctx.options;
    const { asAt, period } = ctx;
    const limitations: string[] = [];

    // What the export's reviews cover (SPEC §6): a layout without one plan type's reviews (Annex A
    // and SSD have no CIN reviews) is judged on the types it has, and says so; with only each
    // plan's latest review (Annex A) the next due date is inferred from it (SPEC §6.1) and no
    // single review is judged for timeliness.
    const reviewTypes = ctx.coverage.reviews?.planTypes ?? null;
    const latestOnly = ctx.coverage.reviews?.history === 'latest';
    const scheduleFor = latestOnly ? latestOnlySchedule : walkSchedule;
    const skipped = new Set<PlanType>();
    // One plan per plan_id (the first row): a duplicated id is a data-quality issue, and counting
    // both rows would count the same reviews twice.
    let unusable = 0;
    let duplicates = 0;
    const plans: ScheduledPlan[] = [];
    const late: EvidenceRow[] = [];
    const overdue: EvidenceRow[] = [];
    const longCp: EvidenceRow[] = [];
    const longCin: EvidenceRow[] = [];
    const count = planDriftCounts();
    type TeamRow = Record<'open' | 'overdue' | 'reviews' | 'onTime' | 'longCp' | 'longCin', number>;
    const teams = new Map<string, TeamRow>();
    const teamOf = (p: PlanRow): TeamRow => {
      const t = p.team ?? NO_TEAM;
      let row = teams.get(t);
      if (!row) teams.set(t, (row = { open: 0, overdue: 0, reviews: 0, onTime: 0, longCp: 0, longCin: 0 }));
      return row;
    };

    /** Counts one plan and keeps its evidence and team counts (the headline; a trend point uses countPlan). */
    function tally(plan: ScheduledPlan['plan'], schedule: ScheduledPlan['schedule']): void {
      const base = { planId: plan.planId, childId: plan.childId, planType: plan.planType, team: plan.team };
      const open = openOn(plan.startDate, plan.endDate, asAt);
      if (schedule) {
        for (const r of schedule.reviews) {
          if (r.date < period.start || r.date > period.end) continue;
          const t = teamOf(plan);
          count.reviewsInPeriod++;
          t.reviews++;
          if (r.date <= r.due) {
            count.reviewsOnTime++;
            t.onTime++;
            continue;
          }
          late.push({
            key: `plan-drift/late-review/${plan.planId}/${toIso(r.date)}`,
            ...base,
            dueFrom: toIso(r.previous ?? plan.startDate),
            dueDate: toIso(r.due),
            reviewDate: toIso(r.date),
            daysLate: r.date - r.due,
          });
        }
        if (open) {
          const t = teamOf(plan);
          t.open++;
          // A review due today can still be held today (due dates are inclusive), so only a due
          // date before as-at is overdue.
          if (schedule.nextDue < asAt) {
            count.overdue++;
            t.overdue++;
            overdue.push({
              key: `plan-drift/overdue/${plan.planId}`,
              ...base,
              startDate: toIso(plan.startDate),
              lastReview: isoOrNull(schedule.lastReview),
              dueDate: toIso(schedule.nextDue),
              daysOverdue: asAt - schedule.nextDue,
            });
          }
        }
      }
      if (!open) return;
      const isLong = (limit: number) => addMonths(plan.startDate, limit) <= asAt;
      const longRow = (kind: string): EvidenceRow => ({
        key: `plan-drift/${kind}/${plan.planId}`,
        ...base,
        startDate: toIso(plan.startDate),
        monthsOpen: wholeMonths(plan.startDate, asAt),
        daysOpen: asAt - plan.startDate,
        lastReview: isoOrNull(schedule?.lastReview ?? null),
      });
      if (plan.planType === 'cp' && isLong(o.cpLongMonths)) {
        count.longCp++;
        longCp.push(longRow('long-cp'));
        teamOf(plan).longCp++;
      }
      if (plan.planType === 'cin' && isLong(o.cinLongMonths)) {
        count.longCin++;
        longCin.push(longRow('long-cin'));
        teamOf(plan).longCin++;
      }
    }

    // Line order does not change between trend points: sorted once (ctx.shared).
    const byLine = ctx.shared('plansByLine', () => [...ctx.rows('plans')].sort((a, b) => a.line - b.line));
    // A number per plan_id, also made once: each point marks the ids it has seen in a byte array
    // rather than a new Set of strings (ids are not dates, so the numbering holds at every point).
    const slotOf = ctx.shared('planSlots', () => {
      const m = new Map<string, number>();
      for (const p of byLine) if (p.planId !== null && !m.has(p.planId)) m.set(p.planId, m.size);
      return m;
    });
    const seen = new Uint8Array(slotOf.size);
    // A trend point walks each plan's chain of reviews and due dates, made once at the latest
    // point (lib/reviewChains.ts), and reads each row's id number from an array made once.
    // Annex A (latest reviews only) has no trends, so that case keeps the headline path.
    const chained = ctx.metricsOnly === true && !latestOnly;
    const chains = chained
      ? keptForEarlierPoints(ctx, 'reviewChains', () => reviewChains(byLine, ctx.index.reviewsByPlan, o))
      : null;
    const slotByLine = chained
      ? ctx.shared('planSlotByLine', () =>
          Int32Array.from(byLine, (p) => (p.planId === null ? -1 : slotOf.get(p.planId)!)),
        )
      : null;
    if (chains)
      ({ unusable, duplicates } = countAllChained(
        byLine,
        slotByLine!,
        slotOf.size,
        reviewTypes,
        chains,
        asAt,
        period,
        o,
        count,
        skipped,
      ));
    else
      for (let r = 0; r < byLine.length; r++) {
        const p = byLine[r]!;
        if (p.planId === null || p.planType === null || p.startDate === null) {
          unusable++;
          continue;
        }
        const slot = slotOf.get(p.planId)!; // the headline: a trend point counts in countAllChained
        if (seen[slot] === 1) {
          duplicates++;
          continue;
        }
        seen[slot] = 1;
        const plan = p as ScheduledPlan['plan'];
        const judged = reviewTypes === null || reviewTypes.includes(plan.planType);
        if (!judged && hasSchedule(plan.planType, o)) skipped.add(plan.planType);
        const reviews = ctx.index.reviewsByPlan.get(p.planId) ?? [];
        const dates = reviews.flatMap((r) => (r.reviewDate === null ? [] : [r.reviewDate]));
        const schedule = judged ? scheduleFor(plan.planType, plan.startDate, plan.endDate ?? asAt, dates, o) : null;
        plans.push({ plan, schedule });
      }
    for (const { plan, schedule } of plans) tally(plan, schedule);
    if (unusable)
      limitations.push(
        `${plural(unusable, 'plan')} without a usable plan id, plan type or start date could not be scheduled.`,
      );
    if (duplicates)
      limitations.push(
        `${plural(duplicates, 'plan row')} repeating an earlier plan_id ${duplicates === 1 ? 'was' : 'were'} left out.`,
      );

    // "(CP and CLA plans; CIN plans not included: no CIN reviews in this export)"
    const order = Object.keys(TYPE_NAMES) as PlanType[];
    const names = (types: Iterable<PlanType>) =>
      [...types]
        .sort((a, b) => order.indexOf(a) - order.indexOf(b))
        .map((t) => TYPE_NAMES[t])
        .join(' and ');
    // Types left out because their records do not reach this period or as-at date (statutory
    // returns: the SSDA903 a year behind the CIN census) are named apart from those with no reviews.
    const leftOut = ctx.coverage.reviews?.leftOut ?? {};
    const unreached = [...skipped].filter((t) => leftOut[t] !== undefined);
    const unreviewed = [...skipped].filter((t) => leftOut[t] === undefined);
    const scope =
      reviewTypes === null
        ? ''
        : ` (${names(reviewTypes)} plans${unreviewed.length ? `; ${names(unreviewed)} plans not included: this export has no ${names(unreviewed)} reviews` : ''}${unreached.map((t) => `; ${names([t])} plans not included: ${leftOut[t]!}`).join('')})`;
    if (unreviewed.length)
      limitations.push(
        `Reviews are judged for ${names(reviewTypes ?? [])} plans only: this export holds no reviews of ${names(unreviewed)} plans, which are not included in reviewsOnTime or overdueReviews.`,
      );
    for (const t of unreached)
      limitations.push(
        `Reviews of ${names([t])} plans are not judged as at ${toIso(asAt)}: ${leftOut[t]!}; they are not included in reviewsOnTime or overdueReviews.`,
      );
    if (latestOnly)
      limitations.push(
        "Only each plan's latest review is in this export: the next review is taken as due from it (SPEC §6.1; for children in care three months after it when it could be the first review, else six), and reviews held earlier cannot be judged.",
      );
    const metrics: Record<string, Metric> = {
      reviewsOnTime: shareMetric(
        `Reviews in the period held on or before their due date${scope}`,
        count.reviewsOnTime,
        count.reviewsInPeriod,
        { threshold: o.minReviewsOnTime, direction: 'min', tolerance: o.reviewsOnTimeTolerance },
        count.reviewsInPeriod === 0 ? 'no plan reviews were held in the period' : undefined,
      ),
      overdueReviews: valueMetric(
        `Open plans past their review due date${scope}`,
        count.overdue,
        'count',
        countJudged(o.maxOverdueReviews, o.overdueReviewsTolerance),
      ),
      longCpPlans: valueMetric(
        `Child protection plans open ${o.cpLongMonths} months or more`,
        count.longCp,
        'count',
        countJudged(o.maxLongCpPlans, o.longCpPlansTolerance),
      ),
      longCinPlans: valueMetric(
        `Child-in-need plans open ${o.cinLongMonths} months or more`,
        count.longCin,
        'count',
        countJudged(o.maxLongCinPlans, o.longCinPlansTolerance),
      ),
    };
    // A trend point needs the metrics only (ctx.metricsOnly): no evidence, findings or breakdowns.
    if (ctx.metricsOnly) return { metrics, findings: [], limitations };

    const planCols = [
      col('planId', 'Plan', 'id'),
      col('childId', 'Child', 'id'),
      col('planType', 'Plan type', 'text'),
      col('team', 'Team', 'text'),
    ];
    const findings: Finding[] = [];
    const push = (f: Omit<Finding, 'severity' | 'affected'>, metricId: string) => {
      if (f.evidence.length === 0) return;
      findings.push({
        ...f,
        severity: severityFor(metrics[metricId]!.rag),
        metric: metricId,
        affected: { count: distinctChildren(f.evidence), unit: 'children' },
      });
    };

    // Worklists put the longest waits first; ties fall back to the stable key.
    late.sort((a, b) => (b.daysLate as number) - (a.daysLate as number) || byKey(a, b));
    push(
      {
        id: 'late-reviews',
        title: 'Reviews held after their due date',
        message: `${plural(late.length, 'review')} of ${count.reviewsInPeriod} held in the period (${pct(late.length / Math.max(count.reviewsInPeriod, 1))}) came after the due date set by the previous review or the plan start; the latest was ${plural(Math.max(0, ...late.map((r) => r.daysLate as number)), 'day')} late.`,
        columns: [
          ...planCols,
          col('dueFrom', 'Previous review (or start)', 'date'),
          col('dueDate', 'Due', 'date'),
          col('reviewDate', 'Held', 'date'),
          col('daysLate', 'Days late', 'days'),
        ],
        evidence: late,
      },
      'reviewsOnTime',
    );

    overdue.sort((a, b) => (b.daysOverdue as number) - (a.daysOverdue as number) || byKey(a, b));
    push(
      {
        id: 'overdue-reviews',
        title: 'Open plans past their review date',
        message: `${plural(overdue.length, 'open plan')} had no review by the due date as at ${toIso(asAt)}; the longest is ${plural(Math.max(0, ...overdue.map((r) => r.daysOverdue as number)), 'day')} overdue.`,
        columns: [
          ...planCols,
          col('startDate', 'Plan start', 'date'),
          col('lastReview', 'Last review', 'date'),
          col('dueDate', 'Review due', 'date'),
          col('daysOverdue', 'Days overdue', 'days'),
        ],
        evidence: overdue,
      },
      'overdueReviews',
    );

    const longCols = [
      ...planCols,
      col('startDate', 'Plan start', 'date'),
      col('monthsOpen', 'Months open', 'number'),
      col('daysOpen', 'Days open', 'days'),
      col('lastReview', 'Last review', 'date'),
    ];
    const byAge = (a: EvidenceRow, b: EvidenceRow) => (b.daysOpen as number) - (a.daysOpen as number) || byKey(a, b);
    longCp.sort(byAge);
    push(
      {
        id: 'long-cp-plans',
        title: `Child protection plans open ${o.cpLongMonths} months or more`,
        message: `${plural(longCp.length, 'child protection plan')} open on ${toIso(asAt)} began ${o.cpLongMonths} or more months earlier; the oldest has been open ${plural(Math.max(0, ...longCp.map((r) => r.monthsOpen as number)), 'month')}.`,
        columns: longCols,
        evidence: longCp,
      },
      'longCpPlans',
    );
    longCin.sort(byAge);
    push(
      {
        id: 'long-cin-plans',
        title: `Child-in-need plans open ${o.cinLongMonths} months or more`,
        message: `${plural(longCin.length, 'child-in-need plan')} open on ${toIso(asAt)} began ${o.cinLongMonths} or more months earlier; the oldest has been open ${plural(Math.max(0, ...longCin.map((r) => r.monthsOpen as number)), 'month')}.`,
        columns: longCols,
        evidence: longCin,
      },
      'longCinPlans',
    );

    const teamNames = [...teams.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const breakdowns: Breakdown[] = [
      {
        id: 'plan-drift-by-team',
        title: 'Plan reviews and drift by team',
        columns: [
          col('team', 'Team', 'text'),
          col('openPlans', 'Open plans with a review schedule', 'number', 'overdueReviews'),
          col('overdueReviews', 'Past review date', 'number', 'overdueReviews'),
          col('reviews', 'Reviews in period', 'number', 'reviewsOnTime'),
          col('reviewsOnTime', 'On time', 'number', 'reviewsOnTime'),
          col('shareOnTime', 'Share on time', 'share', 'reviewsOnTime'),
          col('longCpPlans', `CP plans ${o.cpLongMonths}+ months`, 'number', 'longCpPlans'),
          col('longCinPlans', `CIN plans ${o.cinLongMonths}+ months`, 'number', 'longCinPlans'),
        ],
        rows: teamNames.map((name) => {
          const t = teams.get(name)!;
          return {
            key: `plan-drift/team/${name}`,
            team: name,
            openPlans: t.open,
            overdueReviews: t.overdue,
            reviews: t.reviews,
            reviewsOnTime: t.onTime,
            shareOnTime: t.reviews ? t.onTime / t.reviews : null,
            longCpPlans: t.longCp,
            longCinPlans: t.longCin,
          };
        }),
        chart: {
          kind: 'bar',
          x: 'team',
          y: 'shareOnTime',
          limit: o.minReviewsOnTime,
          direction: 'min',
          label: 'Share of reviews on time',
        },
      },
    ];

    return { metrics, findings, breakdowns, limitations };
  },
});
