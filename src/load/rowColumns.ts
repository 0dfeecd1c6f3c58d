/**
 * Typed rows of one table as flat columns, so a worker thread that read a table can hand it to
 * the main thread as a few typed arrays and one string per text column, instead of a structured
 * clone of every row object (which costs the receiving thread far more than it saves).
 * decodeRows(encodeRows(rows)) gives rows equal to the originals, key order included.
 */
import { TABLE_SPECS } from '../model/schema.js';
import { BUILD_ROW, type CellReader, cellReader } from './newRow.js';
import type { TableName, TableRows } from '../model/tables.js';

type NumColumn = { kind: 'num'; values: Float64Array };
type BoolColumn = { kind: 'bool'; values: Int8Array };
/**
 * A string column: `text` cut at `ends` gives its entries. With `codes`, the entries are the
 * column's distinct values and row i holds entry codes[i] (-1 for null): ids and codes repeat
 * (a child's id, a team, an outcome), so the receiver makes one string per value, not per row, and
 * the sender one Map look-up per cell instead of a join of every cell. Without `codes` (a column
 * whose values mostly differ: a row's own id, free text), the entries are the rows' values, null
 * where `nulls` says.
 */
type StrColumn = { kind: 'str'; text: string; ends: Int32Array; codes: Int32Array | null; nulls: Uint8Array };
export type EncodedColumn = NumColumn | BoolColumn | StrColumn;

export interface EncodedRows {
  table: TableName;
  count: number;
  lines: Int32Array;
  columns: Record<string, EncodedColumn>;
}

function columnKind(type: string): EncodedColumn['kind'] {
  if (type === 'date' || type === 'fraction' || type === 'count') return 'num';
  if (type === 'flag') return 'bool';
  return 'str';
}

/**
 * `omit`: columns left out (decodeRows gives null there), for a text column the sender keeps to
 * itself: it is then never joined, cloned or held by the receiver (src/engine/prepare.ts).
 */
export function encodeRows<T extends TableName>(
  table: T,
  rows: readonly TableRows[T][],
  omit: readonly string[] = [],
): EncodedRows {
  const n = rows.length;
  const lines = new Int32Array(n);
  for (let i = 0; i < n; i++) lines[i] = rows[i]!.line;
  const columns: Record<string, EncodedColumn> = {};
  for (const spec of TABLE_SPECS[table].columns) {
    const key = spec.key;
    if (omit.includes(key)) continue;
    const get = (i: number) => (rows[i] as unknown as Record<string, unknown>)[key];
    const kind = columnKind(spec.kind.type);
    if (kind === 'num') {
      const values = new Float64Array(n);
      // NaN stands for null: no parser ever yields NaN.
      for (let i = 0; i < n; i++) {
        const v = get(i);
        values[i] = v === null ? NaN : (v as number);
      }
      columns[key] = { kind, values };
    } else if (kind === 'bool') {
      const values = new Int8Array(n);
      for (let i = 0; i < n; i++) {
        const v = get(i);
        values[i] = v === null ? -1 : v ? 1 : 0;
      }
      columns[key] = { kind, values };
    } else {
      columns[key] = encodeStrings(n, get);
    }
  }
  return { table, count: n, lines, columns };
}

/** Rows sampled before a column is judged to repeat (dictionary) or not (joined text). */
const SAMPLE = 2048;

/**
 * Text made by `+=` as the cells are met, not an array of them joined at the end: at 1.1M rows the
 * supervisions' own ids (164,876, all distinct) took 55-70 ms pushed and joined, 10 ms concatenated
 * and flattened (the worker's path to its first part, issue 24). The same text either way.
 */
function encodeStrings(n: number, get: (i: number) => unknown): StrColumn {
  const dict = new Map<string, number>();
  const entryEnds: number[] = [];
  let entries = '';
  const codes = new Int32Array(n);
  let i = 0;
  // The last value and its code: a table's rows come in runs of one child's, one worker's.
  let last: string | null = null,
    lastCode = -1;
  for (; i < n; i++) {
    const v = get(i) as string | null;
    if (v === null) codes[i] = -1;
    else if (v === last) codes[i] = lastCode;
    else {
      let c = dict.get(v);
      if (c === undefined) {
        dict.set(v, (c = entryEnds.length));
        entries += v;
        entryEnds.push(entries.length);
      }
      codes[i] = lastCode = c;
      last = v;
    }
    // Mostly distinct after the sample: a dictionary would only add a look-up per cell.
    if (i === SAMPLE && entryEnds.length * 2 > SAMPLE) break;
  }
  if (i === n) return { kind: 'str', text: entries, ends: Int32Array.from(entryEnds), codes, nulls: new Uint8Array(0) };
  const nulls = new Uint8Array(n);
  const ends = new Int32Array(n);
  let text = '';
  for (let r = 0; r < n; r++) {
    const v = get(r) as string | null;
    if (v === null) nulls[r] = 1;
    else text += v;
    ends[r] = text.length;
  }
  return { kind: 'str', text, ends, codes: null, nulls };
}

/** The entries of a dictionary column, one string each. */
function entriesOf(col: StrColumn): string[] {
  const out: string[] = new Array(col.ends.length);
  for (let e = 0, from = 0; e < col.ends.length; e++) out[e] = col.text.slice(from, (from = col.ends[e]!));
  return out;
}

export function decodeRows<T extends TableName>(enc: EncodedRows): TableRows[T][] {
  // Each row is built by its table's own literal (BUILD_ROW), reading row `i` of each column.
  const columns = TABLE_SPECS[enc.table].columns.map((c) => enc.columns[c.key]);
  const dicts = columns.map((c) => (c?.kind === 'str' && c.codes ? entriesOf(c) : null));
  let i = 0;
  const read = (slot: number): unknown => {
    const col = columns[slot];
    if (col === undefined) return null;
    if (col.kind === 'num') {
      const v = col.values[i]!;
      return v === v ? v : null;
    }
    if (col.kind === 'bool') {
      const v = col.values[i]!;
      return v === -1 ? null : v === 1;
    }
    if (col.codes) {
      const c = col.codes[i]!;
      return c === -1 ? null : dicts[slot]![c]!;
    }
    return col.nulls[i] === 1 ? null : col.text.slice(i === 0 ? 0 : col.ends[i - 1]!, col.ends[i]!);
  };
  const reader = cellReader(read);
  const build = BUILD_ROW[enc.table] as (r: CellReader, line: number) => TableRows[T];
  const rows: TableRows[T][] = new Array(enc.count);
  for (i = 0; i < enc.count; i++) rows[i] = build(reader, enc.lines[i]!);
  return rows;
}

/** Buffers of the typed arrays in an encoding, to transfer rather than copy. */
export function encodedBuffers(enc: EncodedRows): ArrayBuffer[] {
  const out: ArrayBuffer[] = [enc.lines.buffer as ArrayBuffer];
  for (const c of Object.values(enc.columns)) {
    if (c.kind === 'str') {
      out.push(c.ends.buffer as ArrayBuffer, c.nulls.buffer as ArrayBuffer);
      if (c.codes) out.push(c.codes.buffer as ArrayBuffer);
    } else out.push(c.values.buffer as ArrayBuffer);
  }
  return out;
}
