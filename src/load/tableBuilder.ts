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
import type { SpanParser } from './spellingTable.js';
import { parserFor } from './columnParsers.js';
import { cutCells } from './builderSink.js';
import { type CellSource, TableColumns } from './tableColumns.js';

export { IdPool };
import { type ValueError, detached, isValueError, parseText } from './values.js';

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
  /** The cell read in place (addSpans), or undefined when it must be cut and parsed; null: always cut. */
  span: SpanParser | null;
  header: string;
  required: boolean;
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
      const base = parserFor(spec, this.ids);
      const parse: Parser = valueMap ? this.withValueMap(base.parse, valueMap) : base.parse;
      const span = valueMap ? null : base.span;
      this.bound.push({ spec, index, position, parse, span, header, required: spec.required === true });
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
    if (cells.length !== this.headerLength) this.ragged(cells.length, line);
    this.line = line;
    // Held as columns, the cells go to the reader as an argument: stored into this (an old object)
    // each record's young array would take the write barrier's slow path (issue 24).
    if (this.columns) this.columns.add(line, this, cells);
    else {
      this.cells = cells;
      this.rows.push(this.build(this.reader, line));
    }
  }

  private ragged(n: number, line: number): void {
    this.dq.add(
      'ragged-row',
      { table: this.table, file: this.file, line, columnIndex: 0, column: '' },
      `${n} cells`,
      `expected ${this.headerLength} cells, found ${n}; missing cells read as blank, extra cells ignored`,
    );
  }

  /** Reads a row given as cell bounds in buf for `add` (addSpans). */
  private readonly spanCells = new SpanCells(this);

  /**
   * addRow for a record given as the bounds of its cells in buf (csvParser.ts's SpanSink): a table
   * held as columns reads each cell in place where its column can (a date, a pooled id, a known
   * spelling) and cuts the others, with the same values and issues as addRow; any other table
   * cuts every cell and takes addRow.
   */
  addSpans(buf: string, bounds: Int32Array, n: number, line: number): void {
    if (this.columns === null || this.keepBy !== undefined) {
      this.addRow(cutCells(buf, bounds, n), line);
      return;
    }
    if (n !== this.headerLength) this.ragged(n, line);
    this.line = line;
    const src = this.spanCells;
    src.bounds = bounds;
    src.n = n;
    this.columns.add(line, src, buf);
  }

  /** Whether rows are best given as cell bounds (addSpans): a table held as columns, read whole. */
  get readsInPlace(): boolean {
    return this.columns !== null && this.rowKeep === undefined;
  }

  /** cellValue for the cell in `slot` of the record at `bounds` in buf (n cells). */
  spanValue(slot: number, buf: string, bounds: Int32Array, n: number): unknown {
    const b = this.slots[slot];
    if (b === undefined) return null;
    if (b.index >= n) return this.checked(b, undefined, null);
    const at = bounds[2 * b.index]!,
      end = bounds[2 * b.index + 1]!;
    if (b.span !== null) {
      const hit = b.span(buf, at, end);
      if (hit !== undefined) return hit;
    }
    const raw = buf.slice(at, end);
    const v = b.parse(raw);
    return v === null || typeof v === 'object' ? this.checked(b, raw, v) : v;
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

/** A record given as cell bounds, as `TableColumns.add` reads its cells (TableBuilder.addSpans). */
class SpanCells implements CellSource<string> {
  bounds: Int32Array = new Int32Array(0);
  n = 0;
  constructor(private readonly builder: TableBuilder<TableName>) {}
  cellValue(slot: number, buf: string): unknown {
    return this.builder.spanValue(slot, buf, this.bounds, this.n);
  }
}
