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
/** The repeats a sample needs to be shared (512). */
const SAMPLE_MIN_REPEATS = ID_SAMPLE * ID_MIN_REPEATS;
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
      // Compared at every value, not only after a hit (a column of unique ids has none).
      const sampled = looked === ID_SAMPLE;
      if (raw === lastRaw && sampled) return last;
      // A pooled "C000123" found by its number, not hashed (issue 24: the pool's lookups and
      // insertions were the load's largest cost). Letters then digits are their own cleaned text.
      // Looked up during the sample too, though only used after it: V8 optimises this function
      // within a column's first values, so code first run at the end of a sample has no type
      // feedback and throws the optimised code away (issue 24; the same goes for the sample's end
      // test below, whose comparison runs at every value of the sample).
      if (byNumber !== null && sharing && raw.length === length && raw.startsWith(prefix)) {
        const n = digitsValue(raw, prefix.length);
        const hit = n >= 0 ? byNumber.get(n) : undefined;
        if (hit !== undefined && sampled) {
          lastRaw = raw;
          last = hit;
          return hit;
        }
      }
      const t = cleanText(raw);
      if (t === null) return t;
      // A column no longer shared, or a long value, takes its copy from the one call below, not
      // from a call of its own: a column stops sharing after V8 has optimised this function, and
      // a call first made then is a deopt (issue 24).
      const pooled = sharing && t.length <= INTERN_MAX_LENGTH;
      let n = -1;
      let hit: string | undefined;
      if (pooled) {
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
        hit = (n >= 0 ? byNumber!.get(n) : undefined) ?? seen.get(t);
        if (looked < ID_SAMPLE) {
          looked++;
          // Counted at every value (a column's first repeat may come after V8 optimised this).
          repeats += hit === undefined ? 0 : 1;
          const few = repeats < SAMPLE_MIN_REPEATS;
          if (looked === ID_SAMPLE && few) sharing = false;
        }
      }
      const v = hit ?? detached(t);
      if (!pooled) return v;
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
/** Entries of a chunk past the first (computed here: the bundle's constants are variables, so a sum in put would need type feedback). */
const CHUNK_SIZE = CHUNK_MASK + 1;

/** Chunks a table's list holds from the start: numbers below 2^20 never grow it. */
const FIRST_CHUNKS = 64;

/**
 * A chunk of `size` entries (1 for the first, which grows as its numbers come), of the elements
 * kind every chunk ends as (holey, any value). A literal `[]` is of the small-integer kind and
 * changes kind as it fills, so the id parser, which inlines get and put, met chunks of two or
 * three maps and threw its optimised code away at each new one (issue 24).
 */
function newChunk(size: number): (string | undefined)[] {
  const chunk = new Array<string | undefined>(size);
  chunk[0] = undefined;
  return chunk;
}

class NumberedTable {
  // Made whole up front (a list grown by push, at the first number past 16,384, was code the
  // parser first ran after V8 had optimised it: a deopt), holey like every chunk.
  private readonly chunks: ((string | undefined)[] | undefined)[] = new Array(FIRST_CHUNKS);
  /** One past the largest number held. */
  private end = 0;

  constructor() {
    this.chunkAt(0);
  }

  get(n: number): string | undefined {
    // Bounds tested here, not left to the reads: a read past an array's end is a deopt of the
    // id parser that inlines this (its optimised code assumes reads in bounds), and a column's
    // first ids past the table's end come after that code is made (issue 24: 3 deopts and about
    // 330 ms of recompiles summed over the full audit's two threads, the largest of its kind).
    const c = n >>> CHUNK_BITS;
    if (c >= this.chunks.length) return undefined;
    const chunk = this.chunks[c];
    if (chunk === undefined) return undefined;
    const i = n & CHUNK_MASK;
    // Every chunk has an entry 0, read when i is past the end: the read runs at every lookup, so
    // it has type feedback from a column's first ids, which all miss (a column's first hit came
    // after V8 had optimised the parser: a deopt).
    const inside = i < chunk.length;
    const v = chunk[inside ? i : 0];
    return inside ? v : undefined;
  }

  /**
   * Chunk c, made if it is not there yet. One path for every chunk, first run by the constructor:
   * a path for chunks past the first, first run once a column's numbers passed 16,384, came after
   * V8 had optimised the id parser, which then threw that code away (issue 24).
   */
  private chunkAt(c: number): (string | undefined)[] {
    while (this.chunks.length <= c) this.chunks.push(undefined);
    return (this.chunks[c] ??= newChunk(c === 0 ? 1 : CHUNK_SIZE));
  }

  /** Puts v at n; false when n is too far past the table's end (v goes to the pool's Map). */
  put(n: number, v: string): boolean {
    if (n >= this.end + NUMBERED_MAX_GAP) return false;
    if (n >= this.end) this.end = n + 1;
    const chunk = this.chunkAt(n >>> CHUNK_BITS);
    const i = n & CHUNK_MASK;
    // Only the first chunk is short: it grows to its numbers.
    while (chunk.length < i) chunk.push(undefined);
    chunk[i] = v;
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
