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

describe('ids spelt as letters then digits (found by number once the sample is taken)', () => {
  // Sorted runs, then the same children out of order; lower and upper case; the same number with
  // a different width or prefix (other ids); a number far past the table's end (kept by hash);
  // spacing and no-break spaces around an id; blanks; ids that only look numbered (C12a, 12, C-1).
  const spellings = (i: number): string => {
    const k = i % 13;
    const n = i % 700;
    if (k === 0) return `c${String(n).padStart(6, '0')}`;
    if (k === 1) return `C${String(n).padStart(7, '0')}`;
    if (k === 2) return `CH${String(n).padStart(5, '0')}`;
    if (k === 3) return ` C${String(n).padStart(6, '0')}\u00a0`;
    if (k === 4) return i % 2 ? '' : 'n/a';
    if (k === 5) return `C${9_000_000 + (i % 5)}`;
    if (k === 6) return `C12a`;
    if (k === 7) return String(n);
    if (k === 8) return `C-${n}`;
    return `C${String(i < 3_000 ? Math.floor(i / 3) : (i * 7919) % 700).padStart(6, '0')}`;
  };
  const rows = Array.from({ length: 8_000 }, (_, i) => [spellings(i), `W${String(i % 40).padStart(5, '0')}`, '', '']);
  const want = (raw: string): string | null => {
    const t = raw.replace(/\u00a0/g, ' ').trim();
    return t === '' || t === 'n/a' ? null : t;
  };

  it('reads every id as its cleaned text, one string per distinct id across tables', () => {
    const pool = new IdPool();
    const first = build(rows, pool);
    const second = build([...rows].reverse(), pool);
    expect(first.rows.map((r) => r.childId)).toEqual(rows.map((r) => want(r[0]!)));
    expect(first.rows.map((r) => r.workerId)).toEqual(rows.map((r) => r[1]));
    expect(second.rows.map((r) => r.childId)).toEqual([...rows].reverse().map((r) => want(r[0]!)));
    // Each distinct id is pooled once, whichever table or path (number or hash) found it.
    const byText = new Map<string, string>();
    for (const r of [...first.rows, ...second.rows])
      for (const v of [r.childId, r.workerId]) {
        if (v === null) continue;
        byText.set(v, v);
      }
    expect(pool.size).toBe(byText.size);
    expect(byText.has('C9000004') && byText.has('C12a') && byText.has('CH00699') && byText.has('c000699')).toBe(true);
  });

  // The pool's numbered tables are held in chunks of 16,384 (idPool.ts): the first grows as needed,
  // later ones are made whole. Numbers on both sides of chunk ends, in and out of order, a run
  // starting in a later chunk, a gap just under and just over the table's reach (65,536 past its end).
  it("finds ids across the numbered table's chunks, each pooled once", () => {
    const numbers = [
      ...Array.from({ length: 3_000 }, (_, i) => 40_000 + i),
      ...Array.from({ length: 3_000 }, (_, i) => (i * 7919) % 50_000),
      16_383,
      16_384,
      16_385,
      32_767,
      32_768,
      0,
      1,
      40_000 + 3_000 + 65_535, // just within reach of the end after the runs above
      250_000, // beyond it: kept by hash
      ...Array.from({ length: 2_000 }, (_, i) => (i * 104_729) % 110_000),
    ];
    const spelt = numbers.map((n) => `C${String(n).padStart(7, '0')}`);
    // Each id twice at first, so the pool's sample sees repeats and keeps sharing; then all again, reversed.
    const rows = [...spelt.flatMap((c) => [c, c]), ...[...spelt].reverse()].map((c, i) => [
      c,
      `W${String(i % 40).padStart(5, '0')}`,
      '',
      '',
    ]);
    const pool = new IdPool();
    const got = build(rows, pool);
    expect(got.rows.map((r) => r.childId)).toEqual(rows.map((r) => r[0]));
    expect(pool.size).toBe(new Set(spelt).size + 40);
    // One string per id: the second sighting of each returns the first's string.
    const first = new Map<string, string>();
    for (const r of got.rows) {
      const seen = first.get(r.childId!);
      if (seen === undefined) first.set(r.childId!, r.childId!);
      else expect(Object.is(seen, r.childId)).toBe(true);
    }
  });
});
