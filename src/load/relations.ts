/**
 * Checks that need a whole table or two (SPEC §2): duplicate ids, end before start, references
 * to unknown children, workers and plans.
 *
 * Choices, written down for QA officers:
 * - duplicate id: the first row keeps the id; later rows lose it (treated as blank) so the same
 *   plan or assessment is not counted twice. They stay in the row counts and are listed here.
 * - end before start: the end is treated as blank (the record is read as still open), per SPEC.
 * - unknown child/worker/plan: the reference is reported but kept, because dropping it would hide
 *   the child from every rule; SPEC §4.3 asks for exactly this for allocations to unknown workers.
 */
import { toIso } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import { TABLE_NAMES, TABLE_SPECS } from '../model/schema.js';
import type { TableName } from '../model/tables.js';
import { hasTable, heldColumns } from './tableColumns.js';

type Row = Record<string, unknown> & { line: number };

/**
 * A table as the checks read it: held as rows or as typed columns (src/load/tableColumns.ts,
 * read without making its rows). `get(key)` gives one column's reader.
 */
interface TableAccess {
  length: number;
  line(i: number): number;
  get(key: string): (i: number) => unknown;
  set(i: number, key: string, v: null): void;
  /** Whether a column of own ids increases, when the table can tell without its strings (numbered ids). */
  idsIncrease?(key: string): boolean | undefined;
}

function accessOf(ex: LoadedExport, t: TableName): TableAccess | undefined {
  const cols = heldColumns(ex, t);
  if (cols)
    return {
      length: cols.count,
      line: (i) => cols.lines[i]!,
      get: (key) => cols.reader(key),
      set: (i, key, v) => cols.set(i, key, v),
      idsIncrease: (key) => cols.idsIncrease(key),
    };
  const rows = ex.tables[t] as Row[] | undefined;
  if (!rows) return undefined;
  return {
    length: rows.length,
    line: (i) => rows[i]!.line,
    get: (key) => (i) => rows[i]![key],
    set: (i, key, v) => {
      rows[i]![key] = v;
    },
  };
}

function headerOf(table: TableName, key: string): string {
  return TABLE_SPECS[table].columns.find((c) => c.key === key)?.name ?? key;
}

type ColumnsAt = ReadonlyMap<string, { index: number; header: string }>;

/**
 * Rows `[previous part's end, end)` of a table read from several files (a returns folder: the
 * children of a CIN census and of an SSDA903 header): each row's issue names its own file and that
 * file's column, not the list of files.
 */
export interface TablePart {
  end: number;
  file: string;
  columnsAt: ColumnsAt;
}

/** Where row `i` of a table came from: its file and how that file names the column `key`. */
type Locate = (i: number, key: string) => { file: string; columnIndex: number; column: string };

function locator(ex: LoadedExport, t: TableName, parts: readonly TablePart[] | undefined): Locate {
  const column = (at: ColumnsAt | undefined, key: string) => {
    const c = at?.get(key);
    return c ? { columnIndex: c.index, column: c.header } : { columnIndex: 0, column: headerOf(t, key) };
  };
  if (!parts) {
    const file = ex.dq.tables.get(t)?.file ?? `${t}.csv`;
    const at = ex.dq.columnsAt.get(t);
    return (_i, key) => ({ file, ...column(at, key) });
  }
  return (i, key) => {
    const p = parts.find((x) => i < x.end) ?? parts[parts.length - 1]!;
    return { file: p.file, ...column(p.columnsAt, key) };
  };
}

/**
 * Whether every id in the column is greater than the one before it (blanks aside): then none
 * repeats, and the duplicate check needs no map of every id. Exports are usually in id order.
 */
function strictlyIncreasing(rows: TableAccess, key: string): boolean {
  const known = rows.idsIncrease?.(key);
  if (known !== undefined) return known;
  let prev = '';
  const get = rows.get(key);
  for (let i = 0; i < rows.length; i++) {
    const v = get(i);
    if (typeof v !== 'string') continue;
    if (!(v > prev)) return false;
    prev = v;
  }
  return true;
}

/**
 * Duplicate ids: the first row keeps the id, later rows lose it. One Set look-up per row (a set's
 * `add` says whether it grew); lines of first rows are looked up only for ids that repeat, which
 * are few. Issues come in row order, as a single pass gives them.
 */
function duplicates(ex: LoadedExport, t: TableName, rows: TableAccess, key: string, locate: Locate): void {
  const seen = new Set<string>();
  const repeated: number[] = [];
  const get = rows.get(key);
  for (let i = 0; i < rows.length; i++) {
    const v = get(i);
    if (typeof v !== 'string') continue;
    const before = seen.size;
    if (seen.add(v).size === before) repeated.push(i);
  }
  if (repeated.length === 0) return;
  const ids = new Set(repeated.map((i) => get(i) as string));
  const first = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const v = get(i);
    if (typeof v === 'string' && ids.has(v) && !first.has(v)) first.set(v, i);
  }
  for (const i of repeated) {
    const v = get(i) as string;
    const at = locate(i, key);
    const j = first.get(v)!;
    const earlier = locate(j, key).file;
    // The earlier row's file is named only when it is another file than this row's.
    const where = earlier === at.file ? `line ${rows.line(j)}` : `${earlier} line ${rows.line(j)}`;
    ex.dq.add(
      'duplicate-id',
      { table: t, line: rows.line(i), ...at },
      v,
      `same ${headerOf(t, key)} as ${where}; this row's id is ignored`,
    );
    rows.set(i, key, null);
  }
}

/** For a table, how many of its first rows a check has nothing to find in, by how they were read. */
export interface KnownRows {
  /** Rows naming a child of the children table (a CIN census record's child is the census child it sits in). */
  children?: ReadonlyMap<TableName, number>;
  /** Rows naming a plan of the plans table (a review read inside its plan, or placed in a 903 period of care). */
  plans?: ReadonlyMap<TableName, number>;
  /** Rows whose end dates are not before their starts (checked as the census rows were made). */
  intervals?: ReadonlyMap<TableName, number>;
}

/**
 * `uniqueIds`: tables whose ids are unique by how they were made (the CIN census's derived ids,
 * src/load/returns/cinBuild.ts), so the duplicate check has nothing to find there. `known`: the
 * first rows of a table the unknown-child or end-before-start check would find nothing in
 * (assemble.ts), so they are not read again; the issues are the same.
 */
export function checkRelations(
  ex: LoadedExport,
  uniqueIds?: ReadonlySet<TableName>,
  parts?: ReadonlyMap<TableName, readonly TablePart[]>,
  known: KnownRows = {},
): void {
  const locators = new Map<TableName, Locate>();
  const locate = (t: TableName): Locate => {
    let l = locators.get(t);
    if (!l) locators.set(t, (l = locator(ex, t, parts?.get(t))));
    return l;
  };
  for (const t of TABLE_NAMES) {
    const rows = accessOf(ex, t);
    if (!rows) continue;
    const spec = TABLE_SPECS[t];
    if (spec.uniqueKey && !uniqueIds?.has(t) && !strictlyIncreasing(rows, spec.uniqueKey as string))
      duplicates(ex, t, rows, spec.uniqueKey as string, locate(t));
    for (const [s, e] of spec.intervals ?? []) {
      const starts = rows.get(s as string),
        ends = rows.get(e as string);
      for (let i = known.intervals?.get(t) ?? 0; i < rows.length; i++) {
        const a = starts(i),
          b = ends(i);
        if (typeof a === 'number' && typeof b === 'number' && b < a) {
          ex.dq.add(
            'end-before-start',
            { table: t, line: rows.line(i), ...locate(t)(i, e as string) },
            toIso(b),
            `${headerOf(t, e as string)} ${toIso(b)} is before ${headerOf(t, s as string)} ${toIso(a)}; end treated as blank`,
          );
          rows.set(i, e as string, null);
        }
      }
    }
  }
  // The known ids of a table's own id column (null when the table is absent), read either way.
  // `lookups`: how many rows will be looked up in them (idLookup chooses how to hold them).
  const knownIds = (t: TableName, key: string, lookups: number): IdLookup | null => {
    const rows = accessOf(ex, t);
    return rows ? idLookup(rows, key, lookups) : null;
  };
  // Rows from `from` on of the tables that will be checked (null: the table is absent).
  const toCheck = (tables: readonly TableName[], from?: (t: TableName) => number | undefined): number => {
    let n = 0;
    for (const t of tables) {
      const rows = accessOf(ex, t);
      if (rows) n += Math.max(0, rows.length - (from?.(t) ?? 0));
    }
    return n;
  };
  const childTables = [
    'contacts',
    'referrals',
    'assessments',
    'section47',
    'plans',
    'allocations',
    'visits',
    'supervisions',
  ] as const;
  const workerTables = ['assessments', 'allocations', 'visits', 'supervisions'] as const;
  // Built only when some row's child is not known already (a census read alone needs none).
  let children: IdLookup | null | undefined;
  const knownChildren = (): IdLookup | null =>
    children === undefined
      ? (children = knownIds(
          'children',
          'childId',
          toCheck(childTables, (t) => known.children?.get(t)),
        ))
      : children;
  const workers = knownIds('workers', 'workerId', toCheck(workerTables));
  // Plan ids are looked up only by reviews: without a reviews table (the seven-metric run) the set
  // of every plan's own id, hashed for the first time, would be built for nothing (issue 24); nor
  // when every review's plan is known (the returns' reviews: KnownRows.plans).
  let plans: IdLookup | null | undefined;
  const knownPlans = (): IdLookup | null =>
    plans === undefined
      ? (plans = knownIds(
          'plans',
          'planId',
          toCheck(['reviews'], (t) => known.plans?.get(t)),
        ))
      : plans;
  const check = (
    t: TableName,
    key: string,
    ids: IdLookup | null | (() => IdLookup | null),
    code: 'unknown-child' | 'unknown-worker' | 'unknown-plan',
    what: string,
    from = 0,
  ) => {
    const rows = accessOf(ex, t);
    if (!rows || from >= rows.length) return;
    const known = typeof ids === 'function' ? ids() : ids;
    if (!known) return;
    const get = rows.get(key);
    for (let i = from; i < rows.length; i++) {
      const v = get(i);
      if (typeof v === 'string' && !known.has(v)) {
        ex.dq.add(
          code,
          { table: t, line: rows.line(i), ...locate(t)(i, key) },
          v,
          `not found in the ${what} table; kept`,
        );
      }
    }
  };
  for (const t of childTables) check(t, 'childId', knownChildren, 'unknown-child', 'children', known.children?.get(t));
  for (const t of workerTables) check(t, 'workerId', workers, 'unknown-worker', 'workers');
  if (hasTable(ex, 'reviews'))
    check('reviews', 'planId', knownPlans, 'unknown-plan', 'plans', known.plans?.get('reviews'));
}

/** A table's ids, as the relation checks look them up. */
interface IdLookup {
  has(id: string): boolean;
}

/**
 * Looked up by binary search in the column's first rows when they are in increasing order (as a
 * CIN census lists its children) and the rows to look up are few beside them, the rest in a set:
 * a set of every id hashes each and grows a table of them (about a million bytes for the census's
 * children, with the collections that brings), only for the 903's few thousand rows (issue 18).
 * With many look-ups (a canonical export's every table against its children) a set of every id,
 * as before. Either way the answer is whether the id is in the column.
 */
function idLookup(rows: TableAccess, key: string, lookups: number): IdLookup {
  const get = rows.get(key);
  const n = rows.length;
  // Ids in the column's first rows, in increasing order, while they are (blanks left out).
  const sorted: string[] = [];
  let i = 0;
  if (lookups * SEARCH_RATIO <= n) {
    let prev = '';
    for (; i < n; i++) {
      const v = get(i);
      if (typeof v !== 'string') continue;
      if (!(v > prev)) break;
      sorted.push(v);
      prev = v;
    }
  }
  const rest = new Set<string>();
  for (; i < n; i++) {
    const v = get(i);
    if (typeof v === 'string') rest.add(v);
  }
  if (sorted.length === 0) return rest;
  return { has: (id) => rest.has(id) || inSorted(sorted, id) };
}

/**
 * The sorted ids are searched only when the rows looked up in them number at most this fraction
 * of the column: each look-up is about 14 comparisons for 15,000 ids, against a set insertion per id.
 */
const SEARCH_RATIO = 2;

/** Whether `id` is among `ids`, which are in strictly increasing code-unit order. */
function inSorted(ids: readonly string[], id: string): boolean {
  let lo = 0,
    hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = ids[mid]!;
    if (m === id) return true;
    if (m < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
