/**
 * SPEC §4.1: are assessments completed within 45 working days, are children seen quickly, and are
 * they seen alone? Inspectors found children "not seen alone until six weeks into an assessment".
 *
 * Blanks: a row without an assessment id (blank, invalid or a duplicate's) or a start date (blank,
 * invalid or after as-at) cannot be placed and is skipped, and the skip is counted in the notes.
 * A completion date that is blank, invalid, before the start or after as-at leaves the assessment
 * open (the loader has already blanked it and logged why).
 */
import * as z from 'zod';
import { col, pct, plural, severityFor, shareMetric, valueMetric } from '../src/engine/metrics.js';
import { defineRule } from '../src/engine/rule.js';
import type { Breakdown, EvidenceColumn, EvidenceRow, Finding, Metric } from '../src/engine/types.js';
import { wd } from '../src/model/calendar.js';
import { toIso, isoOrNull } from '../src/model/day.js';
import { assessmentLists, type Placed, type TeamCounts } from './lib/assessmentLists.js';
import { atLeast, atMost, byLargest, compareTeams, shareOrNull, skippedNote } from './lib/teams.js';

const idColumns: EvidenceColumn[] = [
  col('assessmentId', 'Assessment', 'id'),
  col('childId', 'Child', 'id'),
  col('team', 'Team', 'text'),
  col('workerId', 'Worker', 'id'),
  col('startDate', 'Started', 'date'),
];

function ids(a: Placed): Omit<EvidenceRow, 'key'> {
  return {
    assessmentId: a.assessmentId,
    childId: a.childId,
    team: a.team,
    workerId: a.workerId,
    startDate: toIso(a.startDate),
  };
}

function distinctChildren(list: readonly Placed[]): number {
  return new Set(list.map((a) => a.childId ?? `line:${a.line}`)).size;
}

export default defineRule({
  id: 'assessment-timeliness',
  title: 'Timeliness of assessments',
  passTitle: 'Assessments are timely and children are seen, and seen alone, quickly',
  failTitle: 'Assessments drift and children are not seen quickly enough',
  area: ['help-protection'],
  perChild: true,
  tables: ['assessments'],
  // Read as typed columns only: no assessment rows kept (issue 24).
  columnTables: ['assessments'],
  description:
    'Of assessments completed in the period, the share completed within the limit in working days (start date to completion date); open assessments already past the limit on the as-at date; of assessments started in the period, the share with the child seen within the seen limit; and of assessments completed in the period, the share recording that the child was seen alone.',
  options: z.lazy(() =>
    z
      .object({
        maxWorkingDays: z.number().int().min(1).default(45),
        seenWithinWorkingDays: z.number().int().min(0).default(5),
        /** Target share completed within the limit; England 2024-25 achieved 85.7%. */
        completedTarget: z.number().min(0).max(1).default(0.857),
        /** Target share of children seen within the seen limit (a local standard, not a national figure). */
        seenTarget: z.number().min(0).max(1).default(0.9),
        /** Target share of completed assessments recording the child seen alone (a local standard). */
        seenAloneTarget: z.number().min(0).max(1).default(0.9),
        /** How far below a share target still counts as amber rather than red. */
        tolerance: z.number().min(0).max(1).default(0.05),
        /** Open assessments past the limit that are acceptable (default none). */
        maxOpenOverdue: z.number().int().min(0).default(0),
        /** How many more than maxOpenOverdue still count as amber. */
        openOverdueTolerance: z.number().int().min(0).default(5),
      })
      .strict(),
  ),
  metrics: {
    completedWithin45: { needs: ['assessments.completion_date'] },
    openOverdue: { needs: ['assessments.completion_date'], reads: 'asAt' },
    seenWithinTarget: { needs: ['assessments.seen_date'] },
    seenAlone: { needs: ['assessments.completion_date', 'assessments.seen_alone_date'] },
  },
  findings: {
    'late-completions': { metric: 'completedWithin45', key: 'late', subject: 'assessment' },
    'open-overdue': { metric: 'openOverdue', key: 'open', subject: 'assessment' },
    'not-seen-in-time': { metric: 'seenWithinTarget', key: 'seen', subject: 'assessment' },
    'not-seen-alone': { metric: 'seenAlone', key: 'alone', subject: 'assessment' },
  },
  run(ctx) {
    const o = ctx.options;
    const { start: periodStart } = ctx.period;
    const asAt = ctx.asAt;

    // One pass puts each assessment in every list it belongs to, in row order, and counts its
    // team's figures for the breakdown (lib/assessmentLists.ts).
    // A trend point reads the metrics only: no team breakdown to count for.
    const teams = ctx.metricsOnly ? null : new Map<string, TeamCounts>();
    const taken = (a: Placed) => wd(a.startDate, a.completionDate!);
    const { placedCount, skipped, completedCount, startedCount, late, overdue, notSeenInTime, notAlone } =
      assessmentLists(ctx.columns('assessments')!, teams, periodStart, asAt, o);
    const note = skippedNote(
      skipped,
      'assessment',
      'the assessment id or start date is blank, invalid or after the as-at date',
    );

    const shareJ = (t: number) => atLeast(t, o.tolerance);
    const metrics: Record<string, Metric> = {
      completedWithin45: shareMetric(
        `Assessments completed in the period within ${o.maxWorkingDays} working days`,
        completedCount - late.length,
        completedCount,
        shareJ(o.completedTarget),
        note,
      ),
      openOverdue: valueMetric(
        `Open assessments past ${o.maxWorkingDays} working days on the as-at date`,
        placedCount === 0 ? null : overdue.length,
        'count',
        atMost(o.maxOpenOverdue, o.openOverdueTolerance),
        note,
      ),
      seenWithinTarget: shareMetric(
        `Assessments started in the period with the child seen within ${o.seenWithinWorkingDays} working days`,
        startedCount - notSeenInTime.length,
        startedCount,
        shareJ(o.seenTarget),
        note,
      ),
      seenAlone: shareMetric(
        'Assessments completed in the period recording the child seen alone',
        completedCount - notAlone.length,
        completedCount,
        shareJ(o.seenAloneTarget),
        note,
      ),
    };
    // A trend point needs the metrics only (ctx.metricsOnly): no evidence, findings or breakdowns.
    if (ctx.metricsOnly) return { metrics, findings: [], limitations: [] };

    const findings: Finding[] = [];
    if (late.length > 0) {
      const evidence = late
        .map((a) => ({
          key: `assessment-timeliness/late/${a.assessmentId}`,
          ...ids(a),
          completionDate: toIso(a.completionDate!),
          workingDays: taken(a),
        }))
        .sort(byLargest('workingDays'));
      const m = metrics.completedWithin45!;
      findings.push({
        id: 'late-completions',
        metric: 'completedWithin45',
        severity: severityFor(m.rag),
        title: `Assessments that took more than ${o.maxWorkingDays} working days`,
        message: `${late.length} of ${plural(completedCount, 'assessment')} completed in the period (${pct(late.length / completedCount)}) took more than ${o.maxWorkingDays} working days; the longest took ${evidence[0]!.workingDays} working days.`,
        affected: { count: distinctChildren(late), unit: 'children' },
        columns: [
          ...idColumns,
          col('completionDate', 'Completed', 'date'),
          col('workingDays', 'Working days taken', 'workingDays'),
        ],
        evidence,
      });
    }
    if (overdue.length > 0) {
      const evidence = overdue
        .map((a) => ({
          key: `assessment-timeliness/open/${a.assessmentId}`,
          ...ids(a),
          workingDays: wd(a.startDate, asAt),
        }))
        .sort(byLargest('workingDays'));
      findings.push({
        id: 'open-overdue',
        metric: 'openOverdue',
        severity: severityFor(metrics.openOverdue!.rag),
        title: `Open assessments past ${o.maxWorkingDays} working days`,
        message: `${plural(overdue.length, 'open assessment')} ${overdue.length === 1 ? 'has' : 'have'} run for more than ${o.maxWorkingDays} working days by ${toIso(asAt)}; the longest has been open for ${evidence[0]!.workingDays} working days.`,
        affected: { count: distinctChildren(overdue), unit: 'children' },
        columns: [...idColumns, col('workingDays', 'Working days open', 'workingDays')],
        evidence,
      });
    }
    if (notSeenInTime.length > 0) {
      const neverSeen = notSeenInTime.filter((a) => a.seenDate === null).length;
      const evidence = notSeenInTime
        .map((a) => {
          // Not seen: count the working days so far (to completion, or to as-at while open) and say
          // whether the limit has passed yet, so a QA officer can tell a drift from a new case.
          const until = a.seenDate ?? a.completionDate ?? asAt;
          const days = wd(a.startDate, until);
          const status =
            a.seenDate !== null
              ? 'seen late'
              : a.completionDate !== null
                ? 'not seen before completion'
                : days > o.seenWithinWorkingDays
                  ? 'not seen yet'
                  : 'not seen yet (still within the limit)';
          return {
            key: `assessment-timeliness/seen/${a.assessmentId}`,
            ...ids(a),
            seenDate: isoOrNull(a.seenDate),
            workingDays: days,
            status,
          };
        })
        .sort(byLargest('workingDays'));
      findings.push({
        id: 'not-seen-in-time',
        metric: 'seenWithinTarget',
        severity: severityFor(metrics.seenWithinTarget!.rag),
        title: `Children not seen within ${o.seenWithinWorkingDays} working days of the assessment starting`,
        message: `In ${notSeenInTime.length} of ${plural(startedCount, 'assessment')} started in the period (${pct(notSeenInTime.length / startedCount)}) the child was not seen within ${o.seenWithinWorkingDays} working days; ${neverSeen} ${neverSeen === 1 ? 'has' : 'have'} no seen date at all.`,
        affected: { count: distinctChildren(notSeenInTime), unit: 'children' },
        columns: [
          ...idColumns,
          col('seenDate', 'Seen', 'date'),
          col('workingDays', 'Working days to seen (or so far)', 'workingDays'),
          col('status', 'Status', 'text'),
        ],
        evidence,
      });
    }
    if (notAlone.length > 0) {
      const evidence = notAlone
        .map((a) => ({
          key: `assessment-timeliness/alone/${a.assessmentId}`,
          ...ids(a),
          completionDate: toIso(a.completionDate!),
          seenDate: isoOrNull(a.seenDate),
        }))
        .sort((x, y) =>
          x.completionDate < y.completionDate ? -1 : x.completionDate > y.completionDate ? 1 : x.key < y.key ? -1 : 1,
        );
      findings.push({
        id: 'not-seen-alone',
        metric: 'seenAlone',
        severity: severityFor(metrics.seenAlone!.rag),
        title: 'Completed assessments with no record of the child seen alone',
        message: `${notAlone.length} of ${plural(completedCount, 'assessment')} completed in the period (${pct(notAlone.length / completedCount)}) do not record the child being seen alone.`,
        affected: { count: distinctChildren(notAlone), unit: 'children' },
        columns: [
          ...idColumns,
          col('completionDate', 'Completed', 'date'),
          col('seenDate', 'Seen (not alone)', 'date'),
        ],
        evidence,
      });
    }

    const teamRows: EvidenceRow[] = [...teams!.entries()]
      .sort((x, y) => compareTeams(x[0], y[0]))
      .map(([team, t]) => ({
        key: `assessment-timeliness/team/${team}`,
        team,
        completed: t.completed,
        completedWithin: shareOrNull(t.completed - t.late, t.completed),
        openOverdue: t.overdue,
        started: t.started,
        seenWithin: shareOrNull(t.started - t.notSeen, t.started),
        seenAlone: shareOrNull(t.completed - t.notAlone, t.completed),
      }));
    const breakdowns: Breakdown[] = [
      {
        id: 'by-team',
        title: 'Assessment timeliness by team',
        columns: [
          col('team', 'Team', 'text'),
          col('completed', 'Completed in period', 'number'),
          col('completedWithin', `Within ${o.maxWorkingDays} working days`, 'share', 'completedWithin45'),
          col('openOverdue', 'Open past the limit', 'number', 'openOverdue'),
          col('started', 'Started in period', 'number'),
          col('seenWithin', `Seen within ${o.seenWithinWorkingDays} working days`, 'share', 'seenWithinTarget'),
          col('seenAlone', 'Seen alone', 'share', 'seenAlone'),
        ],
        rows: teamRows,
        chart: {
          kind: 'bar',
          x: 'team',
          y: 'completedWithin',
          limit: o.completedTarget,
          direction: 'min',
          label: `Completed within ${o.maxWorkingDays} working days`,
        },
      },
    ];
    const limitations = skipped > 0 ? [note!] : [];
    return { metrics, findings, breakdowns, limitations };
  },
});
