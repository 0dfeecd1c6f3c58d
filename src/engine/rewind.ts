/**
 * Moves a loaded export, already audited as at its as-at date, back to earlier dates in place, so
 * a trend point sees exactly what `audit --as-at d` sees after its own load: every date after `d`
 * blank (SPEC §2, §9). Copying the export per point would cost a copy of every row; instead the
 * dates between the earliest point and as-at are listed once, latest first, and each step back
 * blanks the next run of them. `restore` puts every date back, leaving the export as the headline
 * audit left it (its excerpts are made later from the same rows). The data-quality log is not
 * touched: dates after a trend point are not data-quality issues.
 */
import type { Day } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import { TABLE_NAMES } from '../model/schema.js';
import { asAtDateKeys } from './asAt.js';
import { heldColumns, type TableColumns } from '../load/tableColumns.js';
import type { TableName } from '../model/tables.js';

type Row = Record<string, unknown>;

/**
 * One date column's entries in (earliest, from], latest first, and how many are blank now. A
 * table held as typed columns (src/load/tableColumns.ts) lists row numbers (`at`) instead of rows,
 * and is written through its columns, which write its rows too if they were made.
 */
interface Column {
  table: TableName;
  key: string;
  rows: Row[];
  held: { cols: TableColumns<TableName>; at: Int32Array } | null;
  dates: Int32Array;
  blanked: number;
}

export class Rewind {
  private readonly columns: Column[] = [];
  private at: Day;
  private readonly from: Day;
  private readonly earliest: Day;

  /**
   * `from`: the as-at date the export was audited at; `earliest`: the earliest date it will be
   * moved back to; `tables`: the tables to list (every table when left out). Rules read only the
   * tables they declare, so a trend call need move only those (issue 24: the call after the
   * worker's answer listed and blanked every table's dates for one rule's four).
   */
  constructor(
    private readonly ex: LoadedExport,
    from: Day,
    earliest: Day,
    tables: readonly TableName[] = TABLE_NAMES,
  ) {
    this.at = this.from = from;
    this.earliest = earliest;
    // Dates after `from` are blank already; those on or before `earliest` stay at every point.
    // Each column's entries are placed latest first by counting them per day (a year of days at
    // most): two passes and no comparison sort. Kept per column, so that blanking and restoring
    // write one property name in each loop.
    const span = Math.max(0, from - earliest);
    const next = new Int32Array(span + 1);
    for (const t of TABLE_NAMES) {
      if (!tables.includes(t)) continue;
      const cols = heldColumns(ex, t);
      if (cols) {
        for (const { key } of asAtDateKeys(t)) this.listHeld(t, cols as TableColumns<TableName>, key, earliest, next);
        continue;
      }
      const table = ex.tables[t] as Row[] | undefined;
      if (!table) continue;
      for (const { key } of asAtDateKeys(t)) {
        next.fill(0);
        // Indexed loops: a for-of here allocated an iterator result per row (measured).
        for (let i = 0; i < table.length; i++) {
          const d = table[i]![key];
          if (typeof d === 'number' && d > earliest && d <= from) next[from - d]++;
        }
        let total = 0;
        for (let k = 0; k <= span; k++) {
          const count = next[k]!;
          next[k] = total;
          total += count;
        }
        if (total === 0) continue;
        const rows = new Array<Row>(total);
        const dates = new Int32Array(total);
        for (let i = 0; i < table.length; i++) {
          const r = table[i]!;
          const d = r[key];
          if (typeof d !== 'number' || d <= earliest || d > from) continue;
          const at = next[from - d]++;
          rows[at] = r;
          dates[at] = d;
        }
        this.columns.push({ table: t, key, rows, held: null, dates, blanked: 0 });
      }
    }
  }

  /** The constructor's listing for a column of a table held as columns: row numbers, not rows. */
  private listHeld(
    table: TableName,
    cols: TableColumns<TableName>,
    key: string,
    earliest: Day,
    next: Int32Array,
  ): void {
    const from = this.from;
    const span = next.length - 1;
    const days = cols.days(key);
    next.fill(0);
    for (let i = 0; i < cols.count; i++) {
      const d = days[i]!;
      if (d > earliest && d <= from) next[from - d]++;
    }
    let total = 0;
    for (let k = 0; k <= span; k++) {
      const count = next[k]!;
      next[k] = total;
      total += count;
    }
    if (total === 0) return;
    const at = new Int32Array(total);
    const dates = new Int32Array(total);
    for (let i = 0; i < cols.count; i++) {
      const d = days[i]!;
      if (d <= earliest || d > from) continue;
      const k = next[from - d]++;
      at[k] = i;
      dates[k] = d;
    }
    this.columns.push({ table, key, rows: [], held: { cols, at }, dates, blanked: 0 });
  }

  /**
   * A rewind of some of these tables only, from the same as-at date, sharing their listings: a
   * second trend call (the rules that waited for the worker) lists nothing again. Either may be
   * moved back, but only one at a time: restore one before moving the other.
   */
  only(tables: readonly TableName[]): Rewind {
    const view = new Rewind(this.ex, this.from, this.earliest, []);
    for (const c of this.columns) if (tables.includes(c.table)) view.columns.push({ ...c, blanked: 0 });
    return view;
  }

  /** Whether `d` lies within the dates this rewind can move to. */
  reaches(d: Day): boolean {
    return d >= this.earliest && d <= this.from;
  }

  /** Blanks every date after `d`. Dates only move back: `d` must not be later than the last. */
  to(d: Day): void {
    if (d > this.at) throw new Error('Rewind.to: dates only move back');
    this.at = d;
    for (const c of this.columns) {
      const { key, rows, dates, held } = c;
      let j = c.blanked;
      if (held) for (; j < dates.length && dates[j]! > d; j++) held.cols.set(held.at[j]!, key, null);
      else for (; j < dates.length && dates[j]! > d; j++) rows[j]![key] = null;
      c.blanked = j;
    }
  }

  /** Puts every blanked date back. */
  restore(): void {
    for (const c of this.columns) {
      const { key, rows, dates, held } = c;
      if (held) for (let j = 0; j < c.blanked; j++) held.cols.set(held.at[j]!, key, dates[j]);
      else for (let j = 0; j < c.blanked; j++) rows[j]![key] = dates[j];
      c.blanked = 0;
    }
    this.at = this.from;
  }
}
