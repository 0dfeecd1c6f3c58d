/**
 * A CIN census file's records built into typed rows as the file is read, before the years
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
import { basename } from 'node:path';
import type { IssueCode, IssuePlace } from '../../model/issues.js';
import type { TableName } from '../../model/tables.js';
import { TABLE_SPECS } from '../../model/schema.js';
import { DataQualityLog } from '../issues.js';
import { TableBuilder, type TableMapping } from '../tableBuilder.js';
import { readCinRecords } from './cinCensus.js';
import { CIN_LABELS } from './cinCensusSchema.js';
import { CinRecords, type CinSink, type CinTableName } from './cinRecords.js';
import { type CinRowMaker, cinRowMaker } from './cinRows.js';
import { type CensusPart, scanCinCensus } from './cinScan.js';

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
  /**
   * No key holds a no-break space. The ids of referrals, assessments and enquiries are their keys,
   * unique in a file by how they are made (ids.ts) and across files by the merge; read as ids, a
   * no-break space becomes a space, and two keys could then meet. Without one the load's duplicate
   * check is skipped for those tables (checkRelations' uniqueIds): it could find nothing.
   */
  plainKeys: boolean;
  /**
   * Every key greater than the one before (so none repeats in the file). With plainKeys, a
   * children table's ids are then unique in the file: a census lists its children in id order,
   * and the load's duplicate check is skipped when every source of the table is so (index.ts).
   * Found for the children table only (the only one it is read for); true for the others.
   */
  ordered: boolean;
  /**
   * No row's end date is before its start (TABLE_SPECS' intervals: assessments, enquiries, plans),
   * found as each row is made: the load's end-before-start check, which reads every row's two
   * dates again, has nothing to find in these rows then (assemble.ts).
   */
  endsInOrder: boolean;
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

type IdRow = { childId?: string | null; referralId?: string | null; planId?: string | null };

/**
 * A row's ids made the very strings of its cells when they read the same: the row builder keeps
 * a copy of every id of 13 characters or more (a cell of a CSV is a slice of its whole chunk),
 * and the census's made ids, which are their own strings, were then kept twice (with the key the
 * merge reads): the largest part of what a load keeps after its rows.
 */
const SHARE_IDS: {
  readonly [T in CinTableName]: (row: IdRow & Record<string, unknown>, cells: readonly string[]) => void;
} = {
  children: (r, c) => {
    if (r.childId === c[0]) r.childId = c[0];
  },
  referrals: (r, c) => {
    if (r.referralId === c[0]) r.referralId = c[0];
    if (r.childId === c[1]) r.childId = c[1];
  },
  assessments: (r, c) => {
    if (r.assessmentId === c[0]) r.assessmentId = c[0];
    if (r.childId === c[1]) r.childId = c[1];
    if (r.referralId === c[2]) r.referralId = c[2];
  },
  section47: (r, c) => {
    if (r.s47Id === c[0]) r.s47Id = c[0];
    if (r.childId === c[1]) r.childId = c[1];
  },
  plans: (r, c) => {
    if (r.planId === c[0]) r.planId = c[0];
    if (r.childId === c[1]) r.childId = c[1];
  },
  reviews: (r, c) => {
    if (r.planId === c[0]) r.planId = c[0];
  },
};

/**
 * The id of a row of the tables whose keys are made ids (ids.ts): a row read as plain holds its key
 * as its id, the very string, so no list of keys is kept while each row's id is its key.
 */
const ID_OF: { readonly [T in CinTableName]?: (row: object) => unknown } = {
  referrals: (r) => (r as { referralId: unknown }).referralId,
  assessments: (r) => (r as { assessmentId: unknown }).assessmentId,
  section47: (r) => (r as { s47Id: unknown }).s47Id,
  plans: (r) => (r as { planId: unknown }).planId,
};

/** One table's records of one file, built into typed rows as the reader finishes each. */
class TableSink implements CinSink {
  private readonly log = new RecordingLog();
  private readonly builder: TableBuilder<CinTableName>;
  /**
   * The keys added so far; null while each is its row's id (ID_OF), and then made from the rows
   * only when read (`keys`). With one census file nothing reads these four tables' keys (the
   * merge looks up no key of the only file, and only a child met twice makes IdMaker read them):
   * a list of 50,000 keys grown a push at a time, and kept, for nothing.
   */
  private keyList: string[] | null;
  private readonly idOf: ((row: object) => unknown) | undefined;
  /**
   * The rows so far (`count` of them), and so the keys' in `keyList`. Not the TableBuilder's list:
   * it builds only the rows that are not plain, each then moved here. Grown a row at a time, never
   * replaced: a list made longer at once after the first chunk (s18-census6) replaced this field
   * in mid-read, and V8 threw away the compiled record builder (`put`, `add`) and compiled it again
   * in every fresh load, which cost more than the growth it saved (issue 18, s18-scan).
   */
  private readonly rows: object[] = [];
  private count = 0;
  private plainKeys = true;
  private ordered = true;
  /** Whether `ordered` is found (children only). */
  private readonly byId: boolean;
  private last = '';
  private endsInOrder = true;
  /** The table's start and end columns (TABLE_SPECS), each pair a row's dates checked in. */
  private readonly intervals: readonly (readonly [string, string])[];
  /** Plain records' rows made without the TableBuilder (cinRows.ts); the others by it. */
  private readonly fast: CinRowMaker<CinTableName> | null;

  constructor(
    private readonly table: CinTableName,
    file: string,
    values?: TableMapping['values'],
  ) {
    const labels: Readonly<Record<string, string>> = CIN_LABELS[table];
    const cols = Object.keys(labels);
    this.builder = new TableBuilder(table, file, this.log, { columns: labels, ...(values ? { values } : {}) });
    this.builder.setHeader(
      cols.map((c) => labels[c]!),
      0,
      cols.map(() => 0),
    );
    // The header's issues are assemble's to log (it binds the header again on the load's log).
    this.log.calls.length = 0;
    this.fast = cinRowMaker(table, values !== undefined);
    this.byId = table === 'children';
    this.idOf = ID_OF[table];
    this.keyList = this.idOf ? null : [];
    this.intervals = (TABLE_SPECS[table].intervals ?? []) as readonly (readonly [string, string])[];
  }

  /** Whether a row's end dates are not before its starts (as checkRelations compares them). */
  private inOrder(row: Readonly<Record<string, unknown>>): boolean {
    for (const [s, e] of this.intervals) {
      const a = row[s],
        b = row[e];
      if (typeof a === 'number' && typeof b === 'number' && b < a) return false;
    }
    return true;
  }

  add(
    key: string,
    line: number,
    cells: readonly string[],
    days: readonly number[],
    plain: boolean,
    child: boolean,
  ): void {
    const at = this.count;
    this.log.at = at;
    if (!plain) this.plainKeys = false;
    // Only the children's order is read (unique.ts); comparing made ids would join their parts.
    if (this.ordered && this.byId) {
      if (key > this.last) this.last = key;
      else this.ordered = false;
    }
    // A plain row's ids already are its cells' strings.
    let row: object | null | undefined = this.fast?.(cells, line, days, plain, child);
    if (!row) {
      const built = this.builder.rows;
      this.builder.addRow(cells, line);
      row = built.pop()!;
      SHARE_IDS[this.table](row as never, cells);
    }
    this.rows[at] = row;
    this.count = at + 1;
    if (this.endsInOrder && this.intervals.length > 0 && !this.inOrder(row as never)) this.endsInOrder = false;
    const keys = this.keyList;
    if (keys !== null) keys[at] = key;
    else if (this.idOf!(row) !== key) {
      // A row whose id is not its key (a cell the TableBuilder read): every key listed from here.
      const list = (this.keyList = new Array<string>(this.rows.length));
      for (let i = 0; i < at; i++) list[i] = this.idOf!(this.rows[i]!) as string;
      list[at] = key;
    }
  }

  /** The keys added so far, in order (each an earlier row's id when none was listed). */
  get keys(): readonly string[] {
    if (this.keyList === null) {
      const list = new Array<string>(this.count);
      for (let i = 0; i < this.count; i++) list[i] = this.idOf!(this.rows[i]!) as string;
      return list;
    }
    return this.keyList;
  }

  done(): BuiltTable {
    // The keys read only if something asks for them (above).
    let listed: readonly string[] | null = null;
    const keys = () => (listed ??= this.keys);
    return {
      get keys() {
        return keys();
      },
      plainKeys: this.plainKeys,
      ordered: this.ordered,
      endsInOrder: this.endsInOrder,
      rows: this.rows,
      adds: this.log.calls,
    };
  }
}

/**
 * Reads the census at `path` with each record built into typed rows as it is finished (no record
 * kept): `tables` then holds each table's `built` rows and no records. A read the scanner gives up
 * on starts again with fresh builders (readCinRecords makes a new reader).
 */
export async function readCinBuilt(path: string, maxBytes: number, values: ValueMaps = {}): Promise<CinRecords> {
  const file = basename(path);
  let sinks: Record<CinTableName, TableSink> | null = null;
  const r = await readCinRecords(path, maxBytes, {}, () => {
    sinks = newSinks(file, values);
    return new CinRecords(sinks);
  });
  for (const t of CIN_TABLES) r.tables[t].built = sinks![t].done();
  return r;
}

function newSinks(file: string, values: ValueMaps): Record<CinTableName, TableSink> {
  const sinks = {} as Record<CinTableName, TableSink>;
  for (const t of CIN_TABLES) sinks[t] = new TableSink(t, file, values[t]);
  return sinks;
}

/**
 * One part of the census at `path` (cinSplit.ts), built as readCinBuilt builds a whole file, and
 * the line after it; null when the scanner gives up on it, or it cannot be read: the whole file is
 * then read as ever, which words any error.
 */
export async function readCinPart(
  path: string,
  maxBytes: number,
  values: ValueMaps,
  part: CensusPart,
): Promise<{ records: CinRecords; line: number } | null> {
  const file = basename(path);
  const sinks = newSinks(file, values);
  const records = new CinRecords(sinks);
  let line: number;
  try {
    line = await scanCinCensus(path, file, records, maxBytes, undefined, part);
  } catch {
    return null;
  }
  for (const t of CIN_TABLES) records.tables[t].built = sinks[t].done();
  return { records, line };
}
