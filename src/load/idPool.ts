/**
 * Ids shared across the tables of one load: one string per distinct value (issue 24), found by
 * number where an id is spelt as letters then digits.
 */
import { digitsValue, numberedPrefix } from './numberedIds.js';
import { cleanText, detached } from './values.js';

type Parser = (raw: string) => unknown;

/** Longer values are free text (tableBuilder.ts's INTERN_MAX_LENGTH): not looked up. */
const INTERN_MAX_LENGTH = 64;

/** How many values of an id column decide whether it repeats enough to be worth sharing. */
const ID_SAMPLE = 2_048;
/** Below this share of repeats in the sample, the column is a row's own id (contact_id): not shared. */
const ID_MIN_REPEATS = 0.25;
/** Most distinct ids a pool keeps: enough for every child of a large council, bounded for junk. */
const ID_POOL_LIMIT = 1 << 20;

/**
 * One string per distinct id value, shared by every table that reads with it (loadExport passes
 * one pool per load): a child's id in contacts, visits and plans is then one string, not one per
 * row. At 1.1M rows the ids were about 2M strings kept for the whole audit; sharing them cuts
 * memory and the collector's work, and a shared string's hash, once computed by a Map lookup, is
 * kept for every later lookup. The pool is only for the load: the rows keep the strings.
 */
export class IdPool {
  /** Pooled ids, each its own key; those spelt as letters then digits are in `numbered` instead. */
  private readonly seen = new Map<string, string>();
  private readonly numbered = new NumberedIds();
  private count = 0;

  /** Distinct ids held (for tests: a column of a row's own ids must not fill the pool). */
  get size(): number {
    return this.count;
  }

  /**
   * A parser for one id column. A column whose values rarely repeat (a row's own id) would only
   * grow the pool: after ID_SAMPLE values with fewer than ID_MIN_REPEATS repeats, it stops looking.
   */
  parser(): Parser {
    const seen = this.seen;
    const numbered = this.numbered;
    let looked = 0,
      repeats = 0,
      sharing = true;
    // The last cell and what it gave: exports are often sorted by child, so a child's id comes in
    // runs (40% of allocations' child ids repeat the row before), and comparing two short strings
    // costs far less than a lookup in a pool of 100,000 ids. Only once the sample is taken, so
    // the decision to share is made on the same lookups as before.
    let lastRaw = '',
      last: string | null = null;
    // The numbered ids of the spelling (prefix and length) this column's last id had.
    let byNumber: NumberedTable | null = null,
      prefix = '',
      length = 0;
    return (raw) => {
      if (raw === lastRaw && looked === ID_SAMPLE) return last;
      // A pooled "C000123" found by its number, not hashed (issue 24: the pool's lookups and
      // insertions were the load's largest cost). Letters then digits are their own cleaned text.
      if (byNumber !== null && sharing && looked === ID_SAMPLE && raw.length === length && raw.startsWith(prefix)) {
        const n = digitsValue(raw, prefix.length);
        const hit = n >= 0 ? byNumber.get(n) : undefined;
        if (hit !== undefined) {
          lastRaw = raw;
          last = hit;
          return hit;
        }
      }
      const t = cleanText(raw);
      if (t === null || !sharing || t.length > INTERN_MAX_LENGTH) return t === null ? t : detached(t);
      let n = -1;
      if (byNumber !== null && t.length === length && t.startsWith(prefix)) n = digitsValue(t, prefix.length);
      if (n < 0) {
        const p = numberedPrefix(t);
        if (p > 0) {
          byNumber = numbered.table(t, p);
          prefix = t.slice(0, p);
          length = t.length;
          n = digitsValue(t, p);
        }
      }
      // An id past the end of its table's reach is in the Map (NumberedIds.put).
      const hit = (n >= 0 ? byNumber!.get(n) : undefined) ?? seen.get(t);
      if (looked < ID_SAMPLE) {
        looked++;
        if (hit !== undefined) repeats++;
        if (looked === ID_SAMPLE && repeats < ID_SAMPLE * ID_MIN_REPEATS) sharing = false;
      }
      const v = hit ?? detached(t);
      if (hit === undefined && this.count < ID_POOL_LIMIT) {
        this.count++;
        if (n < 0 || !byNumber!.put(n, v)) seen.set(v, v);
      }
      lastRaw = raw;
      last = v;
      return v;
    };
  }
}

/** A table grows to a number only this far past its end: a sparse one would not be an array. */
const NUMBERED_MAX_GAP = 1 << 16;

/**
 * A table's numbers in chunks of 2^14: a chunk of 16,384 entries (128 KB and its header) is just
 * over V8's large-object line, so it is made whole in the large-object space and never copied.
 * Grown by `push`, the children's table (108,000 at 1.1M rows) was copied at each growth into
 * fresh memory, about 3 times its final size: 800 page faults of the seven-metric run (issue 24).
 * The first chunk still grows as needed, so a small table (or the sample of a row's own ids,
 * which the pool then stops sharing) takes only what it holds.
 */
const CHUNK_BITS = 14;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

class NumberedTable {
  private readonly chunks: ((string | undefined)[] | undefined)[] = [[]];
  /** One past the largest number held. */
  private end = 0;

  get(n: number): string | undefined {
    return this.chunks[n >>> CHUNK_BITS]?.[n & CHUNK_MASK];
  }

  /** Puts v at n; false when n is too far past the table's end (v goes to the pool's Map). */
  put(n: number, v: string): boolean {
    if (n >= this.end + NUMBERED_MAX_GAP) return false;
    if (n >= this.end) this.end = n + 1;
    const c = n >>> CHUNK_BITS;
    if (c === 0) {
      const first = this.chunks[0]!;
      while (first.length < n) first.push(undefined);
      first[n] = v;
      return true;
    }
    while (this.chunks.length <= c) this.chunks.push(undefined);
    (this.chunks[c] ??= new Array<string | undefined>(CHUNK_MASK + 1))[n & CHUNK_MASK] = v;
    return true;
  }
}

/**
 * The pool's ids spelt as a few letters then digits, one table per prefix and length, indexed by
 * the number: exports number their children and workers and usually list a table by child, so the
 * tables are read in order, with no hashing and few cache misses, where a Map of 100,000 ids costs
 * a hash and a few misses per lookup and rehashes as it grows. The same prefix, length and number
 * are the same id, so a hit needs no comparison.
 */
class NumberedIds {
  private readonly tables = new Map<string, NumberedTable>();

  /** The table of ids with s's prefix (its first p characters) and length. */
  table(s: string, p: number): NumberedTable {
    const key = `${s.slice(0, p)}/${s.length}`;
    let t = this.tables.get(key);
    if (t === undefined) this.tables.set(key, (t = new NumberedTable()));
    return t;
  }
}
