/**
 * Turns reshaped records from a non-canonical layout (SSD, Annex A) into a LoadedExport through
 * the same TableBuilder as canonical CSVs: identical parsing, identical data-quality issues, and
 * issue places that point at the user's own file (or sheet) and row.
 */
import type { Layout, LoadedExport } from '../../model/export.js';
import { TABLE_NAMES } from '../../model/schema.js';
import type { TableName } from '../../model/tables.js';
import type { DataQualityLog, IssueCode, IssuePlace } from '../issues.js';
import { checkRelations, type TablePart } from '../relations.js';
import { IdPool, MissingColumnsError, TableBuilder, type TableMapping } from '../tableBuilder.js';

export interface SourceRecord {
  line: number;
  values: Readonly<Record<string, string>>;
}

/**
 * A record whose cells are already in the order of its source's `labels`: a reader that makes
 * many rows (the CIN census) hands them over without a lookup per cell.
 */
export interface CellsRecord {
  line: number;
  cells: readonly string[];
}

/** Rows for one canonical table that came from one file or sheet. */
export interface TableSource {
  table: TableName;
  /** Where the rows came from, as the user knows it: `ssd_cp_plans.csv`, `Annex_A.xlsx#List 7`. */
  file: string;
  headerLine: number;
  /** canonical column → the header (or a "(derived)" label) it was read from, in column order. */
  labels: Readonly<Record<string, string>>;
  /** canonical column → its 1-based column in that file or sheet; absent or 0 when derived. */
  positions?: Readonly<Record<string, number>>;
  records: (SourceRecord | CellsRecord)[];
  /**
   * The lines of the file read for this table when they are not one a row: the SSDA903's periods
   * of care are joined from several episode lines, and a 903 review line that no period holds is
   * reported, not read as a review. Issues are logged against those lines, so the rows read are
   * counted from them (else rows with issues could exceed rows read). Default: one line a row.
   */
  linesRead?: number;
  /**
   * The records already built into typed rows by the same TableBuilder (CIN census:
   * src/load/returns/cinBuild.ts), with the issues their rows logged, replayed here in order;
   * `records` is then empty.
   */
  built?: {
    rows: readonly unknown[];
    adds: readonly { code: IssueCode; place: IssuePlace; value: string; message: string }[];
    /**
     * No row's end date is before its start (the table's intervals): the end-before-start check
     * is skipped for these rows while they come first in their table.
     */
    endsInOrder?: boolean;
  };
  /**
   * Every row's child id is that of a row of the children table by how the reader made it (a CIN
   * census record's child is the census child it sits in, whose row is loaded too): the
   * unknown-child check is skipped for these rows while they come first in their table.
   */
  childrenKnown?: boolean;
  /**
   * Every row's plan id is that of a row of the plans table by how the reader made it (a review
   * read from a CIN census sits in its plan, a 903 review is placed in a period of care that is a
   * plan row): the unknown-plan check is skipped for these rows while they come first in their table.
   */
  plansKnown?: boolean;
}

export interface AssembleOptions {
  source: string;
  layout: Layout;
  dq: DataQualityLog;
  /** Why a table with no sources is absent (default: "not in this export"). */
  absent?: { [T in TableName]?: string };
  limitations?: { [T in TableName]?: string };
  /** Config value maps (`mapping.<table>.values`), honoured as for canonical files. */
  mapping?: { [T in TableName]?: TableMapping };
  onTable?: (table: TableName, rows: number) => void;
  /**
   * Tables a source of which could not be read (an Annex A list without its id header): failed,
   * with the error, whatever the other sources hold, so no rule measures them from part of the data.
   */
  failed?: { [T in TableName]?: { file: string; error: string } };
  /** Tables whose ids are unique by how the reader made them (checkRelations skips the duplicate check). */
  uniqueIds?: ReadonlySet<TableName>;
}

export function assembleExport(sources: readonly TableSource[], o: AssembleOptions): LoadedExport {
  const tables: LoadedExport['tables'] = {};
  const absent: LoadedExport['absent'] = {};
  const parts = new Map<TableName, TablePart[]>();
  // Each table's first rows whose children (TableSource.childrenKnown) or plans are known, and those
  // whose ends are known not to come before their starts (built.endsInOrder).
  const childrenKnown = new Map<TableName, number>();
  const plansKnown = new Map<TableName, number>();
  const endsInOrder = new Map<TableName, number>();
  // One pool for the load, as loadExport has: a builder's own pool filled its table of numbered
  // ids afresh (up to the largest child number) for every source (issue 18: the 903's tables).
  const ids = new IdPool();
  for (const t of TABLE_NAMES) {
    const mine = sources.filter((s) => s.table === t);
    const failed = o.failed?.[t];
    if (failed) {
      absent[t] = failed.error;
      o.dq.tables.set(t, {
        table: t,
        file: [...new Set([...mine.map((s) => s.file), failed.file])].join(', '),
        status: 'failed',
        error: failed.error,
        rowsRead: 0,
        rowsWithIssues: 0,
        columnsUsed: [],
        columnsIgnored: [],
      });
      continue;
    }
    if (mine.length === 0) {
      absent[t] = o.absent?.[t] ?? `no ${t} in this ${o.layout} export`;
      o.dq.tables.set(t, {
        table: t,
        file: null,
        status: 'missing',
        rowsRead: 0,
        rowsWithIssues: 0,
        columnsUsed: [],
        columnsIgnored: [],
      });
      continue;
    }
    // Each source's rows, joined once at the end (one array of the final size, or the only
    // source's own): pushed row by row, the growing array was copied over and over (issue 18).
    const made: (readonly unknown[])[] = [];
    let count = 0;
    const used = new Set<string>();
    const errors: string[] = [];
    const mineParts: TablePart[] = [];
    let linesRead = 0;
    let knownSoFar = true;
    let plansSoFar = true;
    let inOrderSoFar = true;
    for (const s of mine) {
      const cols = Object.keys(s.labels);
      const values = o.mapping?.[t]?.values;
      const b = new TableBuilder(t, s.file, o.dq, { columns: s.labels, ...(values ? { values } : {}) }, undefined, ids);
      try {
        // Issues name the user's own column, not the place in this rebuilt header.
        b.setHeader(
          cols.map((c) => s.labels[c]!),
          s.headerLine,
          cols.map((c) => s.positions?.[c] ?? 0),
        );
      } catch (e) {
        if (e instanceof MissingColumnsError) {
          errors.push(e.message);
          continue;
        }
        throw e;
      }
      if (s.built) for (const a of s.built.adds) o.dq.add(a.code, a.place, a.value, a.message);
      // Rows handed over as cells (the SSDA903's) are built without the per-cell parsers when
      // every cell is plain (TableBuilder.addPlainRow); any other row as ever, with its issues.
      for (const r of s.records)
        if (!('cells' in r))
          b.addRow(
            cols.map((c) => r.values[c] ?? ''),
            r.line,
          );
        else if (!b.addPlainRow(r.cells, r.line)) b.addRow(r.cells, r.line);
      // Not push(...rows): spreading 120,000+ arguments overflows the call stack (issue 19); nor a
      // for-of row by row, which in this once-a-load function made an iterator result per row.
      const m = s.built ? s.built.rows : b.rows;
      made.push(m);
      count += m.length;
      if (knownSoFar && s.childrenKnown === true && m.length > 0) childrenKnown.set(t, count);
      else knownSoFar &&= m.length === 0;
      if (plansSoFar && s.plansKnown === true && m.length > 0) plansKnown.set(t, count);
      else plansSoFar &&= m.length === 0;
      if (inOrderSoFar && s.built?.endsInOrder === true && m.length > 0) endsInOrder.set(t, count);
      else inOrderSoFar &&= m.length === 0;
      linesRead += s.linesRead ?? m.length;
      for (const c of b.columnsUsed) used.add(c);
      mineParts.push({ end: count, file: s.file, columnsAt: o.dq.columnsAt.get(t) ?? new Map() });
    }
    if (new Set(mineParts.map((p) => p.file)).size > 1) parts.set(t, mineParts);
    const files = [...new Set(mine.map((s) => s.file))].join(', ');
    if (errors.length === mine.length) {
      absent[t] = errors.join('; ');
      o.dq.tables.set(t, {
        table: t,
        file: files,
        status: 'failed',
        error: absent[t],
        rowsRead: 0,
        rowsWithIssues: 0,
        columnsUsed: [],
        columnsIgnored: [],
      });
      continue;
    }
    const rows = made.length === 1 ? (made[0] as unknown[]) : ([] as unknown[]).concat(...made);
    (tables as Record<string, unknown[]>)[t] = rows;
    o.dq.tables.set(t, {
      table: t,
      file: files,
      status: 'loaded',
      rowsRead: linesRead,
      rowsWithIssues: 0,
      columnsUsed: [...used],
      columnsIgnored: [],
    });
    o.onTable?.(t, rows.length);
  }
  const ex: LoadedExport = {
    source: o.source,
    layout: o.layout,
    tables,
    absent,
    limitations: { ...(o.limitations ?? {}) },
    dq: o.dq,
  };
  checkRelations(ex, o.uniqueIds, parts, { children: childrenKnown, plans: plansKnown, intervals: endsInOrder });
  return ex;
}
