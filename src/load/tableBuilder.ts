/**
 * Turns a header and rows of raw strings into typed rows of one canonical table. Readers (CSV,
 * xlsx) only produce strings and line numbers; everything about meaning lives here, so every
 * input format gets the same parsing and the same data-quality issues.
 */
import { type ColumnSpec, TABLE_SPECS, normaliseHeader } from '../model/schema.js';
import type { TableName, TableRows } from '../model/tables.js';
import { clipValue, type DataQualityLog } from './issues.js';
import { IdPool } from './idPool.js';
import { BUILD_ROW, type CellReader, cellReader } from './newRow.js';
import { PlainRow } from './plainCells.js';
import { spellingTable } from './spellingTable.js';
import { type CellSource, TableColumns } from './tableColumns.js';

export { IdPool };
import {
  type ValueError,
  cleanText,
  detached,
  isValueError,
  isoDay,
  makeCodeParser,
  parseDate,
  parseFlag,
  parseCount,
  parseFraction,
  parseText,
} from './values.js';

type Parser = (raw: string) => unknown;

export interface TableMapping {
  /** canonical column name → the header used in this file. */
  columns?: Readonly<Record<string, string>>;
  /** canonical column name → { source value → canonical value }. */
  values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Keep only some rows of a table (one child's chronology): decided on one column's value before the
 * typed row is built, so the rows left out cost a tokenised line and no more. Rows left out log no
 * issues. A table without that column in its header is read whole.
 */
export interface RowKeep {
  /** The column's key in the typed row (childId, planId). */
  column: string;
  keep(value: string | null): boolean;
  /** Every kept row's cell holds one of these: a CSV reader may skip records without any (csvPrefilter.ts). */
  needles?: readonly string[];
}

export class MissingColumnsError extends Error {
  constructor(
    readonly file: string,
    readonly table: string,
    readonly missing: { column: string; aliases: readonly string[] }[],
  ) {
    super(
      missing
        .map(
          (m) =>
            `${file}: required column "${m.column}" not found (accepted headers: ${[m.column, ...m.aliases].join(', ')})`,
        )
        .join('; '),
    );
  }
}

/** index: the cell's place in each row; position: its 1-based column in the user's file (0 when derived). */
interface Bound {
  spec: ColumnSpec;
  index: number;
  position: number;
  parse: Parser;
  header: string;
  required: boolean;
}

/** Text values repeat (team, role, source, outcome); most distinct values a column keeps shared. */
const INTERN_LIMIT = 10_000;
/** Longer values are free text, which rarely repeats: hashing it for a lookup would cost more than it saves. */
const INTERN_MAX_LENGTH = 64;

/**
 * Text columns share one string per distinct value: a million rows naming a dozen teams hold a
 * dozen strings, not a million copies. Capped, so a column of free text does not grow a map as big
 * as itself; values past the cap are still correct, just not shared.
 */
function internedText(detach = true): Parser {
  const seen = new Map<string, string>();
  return (raw) => {
    const t = cleanText(raw);
    if (t === null || t.length > INTERN_MAX_LENGTH) return t === null || !detach ? t : detached(t);
    const hit = seen.get(t);
    if (hit !== undefined) return hit;
    const v = detached(t);
    if (seen.size < INTERN_LIMIT) seen.set(v, v);
    return v;
  };
}

/**
 * Codes and flags take a handful of spellings in a column ("Y", "yes", "CIN", "Child in need"):
 * each distinct spelling is parsed once. Capped, so a column of junk cannot grow the map.
 */
function memoised(parse: Parser, limit = 1_000): Parser {
  const seen = new Map<string, unknown>();
  return (raw) => {
    // One lookup: no parser returns undefined.
    const hit = seen.get(raw);
    if (hit !== undefined) return hit;
    const v = parse(raw);
    if (seen.size < limit) seen.set(raw, v);
    return v;
  };
}

/** How many dates of a column decide whether they repeat enough to be looked up, not parsed. */
const DATE_SAMPLE = 2_048;
/** Most distinct date spellings a column keeps: ten years of days, bounded for junk. */
const DATE_MEMO_LIMIT = 4_096;

/**
 * Dates repeat: 430,000 date cells of the 1.1M-row export's seven-metric tables hold 3,279
 * spellings. A lookup in a small map of them is faster than parsing each (and its code is warm
 * sooner, which is most of the difference in a single run). A column of timestamps (every value
 * distinct) would only pay for the map: after DATE_SAMPLE values with fewer than a quarter
 * repeats, it is parsed directly. Same values either way (a day number, null or the same error).
 */
function memoisedDate(): Parser {
  const seen = new Map<string, unknown>();
  let looked = 0,
    repeats = 0,
    memo = true;
  return (raw) => {
    // The export's own spellings need neither the lookup nor the parse (issue 24: the lookups of
    // 430,000 date cells and the full parse of 125,000 timestamps at 1.1M rows).
    const iso = isoDay(raw);
    if (iso !== undefined) return iso;
    if (!memo) return parseDate(raw);
    const hit = seen.get(raw);
    if (looked < DATE_SAMPLE) {
      looked++;
      if (hit !== undefined) repeats++;
      if (looked === DATE_SAMPLE && repeats < DATE_SAMPLE / 4) {
        memo = false;
        seen.clear();
      }
    }
    if (hit !== undefined) return hit;
    const v = parseDate(raw);
    // A copy as the key: a cell of 13 characters or more is a slice that keeps its whole chunk alive.
    if (memo && seen.size < DATE_MEMO_LIMIT) seen.set(detached(raw), v);
    return v;
  };
}

function parserFor(spec: ColumnSpec, ids: IdPool, slices: boolean): Parser {
  switch (spec.kind.type) {
    case 'id':
      return ids.parser();
    case 'text':
      return spellingTable(internedText(!slices));
    case 'date':
      return memoisedDate();
    case 'flag':
      return spellingTable(memoised(parseFlag));
    case 'fraction':
      return parseFraction;
    case 'count':
      return spellingTable(memoised(parseCount));
    case 'code':
      return spellingTable(memoised(makeCodeParser(spec.kind.values, spec.kind.synonyms)));
  }
}

export class TableBuilder<T extends TableName> implements CellSource<readonly string[]> {
  readonly spec: { columns: readonly ColumnSpec[] };
  readonly rows: TableRows[T][] = [];
  private bound: Bound[] = [];
  /** The bound column of each slot of TABLE_SPECS (undefined: not in this file). */
  private slots: (Bound | undefined)[] = [];
  private headerLength = 0;
  /** Builds one row (src/load/newRow.ts), reading its cells through `reader`. */
  private readonly build: (r: CellReader, line: number) => TableRows[T];
  private readonly reader: CellReader;
  /** The row being built, for the reader. */
  private cells: readonly string[] = [];
  private line = 0;
  columnsUsed: string[] = [];
  columnsIgnored: string[] = [];
  /** The bound column RowKeep decides on, once the header is read. */
  private keepBy: Bound | undefined;
  /** Set by holdColumns: rows are stored here, as typed columns, and `rows` stays empty. */
  columns: TableColumns<T> | null = null;

  constructor(
    readonly table: T,
    readonly file: string,
    private readonly dq: DataQualityLog,
    private readonly mapping: TableMapping = {},
    private readonly rowKeep?: RowKeep,
    /** Shared by the tables of one load; a builder on its own shares ids within its table. */
    private readonly ids: IdPool = new IdPool(),
    /** Text columns whose long values stay slices of the parser's pieces, not copies (values.ts, `detached`): for
     * a reader keeping nearly all of a file's text as long as its rows, the supervision worker (issue 24). */
    private readonly slices: readonly string[] = [],
  ) {
    this.spec = TABLE_SPECS[table] as unknown as { columns: readonly ColumnSpec[] };
    this.build = BUILD_ROW[table];
    // One function for every kind: each slot's parser already is its kind's (parserFor).
    this.reader = cellReader((slot) => this.cellValue(slot, this.cells));
  }

  /**
   * Store the table as typed columns (src/load/tableColumns.ts), not row objects: the same cells
   * parsed and checked in the same order, so the same values and the same data-quality log.
   */
  holdColumns(): void {
    this.columns = new TableColumns(this.table);
  }

  /**
   * The file holds about `lines` records (estimated from its bytes when it is read whole): columns
   * are made that size, so they are seldom grown and copied.
   */
  expectLines(lines: number): void {
    if (this.columns && this.columns.count === 0) this.columns = new TableColumns(this.table, lines);
  }

  /** Rows read so far. */
  get count(): number {
    return this.columns ? this.columns.count : this.rows.length;
  }

  /** Forgets the rows read (the file is read again in another encoding). */
  clear(): void {
    this.rows.length = 0;
    if (this.columns) this.columns = new TableColumns(this.table);
  }

  /**
   * Binds header cells to columns; throws MissingColumnsError when a required column is absent.
   * `positions`: where each cell sits in the user's own file, for readers that rebuild the header
   * from another layout (SSD, Annex A); 0 for a derived column. Default: the cell's own place.
   */
  setHeader(cells: readonly string[], line = 1, positions?: readonly number[]): void {
    this.headerLength = cells.length;
    const lookup = new Map<string, ColumnSpec>();
    for (const spec of this.spec.columns) {
      const mapped = this.mapping.columns?.[spec.name];
      if (mapped !== undefined) {
        lookup.set(normaliseHeader(mapped), spec);
        continue;
      }
      lookup.set(normaliseHeader(spec.name), spec);
      for (const a of spec.aliases ?? []) if (!lookup.has(normaliseHeader(a))) lookup.set(normaliseHeader(a), spec);
    }
    const taken = new Set<string>();
    cells.forEach((cell, index) => {
      // Clipped: a header cell can be junk of any length, and it is echoed in the data-quality section.
      const header = detached(clipValue(cell.replace(/^\uFEFF/, '').trim()));
      const position = positions ? (positions[index] ?? 0) : index + 1;
      const place = {
        table: this.table,
        file: this.file,
        line,
        columnIndex: position,
        column: header || `(column ${position})`,
      };
      if (header === '') {
        this.dq.add('blank-header', place, '', 'header cell is blank; column ignored');
        return;
      }
      const spec = lookup.get(normaliseHeader(header));
      if (!spec) {
        this.columnsIgnored.push(header);
        this.dq.add('unknown-column', place, header, 'not a column caseaudit uses');
        return;
      }
      if (taken.has(spec.name)) {
        this.dq.add('duplicate-column', place, header, `"${spec.name}" already read from an earlier column`);
        return;
      }
      taken.add(spec.name);
      this.columnsUsed.push(spec.name);
      const valueMap = this.mapping.values?.[spec.name];
      const base = parserFor(spec, this.ids, this.slices.includes(spec.key));
      const parse: Parser = valueMap ? this.withValueMap(base, valueMap) : base;
      this.bound.push({ spec, index, position, parse, header, required: spec.required === true });
    });
    this.dq.columnsAt.set(
      this.table,
      new Map(this.bound.map((b) => [b.spec.key, { index: b.position, header: b.header }])),
    );
    this.slots = this.spec.columns.map((c) => this.bound.find((b) => b.spec === c));
    if (this.rowKeep) this.keepBy = this.bound.find((b) => b.spec.key === this.rowKeep!.column);
    const missing = this.spec.columns.filter((c) => c.required && !taken.has(c.name));
    if (missing.length > 0) {
      for (const m of missing) {
        this.dq.add(
          'missing-required-column',
          { table: this.table, file: this.file, line, columnIndex: 0, column: m.name },
          '',
          `accepted headers: ${[m.name, ...(m.aliases ?? [])].join(', ')}`,
        );
      }
      throw new MissingColumnsError(
        this.file,
        this.table,
        missing.map((m) => ({ column: m.name, aliases: m.aliases ?? [] })),
      );
    }
  }

  /** Rows built from plain cells (plainCells.ts); null when every row must go through addRow. */
  private plain: PlainRow | null | undefined;

  /**
   * Builds the row when every cell is plain (plainCells.ts) and gives true; else false, and the
   * caller hands the row to addRow, which logs its issues. The same row either way, without the
   * bound columns' parsers (issue 18: the SSDA903's rows; test/table-plain-rows.test.ts).
   */
  addPlainRow(cells: readonly string[], line: number): boolean {
    const off = this.mapping.values !== undefined || this.rowKeep !== undefined || this.columns !== null;
    if (this.plain === undefined) this.plain = off ? null : new PlainRow(this.slots);
    if (this.plain === null || cells.length !== this.headerLength || !this.plain.read(cells)) return false;
    this.rows.push(this.build(this.plain.reader, line));
    return true;
  }

  private withValueMap(base: Parser, map: Readonly<Record<string, string>>): Parser {
    const folded = new Map(Object.entries(map).map(([k, v]) => [k.trim().toLowerCase(), v]));
    return (raw) => base(folded.get(raw.trim().toLowerCase()) ?? raw);
  }

  addRow(cells: readonly string[], line: number): void {
    if (this.keepBy) {
      const raw = cells[this.keepBy.index];
      const v = raw === undefined ? null : this.keepBy.parse(raw);
      if (!this.rowKeep!.keep(typeof v === 'string' ? v : null)) return;
    }
    if (cells.length !== this.headerLength) {
      this.dq.add(
        'ragged-row',
        { table: this.table, file: this.file, line, columnIndex: 0, column: '' },
        `${cells.length} cells`,
        `expected ${this.headerLength} cells, found ${cells.length}; missing cells read as blank, extra cells ignored`,
      );
    }
    this.line = line;
    // Held as columns, the cells go to the reader as an argument: stored into this (an old object)
    // each record's young array would take the write barrier's slow path (issue 24).
    if (this.columns) this.columns.add(line, this, cells);
    else {
      this.cells = cells;
      this.rows.push(this.build(this.reader, line));
    }
  }

  /**
   * The value of the cell in `slot` for the row being built, or null: for a column not in the file,
   * a missing cell (ragged row), a blank, or a value that does not parse (logged as that value's
   * issue). A required column left null by a blank is logged as a missing required value; one that
   * failed to parse already has its own issue.
   */
  cellValue(slot: number, cells: readonly string[]): unknown {
    const b = this.slots[slot];
    if (b === undefined) return null;
    const raw = cells[b.index];
    const v = raw === undefined ? null : b.parse(raw);
    return v === null || typeof v === 'object' ? this.checked(b, raw, v) : v;
  }

  /** A blank or rejected value: logged as its issue, read as null; any other value as it is. */
  private checked(b: Bound, raw: string | undefined, v: unknown): unknown {
    if (v === null) {
      if (b.required && (raw === undefined || raw.trim() === '' || parseText(raw) === null)) {
        this.dq.add(
          'missing-required-value',
          { table: this.table, file: this.file, line: this.line, columnIndex: b.position, column: b.header },
          raw ?? '',
          `"${b.spec.name}" is required; row kept but not counted by rules that need it`,
        );
      }
      return null;
    }
    if (isValueError(v)) {
      const e = v as ValueError;
      this.dq.add(
        e.error,
        { table: this.table, file: this.file, line: this.line, columnIndex: b.position, column: b.header },
        raw!,
        `expected ${e.expected}`,
      );
      return null;
    }
    return v;
  }
}
