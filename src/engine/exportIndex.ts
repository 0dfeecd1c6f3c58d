/**
 * Indexes over the loaded export, built once on first use and shared by every rule, so no rule
 * scans a table per child. Lists are sorted by their main date (nulls last), then source line.
 */
import type { Day } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import type {
  AllocationRow,
  PlanRow,
  ReferralRow,
  ReviewRow,
  SupervisionRow,
  TableName,
  TableRows,
  VisitRow,
  WorkerRow,
} from '../model/tables.js';
import { columnsOf, NO_DAY, type TableColumns } from '../load/tableColumns.js';
import { RowGroups } from './rowGroups.js';

function groupBy<R>(
  rows: readonly R[],
  key: (r: R) => string | null,
  date: (r: R) => Day | null,
  line: (r: R) => number,
): Map<string, R[]> {
  const m = new Map<string, R[]>();
  // Exports list a child's rows together: a row with the row before's key joins its list without
  // a lookup (ids are pooled strings, so the comparison is usually by identity).
  let lastKey: string | null = null,
    last: R[] = [];
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    if (k === lastKey) {
      last.push(r);
      continue;
    }
    // A new list made with its first row, not empty then pushed to: a push to an empty array gives
    // it room for 16 more, and most children have one referral (issue 24: 43,000 lists of one at
    // 1.1M rows, each 176 bytes instead of 56, all kept and copied by the collector).
    let list = m.get(k);
    if (list) list.push(r);
    else m.set(k, (list = [r]));
    lastKey = k;
    last = list;
  }
  const order = (a: R, b: R): number => {
    const da = date(a),
      db = date(b);
    if (da !== db) return da === null ? 1 : db === null ? -1 : da - db;
    return line(a) - line(b);
  };
  // Exports list a child's rows in date order nearly always (every one of 42,954 referral lists at
  // 1.1M rows): a list already in order is left as it is, which is what the (stable) sort would
  // give, without sort's work copy of each list (issue 24: about 43,000 copies for the collector).
  for (const list of m.values()) {
    for (let i = 1; i < list.length; i++) {
      if (order(list[i - 1]!, list[i]!) > 0) {
        list.sort(order);
        break;
      }
    }
  }
  return m;
}

/**
 * groupBy for a table held as columns: row numbers 0..count-1 grouped by `keys`, each list sorted
 * by `days` (NO_DAY last), then `lines`. The same lists as groupBy over the row numbers with those
 * accessors, without the array of every row number or a closure call per row and comparison: the
 * seven-metric run builds this once, cold, over 52,700 referrals (issue 24: about 45 ms of the run).
 */
function groupNumbers(keys: readonly (string | null)[], days: Int32Array, lines: Int32Array, count: number): RowGroups {
  // Grouped without a growing Map (rowGroups.ts: issue 24, its rehashing was 800 fresh pages).
  const groups = RowGroups.of(keys, count);
  for (const list of groups.values()) {
    for (let j = 1; j < list.length; j++) {
      if (numberOrder(days, lines, list[j - 1]!, list[j]!) > 0) {
        list.sort((a, b) => numberOrder(days, lines, a, b));
        break;
      }
    }
  }
  return groups;
}

/** groupBy's order for row numbers: by day (NO_DAY last), then line. */
function numberOrder(days: Int32Array, lines: Int32Array, a: number, b: number): number {
  const da = days[a]!,
    db = days[b]!;
  if (da !== db) return da === NO_DAY ? 1 : db === NO_DAY ? -1 : da - db;
  return lines[a]! - lines[b]!;
}

/**
 * The same grouping after more dates were blanked (a trend point, src/engine/trends.ts): the
 * groups cannot change, only the order within a group. A list sorted by date with blanks last
 * that loses its dates after some day loses a run at the end of its dated part, so the dated part
 * stays in order and only the blank tail (now the old blanks after the newly blanked rows) needs
 * putting in line order — equal to a fresh groupBy, without comparing every pair of every list.
 * The earlier index's map is taken over and sorted in place: it is not used again (no copy per point).
 */
function regroup<R, G extends { values(): Iterable<R[]> }>(
  base: G,
  date: (r: R) => Day | null,
  line: (r: R) => number,
): G {
  const byLine = (a: R, b: R): number => line(a) - line(b);
  for (const list of base.values()) {
    let tail = list.length;
    while (tail > 0 && date(list[tail - 1]!) === null) tail--;
    for (let i = tail + 1; i < list.length; i++) {
      if (line(list[i - 1]!) > line(list[i]!)) {
        const blanks = list.slice(tail).sort(byLine);
        for (let j = 0; j < blanks.length; j++) list[tail + j] = blanks[j]!;
        break;
      }
    }
  }
  return base;
}

/** How a group is made: its table, key and date. */
interface GroupSpec<T extends TableName> {
  table: T;
  key: (r: TableRows[T]) => string | null;
  date: (r: TableRows[T]) => Day | null;
  line: (r: TableRows[T]) => number;
}

// Made once here rather than as new closures at every lookup; one set of accessors per group, so
// each reads one shape of row.
const GROUPS = {
  plansByChild: {
    table: 'plans',
    key: (r) => r.childId,
    date: (r) => r.startDate,
    line: (r) => r.line,
  } as GroupSpec<'plans'>,
  allocationsByChild: {
    table: 'allocations',
    key: (r) => r.childId,
    date: (r) => r.startDate,
    line: (r) => r.line,
  } as GroupSpec<'allocations'>,
  visitsByChild: {
    table: 'visits',
    key: (r) => r.childId,
    date: (r) => r.visitDate,
    line: (r) => r.line,
  } as GroupSpec<'visits'>,
  reviewsByPlan: {
    table: 'reviews',
    key: (r) => r.planId,
    date: (r) => r.reviewDate,
    line: (r) => r.line,
  } as GroupSpec<'reviews'>,
  referralsByChild: {
    table: 'referrals',
    key: (r) => r.childId,
    date: (r) => r.referralDate,
    line: (r) => r.line,
  } as GroupSpec<'referrals'>,
  supervisionsByChild: {
    table: 'supervisions',
    key: (r) => r.childId,
    date: (r) => r.supervisionDate,
    line: (r) => r.line,
  } as GroupSpec<'supervisions'>,
  supervisionsByWorker: {
    table: 'supervisions',
    key: (r) => r.workerId,
    date: (r) => r.supervisionDate,
    line: (r) => r.line,
  } as GroupSpec<'supervisions'>,
};

export class ExportIndex {
  private cache = new Map<string, unknown>();
  /**
   * `earlier`: an index of the same export before more of its dates were blanked (the headline's,
   * or the previous trend point's), no longer used: its groups are taken over and re-sorted where
   * needed instead of grouping every row again.
   */
  constructor(
    private readonly ex: LoadedExport,
    private earlier?: ExportIndex,
  ) {}

  /** Lets the earlier index go once this one's groups are built (a chain of them would hold every point's groups). */
  forgetEarlier(): void {
    this.earlier = undefined;
  }

  private memo<V>(name: string, build: () => V): V {
    if (!this.cache.has(name)) this.cache.set(name, build());
    return this.cache.get(name) as V;
  }

  /**
   * A group, built (or taken over from the earlier index) on first use. Rules ask for one per
   * child or plan, so a hit allocates nothing: the accessors are module-level functions.
   */
  private grouped<T extends TableName>(name: keyof typeof GROUPS, spec: GroupSpec<T>): Map<string, TableRows[T][]> {
    const hit = this.cache.get(name) as Map<string, TableRows[T][]> | undefined;
    if (hit) return hit;
    const base = this.earlier?.cache.get(name) as Map<string, TableRows[T][]> | undefined;
    const built = base
      ? regroup(base, spec.date, spec.line)
      : groupBy(this.rows(spec.table), spec.key, spec.date, spec.line);
    this.cache.set(name, built);
    return built;
  }

  /** A table as columns, once per index (a copy of its rows when it is held as rows). */
  columns<T extends TableName>(t: T): TableColumns<T> | undefined {
    const name = `columns:${t}`;
    if (!this.cache.has(name)) this.cache.set(name, columnsOf(this.ex, t));
    return this.cache.get(name) as TableColumns<T> | undefined;
  }

  /**
   * Row numbers of a table's columns grouped by an id column and sorted as the row groups are
   * (date, blanks last, then line): for rules reading the table as columns (issue 24).
   */
  private numbered(name: string, t: 'referrals', key: string, dateKey: string): RowGroups {
    const hit = this.cache.get(name) as RowGroups | undefined;
    if (hit) return hit;
    const cols = this.columns(t);
    if (!cols) return this.memo(name, () => RowGroups.of([], 0));
    const keys = cols.strings(key),
      days = cols.days(dateKey),
      lines = cols.lines;
    const date = (i: number): Day | null => (days[i] === NO_DAY ? null : days[i]!);
    const line = (i: number): number => lines[i]!;
    const base = this.earlier?.cache.get(name) as RowGroups | undefined;
    const built = base ? regroup(base, date, line) : groupNumbers(keys, days, lines, cols.count);
    this.cache.set(name, built);
    return built;
  }

  /** Referral row numbers (of `columns('referrals')`) by child, in referralsByChild's order. */
  get referralNumbersByChild(): RowGroups {
    return this.numbered('referralNumbersByChild', 'referrals', 'childId', 'referralDate');
  }

  private rows<T extends TableName>(t: T): readonly TableRows[T][] {
    return (this.ex.tables[t] ?? []) as readonly TableRows[T][];
  }

  get plansByChild(): Map<string, PlanRow[]> {
    return this.grouped('plansByChild', GROUPS.plansByChild);
  }
  get allocationsByChild(): Map<string, AllocationRow[]> {
    return this.grouped('allocationsByChild', GROUPS.allocationsByChild);
  }
  get visitsByChild(): Map<string, VisitRow[]> {
    return this.grouped('visitsByChild', GROUPS.visitsByChild);
  }
  get reviewsByPlan(): Map<string, ReviewRow[]> {
    return this.grouped('reviewsByPlan', GROUPS.reviewsByPlan);
  }
  get referralsByChild(): Map<string, ReferralRow[]> {
    return this.grouped('referralsByChild', GROUPS.referralsByChild);
  }
  get supervisionsByChild(): Map<string, SupervisionRow[]> {
    return this.grouped('supervisionsByChild', GROUPS.supervisionsByChild);
  }
  get supervisionsByWorker(): Map<string, SupervisionRow[]> {
    return this.grouped('supervisionsByWorker', GROUPS.supervisionsByWorker);
  }
  get workersById(): Map<string, WorkerRow> {
    // Keyed by id, first row wins: no dates involved, so an earlier index's map is the same.
    const hit = this.cache.get('workersById') as Map<string, WorkerRow> | undefined;
    if (hit) return hit;
    return this.memo('workersById', () => {
      const base = this.earlier?.cache.get('workersById') as Map<string, WorkerRow> | undefined;
      if (base) return base;
      const m = new Map<string, WorkerRow>();
      for (const w of this.rows('workers')) if (w.workerId !== null && !m.has(w.workerId)) m.set(w.workerId, w);
      return m;
    });
  }
}

/** SPEC §1: open on day d — start ≤ d and (end blank or end ≥ d). A blank start is never open. */
export function openOn(start: Day | null, end: Day | null, d: Day): boolean {
  return start !== null && start <= d && (end === null || end >= d);
}

/** SPEC §3: a worker is active on d when employment is open on d; blank start = always was. */
export function workerActiveOn(w: WorkerRow, d: Day): boolean {
  return (w.startDate === null || w.startDate <= d) && (w.endDate === null || w.endDate >= d);
}

/** SPEC §3: newly qualified on d — qualified within the 365 days before d, or role ASYE/NQSW. */
export function newlyQualifiedOn(w: WorkerRow, d: Day): boolean {
  if (w.role !== null && /\b(asye|nqsw)\b/i.test(w.role)) return true;
  // "Within the 365 days before d" read inclusively: qualified on d − 365 … d.
  return w.qualifiedDate !== null && w.qualifiedDate <= d && d - w.qualifiedDate <= 365;
}
