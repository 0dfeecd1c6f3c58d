/**
 * A CIN census file's records built into typed rows as soon as the file is read, before the years
 * are merged, so a worker thread can build one file's rows while the main thread reads another
 * (cinThread.ts), and the main thread builds its own files' rows before it waits. Building is
 * speculative: a record a newer year also holds is built and then dropped at the merge, which is
 * rare (older years repeat some children, no other record) and costs only its build.
 *
 * Exactly what assembling the merged records would give (src/load/ssd/assemble.ts): the same
 * TableBuilder, labels and header line; the issues a row logs are recorded with the row's index
 * and replayed into the load's log only for the rows the merge keeps, in the order they were
 * logged, after the header's own (which assemble logs as for any source).
 */
import type { IssueCode, IssuePlace } from '../../model/issues.js';
import type { TableName, TableRows } from '../../model/tables.js';
import { DataQualityLog } from '../issues.js';
import { TableBuilder, type TableMapping } from '../tableBuilder.js';
import type { CinRecords } from './cinRecords.js';
import type { ReturnTable } from './types.js';

/** One `dq.add` of a row, kept to be replayed: `at` is the row's index in its file's table. */
export interface RecordedAdd {
  at: number;
  code: IssueCode;
  place: IssuePlace;
  value: string;
  message: string;
}

/** A file's typed rows of one table, with each row's merge key and the issues it logged. */
export interface BuiltTable {
  keys: readonly string[];
  rows: readonly unknown[];
  adds: readonly RecordedAdd[];
}

/**
 * A log that keeps each `add` instead of counting it: the merge decides later which rows, and so
 * which issues, count. Anything else (columnsAt) goes nowhere: assemble sets it from the header.
 */
export class RecordingLog extends DataQualityLog {
  at = 0;
  readonly calls: RecordedAdd[] = [];
  override add(code: IssueCode, place: IssuePlace, value: string, message: string): void {
    this.calls.push({ at: this.at, code, place, value, message });
  }
  /** Every call kept, into `dq`, in the order it was made. */
  replay(dq: DataQualityLog): void {
    for (const c of this.calls) dq.add(c.code, c.place, c.value, c.message);
  }
}

export type CinTableName = keyof CinRecords['tables'];
export const CIN_TABLES: readonly CinTableName[] = [
  'children',
  'referrals',
  'assessments',
  'section47',
  'plans',
  'reviews',
];

/** Config value maps (`mapping.<table>.values`), the only part of a mapping assemble applies. */
export type ValueMaps = { [T in TableName]?: TableMapping['values'] };

export function buildTable(
  table: CinTableName,
  file: string,
  t: ReturnTable,
  values?: TableMapping['values'],
): BuiltTable {
  const log = new RecordingLog();
  const cols = Object.keys(t.labels);
  const b = new TableBuilder(table, file, log, { columns: t.labels, ...(values ? { values } : {}) });
  b.setHeader(
    cols.map((c) => t.labels[c]!),
    t.headerLine,
    cols.map(() => 0),
  );
  // The header's issues are assemble's to log (it binds the header again on the load's log).
  log.calls.length = 0;
  const records = t.records;
  const keys: string[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    keys[i] = r.key;
    log.at = i;
    b.addRow('cells' in r ? r.cells : cols.map((c) => r.values[c] ?? ''), r.line);
  }
  return { keys, rows: b.rows as readonly TableRows[typeof table][], adds: log.calls };
}

/** Every table of a census file built; its records are then dropped (the rows replace them). */
export function buildCinTables(records: CinRecords, file: string, values: ValueMaps = {}): void {
  for (const name of CIN_TABLES) {
    const t: ReturnTable = records.tables[name];
    t.built = buildTable(name, file, t, values[name]);
    t.records = [];
  }
}

/**
 * The rows of `b` the merge keeps (`keep[i]`), with only their issues; `b` itself when all are
 * kept.
 */
export function keptOf(b: BuiltTable, keep: readonly boolean[] | null): BuiltTable {
  if (keep === null) return b;
  return {
    keys: b.keys.filter((_, i) => keep[i]),
    rows: b.rows.filter((_, i) => keep[i]),
    adds: b.adds.filter((a) => keep[a.at]),
  };
}
