/**
 * Issue 24: caseaudit against DuckDB, per size, from the benchmark's alternating rounds
 * (DuckDB read, DuckDB read on one thread, full audit, …, caseaudit same metrics, DuckDB metrics):
 * medians, caseaudit ÷ DuckDB round by round (the full audit over the faster of the two reads, the
 * floor), the load average of each round, and the agreement of every metric's value.
 */
import { readFileSync } from 'node:fs';
import { compareWithFindingsFile, formatAgreement, type Agreement, type PeerMetrics } from './peerAgreement.js';
import { fmtMs, fmtRatio, type Measure, median, pairedRatios } from './stats.js';

export interface DuckdbRound {
  /** caseaudit, every table, JSON. */
  audit: Measure;
  /**
   * The same audit with --no-trends, run just after it. Issue 24's 4× was set before trends
   * existed, so this is the like-for-like audit; both are reported.
   */
  noTrends: Measure;
  /** DuckDB reading every table on its default threads (the machine's cores), run just before the audit. */
  read: Measure;
  /**
   * The same read with one thread, just after it. On a busy two-core machine it finishes sooner;
   * the floor of a round is the faster of the two (readFloor), so a slow spell cannot make the peer look slow.
   */
  readOne?: Measure;
  /** caseaudit asked for the rules of the seven metrics, with --no-trends (the like for like). */
  same: Measure;
  /** DuckDB's seven metrics, run just after `same`. */
  metrics: Measure;
  /** The same caseaudit run with trends (the default), just after DuckDB's. */
  sameTrends: Measure;
  /** The machine's one-minute load average when the round began. */
  load: number;
}

/** The round's floor: DuckDB's faster read of every table, default threads or one. */
export function readFloor(r: DuckdbRound): Measure {
  const one = r.readOne;
  return one?.ok && (!r.read.ok || one.ms < r.read.ms) ? one : r.read;
}

export interface DuckdbSummary {
  metrics: Measure;
  /** DuckDB's read of every table on its default threads. */
  readAll: Measure;
  /** The same with one thread (null when not measured). */
  readOneThread: Measure | null;
  /** The faster of the two in each round, its median: the floor the full audit is divided by. */
  readFloor: Measure;
  agreement: Agreement;
  sameMetricsOverDuckdb: ReturnType<typeof pairedRatios>;
  /** caseaudit's seven-metric run with trends ÷ DuckDB's metrics: not like for like, for reference. */
  sameMetricsWithTrendsOverDuckdb: ReturnType<typeof pairedRatios>;
  /** The full audit ÷ the round's floor (readFloor). */
  fullAuditOverReadAll: ReturnType<typeof pairedRatios>;
  /** The audit without trends ÷ the round's floor. */
  noTrendsOverReadAll: ReturnType<typeof pairedRatios>;
  /** Peak RSS over the rounds, MB: the full audit, and without trends (issue 24: ≤ 600 at 1.1M rows). */
  peakRssMb: { audit: number | null; noTrends: number | null };
  loadAverage: number[];
}

function readMetrics(path: string): PeerMetrics | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PeerMetrics;
  } catch {
    return null;
  }
}

/**
 * The rounds of one size, and the agreement of DuckDB's metrics (the JSON its last round wrote)
 * with caseaudit's findings.json of the same-metrics run. DuckDB that failed agrees on nothing.
 */
export function summariseDuckdb(
  rounds: readonly DuckdbRound[],
  metricsJson: string,
  findingsJson: string,
): DuckdbSummary {
  const metrics = readMetrics(metricsJson);
  return {
    metrics: median(rounds.map((r) => r.metrics)),
    readAll: median(rounds.map((r) => r.read)),
    readOneThread: rounds.every((r) => r.readOne) ? median(rounds.map((r) => r.readOne!)) : null,
    readFloor: median(rounds.map(readFloor)),
    agreement: metrics
      ? compareWithFindingsFile('DuckDB', metrics, findingsJson)
      : { compared: 0, agree: 0, differ: ['DuckDB wrote no metrics'] },
    sameMetricsOverDuckdb: pairedRatios(rounds.map((r) => [r.same, r.metrics])),
    sameMetricsWithTrendsOverDuckdb: pairedRatios(rounds.map((r) => [r.sameTrends, r.metrics])),
    fullAuditOverReadAll: pairedRatios(rounds.map((r) => [r.audit, readFloor(r)])),
    noTrendsOverReadAll: pairedRatios(rounds.map((r) => [r.noTrends, readFloor(r)])),
    peakRssMb: {
      audit: median(rounds.map((r) => r.audit)).maxRssMb,
      noTrends: median(rounds.map((r) => r.noTrends)).maxRssMb,
    },
    loadAverage: rounds.map((r) => Math.round(r.load * 100) / 100),
  };
}

export const duckdbAgrees = (s: DuckdbSummary): boolean =>
  s.agreement.compared > 0 && s.agreement.agree === s.agreement.compared;

/** A table of the rounds (the README's shape) and the size's medians, ratios and agreement. */
export function formatDuckdb(size: string, rounds: readonly DuckdbRound[], s: DuckdbSummary): string[] {
  const sec = (m: Measure) => (m.ok ? (m.ms / 1000).toFixed(2) : 'failed');
  const r2 = (a: Measure, b: Measure) => (a.ok && b.ok ? (a.ms / b.ms).toFixed(2) : '—');
  const head = [
    'round',
    'load',
    'caseaudit 7 metrics (no trends)',
    'DuckDB 7 metrics',
    '÷',
    'caseaudit 7 metrics with trends',
    '÷',
    'caseaudit full audit',
    'caseaudit no trends',
    'DuckDB read all',
    'one thread',
    '÷ floor',
    'no trends ÷ floor',
  ];
  const rows = rounds.map((r, i) => [
    String(i + 1),
    r.load.toFixed(1),
    sec(r.same),
    sec(r.metrics),
    r2(r.same, r.metrics),
    sec(r.sameTrends),
    r2(r.sameTrends, r.metrics),
    sec(r.audit),
    sec(r.noTrends),
    sec(r.read),
    r.readOne ? sec(r.readOne) : '—',
    r2(r.audit, readFloor(r)),
    r2(r.noTrends, readFloor(r)),
  ]);
  const mb = (v: number | null) => (v === null ? '—' : `${v.toFixed(0)} MB`);
  const range = (p: DuckdbSummary['sameMetricsOverDuckdb']) =>
    p ? `${fmtRatio(p.median)} (round by round ${fmtRatio(p.min)}–${fmtRatio(p.max)})` : '—';
  return [
    `${size}: caseaudit against DuckDB (seconds; DuckDB's start and working-day calendar included)`,
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    `${size}: medians: DuckDB 7 metrics ${fmtMs(s.metrics)}, read every table ${fmtMs(s.readAll)} (one thread ${fmtMs(s.readOneThread ?? undefined)}, the faster of each round ${fmtMs(s.readFloor)}); caseaudit ÷ DuckDB on the same metrics ${range(s.sameMetricsOverDuckdb)} (target ≤ 1.0 at 1M; with trends ${range(s.sameMetricsWithTrendsOverDuckdb)}); full audit ÷ DuckDB read every table ${range(s.fullAuditOverReadAll)} (target ≤ 4)`,
    `${size}: full audit without trends ÷ DuckDB read every table ${range(s.noTrendsOverReadAll)} (target ≤ 4; the like-for-like, the target predating trends); peak RSS of the full audit ${mb(s.peakRssMb.audit)}, without trends ${mb(s.peakRssMb.noTrends)} (target ≤ 600 MB at 1.1M rows)`,
    formatAgreement(size, 'DuckDB', s.agreement),
  ];
}
