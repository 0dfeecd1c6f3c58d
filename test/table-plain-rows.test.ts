/**
 * Rows handed over as cells and built without the per-cell parsers when every cell is plain
 * (TableBuilder.addPlainRow, src/load/plainCells.ts; the SSDA903's rows, issue 18): the same rows,
 * columns and order, and the same data-quality issues as building every row with addRow, for
 * plain cells and for each odd cell (a blank, white space, a no-break space, a bad, implausible
 * or two-digit-year date, an unknown code); and DD/MM/YYYY read to the day parseDate gives.
 */
import { describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/model/issues.js';
import type { TableName } from '../src/model/tables.js';
import { TableBuilder } from '../src/load/tableBuilder.js';
import { dmyDay, parseDate } from '../src/load/values.js';
import { PLAN_LABELS } from '../src/load/returns/ssda903Periods.js';
import { dayFromYmd } from '../src/model/day.js';

/** The 903's tables as the returns loader hands them to assemble.ts: labels, cells in that order. */
const TABLES: { table: TableName; labels: Readonly<Record<string, string>>; plain: string[] }[] = [
  {
    table: 'children',
    labels: { child_id: 'CHILD', date_of_birth: 'DOB', gender: 'SEX', ethnicity: 'ETHNIC' },
    plain: ['C000045', '30/05/2008', '2', 'WBRI'],
  },
  {
    table: 'plans',
    labels: PLAN_LABELS,
    plain: ['CLA-C000045-2023-06-05', 'C000045', 'cla', '05/06/2023', '02/11/2023'],
  },
  {
    table: 'reviews',
    labels: { plan_id: 'plan_id (derived)', review_date: 'REVIEW' },
    plain: ['CLA-C000045-2023-06-05', '26/06/2023'],
  },
  {
    table: 'allocations',
    labels: { child_id: 'CHILD', worker_id: 'SW_ID', start_date: 'SW_DECOM', end_date: 'SW_DEC' },
    plain: ['C000045', 'SW0000000016', '18/04/2023', '05/06/2023'],
  },
];

const ODD = [
  '',
  ' ',
  'null',
  'N/A',
  '-',
  ' C1',
  'C1 ',
  'C\u00a01',
  'C000045\u00a0',
  '30/02/2023',
  '31/12/1850',
  '01/01/2101',
  '05/06/23',
  '5/6/2023',
  '05-06-2023',
  '05/06/2023 10:00',
  ' 05/06/2023',
  '2023-06-05',
  '2023-06-05T10:00:00Z',
  '5 June 2023',
  'cla',
  'cp',
  'CLA',
  'x',
  'WBRI',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
];

function builder(
  table: TableName,
  labels: Readonly<Record<string, string>>,
  values?: Record<string, Record<string, string>>,
) {
  const dq = new DataQualityLog();
  const cols = Object.keys(labels);
  const b = new TableBuilder(table, 'ssda903_2024_x.csv', dq, { columns: labels, ...(values ? { values } : {}) });
  b.setHeader(
    cols.map((c) => labels[c]!),
    1,
    cols.map((_, i) => i + 1),
  );
  return { b, dq };
}

/** Each of `cells` with one cell replaced by each of `odd`, and the plain row itself. */
function variants(cells: string[], odd: readonly string[]): string[][] {
  const out = [cells];
  for (let i = 0; i < cells.length; i++) for (const v of odd) out.push(cells.map((c, j) => (j === i ? v : c)));
  return out;
}

const logOf = (dq: DataQualityLog) =>
  JSON.stringify({ groups: dq.issueGroups(), rows: dq.rowsWithIssues('plans'), tables: dq.tableList() });

describe('rows built from plain cells (TableBuilder.addPlainRow)', () => {
  for (const { table, labels, plain } of TABLES)
    it(`${table}: the same rows and issues as addRow for every row, plain or not`, () => {
      const rows = variants(plain, ODD);
      const slow = builder(table, labels);
      const fast = builder(table, labels);
      let answered = 0;
      for (const [k, cells] of rows.entries()) {
        slow.b.addRow(cells, k + 2);
        const before = logOf(fast.dq);
        if (fast.b.addPlainRow(cells, k + 2)) {
          answered++;
          // Nothing logged, as addRow logged nothing for these cells.
          expect(logOf(fast.dq), JSON.stringify(cells)).toBe(before);
        } else fast.b.addRow(cells, k + 2);
        expect(fast.b.rows.length).toBe(k + 1);
      }
      expect(JSON.stringify(fast.b.rows)).toBe(JSON.stringify(slow.b.rows));
      expect(logOf(fast.dq)).toBe(logOf(slow.dq));
      expect(answered).toBeGreaterThan(plain.length);
      expect(answered).toBeLessThan(rows.length);
      expect(slow.dq.issueGroups().length).toBeGreaterThan(2);
    });

  it('declines cells the column reads otherwise or logs for, and every row under a value map', () => {
    const { table, labels, plain } = TABLES[3]!;
    const { b } = builder(table, labels);
    const row = (i: number, v: string) =>
      b.addPlainRow(
        plain.map((c, j) => (j === i ? v : c)),
        2,
      );
    expect(row(0, '')).toBe(false); // a required id left blank
    expect(row(0, ' C000045')).toBe(false); // white space to trim
    expect(row(1, 'SW\u00a0001')).toBe(false); // a no-break space
    expect(row(2, '30/02/2023')).toBe(false); // no such day
    expect(row(2, '05/06/23')).toBe(false); // a two-digit year
    expect(row(2, '31/12/1850')).toBe(false); // not a plausible year
    expect(row(3, '')).toBe(true); // a blank end date is only a blank
    expect(row(3, '2023-06-05')).toBe(true);
    expect(b.addPlainRow(plain.slice(1), 2)).toBe(false); // a ragged row
    const mapped = builder(table, labels, { worker_id: { SW0000000016: 'W1' } });
    expect(mapped.b.addPlainRow(plain, 2)).toBe(false);
  });
});

describe('DD/MM/YYYY read from its characters (dmyDay)', () => {
  it("gives parseDate's day for a real date in the plausible years, and nothing for anything else", () => {
    expect(dmyDay('30/05/2008')).toBe(dayFromYmd(2008, 5, 30));
    expect(dmyDay('01/01/1970')).toBe(0);
    let days = 0;
    for (const d of ['00', '01', '09', '28', '29', '30', '31', '32', '1a', ' 1'])
      for (const m of ['00', '01', '02', '04', '12', '13'])
        for (const y of ['1909', '1910', '1969', '2000', '2023', '2024', '2100', '2101', '20x4'])
          for (const sep of ['/', '-', '.']) {
            const raw = `${d}${sep}${m}${sep}${y}`;
            const fast = dmyDay(raw);
            if (fast === undefined) continue;
            days++;
            expect(sep, raw).toBe('/');
            expect(fast, raw).toBe(parseDate(raw));
          }
    expect(days).toBeGreaterThan(50);
    for (const raw of ['2023-06-05', '5/6/2023', '05/06/23', '05/06/2023 ', '05/06/2023T', '29/02/2023'])
      expect(dmyDay(raw), raw).toBeUndefined();
  });
});
