/**
 * Unquoted records handed to a table builder as the bounds of their cells (csvParser.ts's SpanSink,
 * issue 24): a table held as columns reads dates, pooled ids and known spellings in place, without
 * cutting them into strings. Every reader in place must give what cutting the cell and parsing it
 * gives, and must decline (undefined) where it cannot; a table read this way must be the same table,
 * with the same data-quality issues in the same order, as the same file read as rows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvParser, type SpanSink } from '../src/load/csvParser.js';
import { IdPool } from '../src/load/idPool.js';
import { loadExport as loadFolder } from '../src/load/index.js';
import { spellings } from '../src/load/spellingTable.js';
import { heldColumns } from '../src/load/tableColumns.js';
import { cutCells } from '../src/load/builderSink.js';
import { dayAt, makeCodeParser, parseDate, parseFlag } from '../src/load/values.js';
import type { TableName } from '../src/model/tables.js';

/** A seeded generator (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const MONTHS = [
  'Jan',
  'feb',
  'MAR',
  'Apr',
  'May',
  'jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'DEC',
  'Sept',
  'Foo',
  'J4n',
];

/** Date cells in the export's spellings and near misses of each. */
function dateCells(random: () => number, count: number): string[] {
  const out: string[] = [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  for (let i = 0; i < count; i++) {
    const y = pick([1899, 1900, 1901, 1999, 2020, 2023, 2024, 2100, 2199, 2200, 23, 999]);
    const m = pick([0, 1, 2, 4, 9, 11, 12, 13]);
    const d = pick([0, 1, 9, 28, 29, 30, 31, 32]);
    const yy = String(y).length === 4 ? String(y) : pad(y, 2);
    const sep = pick(['/', '-', '.', ' ', ':']);
    const cell = pick([
      () => `${yy}-${pad(m, 2)}-${pad(d, 2)}`,
      () => `${yy}-${pad(m, 2)}-${pad(d, 2)}T${pad(d % 24, 2)}:${pad(m * 5, 2)}:${pad(d, 2)}Z`,
      () => `${yy}-${pad(m, 2)}-${pad(d, 2)}T12:00:00`,
      () => `${pad(d, 2)}${sep}${pad(m, 2)}${sep}${yy}`,
      () => `${pad(d, 2)}/${pad(m, 2)}-${yy}`,
      () => `${pad(d, 2)}${sep}${pick(MONTHS)}${sep}${yy}`,
      () => `${d}/${m}/${yy}`,
      () => ` ${pad(d, 2)}/${pad(m, 2)}/${yy}`,
      () => `${pad(d, 2)}/${pad(m, 2)}/${yy}\u00a0`,
      () => pick(['', ' ', 'NULL', 'N/A', '-', 'not a date', '2024-1-05', '2024-01-05 10:00', 'ab-cd-efgh']),
    ])();
    out.push(cell);
  }
  return out;
}

describe('cells read in place', () => {
  it('dayAt gives parseDate’s day for every cell it reads, anywhere in a text, and declines the rest', () => {
    const random = rng(24);
    let read = 0;
    for (const cell of dateCells(random, 20_000)) {
      const text = `x,${cell},y`;
      const got = dayAt(text, 2, 2 + cell.length);
      const want = parseDate(cell);
      if (got !== undefined) {
        read++;
        expect(got, cell).toBe(want);
      } else
        expect(typeof want === 'number' && /^\d{2}([/.-])\d{2}\1\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(cell), cell).toBe(
          false,
        );
    }
    // Most generated cells are near misses; the reader must still take a fair share.
    expect(read).toBeGreaterThan(1_000);
    expect(dayAt('05-Sep-2024', 0, 11)).toBe(parseDate('05-Sep-2024'));
    expect(dayAt('05 sep 2024', 0, 11)).toBe(parseDate('05 sep 2024'));
    expect(dayAt('05-Sept-2024', 0, 12)).toBeUndefined();
  });

  it('a spelling table’s span gives parse’s value for a spelling it holds, and undefined for blanks, errors and new ones', () => {
    const code = makeCodeParser(['cin', 'cp', 'cla'], { 'child in need': 'cin' });
    for (const inner of [code, parseFlag, (raw: string) => raw.trim() || null]) {
      const table = spellings(inner);
      const cells = ['cin', ' cp ', 'CIN', 'Child in need', 'junk', '', 'Y', 'no', 'x'.repeat(41)];
      for (let i = 0; i < 400; i++) cells.push(`s${i}`); // more than the table's slots
      for (const c of cells) {
        const text = `,,${c};`;
        expect(table.span(text, 2, 2 + c.length), `before ${c}`).toBeUndefined();
      }
      for (const c of cells) table.parse(c);
      for (const c of cells) {
        const text = `,,${c};`;
        const got = table.span(text, 2, 2 + c.length);
        const want = inner(c);
        if (got !== undefined) expect(got, c).toEqual(want);
        if (want === null || typeof want === 'object') expect(got, c).toBeUndefined();
      }
    }
    // A held spelling of a code is found in place, inside a longer text.
    const table = spellings(code);
    table.parse('cin');
    expect(table.span('xcinx', 1, 4)).toBe('cin');
  });

  it('an id column’s span finds the pooled string once the column shares ids, and declines otherwise', () => {
    const pool = new IdPool();
    const col = pool.column();
    const ids = Array.from({ length: 3_000 }, (_, i) => `C${pad(i % 700, 6)}`);
    // Before the sample is taken nothing is read in place.
    expect(col.span('C000001', 0, 7)).toBeUndefined();
    const given = ids.map((id) => col.parse(id));
    for (let i = 0; i < ids.length; i++) {
      const text = `;${ids[i]};`;
      expect(col.span(text, 1, 8)).toBe(given[i]);
    }
    for (const other of ['C00001', 'D000001', 'C00000x', 'C9999999', 'c000001']) {
      expect(col.span(`,${other},`, 1, 1 + other.length), other).toBeUndefined();
    }
    // A column of a row's own ids stops sharing after its sample: never read in place.
    const own = pool.column();
    for (let i = 0; i < 3_000; i++) own.parse(`R${pad(i, 7)}`);
    expect(own.span('R0000005', 0, 8)).toBeUndefined();
  });

  it('the parser hands a SpanSink the same cells as a record handler, quoted records as cells', () => {
    const random = rng(7);
    const lines: string[] = [];
    for (let i = 0; i < 500; i++) {
      const width = 1 + Math.floor(random() * 80); // past the first bounds array's 32 cells
      const cells = Array.from({ length: width }, (_, j) =>
        random() < 0.1 ? '' : random() < 0.05 ? `"q,${j}"` : random() < 0.05 ? ' ' : `v${i}.${j}`,
      );
      lines.push(cells.join(','));
      if (random() < 0.05) lines.push(random() < 0.5 ? '' : ' , ,');
    }
    const text = lines.join(random() < 0.5 ? '\n' : '\r\n') + '\n';
    const want: [string[], number][] = [];
    const p1 = new CsvParser((cells, line) => want.push([[...cells], line]), { reuseCells: true });
    const got: [string[], number][] = [];
    let viaSpans = 0;
    const sink: SpanSink = {
      record: (cells, line) => got.push([[...cells], line]),
      spans: (buf, bounds, n, line) => {
        viaSpans++;
        got.push([cutCells(buf, bounds, n), line]);
      },
    };
    const p2 = new CsvParser(sink, { reuseCells: true, spans: sink });
    for (let at = 0; at < text.length; at += 997) {
      p1.write(text.slice(at, at + 997));
      p2.write(text.slice(at, at + 997));
    }
    p1.end();
    p2.end();
    expect(got).toEqual(want);
    expect(viaSpans).toBeGreaterThan(100);
    expect(viaSpans).toBeLessThan(got.length);
  });
});

/** An export of the seven-metric tables with every kind of trouble a cell read in place could meet. */
function messyExport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-spans-'));
  const random = rng(11);
  const dates = dateCells(random, 4_000);
  let d = 0;
  const date = (): string => {
    const c = dates[d++ % dates.length]!;
    return c.includes(',') || c.includes('"') ? `"${c}"` : c;
  };
  const child = (i: number): string =>
    i % 97 === 0
      ? ` C${pad(i % 400, 6)}`
      : i % 89 === 0
        ? `c${pad(i % 400, 6)}`
        : i % 83 === 0
          ? ''
          : `C${pad(i % 400, 6)}`;
  const write = (file: string, header: string, rows: string[]): void =>
    writeFileSync(join(dir, file), [header, ...rows].join('\n') + '\n');
  const n = 3_000;
  const teams = ['Alpha', 'Beta', ' Alpha', 'Gamma\u00a0', '', 'Assessment North', 'Assessment South'];
  write(
    'workers.csv',
    'worker_id,team,role,fte,start_date,end_date,agency,qualified_date',
    Array.from({ length: 40 }, (_, i) =>
      [
        `W${pad(i, 5)}`,
        teams[i % teams.length],
        'Social Worker',
        i % 7 === 0 ? '' : '1',
        date(),
        date(),
        i % 2 ? 'No' : 'Yes',
        date(),
      ].join(','),
    ),
  );
  write(
    'referrals.csv',
    'referral_id,child_id,referral_date,source,team,outcome',
    Array.from({ length: n }, (_, i) =>
      [
        i % 501 === 0 ? `X${i}` : `R${pad(i, 7)}`,
        child(i),
        date(),
        ['Police', 'Schools', ' Police', 'junk', ''][i % 5],
        teams[i % teams.length],
        ['assessment', 'nfa', 'Assessment', 'bogus', ''][i % 5],
      ].join(','),
    ).concat(['R9999999,C000001', '', 'R9999998,C000002,01/02/2023,Police,Alpha,nfa,extra']),
  );
  write(
    'assessments.csv',
    'assessment_id,child_id,referral_id,start_date,completion_date,worker_id,team,seen_date,seen_alone_date,outcome',
    Array.from({ length: n }, (_, i) =>
      [
        `A${pad(i, 7)}`,
        child(i * 7),
        `R${pad(i, 7)}`,
        date(),
        date(),
        i % 13 === 0 ? 'W99999' : `W${pad(i % 40, 5)}`,
        teams[i % teams.length],
        date(),
        date(),
        ['nfa', 'cin', 'cp', '"c,p"', ''][i % 5],
      ].join(','),
    ),
  );
  write(
    'section47.csv',
    's47_id,child_id,strategy_date,icpc_date,outcome,team',
    Array.from({ length: n / 3 }, (_, i) =>
      [`S${pad(i, 7)}`, child(i * 3), date(), date(), ['icpc', 'nfa', 'ICPC', ''][i % 4], teams[i % teams.length]].join(
        ',',
      ),
    ),
  );
  write(
    'plans.csv',
    'plan_id,child_id,plan_type,start_date,end_date,end_reason,category,team',
    Array.from({ length: n }, (_, i) =>
      [
        `P${pad(i, 7)}`,
        child(i * 5),
        ['CIN', 'CP', 'cp', 'CLA', 'xx'][i % 5],
        date(),
        date(),
        ['', 'step_down', 'closed', 'Step down'][i % 4],
        ['', 'neglect', 'Emotional', 'N1'][i % 4],
        teams[i % teams.length],
      ].join(','),
    ),
  );
  write(
    'allocations.csv',
    'child_id,worker_id,start_date,end_date',
    Array.from({ length: n }, (_, i) => [child(i), `W${pad(i % 40, 5)}`, date(), date()].join(',')),
  );
  return dir;
}

describe('a table read from cell bounds', () => {
  it('is the table read as rows, with the same issues in the same order', async () => {
    const dir = messyExport();
    const tables: TableName[] = ['workers', 'referrals', 'assessments', 'section47', 'plans', 'allocations'];
    const rows = await loadFolder(dir, { tables });
    const cols = await loadFolder(dir, { tables, columns: tables });
    expect(cols.dq.issueGroups()).toEqual(rows.dq.issueGroups());
    expect(cols.dq.tableList()).toEqual(rows.dq.tableList());
    // Issues of several kinds were logged, so the comparison above is not of empty logs.
    expect(rows.dq.issueGroups().length).toBeGreaterThan(8);
    for (const t of tables) {
      expect(heldColumns(cols, t), t).toBeDefined();
      expect(cols.tables[t], t).toEqual(rows.tables[t]);
    }
  });
});
