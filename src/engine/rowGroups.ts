/**
 * Row numbers grouped by an id column, found by the id's number where the ids are spelt as a
 * prefix and digits of one length ("C000123"), as exports number their children (issue 24).
 *
 * Why not a Map: a Map cannot be sized ahead, and one keyed by 43,000 children rehashes into a new
 * table at each doubling; on this VM every fresh 4 KB page costs 12-18 µs, and the seven-metric run's
 * referral grouping alone took about 800 page faults that way. An array of lists indexed by the
 * child's number is made once at its final size. Ids spelt otherwise (or numbered too sparsely for
 * an array) are kept in a Map, so any id groups as before.
 */
import { digitsValue, numberedPrefix } from '../load/numberedIds.js';

/** An array indexed by number may reach this far past the rows it holds; sparser ids use the Map. */
const MAX_SPREAD = 1 << 16;

export class RowGroups implements Iterable<[string, number[]]> {
  private constructor(
    /** The numbered spelling's prefix, '' when no id is held by number. */
    private readonly prefix: string,
    /** The numbered spelling's whole length. */
    private readonly length: number,
    /** Lists of ids of the numbered spelling, at their numbers. */
    private readonly byNumber: (number[] | undefined)[],
    /** Lists of every other id. */
    private readonly others: Map<string, number[]>,
  ) {}

  /**
   * Row numbers 0..count-1 grouped by `keys` (null: in no group), each list in row order. A row
   * with the row before's key joins its list without a lookup (exports list a child's rows together).
   */
  static of(keys: readonly (string | null)[], count: number): RowGroups {
    // The spelling is the first id's; the array is sized by the largest number of that spelling.
    let prefix = '',
      length = 0,
      max = -1;
    let lastKey: string | null = null;
    for (let i = 0; i < count; i++) {
      const k = keys[i]!;
      if (k === null || k === lastKey) continue;
      lastKey = k;
      if (length === 0) {
        const p = numberedPrefix(k);
        if (p === 0) break; // not numbered: every id goes to the Map
        prefix = k.slice(0, p);
        length = k.length;
      }
      const n = k.length === length && k.startsWith(prefix) ? digitsValue(k, prefix.length) : -1;
      if (n > max) max = n;
    }
    if (max < 0 || max > count + MAX_SPREAD) prefix = '';
    const groups = new RowGroups(
      prefix,
      length,
      new Array<number[] | undefined>(prefix === '' ? 0 : max + 1),
      new Map(),
    );
    let last: number[] = [];
    lastKey = null;
    for (let i = 0; i < count; i++) {
      const k = keys[i]!;
      if (k === null) continue;
      if (k === lastKey) {
        last.push(i);
        continue;
      }
      // A new list made with its first row, not empty then pushed to (most children have one
      // referral; a push to an empty array gives it room for 16 more).
      const n = groups.numberOf(k);
      let list = n >= 0 ? groups.byNumber[n] : groups.others.get(k);
      if (list) list.push(i);
      else {
        list = [i];
        if (n >= 0) groups.byNumber[n] = list;
        else groups.others.set(k, list);
      }
      lastKey = k;
      last = list;
    }
    return groups;
  }

  /** Where `key` is held in `byNumber`, or -1 when it is in `others`. */
  private numberOf(key: string): number {
    if (this.prefix === '' || key.length !== this.length || !key.startsWith(this.prefix)) return -1;
    const n = digitsValue(key, this.prefix.length);
    return n < this.byNumber.length ? n : -1;
  }

  /** The rows of `key`'s group, or undefined when no row has it. */
  get(key: string): number[] | undefined {
    const n = this.numberOf(key);
    return n >= 0 ? this.byNumber[n] : this.others.get(key);
  }

  /** Every group's list: the numbered ids' in the order of their numbers, then the others' as first seen. */
  *values(): IterableIterator<number[]> {
    for (const list of this.byNumber) if (list !== undefined) yield list;
    yield* this.others.values();
  }

  /** Every group as [id, list], in the order of `values()`; a numbered id spelt as it was read. */
  *[Symbol.iterator](): IterableIterator<[string, number[]]> {
    const digits = this.length - this.prefix.length;
    for (let n = 0; n < this.byNumber.length; n++) {
      const list = this.byNumber[n];
      if (list !== undefined) yield [this.prefix + String(n).padStart(digits, '0'), list];
    }
    yield* this.others;
  }
}
