/**
 * The growing flat array of shingle keys that SupervisionScorer.scoreTexts writes. How many keys
 * the rows make is known only once they are read (about 57 a record at 1.1M rows), so the array
 * grows as it goes. A plain array grows by copying into one twice as large: at 1.1M rows the last
 * copy held the old 42 MB and the new 84 MB at once, in the worker thread, while the main thread
 * held every table: the audit's peak memory. Here the array sits on a resizable ArrayBuffer that
 * reserves address space up front and takes memory only as it grows, in place, with no copy, and
 * is cut to the keys used at the end (no spare capacity handed to the main thread either).
 */

/** Address space reserved per row: far beyond real records (about 57 keys), and only reserved. */
export const RESERVED_KEYS_PER_ROW = 512;
/** Growth step of the resizable buffer, in keys (8 MB): few resizes, little unused memory. */
const STEP_KEYS = 1 << 20;
/** The most a buffer may reserve (2 GB of address space): beyond it, growth copies as before. */
const MAX_RESERVED_BYTES = 2 ** 31;

type ResizableBuffer = ArrayBuffer & { resize(byteLength: number): void; readonly maxByteLength: number };

/** A resizable ArrayBuffer of `bytes`, able to grow to `maxBytes`; null where it cannot be had. */
function resizable(bytes: number, maxBytes: number): ResizableBuffer | null {
  try {
    const Ctor = ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => ArrayBuffer;
    const buf = new Ctor(bytes, { maxByteLength: maxBytes }) as ResizableBuffer;
    return typeof buf.resize === 'function' && buf.maxByteLength === maxBytes ? buf : null;
  } catch {
    return null; // no address space to reserve (a ulimit): grow by copying instead
  }
}

/** Where scoreTexts writes a batch's keys: grown as it goes, cut to the keys used at the end. */
export interface KeyTarget {
  readonly keys: Float64Array;
  grow(used: number, needed: number): Float64Array;
  done(used: number): Float64Array;
}

export class KeyStore implements KeyTarget {
  private buffer: ResizableBuffer | null;
  /** The array to write into; replaced by grow(). */
  keys: Float64Array;

  /** `initial` keys now; room reserved for `reserve` keys without a copy. */
  constructor(initial: number, reserve: number) {
    const max = Math.min(MAX_RESERVED_BYTES, Math.max(initial, reserve) * 8);
    this.buffer = resizable(initial * 8, max);
    this.keys = this.buffer ? new Float64Array(this.buffer, 0, initial) : new Float64Array(initial);
  }

  /** An array holding the first `used` keys with room for at least `needed`. */
  grow(used: number, needed: number): Float64Array {
    const buf = this.buffer;
    if (buf && needed * 8 <= buf.maxByteLength) {
      buf.resize(Math.min(buf.maxByteLength, Math.ceil(needed / STEP_KEYS) * STEP_KEYS * 8));
      // A view of fixed length: the optimised code writing it need not track the buffer's length.
      this.keys = new Float64Array(buf, 0, buf.byteLength / 8);
      return this.keys;
    }
    // Past the reservation (or none could be had): double and copy, as a plain array grows.
    this.buffer = null;
    const grown = new Float64Array(Math.max(this.keys.length * 2, needed));
    grown.set(this.keys.subarray(0, used));
    this.keys = grown;
    return grown;
  }

  /** The `used` keys, the rest of the memory given back where the buffer can shrink. */
  done(used: number): Float64Array {
    const buf = this.buffer;
    if (!buf) return this.keys.subarray(0, used);
    buf.resize(used * 8);
    return new Float64Array(buf, 0, used);
  }
}

/**
 * Key arrays for batches scored one after another (scoreByChild, 4,096 records at a time), used
 * in turn: a batch's keys stay readable while the next batch is written into the other array (the
 * child's previous record may be in the batch before), and a batch takes no new memory. A fresh
 * KeyStore per batch reserved, committed and gave back 8 MB each time: at 1.1M rows its `done`
 * alone was a tenth of the worker's profile, the critical path of the audit (issue 24).
 */
export class KeyTurns {
  private readonly arrays: Float64Array[] = [new Float64Array(0), new Float64Array(0)];
  private turn = 1;

  /** The target for the next batch of `rows` rows; the batch before it keeps its keys. */
  next(rows: number): KeyTarget {
    this.turn ^= 1;
    const turn = this.turn;
    const arrays = this.arrays;
    // About 57 keys a real record: 64 a row leaves most batches without a copy.
    if (arrays[turn]!.length < rows * 64) arrays[turn] = new Float64Array(rows * 64);
    return {
      get keys() {
        return arrays[turn]!;
      },
      grow(used: number, needed: number): Float64Array {
        const grown = new Float64Array(Math.max(arrays[turn]!.length * 2, needed));
        grown.set(arrays[turn]!.subarray(0, used));
        arrays[turn] = grown;
        return grown;
      },
      done: (used: number): Float64Array => arrays[turn]!.subarray(0, used),
    };
  }
}
