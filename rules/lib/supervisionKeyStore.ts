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

export class KeyStore {
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
