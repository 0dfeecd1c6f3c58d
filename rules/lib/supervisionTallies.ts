/**
 * supervision-quality's record counts at trend points (SPEC §9, issue 24). A point counts the case
 * records with text dated in its period, each judged as at the headline: its criteria are its own
 * text's, and its previous record (for the copy test) is the child's last dated record with text
 * before it, which blanking the dates after the point leaves in place. So the counts at any point
 * are sums over the records dated between two days: made once here, sorted by date, as running
 * sums, a point is two binary searches instead of a walk of every child's records (which, with
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
/** Keys are date × 64 + bits: a typed sort by key is a sort by date. */
const SPAN = 64;

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
  private keys: Float64Array | null = null;
  private sums: Int32Array[] = [];

  /**
   * `at`: the as-at date the records were dated at; the counts are right at it and at any earlier
   * date (a point only blanks later dates). `records`: a key per record, in any order. They are
   * sorted and summed when first counted: the headline makes them in its walk of the records, and
   * an audit without trends then never pays for the sort (issue 24: ~15 ms after the answer).
   */
  constructor(
    readonly at: Day,
    private records: readonly number[],
  ) {}

  /** The keys ascending, and `sums[b][k]`: how many of the first k records have bit b. */
  private ready(): Float64Array {
    if (this.keys) return this.keys;
    const sorted = Float64Array.from(this.records).sort();
    this.records = [];
    this.sums = NAMES.map(() => new Int32Array(sorted.length + 1));
    for (let k = 0; k < sorted.length; k++) {
      const bits = sorted[k]! - Math.floor(sorted[k]! / SPAN) * SPAN;
      for (let b = 0; b < NAMES.length; b++) this.sums[b]![k + 1] = this.sums[b]![k]! + ((bits >> b) & 1);
    }
    return (this.keys = sorted);
  }

  /** The counts of the records dated from `start` to `end`, both included. */
  between(start: Day, end: Day): Tally {
    this.ready();
    const from = this.firstAtLeast(start * SPAN),
      to = this.firstAtLeast((end + 1) * SPAN);
    const out: Tally = {
      n: Math.max(0, to - from),
      meets: 0,
      childFocus: 0,
      reflection: 0,
      actions: 0,
      reviewsPrevious: 0,
      copied: 0,
    };
    if (to > from) NAMES.forEach((name, b) => (out[name] = this.sums[b]![to]! - this.sums[b]![from]!));
    return out;
  }

  private firstAtLeast(key: number): number {
    let lo = 0,
      hi = this.keys!.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys![mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
