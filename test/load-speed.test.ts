// Shortcuts in reading typed rows (src/load/tableBuilder.ts, issue 24), which must leave every
// value as it was: dates looked up rather than parsed once a column's spellings repeat (each cell
// still read exactly as parseDate reads it, each bad cell logged on its own line, a column of
// distinct timestamps read the same), and an id repeating the row before taken from that row.
import { describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/load/issues.js';
import { IdPool, TableBuilder } from '../src/load/tableBuilder.js';
import { isValueError, parseDate } from '../src/load/values.js';

const ALLOCATIONS = ['child_id', 'worker_id', 'start_date', 'end_date'];

function build(rows: string[][], ids?: IdPool) {
  const dq = new DataQualityLog();
  const b = new TableBuilder('allocations', 'allocations.csv', dq, {}, undefined, ids);
  b.setHeader(ALLOCATIONS);
  rows.forEach((r, i) => b.addRow(r, i + 2));
  return { rows: b.rows, issues: dq.issueGroups() };
}

/** What each cell must read as: parseDate's day, or null for a blank or a rejected value. */
const expected = (raw: string) => {
  const v = parseDate(raw);
  return v === null || isValueError(v) ? null : v;
};

describe('date cells of a column (looked up once they repeat)', () => {
  // Repeating spellings, blanks, a bad date and an implausible one, each many times over, and in
  // the end column one distinct timestamp a row (so the lookup is given up there).
  const starts = ['2023-11-10', '10/11/2023', '31/02/2024', '', 'n/a', '1899-01-01', ' 2024-01-05 ', '05-Jan-2024'];
  const rows = Array.from({ length: 6_000 }, (_, i) => [
    `C${i % 500}`,
    `W${i % 30}`,
    starts[i % starts.length]!,
    `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}Z`,
  ]);

  it('reads every cell as parseDate does', () => {
    const got = build(rows);
    expect(got.rows.map((r) => r.startDate)).toEqual(rows.map((r) => expected(r[2]!)));
    expect(got.rows.map((r) => r.endDate)).toEqual(rows.map((r) => expected(r[3]!)));
    // Sanity: the known answers, not only agreement with parseDate.
    expect(got.rows[0]!.startDate).toBe(got.rows[1]!.startDate);
    expect(got.rows[2]!.startDate).toBeNull();
  });

  it('logs each rejected cell on its own line, however often its spelling repeats', () => {
    const got = build(rows);
    const bad = got.issues.find((g) => g.code === 'bad-date');
    const implausible = got.issues.find((g) => g.code === 'implausible-date');
    expect(bad?.count).toBe(rows.filter((r) => r[2] === '31/02/2024').length);
    expect(implausible?.count).toBe(rows.filter((r) => r[2] === '1899-01-01').length);
  });
});

describe('an id repeating the row before', () => {
  it('reads as the pool gives it, in runs, blanks and odd spacing, before and after the sample', () => {
    // Runs of one to four rows a child, blanks inside runs, the same id spelt with spaces; 6,000
    // rows, so the runs go on well past the 2,048 sampled values.
    const ids = ['C1', 'C1', '', 'C1', ' C1\u00a0', 'C2', 'C2', 'C2', 'C2', 'n/a', 'C3'];
    const rows = Array.from({ length: 6_000 }, (_, i) => [
      `${ids[i % ids.length]!}${i % ids.length === 10 ? i : ''}`,
      `W${i % 30}`,
      '2024-01-05',
      '',
    ]);
    const pool = new IdPool();
    const got = build(rows, pool);
    const want = rows.map((r) => {
      const t = r[0]!.replace(/\u00a0/g, ' ').trim();
      return t === '' || t === 'n/a' ? null : t;
    });
    expect(got.rows.map((r) => r.childId)).toEqual(want);
    // The pool holds each distinct id once: C1, C2, the C3… ids (one each) and 30 workers.
    const others = rows.filter((r) => r[0]!.startsWith('C3')).length;
    expect(others).toBe(545);
    expect(pool.size).toBe(2 + others + 30);
  });
});
