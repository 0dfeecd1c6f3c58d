/**
 * Reads an export folder (SPEC §2): one file per canonical table, picked by base name, then the
 * cross-row checks (duplicate ids, end before start, unknown references).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Layout, LoadedExport } from '../model/export.js';
import { TABLE_NAMES, TABLE_SPECS } from '../model/schema.js';
import type { TableName, TableRows } from '../model/tables.js';
import { EmptyFileError, InputError, MalformedCsvError, type OpenedCsv, openCsv, readCsvInto } from './csvFile.js';
import { DataQualityLog, type TableLog } from './issues.js';
import { IdPool, MissingColumnsError, type RowKeep, TableBuilder, type TableMapping } from './tableBuilder.js';
import { checkRelations } from './relations.js';
import { holdAsColumns, type TableColumns } from './tableColumns.js';
import { ReadBuffers } from './regularFile.js';

export interface LoadOptions {
  /** Refuse a single file larger than this (bytes). */
  maxBytes?: number;
  /** Per-table file names and column/value maps (config `mapping`). */
  mapping?: { [T in TableName]?: TableMapping & { file?: string } };
  /** Called after each table with its name and rows read, for progress output. */
  onTable?: (table: TableName, rows: number) => void;
  /**
   * Read only these tables (the ones the selected rules use); the others are listed as not read,
   * never silently dropped. Default: every table.
   */
  tables?: readonly TableName[];
  /**
   * Tables another thread is reading (src/engine/prepare.ts): awaited after the others are read,
   * in the tables' order. A provider answering null means the table is read here after all.
   */
  delegated?: { [T in TableName]?: () => Promise<DelegatedTable | null> };
  /**
   * Asked as this thread comes to a delegated table (to read it, or read it ahead): true claims it
   * for this thread, which reads it; false leaves it to the other thread. Without it, delegated
   * tables are the other thread's.
   */
  keep?: (table: TableName) => boolean;
  /**
   * The order this thread reads the tables in, those listed first (default: the tables' own
   * order). With tables shared with a worker, the smallest first: the worker claims from the
   * largest. Not with rowKeep, which needs the tables' own order.
   */
  order?: readonly TableName[];
  /**
   * Rows to keep of each table, asked before the table is read with the tables read so far (so
   * reviews can follow the plans kept); null keeps every row. One child's chronology uses it.
   */
  rowKeep?: (table: TableName, read: LoadedExport['tables']) => RowKeep | null;
  /**
   * Tables to hold as typed columns (src/load/tableColumns.ts) when read on this thread without
   * rowKeep: every reader the audit will run reads them as columns, so no row objects are kept
   * (issue 24). Their rows are still made, from the columns, for any other reader that asks.
   */
  columns?: readonly TableName[];
}

/** Why a table present in the folder was not read (LoadOptions.tables). */
export const NOT_READ = 'not read: no rule selected for this audit uses it';

export const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.tab']);

export { InputError };

/** Files in the folder that could hold each table, matched case-insensitively on base name. */
export async function findTableFiles(dir: string, opts: LoadOptions): Promise<Map<TableName, string>> {
  let entries: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new InputError(`${dir}: not a folder (an export is a folder of CSV files)`);
    entries = await readdir(dir);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `${dir}: no such folder`
        : code === 'EACCES'
          ? `${dir}: permission denied`
          : `${dir}: cannot be read (${code ?? 'error'})`,
    );
  }
  const found = new Map<TableName, string>();
  const byName = new Map(
    entries
      .filter((f) => TEXT_EXTENSIONS.has(extname(f).toLowerCase()))
      .map((f) => [basename(f, extname(f)).toLowerCase(), f]),
  );
  for (const t of TABLE_NAMES) {
    const wanted = opts.mapping?.[t]?.file;
    if (wanted !== undefined) {
      const hit = entries.find((f) => f.toLowerCase() === wanted.toLowerCase());
      if (hit) found.set(t, join(dir, hit));
      continue;
    }
    const hit = byName.get(t) ?? (t === 'section47' ? (byName.get('s47') ?? byName.get('section_47')) : undefined);
    if (hit) found.set(t, join(dir, hit));
  }
  return found;
}

/** A table read by another thread (src/engine/prepare.ts): its rows and everything logged about it. */
export interface DelegatedTable {
  rows: unknown[];
  log: TableLog;
}

export interface TableRead {
  rows: unknown[];
  /** The table as typed columns instead of `rows` (left empty), when asked for. */
  columns: TableColumns<TableName> | null;
  /** Rows read, either way. */
  count: number;
  loaded: boolean;
}

/**
 * Reads one table file into `dq`: rows, per-table status and the issues of the file, its header,
 * rows and cells (not the cross-table checks, which need every table). Shared by the main thread
 * and a worker reading a table for it, so both read exactly the same rows.
 */
export async function readTableFile(
  t: TableName,
  path: string,
  dq: DataQualityLog,
  /** keepSlices: the TableBuilder's `slices` (the supervision worker's own text). */
  opts: Pick<LoadOptions, 'maxBytes' | 'mapping'> & { keepSlices?: readonly string[] },
  rowKeep?: RowKeep,
  /** The load's shared ids (one string per distinct id across its tables); else this table's own. */
  ids?: IdPool,
  /** The file opened and read ahead (readAhead); its errors are reported here as any other. */
  opened?: Promise<OpenedCsv>,
  /** Hold the table as typed columns (LoadOptions.columns). */
  asColumns = false,
): Promise<TableRead> {
  const file = basename(path);
  const builder = new TableBuilder(t, file, dq, opts.mapping?.[t], rowKeep, ids, opts.keepSlices);
  if (asColumns && !rowKeep) builder.holdColumns();
  const place = { table: t, file, line: 0, columnIndex: 0, column: '' };
  let status: 'loaded' | 'failed' = 'loaded';
  let error: string | undefined;
  let encoding: string | undefined;
  try {
    encoding = await readCsvInto(
      path,
      builder,
      dq,
      {
        maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
        ...(rowKeep?.needles ? { needles: rowKeep.needles } : {}),
      },
      opened,
    );
  } catch (e) {
    if (e instanceof MissingColumnsError) {
      status = 'failed';
      error = e.message;
    } else if (e instanceof EmptyFileError) {
      status = 'failed';
      error = `${file}: ${e.message}`;
      dq.add('file-empty', place, '', e.message);
    } else if (e instanceof MalformedCsvError && !e.headerRead) {
      // Broke before any header (binary junk, a quote opened in the first line): nothing usable.
      status = 'failed';
      error = `${file}: not a readable CSV file (${e.message}, line ${e.line})`;
      dq.add('malformed-csv', { ...place, line: e.line }, '', e.message);
    } else if (e instanceof MalformedCsvError) {
      // Keep what was read before the break; the table is usable but incomplete.
      dq.add(
        'malformed-csv',
        { ...place, line: e.line },
        '',
        `${e.message}; ${builder.count} row${builder.count === 1 ? '' : 's'} before this point kept`,
      );
    } else if (e instanceof InputError) {
      status = 'failed';
      error = e.message;
      dq.add('file-unreadable', place, '', e.message);
    } else {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === undefined) throw e;
      status = 'failed';
      error = `${file}: cannot be read (${code})`;
      dq.add('file-unreadable', place, '', error);
    }
  }
  dq.tables.set(t, {
    table: t,
    file,
    status,
    ...(error ? { error } : {}),
    rowsRead: builder.count,
    rowsWithIssues: 0,
    columnsUsed: builder.columnsUsed,
    columnsIgnored: builder.columnsIgnored,
    ...(encoding ? { encoding } : {}),
  });
  return {
    rows: builder.rows,
    columns: builder.columns as TableColumns<TableName> | null,
    count: builder.count,
    loaded: status === 'loaded',
  };
}

/**
 * Reading one file ahead: when a table is asked for, the next table this thread reads is opened
 * and read in the background, so the disk read overlaps this table's parse (at most two files'
 * bytes held at once). Not with rowKeep: which bytes to read depends on the tables read before.
 */
function readAhead(
  files: ReadonlyMap<TableName, string>,
  opts: LoadOptions,
  sequence: readonly TableName[],
): ((t: TableName) => Promise<OpenedCsv>) | null {
  if (opts.rowKeep) return null;
  const buffers = new ReadBuffers();
  const order = sequence.filter((t) => files.has(t) && (!opts.tables || opts.tables.includes(t)));
  const started = new Map<TableName, Promise<OpenedCsv>>();
  const asked = new Set<TableName>();
  const start = (t: TableName): Promise<OpenedCsv> => {
    const path = files.get(t)!;
    const p = openCsv(path, basename(path), { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES }, buffers);
    // Handled where it is awaited (readTableFile); this only keeps a failure meanwhile from
    // counting as an unhandled rejection.
    p.catch(() => undefined);
    started.set(t, p);
    return p;
  };
  return (t) => {
    const p = started.get(t) ?? start(t);
    started.delete(t);
    asked.add(t);
    // The next table read on this thread (delegated ones are read by another, unless it fails).
    const next = order
      .slice(order.indexOf(t) + 1)
      .find((n) => !asked.has(n) && (!opts.delegated?.[n] || (opts.keep?.(n) ?? false)));
    if (next !== undefined && !started.has(next)) start(next);
    return p;
  };
}

export async function loadCsvFolder(
  dir: string,
  opts: LoadOptions = {},
  layout: Layout = 'canonical',
): Promise<LoadedExport> {
  const dq = new DataQualityLog();
  const files = await findTableFiles(dir, opts);
  const tables: LoadedExport['tables'] = {};
  const columns = new Map<TableName, TableColumns<TableName>>();
  const absent: LoadedExport['absent'] = {};
  const later: TableName[] = [];
  const ids = new IdPool();
  const first = opts.rowKeep ? undefined : opts.order;
  const rank = (t: TableName): number =>
    first?.includes(t) ? first.indexOf(t) : (first?.length ?? 0) + TABLE_NAMES.indexOf(t);
  const sequence = first ? [...TABLE_NAMES].sort((a, b) => rank(a) - rank(b)) : TABLE_NAMES;
  const ahead = readAhead(files, opts, sequence);
  const read = async (t: TableName, path: string) => {
    const opened = ahead?.(t);
    const keep = opts.rowKeep?.(t, tables) ?? undefined;
    // Not with rowKeep: it is handed the tables read so far, as rows.
    const asColumns = !opts.rowKeep && opts.columns?.includes(t) === true;
    const r = await readTableFile(t, path, dq, opts, keep, ids, opened, asColumns);
    if (!r.loaded) absent[t] = dq.tables.get(t)?.error ?? 'could not be read';
    else if (r.columns) columns.set(t, r.columns);
    else (tables as Record<string, unknown[]>)[t] = r.rows;
    opts.onTable?.(t, r.count);
  };
  for (const t of sequence) {
    const path = files.get(t);
    if (!path) {
      absent[t] = `no ${opts.mapping?.[t]?.file ?? `${t}.csv`} in the export`;
      dq.tables.set(t, {
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
    if (opts.tables && !opts.tables.includes(t)) {
      absent[t] = NOT_READ;
      dq.tables.set(t, {
        table: t,
        file: basename(path),
        status: 'not-read',
        rowsRead: 0,
        rowsWithIssues: 0,
        columnsUsed: [],
        columnsIgnored: [],
      });
      continue;
    }
    // Being read by a worker thread: collected after the rest, so both threads read at once.
    if (opts.delegated?.[t] && !(opts.keep?.(t) ?? false)) {
      later.push(t);
      continue;
    }
    await read(t, path);
  }
  later.sort((a, b) => TABLE_NAMES.indexOf(a) - TABLE_NAMES.indexOf(b));
  for (const t of later) {
    const got = await opts.delegated![t]!();
    if (got) {
      dq.importTable(t, got.log);
      (tables as Record<string, unknown[]>)[t] = got.rows;
      opts.onTable?.(t, got.rows.length);
    } else {
      await read(t, files.get(t)!); // the worker could not: read it here, with the same result
    }
  }
  // In the tables' own order, whichever thread read which: the same export, key for key.
  const ordered: LoadedExport['tables'] = {};
  const orderedAbsent: LoadedExport['absent'] = {};
  const quality = new Map(dq.tables);
  const columnsAt = new Map(dq.columnsAt);
  dq.tables.clear();
  dq.columnsAt.clear();
  for (const t of TABLE_NAMES) {
    const cols = columns.get(t);
    if (cols) holdAsColumns(ordered, t, cols);
    else if (tables[t]) (ordered as Record<string, unknown[]>)[t] = tables[t];
    if (absent[t] !== undefined) orderedAbsent[t] = absent[t];
    const q = quality.get(t);
    if (q) dq.tables.set(t, q);
    const at = columnsAt.get(t);
    if (at) dq.columnsAt.set(t, at);
  }
  const loaded: LoadedExport = { source: dir, layout, tables: ordered, absent: orderedAbsent, limitations: {}, dq };
  checkRelations(loaded);
  return loaded;
}

export type { TableRows };
export { TABLE_SPECS };
