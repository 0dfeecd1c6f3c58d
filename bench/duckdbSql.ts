/**
 * Issue 24: the SQL an analyst would write in DuckDB for the seven headline metrics that
 * ../shared/bench/pandas_reference.py computes, over the same CSVs and with the same definitions
 * (SPEC §1 and §4, no data-quality work), so caseaudit, pandas and DuckDB answer one question.
 * Pure text builders: bench/duckdb.ts runs them.
 */
import { bankHolidaysIn, FIRST_YEAR, LAST_YEAR } from '../src/model/calendar.js';
import { dayFromYmd, toIso } from '../src/model/day.js';

/** A SQL string literal. */
export const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Every CSV column as text: the export mixes date forms (SPEC §2) and has dirty values on purpose. */
export const readCsv = (path: string): string => `read_csv(${lit(path)}, header = true, all_varchar = true)`;

/**
 * A CSV as an analyst reads it into DuckDB: each column typed as DuckDB's sniffer detects it (a file
 * with one date style gets DATE columns, a mixed or dirty one stays VARCHAR). The read-every-table
 * floor uses this: it does less work than all_varchar (a DATE is 4 bytes, not a string), so it is the
 * faster honest floor.
 */
export const readCsvTyped = (path: string): string => `read_csv(${lit(path)}, header = true)`;

/**
 * A date in any SPEC §2 form, time of day dropped; anything else NULL. The formats and their order
 * are pandas_reference.py's (`dates()`).
 */
export const DATE_MACRO = `CREATE TEMP MACRO pdate(x) AS CAST(try_strptime(regexp_replace(trim(x), '[ T]\\d\\d:\\d\\d.*$', ''),
  ['%Y-%m-%d', '%d/%m/%Y', '%d-%m-%Y', '%d.%m.%Y', '%d-%b-%Y', '%d %B %Y']) AS DATE)`;

/**
 * The working-day calendar: one row per day of the years dates are accepted in (src/model/calendar.ts),
 * with n = working days from the calendar's start to that day, so wd(a, b) (SPEC §1: a < x ≤ b,
 * negative when b < a) is cal(b).n − cal(a).n. The holidays are the project's own (bankHolidaysIn),
 * so the calendar cannot drift from caseaudit's.
 */
export function calendarSql(): string[] {
  const holidays: string[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) for (const d of bankHolidaysIn(y)) holidays.push(toIso(d));
  const first = dayFromYmd(FIRST_YEAR, 1, 1);
  const days = dayFromYmd(LAST_YEAR, 12, 31) - first + 1;
  // One string split in SQL: 1,500 date literals cost DuckDB's parser ten times as long.
  return [
    `CREATE TEMP TABLE hol AS SELECT CAST(unnest(string_split('${holidays.join(',')}', ',')) AS DATE) AS h`,
    `CREATE TEMP TABLE cal AS
      SELECT t.d, CAST(sum(CASE WHEN isodow(t.d) < 6 AND hol.h IS NULL THEN 1 ELSE 0 END) OVER (ORDER BY t.d) AS INTEGER) AS n
      FROM (SELECT CAST(DATE '${toIso(first)}' + CAST(i AS INTEGER) AS DATE) AS d FROM range(${days}) AS r(i)) AS t
      LEFT JOIN hol ON hol.h = t.d`,
  ];
}

/** The period ends, as pandas computes them: as-at less 12 (24) months, plus a day. */
export function periodSql(asAt: string): string {
  const at = `DATE ${lit(asAt)}`;
  return `CREATE TEMP TABLE p AS SELECT ${at} AS as_at,
    CAST(${at} - INTERVAL 12 MONTH + INTERVAL 1 DAY AS DATE) AS start,
    CAST(${at} - INTERVAL 24 MONTH + INTERVAL 1 DAY AS DATE) AS prior_start`;
}

/** Each query returns one row; the column names are read by bench/duckdb.ts. */
export function metricQueries(csv: (table: string) => string): Record<string, string> {
  return {
    // Completed in the period, and within 45 working days of the start (a missing start: not within).
    assessments: `SELECT CAST(count(*) AS INTEGER) AS den, CAST(count(*) FILTER (WHERE cb.n - ca.n <= 45) AS INTEGER) AS num
      FROM (SELECT pdate(start_date) AS s, pdate(completion_date) AS c FROM ${csv('assessments')}) a
      CROSS JOIN p LEFT JOIN cal ca ON ca.d = a.s LEFT JOIN cal cb ON cb.d = a.c
      WHERE a.c BETWEEN p.start AND p.as_at`,
    // A referral in the period whose child's previous referral was less than 12 months before it.
    referrals: `WITH r AS (SELECT child_id, pdate(referral_date) AS d FROM ${csv('referrals')}),
      r2 AS (SELECT d, lag(d) OVER (PARTITION BY child_id ORDER BY d) AS prev FROM r WHERE d IS NOT NULL)
      SELECT CAST(count(*) AS INTEGER) AS den,
        CAST(count(*) FILTER (WHERE prev >= CAST(d - INTERVAL 12 MONTH AS DATE) AND prev < d) AS INTEGER) AS num
      FROM r2 CROSS JOIN p WHERE d BETWEEN p.start AND p.as_at`,
    // CP plans started in the period that are not the child's first (undated starts sort last),
    // and the starts of the twelve months before for the change in starts.
    plans: `WITH cp AS (SELECT child_id, pdate(start_date) AS s FROM ${csv('plans')} WHERE lower(trim(plan_type)) = 'cp'),
      n AS (SELECT s, row_number() OVER (PARTITION BY child_id ORDER BY s NULLS LAST) AS k FROM cp)
      SELECT CAST(count(*) FILTER (WHERE s BETWEEN p.start AND p.as_at) AS INTEGER) AS cur,
        CAST(count(*) FILTER (WHERE s BETWEEN p.start AND p.as_at AND k > 1) AS INTEGER) AS rep,
        CAST(count(*) FILTER (WHERE s >= p.prior_start AND s < p.start) AS INTEGER) AS prior
      FROM n CROSS JOIN p`,
    // ICPCs held in the period more than 15 working days after the strategy discussion.
    section47: `SELECT CAST(count(*) AS INTEGER) AS den, CAST(count(*) FILTER (WHERE cb.n - ca.n > 15) AS INTEGER) AS num
      FROM (SELECT pdate(strategy_date) AS s, pdate(icpc_date) AS i FROM ${csv('section47')}) x
      CROSS JOIN p LEFT JOIN cal ca ON ca.d = x.s LEFT JOIN cal cb ON cb.d = x.i
      WHERE x.i BETWEEN p.start AND p.as_at`,
    // Children allocated on the as-at date per worker in post, over the FTE of those holding any
    // (a blank or unreadable FTE counts as 1, as in pandas). An empty id is a value, as in pandas.
    caseloads: `WITH al AS (SELECT coalesce(worker_id, '') AS w, coalesce(child_id, '') AS c,
          pdate(start_date) AS s, pdate(end_date) AS e FROM ${csv('allocations')}),
        loads AS (SELECT w, count(DISTINCT c) AS n FROM al CROSS JOIN p
          WHERE s <= p.as_at AND (e IS NULL OR e >= p.as_at) GROUP BY w),
        wk AS (SELECT coalesce(worker_id, '') AS w, coalesce(try_cast(coalesce(fte, '1') AS DOUBLE), 1.0) AS fte,
          pdate(start_date) AS s, pdate(end_date) AS e FROM ${csv('workers')}),
        holding AS (SELECT CAST(loads.n AS DOUBLE) AS load, wk.fte FROM wk CROSS JOIN p JOIN loads ON loads.w = wk.w
          WHERE (wk.s IS NULL OR wk.s <= p.as_at) AND (wk.e IS NULL OR wk.e >= p.as_at) AND loads.n >= 1)
      SELECT CAST(count(*) AS INTEGER) AS holding, sum(load) AS load, sum(fte) AS fte,
        CAST(count(*) FILTER (WHERE load / fte > 15) AS INTEGER) AS over
      FROM holding`,
  };
}
