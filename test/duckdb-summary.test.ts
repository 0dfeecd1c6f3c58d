// The benchmark's DuckDB lines (issue 24): the full audit with and without trends against
// DuckDB's read of every table, round by round, and the peak RSS of each audit.
import { describe, expect, it } from 'vitest';
import { formatDuckdb, summariseDuckdb, type DuckdbRound } from '../bench/duckdbSummary.js';
import type { Measure } from '../bench/stats.js';

const m = (ms: number, maxRssMb: number | null = null): Measure => ({ ms, maxRssMb, ok: true });
const round = (audit: number, noTrends: number, read: number, rss: [number, number], load: number): DuckdbRound => ({
  audit: m(audit, rss[0]),
  noTrends: m(noTrends, rss[1]),
  read: m(read),
  same: m(1_000),
  metrics: m(800),
  sameTrends: m(2_000),
  load,
});

describe('DuckDB summary: the audit without trends and the peak memory', () => {
  const rounds = [
    round(12_000, 8_000, 2_000, [900, 640], 3),
    round(15_000, 9_000, 2_500, [950, 610], 5),
    round(13_000, 7_000, 2_000, [920, 650], 4),
  ];
  const s = summariseDuckdb(rounds, '/nonexistent/duckdb.json', '/nonexistent/findings.json');

  it('divides the audit without trends by the read of the same round, and takes the median', () => {
    // Rounds: 8000/2000 = 4, 9000/2500 = 3.6, 7000/2000 = 3.5.
    expect(s.noTrendsOverReadAll).toEqual({ median: 3.6, min: 3.5, max: 4, rounds: [4, 3.6, 3.5] });
    expect(s.fullAuditOverReadAll?.median).toBe(6);
  });

  it('reports the highest peak RSS of the rounds for each audit, and says so in its line', () => {
    expect(s.peakRssMb).toEqual({ audit: 950, noTrends: 650 });
    const line = formatDuckdb('1M', rounds, s).find((l) => l.includes('without trends'));
    expect(line).toContain('full audit without trends ÷ DuckDB read every table 3.60 (round by round 3.50–4.00)');
    expect(line).toContain('peak RSS of the full audit 950 MB, without trends 650 MB');
  });
});
