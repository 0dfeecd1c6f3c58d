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
  private readonly rows: Row[] = [];
  private readonly keys: string[] = [];
  private readonly keyOf: Uint8Array;
  private readonly dates: Int32Array;
  /** Entry positions, latest date first. */
  private readonly order: Int32Array;
  private blanked = 0;
  private at: Day;
  private readonly from: Day;

  /** `from`: the as-at date the export was audited at; `earliest`: the earliest date it will be moved back to. */
  constructor(ex: LoadedExport, from: Day, earliest: Day) {
    this.at = this.from = from;
    const keyIds: number[] = [];
    const dates: number[] = [];
    for (const t of TABLE_NAMES) {
      const rows = ex.tables[t] as Row[] | undefined;
      if (!rows) continue;
      for (const { key } of asAtDateKeys(t)) {
        const k = this.keys.push(key) - 1;
        for (const r of rows) {
          const d = r[key];
          // Dates after `from` are blank already; those on or before `earliest` stay at every point.
          if (typeof d === 'number' && d > earliest && d <= from) {
            this.rows.push(r);
            keyIds.push(k);
            dates.push(d);
          }
        }
      }
    }
    this.keyOf = Uint8Array.from(keyIds);
    this.dates = Int32Array.from(dates);
    const order = new Int32Array(dates.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    this.order = order.sort((a, b) => this.dates[b]! - this.dates[a]! || a - b);
  }

  /** Blanks every date after `d`. Dates only move back: `d` must not be later than the last. */
  to(d: Day): void {
    if (d > this.at) throw new Error('Rewind.to: dates only move back');
    this.at = d;
    const { order, dates, rows, keys, keyOf } = this;
    while (this.blanked < order.length && dates[order[this.blanked]!]! > d) {
      const i = order[this.blanked++]!;
      rows[i]![keys[keyOf[i]!]!] = null;
    }
  }

  /** Puts every blanked date back. */
  restore(): void {
    const { order, dates, rows, keys, keyOf } = this;
    for (let j = 0; j < this.blanked; j++) {
      const i = order[j]!;
      rows[i]![keys[keyOf[i]!]!] = dates[i];
    }
    this.blanked = 0;
    this.at = this.from;
  }
}
