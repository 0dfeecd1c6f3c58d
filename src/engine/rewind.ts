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

type Row = Record<string, unknown>;

export class Rewind {
  private readonly keys: string[] = [];
  /** The entries, latest date first: the row, which of `keys` holds the date, and the date. */
  private readonly rows: Row[];
  private readonly keyOf: Uint8Array;
  private readonly dates: Int32Array;
  private blanked = 0;
  private at: Day;
  private readonly from: Day;

  /** `from`: the as-at date the export was audited at; `earliest`: the earliest date it will be moved back to. */
  constructor(ex: LoadedExport, from: Day, earliest: Day) {
    this.at = this.from = from;
    // Dates after `from` are blank already; those on or before `earliest` stay at every point.
    // The entries are placed latest first by counting them per day (a year of days at most):
    // two passes over the date columns and no comparison sort of a million entries.
    const columns: { rows: Row[]; key: string }[] = [];
    for (const t of TABLE_NAMES) {
      const rows = ex.tables[t] as Row[] | undefined;
      if (rows) for (const { key } of asAtDateKeys(t)) columns.push({ rows, key });
    }
    const span = Math.max(0, from - earliest);
    const next = new Int32Array(span + 1);
    for (const { rows, key } of columns) {
      for (const r of rows) {
        const d = r[key];
        if (typeof d === 'number' && d > earliest && d <= from) next[from - d]++;
      }
    }
    let total = 0;
    for (let k = 0; k <= span; k++) {
      const count = next[k]!;
      next[k] = total;
      total += count;
    }
    this.rows = new Array<Row>(total);
    this.keyOf = new Uint8Array(total);
    this.dates = new Int32Array(total);
    columns.forEach(({ rows, key }, k) => {
      this.keys.push(key);
      for (const r of rows) {
        const d = r[key];
        if (typeof d !== 'number' || d <= earliest || d > from) continue;
        const at = next[from - d]++;
        this.rows[at] = r;
        this.keyOf[at] = k;
        this.dates[at] = d;
      }
    });
  }

  /** Blanks every date after `d`. Dates only move back: `d` must not be later than the last. */
  to(d: Day): void {
    if (d > this.at) throw new Error('Rewind.to: dates only move back');
    this.at = d;
    const { dates, rows, keys, keyOf } = this;
    let j = this.blanked;
    while (j < dates.length && dates[j]! > d) {
      rows[j]![keys[keyOf[j]!]!] = null;
      j++;
    }
    this.blanked = j;
  }

  /** Puts every blanked date back. */
  restore(): void {
    const { dates, rows, keys, keyOf } = this;
    for (let j = 0; j < this.blanked; j++) rows[j]![keys[keyOf[j]!]!] = dates[j];
    this.blanked = 0;
    this.at = this.from;
  }
}
