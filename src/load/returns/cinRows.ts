/**
 * A CIN census record's typed row made straight from its cells, without the TableBuilder's work
 * per cell (a bound column, a parser closure, a pool look-up, a copy of every id of 13 characters
 * or more), when every cell is plain: a value the TableBuilder would read as itself and log
 * nothing for. Anything else (a blank in a required column, white space to trim, a no-break space,
 * a date not spelt YYYY-MM-DD in the plausible years, a code or flag that does not parse) gives
 * null, and the TableBuilder builds that row as before and words its issues. So the rows are
 * the same values either way (test/returns-cin-rows.test.ts).
 *
 * The row is made by the table's own literal (BUILD_ROW), read through one reused array of values,
 * so it has the same columns, in the same order, as every other row of its table.
 */
import { type ColumnSpec, TABLE_SPECS } from '../../model/schema.js';
import type { TableRows } from '../../model/tables.js';
import { BUILD_ROW, cellReader } from '../newRow.js';
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
  const build = BUILD_ROW[table];
  const reader = cellReader((slot) => values[slot]);
  return (raw, line) => {
    for (let s = 0; s < at.length; s++) {
      const i = at[s]!;
      if (i === -1) continue;
      const v = cells[s]!(raw[i]!);
      if (v === SLOW) return null;
      values[s] = v;
    }
    return build(reader, line);
  };
}
