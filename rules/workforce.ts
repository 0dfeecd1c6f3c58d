/**
 * SPEC §4.8: workforce stability — agency and newly qualified staff among workers active on the
 * as-at date, and turnover over the period.
 *
 * Blanks: a worker row without a worker id (blank or a duplicate's) is skipped (counted). A blank
 * `agency` flag is unknown, so that worker is left out of the agency rate's denominator rather
 * than counted as permanent (counted in the note). Newly qualified follows SPEC §3 (qualified in
 * the 365 days before as-at, or an ASYE/NQSW role), so a blank qualified date is simply not newly
 * qualified. A blank start date means always employed; a blank end date means still employed.
 *
 * Evidence is by team: the teams with at least one worker counted in the rate's numerator (agency
 * workers, newly qualified workers, leavers), each with its own counts and rate; the full team
 * table is the breakdown.
 *
 * Workforce census (SPEC §6.3): `vacancyRate` = vacancies ÷ (FTE in post + vacancies), where the
 * FTE in post is that of the directly employed (non-agency) workers active on the census date — the
 * census's vacancies include posts covered by agency workers, as in the DfE's published rate.
 * Without a census it is not measured. A census describes its census date only: when the workers
 * come from it and the as-at date is another day, every metric is not measured, naming the date.
 */
import * as z from 'zod';
import { col, numberText, pct, plural, severityFor, shareMetric, valueMetric } from '../src/engine/metrics.js';
import { defineRule, type RuleOutput } from '../src/engine/rule.js';
import { newlyQualifiedOn, workerActiveOn } from '../src/engine/exportIndex.js';
import type { Breakdown, EvidenceRow, Finding, Metric } from '../src/engine/types.js';
import { type Day, toIso } from '../src/model/day.js';
import type { WorkforceCensusFacts } from '../src/model/export.js';
import type { WorkerRow } from '../src/model/tables.js';
import { censusNote } from './lib/census.js';
import { atMost, compareTeams, shareOrNull, skippedNote, teamLabel, thresholdPct } from './lib/teams.js';

interface TeamCounts {
  team: string;
  active: number;
  agencyKnown: number;
  agency: number;
  newlyQualified: number;
  leavers: number;
  atStart: number;
}

export default defineRule({
  id: 'workforce',
  title: 'Workforce stability',
  passTitle: 'The social work workforce is stable',
  failTitle: 'Reliance on agency and newly qualified staff, or turnover, is high',
  area: ['leaders'],
  tables: ['workers'],
  description:
    'Over workers active on the as-at date: the share who are agency workers (of those whose agency status is recorded) and the share newly qualified (qualified in the 365 days before the as-at date, or in an ASYE/NQSW role). Turnover is the workers whose employment ended in the period divided by the mean of the headcounts on the period start and on the as-at date. The vacancy rate, from a workforce census, is its vacancies divided by the FTE of directly employed workers in post on the census date plus the vacancies.',
  metrics: {
    agencyRate: { needs: ['workers.agency'], history: 'latest' },
    // A job title alone (ASYE/NQSW) misses workers qualified this year under another title: with no
    // qualification dates the share would read low, so it is not measured.
    newlyQualifiedRate: { needs: ['workers.qualified_date'], history: 'latest' },
    turnoverRate: { needs: ['workers.start_date', 'workers.end_date'] },
    // Vacancies come from a workforce census (ctx.export.workforceCensus); without one the rule says so.
    vacancyRate: { needs: ['workers.fte'], history: 'latest' },
  },
  findings: {
    'agency-rate': { metric: 'agencyRate', key: 'agency-rate', subject: 'team' },
    'newly-qualified-rate': { metric: 'newlyQualifiedRate', key: 'newly-qualified-rate', subject: 'team' },
    'turnover-rate': { metric: 'turnoverRate', key: 'turnover-rate', subject: 'team' },
  },
  options: z.lazy(() =>
    z
      .object({
        // England at 30 September 2025 (data/england.json, DfE Children's social work workforce 2025).
        maxAgencyRate: z.number().min(0).max(1).default(0.13),
        maxNewlyQualifiedRate: z.number().min(0).max(1).default(0.2),
        maxTurnoverRate: z.number().min(0).default(0.118),
        /** England 30 September 2025, vacancies as a share of FTE in post plus vacancies. */
        maxVacancyRate: z.number().min(0).max(1).default(0.142),
        /** How far above a maximum rate still counts as amber rather than red. */
        tolerance: z.number().min(0).max(1).default(0.05),
      })
      .strict(),
  ),
  run(ctx) {
    const o = ctx.options;
    const asAt = ctx.asAt,
      periodStart = ctx.period.start;
    const census = ctx.export.workforceCensus;
    if (census?.workersFromCensus && census.censusDate !== asAt) return offCensusDate(census.censusDate, o);
    const skipped = ctx.rows('workers').filter((w) => w.workerId === null).length;
    // workersById keeps the first row per id, matching the loader's duplicate-id rule.
    const workers: WorkerRow[] = [...ctx.index.workersById.values()];

    const teams = new Map<string, TeamCounts>();
    const teamOf = (w: WorkerRow): TeamCounts => {
      const t = teamLabel(w.team);
      let c = teams.get(t);
      if (!c)
        teams.set(
          t,
          (c = { team: t, active: 0, agencyKnown: 0, agency: 0, newlyQualified: 0, leavers: 0, atStart: 0 }),
        );
      return c;
    };
    let active = 0,
      agencyKnown = 0,
      agency = 0,
      nq = 0,
      nqKnown = 0,
      leavers = 0,
      atStart = 0;
    for (const w of workers) {
      const isActive = workerActiveOn(w, asAt);
      const wasActive = workerActiveOn(w, periodStart);
      const left = w.endDate !== null && w.endDate >= periodStart && w.endDate <= asAt;
      if (!isActive && !wasActive && !left) continue;
      const t = teamOf(w);
      if (wasActive) {
        atStart++;
        t.atStart++;
      }
      if (left) {
        leavers++;
        t.leavers++;
      }
      if (!isActive) continue;
      active++;
      t.active++;
      if (w.agency !== null) {
        agencyKnown++;
        t.agencyKnown++;
      }
      if (w.agency === true) {
        agency++;
        t.agency++;
      }
      if (w.qualifiedDate !== null) nqKnown++;
      if (newlyQualifiedOn(w, asAt)) {
        nq++;
        t.newlyQualified++;
      }
    }
    const meanHeadcount = (atStart + active) / 2;
    const teamList = [...teams.values()].sort((a, b) => compareTeams(a.team, b.team));

    const skipNote = skippedNote(skipped, 'worker', 'the worker id is blank, invalid or repeats an earlier row');
    const unknownAgency = active - agencyKnown;
    const agencyNote =
      [
        skipNote,
        unknownAgency > 0
          ? `${plural(unknownAgency, 'active worker')} with no agency status recorded ${unknownAgency === 1 ? 'is' : 'are'} left out`
          : undefined,
      ]
        .filter((n): n is string => n !== undefined)
        .join('; ') || undefined;
    const metrics: Record<string, Metric> = {
      agencyRate: shareMetric(
        'Agency workers among workers active on the as-at date',
        agency,
        agencyKnown,
        atMost(o.maxAgencyRate, o.tolerance),
        agencyNote,
      ),
      // A qualified_date column with no date for any active worker is no qualification data:
      // 0% would read as good news, so it is not measured (issue 17).
      newlyQualifiedRate:
        nqKnown === 0 && active > 0
          ? shareMetric(
              'Newly qualified workers among workers active on the as-at date',
              0,
              0,
              atMost(o.maxNewlyQualifiedRate, o.tolerance),
              'not measured: no active worker has a qualified date recorded',
            )
          : shareMetric(
              'Newly qualified workers among workers active on the as-at date',
              nq,
              active,
              atMost(o.maxNewlyQualifiedRate, o.tolerance),
              skipNote,
            ),
      turnoverRate: shareMetric(
        `Workers who left in the period ÷ mean headcount (${toIso(periodStart)} and ${toIso(asAt)})`,
        leavers,
        meanHeadcount,
        atMost(o.maxTurnoverRate, o.tolerance),
        skipNote,
      ),
      vacancyRate: vacancyMetric(census, workers, asAt, o),
    };
    // A trend point needs the metrics only (ctx.metricsOnly): no evidence, findings or breakdowns.
    if (ctx.metricsOnly) return { metrics, findings: [], limitations: [] };

    const findings: Finding[] = [];
    const agencyTeams = teamList.filter((t) => t.agency > 0);
    if (agencyTeams.length > 0) {
      findings.push({
        id: 'agency-rate',
        metric: 'agencyRate',
        severity: severityFor(metrics.agencyRate!.rag),
        title: 'Agency workers by team',
        message: `${agency} of ${plural(agencyKnown, 'active worker')} (${pct(metrics.agencyRate!.value)}) are agency workers, against a maximum of ${thresholdPct(o.maxAgencyRate)}; they work in ${plural(agencyTeams.length, 'team')}.`,
        affected: { count: agency, unit: 'workers' },
        columns: [
          col('team', 'Team', 'text'),
          col('active', 'Active workers (agency status recorded)', 'number'),
          col('agency', 'Agency workers', 'number'),
          col('rate', 'Agency rate', 'share'),
        ],
        evidence: agencyTeams.map((t) => ({
          key: `workforce/agency-rate/${t.team}`,
          team: t.team,
          active: t.agencyKnown,
          agency: t.agency,
          rate: shareOrNull(t.agency, t.agencyKnown),
        })),
      });
    }
    const nqTeams = teamList.filter((t) => t.newlyQualified > 0);
    if (nqTeams.length > 0) {
      findings.push({
        id: 'newly-qualified-rate',
        metric: 'newlyQualifiedRate',
        severity: severityFor(metrics.newlyQualifiedRate!.rag),
        title: 'Newly qualified workers by team',
        message: `${nq} of ${plural(active, 'active worker')} (${pct(metrics.newlyQualifiedRate!.value)}) are newly qualified, against a maximum of ${thresholdPct(o.maxNewlyQualifiedRate)}; they work in ${plural(nqTeams.length, 'team')}.`,
        affected: { count: nq, unit: 'workers' },
        columns: [
          col('team', 'Team', 'text'),
          col('active', 'Active workers', 'number'),
          col('newlyQualified', 'Newly qualified', 'number'),
          col('rate', 'Newly qualified rate', 'share'),
        ],
        evidence: nqTeams.map((t) => ({
          key: `workforce/newly-qualified-rate/${t.team}`,
          team: t.team,
          active: t.active,
          newlyQualified: t.newlyQualified,
          rate: shareOrNull(t.newlyQualified, t.active),
        })),
      });
    }
    const leaverTeams = teamList.filter((t) => t.leavers > 0);
    if (leaverTeams.length > 0) {
      findings.push({
        id: 'turnover-rate',
        metric: 'turnoverRate',
        severity: severityFor(metrics.turnoverRate!.rag),
        title: 'Workers who left in the period, by team',
        message: `${plural(leavers, 'worker')} left in the period against a mean headcount of ${numberText(meanHeadcount)} (turnover ${pct(metrics.turnoverRate!.value)}, maximum ${thresholdPct(o.maxTurnoverRate)}); they were in ${plural(leaverTeams.length, 'team')}.`,
        affected: { count: leavers, unit: 'workers' },
        columns: [
          col('team', 'Team', 'text'),
          col('leavers', 'Left in period', 'number'),
          col('atStart', 'Headcount at period start', 'number'),
          col('active', 'Headcount on as-at date', 'number'),
          col('rate', 'Turnover', 'share'),
        ],
        evidence: leaverTeams.map((t) => ({
          key: `workforce/turnover-rate/${t.team}`,
          team: t.team,
          leavers: t.leavers,
          atStart: t.atStart,
          active: t.active,
          rate: shareOrNull(t.leavers, (t.atStart + t.active) / 2),
        })),
      });
    }

    const rows: EvidenceRow[] = teamList.map((t) => ({
      key: `workforce/team/${t.team}`,
      team: t.team,
      active: t.active,
      agencyRate: shareOrNull(t.agency, t.agencyKnown),
      newlyQualifiedRate: shareOrNull(t.newlyQualified, t.active),
      leavers: t.leavers,
      turnoverRate: shareOrNull(t.leavers, (t.atStart + t.active) / 2),
    }));
    const breakdowns: Breakdown[] = [
      {
        id: 'by-team',
        title: 'Workforce by team',
        columns: [
          col('team', 'Team', 'text'),
          col('active', 'Active on as-at date', 'number'),
          col('agencyRate', 'Agency', 'share', 'agencyRate'),
          col('newlyQualifiedRate', 'Newly qualified', 'share', 'newlyQualifiedRate'),
          col('leavers', 'Left in period', 'number', 'turnoverRate'),
          col('turnoverRate', 'Turnover', 'share', 'turnoverRate'),
        ],
        rows,
        chart: {
          kind: 'bar',
          x: 'team',
          y: 'agencyRate',
          limit: o.maxAgencyRate,
          direction: 'max',
          label: 'Agency rate',
        },
      },
    ];
    const limitations = [
      skipNote,
      // With no agency status at all there is no rate to leave them out of (SSD's placeholder flag).
      unknownAgency > 0 && agencyKnown > 0
        ? `${plural(unknownAgency, 'active worker')} with no agency status recorded ${unknownAgency === 1 ? 'is' : 'are'} left out of the agency rate`
        : undefined,
    ]
      .filter((n): n is string => n !== undefined)
      .map((n) => `${n}.`);
    return { metrics, findings, breakdowns, limitations };
  },
});

type Options = {
  maxAgencyRate: number;
  maxNewlyQualifiedRate: number;
  maxTurnoverRate: number;
  maxVacancyRate: number;
  tolerance: number;
};

const VACANCY_LABEL = 'Vacancies ÷ (FTE in post + vacancies), workforce census';

function vacancyMetric(
  census: WorkforceCensusFacts | undefined,
  workers: readonly WorkerRow[],
  asAt: Day,
  o: Options,
): Metric {
  if (!census || census.vacancies === null) {
    return valueMetric(
      VACANCY_LABEL,
      null,
      'share',
      atMost(o.maxVacancyRate, o.tolerance),
      'not measured: vacancies are given only by a workforce census return (LALevelVacancies); add its XML file',
    );
  }
  if (census.censusDate !== asAt) {
    return valueMetric(
      VACANCY_LABEL,
      null,
      'share',
      atMost(o.maxVacancyRate, o.tolerance),
      censusNote(census.censusDate),
    );
  }
  const inPost = workers
    .filter((w) => w.agency !== true && workerActiveOn(w, asAt))
    .reduce((s, w) => s + (w.fte ?? 1), 0);
  return shareMetric(VACANCY_LABEL, census.vacancies, inPost + census.vacancies, atMost(o.maxVacancyRate, o.tolerance));
}

/** Every metric not measured: the workers are the census's, and the audit is as at another day. */
function offCensusDate(censusDate: Day, o: Options): RuleOutput {
  const note = censusNote(censusDate);
  const metrics: Record<string, Metric> = {
    agencyRate: valueMetric(
      'Agency workers among workers active on the as-at date',
      null,
      'share',
      atMost(o.maxAgencyRate, o.tolerance),
      note,
    ),
    newlyQualifiedRate: valueMetric(
      'Newly qualified workers among workers active on the as-at date',
      null,
      'share',
      atMost(o.maxNewlyQualifiedRate, o.tolerance),
      note,
    ),
    turnoverRate: valueMetric(
      'Workers who left in the period ÷ mean headcount',
      null,
      'share',
      atMost(o.maxTurnoverRate, o.tolerance),
      note,
    ),
    vacancyRate: valueMetric(VACANCY_LABEL, null, 'share', atMost(o.maxVacancyRate, o.tolerance), note),
  };
  return { metrics, findings: [], breakdowns: [], limitations: [`${note[0]!.toUpperCase()}${note.slice(1)}.`] };
}
