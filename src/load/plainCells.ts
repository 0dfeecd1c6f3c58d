/**
 * A cell's typed value when it is plain: a value the TableBuilder's own parser for the column
 * (tableBuilder.ts' parserFor) would read as the same value and log nothing for. Anything else
 * gives SLOW, and the row is built by the TableBuilder, which words its issues. Readers that
 * make many rows from cells in a known order use it to skip the builder's work per cell (a bound
 * column, a parser closure, a pool look-up): the CIN census (returns/cinRows.ts) and the rows
 * handed over as cells (TableBuilder.addPlainRow: the SSDA903's).
 */
import type { ColumnSpec } from '../model/schema.js';
import { type CellReader, cellReader } from './newRow.js';
import { cleanText, detached, dmyDay, isValueError, isoDay, makeCodeParser, parseCount, parseFlag } from './values.js';

/** A cell the TableBuilder must read (it may log something, or give another value). */
export const SLOW: unique symbol = Symbol('slow');
export type PlainCell = (raw: string) => unknown;

/** Most distinct short values (codes, flags) each column remembers. */
const MEMO_LIMIT = 1_000;

/**
 * Longer than every blank token ('null', '#n/a', …), visible ASCII at both ends and no no-break
 * space: cleanText gives it back unchanged (isBlank's own fast test, then nothing to trim).
 */
export function plain(raw: string): boolean {
  const n = raw.length;
  if (n <= 4) return false;
  const a = raw.charCodeAt(0),
    z = raw.charCodeAt(n - 1);
  return a > 32 && a < 127 && z > 32 && z < 127 && raw.indexOf('\u00a0') === -1;
}

/** A column read by `parse` (the TableBuilder's own parser for the kind), its answers remembered. */
function memoised(parse: (raw: string) => unknown, required: boolean): PlainCell {
  const seen = new Map<string, unknown>();
  return (raw) => {
    let v = seen.get(raw);
    if (v === undefined) {
      const p = parse(raw);
      v = p === null ? (required ? SLOW : null) : isValueError(p) ? SLOW : p;
      // A copy as the key: a cell of 13 characters or more may be a slice of a whole chunk.
      if (seen.size < MEMO_LIMIT) seen.set(detached(raw), v);
    }
    return v;
  };
}

/**
 * The reader of a column's plain cells. `detach`: a kept text of 13 characters or more is copied
 * (a CSV's cells are slices of its chunks, which a kept slice would hold alive), as the
 * TableBuilder's parsers do; the census's cells are strings of their own.
 */
export function plainCell(spec: ColumnSpec, detach: boolean): PlainCell {
  const required = spec.required === true;
  switch (spec.kind.type) {
    case 'id':
    case 'text': {
      // Short values (codes, a one-letter id) are looked up in cleanText's answers.
      const short = memoised((raw) => {
        const t = cleanText(raw);
        return t === null || t === raw ? t : { error: 'trimmed' };
      }, required);
      return detach ? (raw) => (plain(raw) ? detached(raw) : short(raw)) : (raw) => (plain(raw) ? raw : short(raw));
    }
    case 'date':
      // What the TableBuilder's date parser answers first (memoisedDate: isoDay, then parseDate,
      // whose answer for DD/MM/YYYY dmyDay gives); a blank is null in a column that is not required.
      return (raw) => (raw === '' ? (required ? SLOW : null) : (isoDay(raw) ?? dmyDay(raw) ?? SLOW));
    case 'flag':
      return memoised(parseFlag, required);
    case 'count':
      return memoised(parseCount, required);
    case 'code':
      return memoised(makeCodeParser(spec.kind.values, spec.kind.synonyms), required);
    case 'fraction':
      // No reader that uses this has a fraction column: left to the TableBuilder.
      return () => SLOW;
  }
}

/** A bound column as PlainRow reads it: its spec and its cell's place in each row. */
export interface PlainSlot {
  spec: ColumnSpec;
  index: number;
}

/**
 * One row's values from its cells, by the slots of TABLE_SPECS (a TableBuilder's bound columns;
 * undefined for a column not in the file, read as null), when every cell is plain: read through
 * `reader` by the table's own row literal (newRow.ts' BUILD_ROW), as the TableBuilder's are.
 */
export class PlainRow {
  private readonly readers: (PlainCell | undefined)[];
  private readonly indexes: number[];
  private readonly values: unknown[];
  readonly reader: CellReader;

  constructor(slots: readonly (PlainSlot | undefined)[]) {
    this.readers = slots.map((b) => (b ? plainCell(b.spec, true) : undefined));
    this.indexes = slots.map((b) => (b ? b.index : -1));
    this.values = slots.map(() => null);
    const values = this.values;
    this.reader = cellReader((slot) => values[slot]);
  }

  /** Whether every cell of `cells` (as long as the header) is plain; their values then in `reader`. */
  read(cells: readonly string[]): boolean {
    const readers = this.readers;
    const values = this.values;
    for (let i = 0; i < readers.length; i++) {
      const read = readers[i];
      if (read === undefined) continue;
      const v = read(cells[this.indexes[i]!]!);
      if (v === SLOW) return false;
      values[i] = v;
    }
    return true;
  }
}
