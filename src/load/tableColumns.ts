/**
 * A table held as typed columns instead of row objects (issue 24). Keeping ~63,000 allocation rows
 * as objects for the whole audit costs the collector more than building them: each survives two
 * scavenges and is copied each time. Dates and lines here are Int32Arrays (off the heap the
 * collector copies), ids and text one pointer each into a growing array of the loader's shared
 * strings. Readers that know the columns (caseloads, children to track, the as-at pass, the
 * relation checks, Rewind) read them; every other reader gets the table's rows, made from the
 * columns the first time `ex.tables[t]` is read, so nothing else had to change.
 *
 * The columns stay the truth once rows are made: a date blanked through `set` is blanked in the
 * made rows too, so column readers and row readers always see the same table.
 */
import type { Day } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import { TABLE_SPECS } from '../model/schema.js';
import type { TableName, TableRows } from '../model/tables.js';
import { BUILD_ROW, cellReader } from './newRow.js';
import { NO_ID, type NumberedStore, numberOf, spell } from './numberedIds.js';

/** A blank date in a date column (no real day is this far from 1970). */
export const NO_DAY = -0x80000000;

type Store =
  | { kind: 'day'; values: Int32Array }
  | { kind: 'num'; values: Float64Array }
  | { kind: 'flag'; values: Int8Array }
  | { kind: 'str'; values: (string | null)[] }
  | NumberedStore;

const FIRST_CAPACITY = 4096;
/**
 * Ids held as strings: children's and workers' ids repeat across rows and tables, are shared
 * through the load's IdPool and are read by the rules as keys (one hashed string each).
 */
const SHARED_IDS: ReadonlySet<string> = new Set(['childId', 'workerId']);

function storeFor(type: string, capacity: number, ownId: boolean): Store {
  if (ownId) return { kind: 'nid', values: new Int32Array(capacity), prefix: null, length: 0 };
  if (type === 'date') return { kind: 'day', values: new Int32Array(capacity) };
  if (type === 'fraction' || type === 'count') return { kind: 'num', values: new Float64Array(capacity) };
  if (type === 'flag') return { kind: 'flag', values: new Int8Array(capacity) };
  // Sized ahead (holes until filled): an array grown by appending is copied at every growth, and
  // each copy of a large one is a new large object for the collector.
  return { kind: 'str', values: new Array<string | null>(capacity) };
}

/** Where `add` reads a row's values: each column's value by slot (null when blank). */
export interface CellSource<C> {
  cellValue(slot: number, cells: C): unknown;
}

/** Kinds of column, as `add` tells them apart (one array of columns per kind). */
const DAY = 0,
  STR = 1,
  NUM = 2,
  FLAG = 3,
  NID = 4;

export class TableColumns<T extends TableName> {
  count = 0;
  lines: Int32Array;
  private readonly stores: Store[];
  private readonly slotOf = new Map<string, number>();
  private made: TableRows[T][] | null = null;
  /**
   * For `add`: each slot's kind and its place in that kind's list of columns. Each list holds one
   * type of array, so every store `add` makes is to an array of a type V8 already expects there
   * (one loop over the mixed `stores` spent most of the load's time dispatching: measured).
   */
  private readonly kindOf: Uint8Array;
  private readonly placeOf: Int32Array;
  private dayCols: Int32Array[] = [];
  private strCols: (string | null)[][] = [];
  private numCols: Float64Array[] = [];
  private flagCols: Int8Array[] = [];
  private nidCols: NumberedStore[] = [];

  constructor(
    readonly table: T,
    capacity = FIRST_CAPACITY,
  ) {
    const cap = Math.max(1, capacity);
    this.lines = new Int32Array(cap);
    this.stores = TABLE_SPECS[table].columns.map((c, slot) => {
      this.slotOf.set(c.key, slot);
      return storeFor(c.kind.type, cap, c.kind.type === 'id' && !SHARED_IDS.has(c.key));
    });
    this.kindOf = new Uint8Array(this.stores.length);
    this.placeOf = new Int32Array(this.stores.length);
    this.listByKind();
  }

  /** (Re)makes the lists of columns by kind from `stores` (after a growth replaced the arrays). */
  private listByKind(): void {
    this.dayCols = [];
    this.strCols = [];
    this.numCols = [];
    this.flagCols = [];
    this.nidCols = [];
    this.stores.forEach((s, slot) => {
      if (s.kind === 'day') {
        this.kindOf[slot] = DAY;
        this.placeOf[slot] = this.dayCols.push(s.values) - 1;
      } else if (s.kind === 'str') {
        this.kindOf[slot] = STR;
        this.placeOf[slot] = this.strCols.push(s.values) - 1;
      } else if (s.kind === 'num') {
        this.kindOf[slot] = NUM;
        this.placeOf[slot] = this.numCols.push(s.values) - 1;
      } else if (s.kind === 'nid') {
        this.kindOf[slot] = NID;
        this.placeOf[slot] = this.nidCols.push(s) - 1;
      } else {
        this.kindOf[slot] = FLAG;
        this.placeOf[slot] = this.flagCols.push(s.values) - 1;
      }
    });
  }

  /**
   * Appends a row: `source.cellValue(slot, cells)` gives each column's value (null when blank), in
   * slot order. An object's method, not a function: the loader passes its table builder, whose
   * method is one function for every table, so V8's optimised code for this loop (inlined into the
   * parser's) stays valid from one table to the next (issue 24; a closure per builder was a new
   * call target at each table, and threw that code away).
   */
  add<C>(line: number, source: CellSource<C>, cells?: C): void {
    const i = this.count;
    if (i === this.lines.length) this.grow();
    this.lines[i] = line;
    const kinds = this.kindOf,
      places = this.placeOf;
    for (let slot = 0; slot < kinds.length; slot++) {
      const v = source.cellValue(slot, cells as C);
      const kind = kinds[slot]!,
        at = places[slot]!;
      if (kind === DAY) this.dayCols[at]![i] = v === null ? NO_DAY : (v as number);
      else if (kind === STR) this.strCols[at]![i] = v as string | null;
      else if (kind === NUM) this.numCols[at]![i] = v === null ? NaN : (v as number);
      else if (kind === FLAG) this.flagCols[at]![i] = v === null ? -1 : v ? 1 : 0;
      else this.addId(slot, i, v as string | null);
    }
    this.count = i + 1;
  }

  /** Stores row i's own id in a numbered column, or turns the column into strings when it is spelt otherwise. */
  private addId(slot: number, i: number, v: string | null): void {
    const s = this.nidCols[this.placeOf[slot]!]!;
    const n = v === null ? NO_ID : numberOf(s, v);
    if (v === null || n >= 0) s.values[i] = n;
    else this.demote(slot)[i] = v;
  }

  /**
   * Turns a numbered column into a column of strings (an id spelt otherwise, or a reader asking for
   * the strings): each id held so far spelt as it was read. Returns the new column.
   */
  private demote(slot: number): (string | null)[] {
    const s = this.stores[slot]!;
    if (s.kind === 'str') return s.values;
    if (s.kind !== 'nid') throw new Error(`${this.table}: column ${slot} is not an id column`);
    const values = new Array<string | null>(s.values.length);
    // Only the rows added (a row being added is written by the caller); the rest stay holes.
    for (let i = 0; i < this.count; i++) values[i] = s.values[i] === NO_ID ? null : spell(s, s.values[i]!);
    this.stores[slot] = { kind: 'str', values };
    this.listByKind();
    return values;
  }

  /** Doubles every typed column (a copy of bytes the collector never scans). */
  private grow(): void {
    const cap = this.lines.length * 2;
    const widen = <A extends Int32Array | Float64Array | Int8Array>(a: A, make: (n: number) => A): A => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.lines = widen(this.lines, (n) => new Int32Array(n));
    for (const s of this.stores) {
      if (s.kind === 'day') s.values = widen(s.values, (n) => new Int32Array(n));
      else if (s.kind === 'num') s.values = widen(s.values, (n) => new Float64Array(n));
      else if (s.kind === 'flag') s.values = widen(s.values, (n) => new Int8Array(n));
      else if (s.kind === 'nid') s.values = widen(s.values, (n) => new Int32Array(n));
    }
    this.listByKind();
  }

  private store(key: string): Store {
    const slot = this.slotOf.get(key);
    if (slot === undefined) throw new Error(`${this.table} has no column ${key}`);
    return this.stores[slot]!;
  }

  /** A date column: NO_DAY where blank. Read-only for callers (write through `set`). */
  days(key: string): Int32Array {
    const s = this.store(key);
    if (s.kind !== 'day') throw new Error(`${this.table}.${key} is not a date column`);
    return s.values;
  }

  /**
   * An id, text or code column. Read-only for callers. A table's own ids (held as numbers) are
   * spelt into strings for good by this: read them with `text`, which spells only the ids read.
   */
  strings(key: string): readonly (string | null)[] {
    const s = this.store(key);
    if (s.kind === 'nid') return this.demote(this.slotOf.get(key)!);
    if (s.kind !== 'str') throw new Error(`${this.table}.${key} is not a text column`);
    return s.values;
  }

  /** An id, text or code column as a reader of row i's value (an own id spelt when read). */
  text(key: string): (i: number) => string | null {
    const s = this.store(key);
    if (s.kind === 'nid') {
      const v = s.values;
      return (i) => (v[i] === NO_ID ? null : spell(s, v[i]!));
    }
    if (s.kind !== 'str') throw new Error(`${this.table}.${key} is not a text column`);
    const v = s.values;
    return (i) => v[i]!;
  }

  /** Whether row i's value of an id, text or code column is blank (an own id not spelt to ask). */
  blank(key: string): (i: number) => boolean {
    const s = this.store(key);
    if (s.kind === 'nid') {
      const v = s.values;
      return (i) => v[i] === NO_ID;
    }
    if (s.kind !== 'str') throw new Error(`${this.table}.${key} is not a text column`);
    const v = s.values;
    return (i) => v[i] === null;
  }

  /**
   * Whether every id in the column is greater than the one before it (blanks aside), or undefined
   * when the column holds strings (the caller compares them). Numbered ids share a prefix and a
   * length, so their numbers are in the order of their strings.
   */
  idsIncrease(key: string): boolean | undefined {
    const s = this.store(key);
    if (s.kind !== 'nid') return undefined;
    let prev = -1;
    for (let i = 0; i < this.count; i++) {
      const n = s.values[i]!;
      if (n === NO_ID) continue;
      if (!(n > prev)) return false;
      prev = n;
    }
    return true;
  }

  /** A fraction or count column: NaN where blank. Read-only for callers. */
  numbers(key: string): Float64Array {
    const s = this.store(key);
    if (s.kind !== 'num') throw new Error(`${this.table}.${key} is not a number column`);
    return s.values;
  }

  /** A reader of one column's values as its rows would hold them (the column looked up once; for a table fully read). */
  reader(key: string): (i: number) => unknown {
    const s = this.store(key);
    if (s.kind === 'day') {
      const v = s.values;
      return (i) => (v[i] === NO_DAY ? null : v[i]);
    }
    if (s.kind === 'num') {
      const v = s.values;
      return (i) => (v[i] === v[i] ? v[i] : null);
    }
    if (s.kind === 'flag') {
      const v = s.values;
      return (i) => (v[i] === -1 ? null : v[i] === 1);
    }
    if (s.kind === 'nid') return this.text(key);
    const v = s.values;
    return (i) => v[i];
  }

  /** Row i's value of `key`, as its row would hold it. */
  get(i: number, key: string): unknown {
    return valueAt(this.store(key), i);
  }

  /** Sets row i's value of `key`, in the column and in the made row if rows were made. */
  set(i: number, key: string, v: unknown): void {
    const s = this.store(key);
    if (s.kind === 'day') s.values[i] = v === null ? NO_DAY : (v as Day);
    else if (s.kind === 'str') s.values[i] = v as string | null;
    else if (s.kind === 'num') s.values[i] = v === null ? NaN : (v as number);
    else if (s.kind === 'nid') {
      const n = v === null ? NO_ID : numberOf(s, v as string);
      if (v === null || n >= 0) s.values[i] = n;
      else this.demote(this.slotOf.get(key)!)[i] = v as string;
    } else s.values[i] = v === null ? -1 : v ? 1 : 0;
    if (this.made) (this.made[i] as unknown as Record<string, unknown>)[key] = v;
  }

  /** Whether any reader asked for the rows (the seven-metric run's readers never should). */
  get rowsMade(): boolean {
    return this.made !== null;
  }

  /** The table's rows, made from the columns once (by the table's own row literal, BUILD_ROW). */
  rows(): TableRows[T][] {
    if (this.made) return this.made;
    let i = 0;
    const stores = this.stores;
    const reader = cellReader((slot) => valueAt(stores[slot]!, i));
    const build = BUILD_ROW[this.table];
    const rows: TableRows[T][] = new Array(this.count);
    for (; i < this.count; i++) rows[i] = build(reader, this.lines[i]!);
    this.made = rows;
    return rows;
  }

  /** Columns copied from rows (a table a reader of columns finds held as rows); `set` writes the rows too. */
  static fromRows<T extends TableName>(table: T, rows: readonly TableRows[T][]): TableColumns<T> {
    const cols = new TableColumns(table, rows.length);
    const keys = TABLE_SPECS[table].columns.map((c) => c.key as string);
    const source: CellSource<Record<string, unknown>> = { cellValue: (slot, row) => row[keys[slot]!] };
    for (const r of rows) cols.add(r.line, source, r as unknown as Record<string, unknown>);
    cols.made = rows as TableRows[T][];
    return cols;
  }
}

/** Row i's value in a column, as its row would hold it. */
function valueAt(s: Store, i: number): unknown {
  if (s.kind === 'nid') return s.values[i] === NO_ID ? null : spell(s, s.values[i]!);
  const v = s.values[i]!;
  if (s.kind === 'day') return v === NO_DAY ? null : v;
  if (s.kind === 'num') return v === v ? v : null;
  if (s.kind === 'flag') return v === -1 ? null : v === 1;
  return v;
}

/** Columns held for a tables object (LoadedExport.tables), by table. */
const held = new WeakMap<object, Map<TableName, TableColumns<TableName>>>();

/**
 * Puts a table held as columns into a tables object: reading `tables[t]` makes (once) and gives
 * its rows; assigning to it replaces the table with the rows assigned, and the columns are no
 * longer the table's.
 */
export function holdAsColumns<T extends TableName>(tables: LoadedExport['tables'], t: T, cols: TableColumns<T>): void {
  let own = held.get(tables);
  if (!own) held.set(tables, (own = new Map()));
  const byTable = own;
  byTable.set(t, cols as unknown as TableColumns<TableName>);
  Object.defineProperty(tables, t, {
    configurable: true,
    enumerable: true,
    get: () => cols.rows(),
    set: (v: unknown) => {
      byTable.delete(t);
      Object.defineProperty(tables, t, { value: v, writable: true, enumerable: true, configurable: true });
    },
  });
}

/** The columns a table is held as, or undefined when it is held as rows (or absent). */
export function heldColumns<T extends TableName>(ex: LoadedExport, t: T): TableColumns<T> | undefined {
  return held.get(ex.tables)?.get(t) as TableColumns<T> | undefined;
}

/** Whether the export holds table t, without making its rows. */
export function hasTable(ex: LoadedExport, t: TableName): boolean {
  return heldColumns(ex, t) !== undefined || ex.tables[t] !== undefined;
}

/**
 * Table t as columns: those it is held as, else a copy of its rows (undefined when absent). A
 * copy is not kept: its rows may change (Rewind) before the next reader.
 */
export function columnsOf<T extends TableName>(ex: LoadedExport, t: T): TableColumns<T> | undefined {
  const own = heldColumns(ex, t);
  if (own) return own;
  const rows = ex.tables[t] as TableRows[T][] | undefined;
  return rows ? TableColumns.fromRows(t, rows) : undefined;
}
