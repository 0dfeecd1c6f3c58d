/**
 * The census's plain rows made without the TableBuilder (src/load/returns/cinRows.ts) against the
 * TableBuilder's own rows for the same cells: the same columns in the same order with the same
 * values whenever the shortcut answers, and no answer (the TableBuilder then builds the row and
 * words its issues) for any cell it could read otherwise or log something for.
 */
import { describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/model/issues.js';
import { TableBuilder } from '../src/load/tableBuilder.js';
import { CIN_LABELS } from '../src/load/returns/cinCensusSchema.js';
import type { CinTableName } from '../src/load/returns/cinRecords.js';
import { cinRowMaker } from '../src/load/returns/cinRows.js';
import { LeafTexts } from '../src/load/returns/cinScanTexts.js';
import { NO_DAY } from '../src/load/returns/types.js';
import { dayFromYmd } from '../src/model/day.js';

/** The TableBuilder as the census builds with it (cinBuild.ts' TableSink). */
function builder(table: CinTableName) {
  const dq = new DataQualityLog();
  const labels: Readonly<Record<string, string>> = CIN_LABELS[table];
  const cols = Object.keys(labels);
  const b = new TableBuilder(table, 'cin.xml', dq, { columns: labels });
  b.setHeader(
    cols.map((c) => labels[c]!),
    0,
    cols.map(() => 0),
  );
  return { b, dq };
}

const issues = (dq: DataQualityLog) => dq.issueGroups().reduce((s, g) => s + g.count, 0);

/** Each of `cells` with one cell replaced by each of `odd`, and the plain row itself. */
function variants(cells: string[], odd: readonly string[]): string[][] {
  const out = [cells];
  for (let i = 0; i < cells.length; i++) for (const v of odd) out.push(cells.map((c, j) => (j === i ? v : c)));
  return out;
}

const ODD = [
  '',
  ' ',
  'null',
  'N/A',
  '-',
  ' C1',
  'C1 ',
  'C\u00a01',
  '2024-02-30',
  '1850-01-01',
  '01/02/2024',
  '2024-01-01T10:00:00Z',
  ' 2024-01-01',
  'Y',
  'N',
  'yes',
  'maybe',
  'nfa',
  'NFA',
  'icpc',
  'cin',
  'cp',
  'CP',
  'x',
  'ABCD',
  'ABCDE',
  'C000001',
  'REF-C000001-2024-01-02~2',
];

const PLAIN: Record<CinTableName, string[]> = {
  children: ['C000001', '2015-05-01', 'Female', 'WBRI', 'N'],
  referrals: ['REF-C000001-2024-01-02', 'C000001', '2024-01-02', '3A', 'nfa'],
  assessments: ['ASM-C000001-2024-01-03', 'C000001', 'REF-C000001-2024-01-02', '2024-01-03', '2024-02-20'],
  section47: ['S47-C000001-2024-01-03', 'C000001', '2024-01-03', '2024-01-10', 'icpc'],
  plans: ['CP-C000001-2024-01-10', 'C000001', 'cp', '2024-01-10', '', 'NEG'],
  reviews: ['CP-C000001-2024-01-10', '2024-04-01'],
};

describe('census rows made without the TableBuilder', () => {
  for (const table of Object.keys(PLAIN) as CinTableName[]) {
    it(`${table}: the TableBuilder's row whenever it answers, and no answer where the TableBuilder logs`, () => {
      const make = cinRowMaker(table, false)!;
      let answered = 0,
        declined = 0;
      for (const [k, cells] of variants(PLAIN[table], ODD).entries()) {
        const { b, dq } = builder(table);
        b.addRow(cells, k + 1);
        const fast = make(cells, k + 1);
        if (fast === null) {
          declined++;
          continue;
        }
        answered++;
        // Same columns, same order, same values; and nothing the TableBuilder would have logged.
        expect(JSON.stringify(fast), JSON.stringify(cells)).toBe(JSON.stringify(b.rows[0]));
        expect(issues(dq), JSON.stringify(cells)).toBe(0);
      }
      expect(answered).toBeGreaterThan(1);
      expect(declined).toBeGreaterThan(1);
    });
  }

  it('declines the cells the TableBuilder reads otherwise or logs for', () => {
    const make = cinRowMaker('referrals', false)!;
    const row = (i: number, v: string) =>
      make(
        PLAIN.referrals.map((c, j) => (j === i ? v : c)),
        1,
      );
    expect(row(0, '')).toBeNull(); // a required id left blank
    expect(row(1, ' C000001')).toBeNull(); // white space to trim
    expect(row(1, 'C\u00a0000001')).toBeNull(); // a no-break space
    expect(row(2, '02/01/24')).toBeNull(); // a two-digit year
    expect(row(2, '31/12/1850')).toBeNull(); // not a plausible year
    expect(row(2, '2024-02-30')).toBeNull(); // no such day
    expect(row(4, 'maybe')).toBeNull(); // not an outcome
    expect(row(3, '')).not.toBeNull(); // a blank source is only a blank
    expect(cinRowMaker('referrals', true)).toBeNull(); // a config value map: always the TableBuilder
  });
});

describe("census dates' days, worked out once per distinct date by the scanner's shared texts", () => {
  /** The day the scanner hands on with a leaf's text (it asks only for ASCII, non-blank text). */
  const dayOf = (texts: LeafTexts, text: string) => {
    if (text === '' || /[^\x20-\x7e]/.test(text)) return NO_DAY;
    texts.at(Buffer.from(text, 'latin1'), 0, text.length);
    return texts.day;
  };

  it('knows the day of a real YYYY-MM-DD in the plausible years, read again from its slot, and no other', () => {
    const texts = new LeafTexts();
    for (let round = 0; round < 2; round++) {
      expect(dayOf(texts, '2024-01-02')).toBe(dayFromYmd(2024, 1, 2));
      expect(dayOf(texts, '1969-12-31')).toBe(-1); // a real day, though -1
      expect(dayOf(texts, '1910-01-01')).toBe(dayFromYmd(1910, 1, 1));
      for (const notADay of ['2024-02-30', '1909-12-31', '2101-01-01', '2024-13-01', '2024/01/02', '20240102', 'NEG'])
        expect(dayOf(texts, notADay), notADay).toBe(NO_DAY);
    }
  });

  for (const table of Object.keys(PLAIN) as CinTableName[])
    it(`${table}: the same row with the days as without them`, () => {
      const make = cinRowMaker(table, false)!;
      const texts = new LeafTexts();
      let known = 0;
      for (const [k, cells] of variants(PLAIN[table], ODD).entries()) {
        const days = cells.map((c) => dayOf(texts, c));
        known += days.filter((d) => d !== NO_DAY).length;
        expect(JSON.stringify(make(cells, k + 1, days)), JSON.stringify(cells)).toBe(
          JSON.stringify(make(cells, k + 1)),
        );
      }
      expect(known).toBeGreaterThan(0);
    });
});
