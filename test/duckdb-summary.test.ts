// The benchmark's DuckDB lines (issue 24): the full audit with and without trends against
// DuckDB's read of every table, round by round, and the peak RSS of each audit.
import { describe, expect, it } from 'vitest';
import { formatDuckdb, readFloor, summariseDuckdb, type DuckdbRound } from '../bench/duckdbSummary.js';
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

describe('DuckDB summary: the floor is the faster read of each round, default threads or one', () => {
  const withOne = (r: DuckdbRound, one: number, ok = true): DuckdbRound => ({ ...r, readOne: { ...m(one), ok } });
  const rounds = [
    withOne(round(12_000, 8_000, 2_000, [900, 640], 3), 2_500), // two threads faster: 2,000
    withOne(round(15_000, 9_000, 2_500, [950, 610], 5), 1_500), // one thread faster: 1,500
    withOne(round(13_000, 7_000, 2_000, [920, 650], 4), 1_000, false), // one thread failed: 2,000
  ];
  const s = summariseDuckdb(rounds, '/nonexistent/duckdb.json', '/nonexistent/findings.json');

  it('takes the faster successful read of the round', () => {
    expect(rounds.map((r) => readFloor(r).ms)).toEqual([2_000, 1_500, 2_000]);
    // Without a one-thread read (older rounds) the floor is the read.
    expect(readFloor(round(1, 1, 3_000, [1, 1], 0)).ms).toBe(3_000);
  });

  it('divides each audit by that floor, round by round', () => {
    // Full audit: 12000/2000 = 6, 15000/1500 = 10, 13000/2000 = 6.5; without trends 4, 6, 3.5.
    expect(s.fullAuditOverReadAll).toEqual({ median: 6.5, min: 6, max: 10, rounds: [6, 10, 6.5] });
    expect(s.noTrendsOverReadAll).toEqual({ median: 4, min: 3.5, max: 6, rounds: [4, 6, 3.5] });
    expect(s.readAll.ms).toBe(2_000);
    expect(s.readOneThread?.ms).toBe(1_500);
    expect(s.readOneThread?.ok).toBe(false);
    expect(s.readFloor.ms).toBe(2_000);
  });

  it('shows both reads and the ratios over the floor in each row', () => {
    const lines = formatDuckdb('1M', rounds, s);
    expect(lines[1]).toContain(
      '| caseaudit full audit | caseaudit no trends | DuckDB read all | one thread | ÷ floor | no trends ÷ floor |',
    );
    expect(lines[4]).toBe('| 2 | 5.0 | 1.00 | 0.80 | 1.25 | 2.00 | 2.50 | 15.00 | 9.00 | 2.50 | 1.50 | 10.00 | 6.00 |');
    expect(lines[5]).toContain('| 13.00 | 7.00 | 2.00 | failed | 6.50 | 3.50 |');
    expect(lines.find((l) => l.includes('medians'))).toContain(
      'read every table 2.00 s (one thread 1.50 s (failed), the faster of each round 2.00 s)',
    );
  });
});
