/**
 * A CIN census record's typed row made straight from its cells, without the TableBuilder's work
 * per cell (a bound column, a parser closure, a pool look-up, a copy of every id of 13 characters
 * or more), when every cell is plain: a value the TableBuilder would read as itself and log
 * nothing for. Anything else (a blank in a required column, white space to trim, a no-break space,
 * a date not spelt YYYY-MM-DD in the plausible years, a code or flag that does not parse) gives
 * null, and the TableBuilder builds that row as before and words its issues. So the rows are
 * the same values either way (test/returns-cin-rows.test.ts).
 *
 * The row is made by a literal of its own (CIN_ROW) from one reused array of values: the same
 * columns, in the same order, as the loader's own (newRow.ts' BUILD_ROW, which the test compares
 * it with), but no call through a cell reader per column. BUILD_ROW's calls are shared with every
 * TableBuilder's reader (the 903's, the canonical CSVs'), so V8 could not inline them for either.
 */
import { type ColumnSpec, TABLE_SPECS } from '../../model/schema.js';
import type { TableRows } from '../../model/tables.js';
import { plainCell, SLOW } from '../plainCells.js';
import { CIN_LABELS } from './cinCensusSchema.js';
import type { CinTableName } from './cinRecords.js';
import { NO_DAY } from './types.js';

type Cell = (raw: string) => unknown;

/** A census column's reader of plain cells (../plainCells.ts): its cells are strings of their own. */
const cellOf = (spec: ColumnSpec): Cell => plainCell(spec, false);

/** Each census cell's reader, in the order of CIN_LABELS (cinCensusSchema.ts). */
type Readers = readonly Cell[];
/** A census table's row from its cells, or null when a cell is not plain (SLOW). */
type RowOf<T extends CinTableName> = (
  r: Readers,
  c: readonly string[],
  line: number,
  d: readonly number[],
  made: boolean,
  child: boolean,
) => TableRows[T] | null;

/**
 * Each census table's row from its cells, column for column as BUILD_ROW (newRow.ts) writes it,
 * each cell read at a call of its own: one reader per call (V8 inlines it), no list of values
 * written and read back, no look-up of the cell a column comes from. Cells are read in column
 * order and the first that is not plain gives null (the TableBuilder then builds the row). `as
 * never`: each value is its column's kind already (cellOf), which the test of this module checks
 * against the TableBuilder's row, columns and order included.
 */
const CIN_ROW: { readonly [T in CinTableName]: RowOf<T> } = {
  children: (r, c, line, d, _made, child) => {
    const childId = child ? c[0]! : r[0]!(c[0]!);
    if (childId === SLOW) return null;
    const dateOfBirth = d[1] !== NO_DAY ? d[1] : r[1]!(c[1]!);
    if (dateOfBirth === SLOW) return null;
    const gender = r[2]!(c[2]!);
    if (gender === SLOW) return null;
    const ethnicity = r[3]!(c[3]!);
    if (ethnicity === SLOW) return null;
    const disability = r[4]!(c[4]!);
    if (disability === SLOW) return null;
    return {
      line,
      childId: childId as never,
      dateOfBirth: dateOfBirth as never,
      gender: gender as never,
      ethnicity: ethnicity as never,
      disability: disability as never,
      uasc: null,
    };
  },
  referrals: (r, c, line, d, made, child) => {
    const referralId = made ? c[0]! : r[0]!(c[0]!);
    if (referralId === SLOW) return null;
    const childId = child ? c[1]! : r[1]!(c[1]!);
    if (childId === SLOW) return null;
    const referralDate = d[2] !== NO_DAY ? d[2] : r[2]!(c[2]!);
    if (referralDate === SLOW) return null;
    const source = r[3]!(c[3]!);
    if (source === SLOW) return null;
    const outcome = r[4]!(c[4]!);
    if (outcome === SLOW) return null;
    return {
      line,
      referralId: referralId as never,
      childId: childId as never,
      referralDate: referralDate as never,
      source: source as never,
      team: null,
      outcome: outcome as never,
      referralsLast12Months: null,
    };
  },
  assessments: (r, c, line, d, made, child) => {
    const assessmentId = made ? c[0]! : r[0]!(c[0]!);
    if (assessmentId === SLOW) return null;
    const childId = child ? c[1]! : r[1]!(c[1]!);
    if (childId === SLOW) return null;
    const referralId = r[2]!(c[2]!);
    if (referralId === SLOW) return null;
    const startDate = d[3] !== NO_DAY ? d[3] : r[3]!(c[3]!);
    if (startDate === SLOW) return null;
    const completionDate = d[4] !== NO_DAY ? d[4] : r[4]!(c[4]!);
    if (completionDate === SLOW) return null;
    return {
      line,
      assessmentId: assessmentId as never,
      childId: childId as never,
      referralId: referralId as never,
      startDate: startDate as never,
      completionDate: completionDate as never,
      workerId: null,
      team: null,
      seenDate: null,
      seenAloneDate: null,
      outcome: null,
    };
  },
  section47: (r, c, line, d, made, child) => {
    const s47Id = made ? c[0]! : r[0]!(c[0]!);
    if (s47Id === SLOW) return null;
    const childId = child ? c[1]! : r[1]!(c[1]!);
    if (childId === SLOW) return null;
    const strategyDate = d[2] !== NO_DAY ? d[2] : r[2]!(c[2]!);
    if (strategyDate === SLOW) return null;
    const icpcDate = d[3] !== NO_DAY ? d[3] : r[3]!(c[3]!);
    if (icpcDate === SLOW) return null;
    const outcome = r[4]!(c[4]!);
    if (outcome === SLOW) return null;
    return {
      line,
      s47Id: s47Id as never,
      childId: childId as never,
      strategyDate: strategyDate as never,
      icpcDate: icpcDate as never,
      outcome: outcome as never,
      team: null,
    };
  },
  plans: (r, c, line, d, made, child) => {
    const planId = made ? c[0]! : r[0]!(c[0]!);
    if (planId === SLOW) return null;
    const childId = child ? c[1]! : r[1]!(c[1]!);
    if (childId === SLOW) return null;
    const planType = r[2]!(c[2]!);
    if (planType === SLOW) return null;
    const startDate = d[3] !== NO_DAY ? d[3] : r[3]!(c[3]!);
    if (startDate === SLOW) return null;
    const endDate = d[4] !== NO_DAY ? d[4] : r[4]!(c[4]!);
    if (endDate === SLOW) return null;
    const category = r[5]!(c[5]!);
    if (category === SLOW) return null;
    return {
      line,
      planId: planId as never,
      childId: childId as never,
      planType: planType as never,
      startDate: startDate as never,
      endDate: endDate as never,
      endReason: null,
      category: category as never,
      team: null,
      previousCpPlans: null,
    };
  },
  reviews: (r, c, line, _d, made) => {
    const planId = made ? c[0]! : r[0]!(c[0]!);
    if (planId === SLOW) return null;
    const reviewDate = r[1]!(c[1]!);
    if (reviewDate === SLOW) return null;
    return { line, planId: planId as never, reviewDate: reviewDate as never };
  },
};

/**
 * `days`: each cell's day when the census scanner knew it (a date it shares: cinScanTexts.ts),
 * else NO_DAY, and the cell is read as ever; the same day the date reader would give.
 * `made`: the record's own id (its first cell; a review's plan id) is one the census made from a
 * child id with no no-break space, so it is plain (ids.ts: it starts with its kind's letters and
 * ends in a digit, all ASCII but the child id) and is its own value. `child`: the child id cell
 * (the first of a child's, the second of the others') is plain (plainCells.ts' plain()). Both
 * known once per child (cinRecords.ts), not found again at every record: the reader's search of
 * each made id for a no-break space also made V8 join the id's two parts into a new string.
 */
export type CinRowMaker<T extends CinTableName> = (
  cells: readonly string[],
  line: number,
  days?: readonly number[],
  made?: boolean,
  child?: boolean,
) => TableRows[T] | null;

/** No day known for any cell. */
const NO_DAYS: readonly number[] = [NO_DAY, NO_DAY, NO_DAY, NO_DAY, NO_DAY, NO_DAY];

/**
 * Makes `table`'s rows from cells in the order of CIN_LABELS (cinCensusSchema.ts); null for a row
 * the TableBuilder must build. None when a config value map applies to the table (`mapped`):
 * those rows are always the TableBuilder's.
 */
export function cinRowMaker<T extends CinTableName>(table: T, mapped: boolean): CinRowMaker<T> | null {
  if (mapped) return null;
  const specs = TABLE_SPECS[table].columns as readonly ColumnSpec[];
  // Each census cell's reader, by the column of that name (CIN_ROW reads them in column order,
  // which is the census cells' order: the test checks each row against the TableBuilder's).
  const readers = Object.keys(CIN_LABELS[table]).map((name) => cellOf(specs.find((s) => s.name === name)!));
  const build = CIN_ROW[table] as RowOf<T>;
  return (cells, line, days = NO_DAYS, made = false, child = false) => build(readers, cells, line, days, made, child);
}
