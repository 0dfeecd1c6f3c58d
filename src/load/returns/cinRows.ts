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
import { cleanText, isValueError, isoDay, makeCodeParser, parseCount, parseFlag } from '../values.js';
import { CIN_LABELS } from './cinCensusSchema.js';
import type { CinTableName } from './cinRecords.js';

/** A cell the TableBuilder must read (it may log something, or give another value). */
const SLOW: unique symbol = Symbol('slow');
type Cell = (raw: string) => unknown;

/** Most distinct short values (codes, flags) each column remembers. */
const MEMO_LIMIT = 1_000;

/**
 * Longer than every blank token ('null', '#n/a', …), visible ASCII at both ends and no no-break
 * space: cleanText gives it back unchanged (isBlank's own fast test, then nothing to trim).
 */
function plain(raw: string): boolean {
  const n = raw.length;
  if (n <= 4) return false;
  const a = raw.charCodeAt(0),
    z = raw.charCodeAt(n - 1);
  return a > 32 && a < 127 && z > 32 && z < 127 && raw.indexOf('\u00a0') === -1;
}

/** A column read by `parse` (the TableBuilder's own parser for the kind), its answers remembered. */
function memoised(parse: (raw: string) => unknown, required: boolean): Cell {
  const seen = new Map<string, unknown>();
  return (raw) => {
    let v = seen.get(raw);
    if (v === undefined) {
      const p = parse(raw);
      v = p === null ? (required ? SLOW : null) : isValueError(p) ? SLOW : p;
      if (seen.size < MEMO_LIMIT) seen.set(raw, v);
    }
    return v;
  };
}

function cellOf(spec: ColumnSpec): Cell {
  const required = spec.required === true;
  switch (spec.kind.type) {
    case 'id':
    case 'text': {
      // Short values (codes, a one-letter id) are looked up in cleanText's answers.
      const short = memoised((raw) => {
        const t = cleanText(raw);
        return t === null || t === raw ? t : { error: 'trimmed' };
      }, required);
      return (raw) => (plain(raw) ? raw : short(raw));
    }
    case 'date':
      // What the TableBuilder's date parser answers first (memoisedDate: isoDay); a blank is
      // null in a column that is not required.
      return (raw) => (raw === '' ? (required ? SLOW : null) : (isoDay(raw) ?? SLOW));
    case 'flag':
      return memoised(parseFlag, required);
    case 'count':
      return memoised(parseCount, required);
    case 'code':
      return memoised(makeCodeParser(spec.kind.values, spec.kind.synonyms), required);
    case 'fraction':
      // No census column is a fraction: left to the TableBuilder.
      return () => SLOW;
  }
}

/** A census row's values, by its table's slot in TABLE_SPECS (null where the census has none). */
type Values = readonly unknown[];

/**
 * Each census table's row from its values, column for column as BUILD_ROW (newRow.ts) writes it;
 * `as never`: each value is its column's kind already (cellOf), which the test of this module checks
 * against the TableBuilder's row, columns and order included.
 */
const CIN_ROW: { readonly [T in CinTableName]: (v: Values, line: number) => TableRows[T] } = {
  children: (v, line) => ({
    line,
    childId: v[0] as never,
    dateOfBirth: v[1] as never,
    gender: v[2] as never,
    ethnicity: v[3] as never,
    disability: v[4] as never,
    uasc: v[5] as never,
  }),
  referrals: (v, line) => ({
    line,
    referralId: v[0] as never,
    childId: v[1] as never,
    referralDate: v[2] as never,
    source: v[3] as never,
    team: v[4] as never,
    outcome: v[5] as never,
    referralsLast12Months: v[6] as never,
  }),
  assessments: (v, line) => ({
    line,
    assessmentId: v[0] as never,
    childId: v[1] as never,
    referralId: v[2] as never,
    startDate: v[3] as never,
    completionDate: v[4] as never,
    workerId: v[5] as never,
    team: v[6] as never,
    seenDate: v[7] as never,
    seenAloneDate: v[8] as never,
    outcome: v[9] as never,
  }),
  section47: (v, line) => ({
    line,
    s47Id: v[0] as never,
    childId: v[1] as never,
    strategyDate: v[2] as never,
    icpcDate: v[3] as never,
    outcome: v[4] as never,
    team: v[5] as never,
  }),
  plans: (v, line) => ({
    line,
    planId: v[0] as never,
    childId: v[1] as never,
    planType: v[2] as never,
    startDate: v[3] as never,
    endDate: v[4] as never,
    endReason: v[5] as never,
    category: v[6] as never,
    team: v[7] as never,
    previousCpPlans: v[8] as never,
  }),
  reviews: (v, line) => ({ line, planId: v[0] as never, reviewDate: v[1] as never }),
};

export type CinRowMaker<T extends CinTableName> = (cells: readonly string[], line: number) => TableRows[T] | null;

/**
 * Makes `table`'s rows from cells in the order of CIN_LABELS (cinCensusSchema.ts); null for a row
 * the TableBuilder must build. None when a config value map applies to the table (`mapped`):
 * those rows are always the TableBuilder's.
 */
export function cinRowMaker<T extends CinTableName>(table: T, mapped: boolean): CinRowMaker<T> | null {
  if (mapped) return null;
  const specs = TABLE_SPECS[table].columns as readonly ColumnSpec[];
  const names = Object.keys(CIN_LABELS[table]);
  // For each slot of the table (TABLE_SPECS order): the cell it is read from (-1: not in the census).
  const at = specs.map((s) => names.indexOf(s.name));
  const cells = specs.map(cellOf);
  const values: unknown[] = specs.map(() => null);
  const build = CIN_ROW[table] as (v: Values, line: number) => TableRows[T];
  return (raw, line) => {
    for (let s = 0; s < at.length; s++) {
      const i = at[s]!;
      if (i === -1) continue;
      const v = cells[s]!(raw[i]!);
      if (v === SLOW) return null;
      values[s] = v;
    }
    return build(values, line);
  };
}
