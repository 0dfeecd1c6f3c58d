/**
 * supervision-quality's record counts at trend points (SPEC §9, issue 24). A point counts the case
 * records with text dated in its period, each judged as at the headline: its criteria are its own
 * text's, and its previous record (for the copy test) is the child's last dated record with text
 * before it, which blanking the dates after the point leaves in place. So the counts at any point
 * are sums over the records dated between two days: made once here as running sums by day, a
 * point is two look-ups instead of a walk of every child's records (which, with
 * the index's re-sorting of the groups, was most of the rule's 11 points after the worker's answer).
 */
import type { RuleContext } from '../../src/engine/rule.js';
import type { Day } from '../../src/model/day.js';
import type { SupervisionRow } from '../../src/model/tables.js';

/** A record's criteria as bits: what `RecordTallies.between` counts. */
export const TALLY_BITS = {
  meets: 1,
  childFocus: 2,
  reflection: 4,
  actions: 8,
  reviewsPrevious: 16,
  copied: 32,
} as const;

const NAMES = ['meets', 'childFocus', 'reflection', 'actions', 'reviewsPrevious', 'copied'] as const;
/** Keys are date × 64 + bits. */
const SPAN = 64;
/** Entries per day in RecordTallies' running sums: the records, then each bit's. */
const WIDTH = NAMES.length + 1;

export interface Tally {
  n: number;
  meets: number;
  childFocus: number;
  reflection: number;
  actions: number;
  reviewsPrevious: number;
  copied: number;
}

export class RecordTallies {
  /**
   * Running sums by day, from the day before the first record's: row k (WIDTH entries) holds how
   * many records are dated up to `first + k - 1`, then how many of those have each bit (NAMES).
   */
  private sums: Int32Array | null = null;
  private first = 0;

  /**
   * `at`: the as-at date the records were dated at; the counts are right at it and at any earlier
   * date (a point only blanks later dates). `records`: a key per record, in any order. They are
   * summed when first counted: the headline makes them in its walk of the records, and an audit
   * without trends then never pays for the sums (issue 24: ~15 ms after the answer).
   */
  constructor(
    readonly at: Day,
    private records: readonly number[],
  ) {}

  /**
   * The sums, counted by day (the days a record can have span 1910-2100, a few thousand in an
   * export): no sort. Sorting the keys as a Float64Array took 27-37 ms of CPU at 250,000 records
   * after the worker's answer, counting them 4 ms (issue 24, s24-trends4).
   */
  private ready(): Int32Array {
    if (this.sums) return this.sums;
    const records = this.records;
    let first = Infinity,
      last = -Infinity;
    for (let i = 0; i < records.length; i++) {
      const day = Math.floor(records[i]! / SPAN);
      if (day < first) first = day;
      if (day > last) last = day;
    }
    if (records.length === 0) first = last = 0;
    const sums = new Int32Array((last - first + 2) * WIDTH);
    for (let i = 0; i < records.length; i++) {
      const day = Math.floor(records[i]! / SPAN);
      const bits = records[i]! - day * SPAN;
      const row = (day - first + 1) * WIDTH;
      sums[row]!++;
      for (let b = 0; b < NAMES.length; b++) sums[row + 1 + b]! += (bits >> b) & 1;
    }
    for (let row = WIDTH; row < sums.length; row += WIDTH)
      for (let j = 0; j < WIDTH; j++) sums[row + j]! += sums[row - WIDTH + j]!;
    this.records = [];
    this.first = first;
    return (this.sums = sums);
  }

  /** The counts of the records dated from `start` to `end`, both included. */
  between(start: Day, end: Day): Tally {
    const sums = this.ready();
    const from = this.rowUpTo(start - 1),
      to = this.rowUpTo(end);
    const out: Tally = {
      n: Math.max(0, sums[to]! - sums[from]!),
      meets: 0,
      childFocus: 0,
      reflection: 0,
      actions: 0,
      reviewsPrevious: 0,
      copied: 0,
    };
    if (sums[to]! > sums[from]!) NAMES.forEach((name, b) => (out[name] = sums[to + 1 + b]! - sums[from + 1 + b]!));
    return out;
  }

  /** Where in `sums` the counts of the records dated up to `day` are. */
  private rowUpTo(day: Day): number {
    const rows = this.sums!.length / WIDTH;
    const k = Math.min(Math.max(day - this.first + 1, 0), rows - 1);
    return k * WIDTH;
  }
}

/**
 * Every dated case record with text, judged by `judge` (TALLY_BITS) against its previous record
 * (a row position, or null), walked as the rule walks them: a child's records in date order
 * (then line), then the records naming no child.
 */
export function recordTallies(
  ctx: RuleContext<unknown>,
  positionOf: (r: SupervisionRow) => number,
  readable: ArrayLike<number>,
  judge: (i: number, previous: number | null) => number,
): RecordTallies {
  const keys: number[] = [];
  walkRecords(ctx, positionOf, readable, (r, i, previous) => {
    if (r.supervisionDate !== null) keys.push(r.supervisionDate * SPAN + judge(i, previous));
  });
  return talliesOf(keys, ctx.asAt);
}

/**
 * The records with text in the rule's order: a child's dated records in date order (then line),
 * each with the previous one it is compared with, then the records naming no child (nothing to be
 * copied from). One walk for the headline's scoring and the trend points' tallies.
 */
export function walkRecords(
  ctx: RuleContext<unknown>,
  positionOf: (r: SupervisionRow) => number,
  readable: ArrayLike<number>,
  visit: (r: SupervisionRow, i: number, previous: number | null) => void,
): void {
  for (const list of ctx.index.supervisionsByChild.values()) {
    let previous: number | null = null;
    for (const r of list) {
      if (r.supervisionDate === null) continue;
      const i = positionOf(r);
      if (readable[i] === 0) continue;
      visit(r, i, previous);
      previous = i;
    }
  }
  const rows = ctx.rows('supervisions');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.childId === null && readable[i] === 1) visit(r, i, null);
  }
}

/** The tallies of records given as keys (date × 64 + TALLY_BITS), dated as at `at`. */
export function talliesOf(keys: readonly number[], at: Day): RecordTallies {
  return new RecordTallies(at, keys);
}
