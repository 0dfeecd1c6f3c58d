/**
 * Copy detection for supervision records (SPEC §4.7 "copied"): Jaccard similarity of word
 * 3-shingles. Shingles are 53-bit numeric keys of runs of word hashes, de-duplicated in a
 * reusable hash set (one per scorer or comparer, never shared between them).
 */
import { wordHash } from './supervisionWords.js';

/** A record's word 3-shingles as hashed keys, each once, in no particular order. */
export type Shingles = readonly number[];

export const COPY_THRESHOLD = 0.8;

/** A 53-bit key for a run of word hashes (two independent 32- and 21-bit mixes), so collisions are negligible. */
const A_SEED = 0x811c9dc5,
  A_PRIME = 0x01000193,
  B_SEED = 0x2545f491,
  B_PRIME = 0x5bd1e995;
function runKey(hs: ArrayLike<number>, from: number, to: number): number {
  let a = A_SEED,
    b = B_SEED;
  for (let i = from; i < to; i++) {
    a = Math.imul(a ^ hs[i]!, A_PRIME);
    b = Math.imul(b ^ hs[i]!, B_PRIME);
    b ^= b >>> 15;
  }
  return (b & 0x1fffff) * 0x100000000 + (a >>> 0);
}

/**
 * A set of keys by open addressing, where a slot counts only when its stamp is the current
 * generation, so starting a new set costs nothing however large the last one was.
 */
export class KeySet {
  private keys = new Float64Array(1024);
  private stamps = new Uint32Array(1024);
  private shift = 22; // 32 - log2(capacity)
  private generation = 0;

  private slotOf(key: number): number {
    return Math.imul(key >>> 0, 0x9e3779b1) >>> this.shift;
  }

  /** Empties the set, sized for about `expected` keys. */
  clear(expected: number): void {
    let capacity = this.keys.length;
    while (capacity < expected * 2) capacity *= 2;
    if (capacity !== this.keys.length || this.generation === 0xffffffff) {
      this.keys = new Float64Array(capacity);
      this.stamps = new Uint32Array(capacity);
      this.shift = 32 - Math.log2(capacity);
      this.generation = 0;
    }
    this.generation++;
  }

  /** Adds a key; false when it was already there. */
  add(key: number): boolean {
    const mask = this.keys.length - 1;
    for (let i = this.slotOf(key); ; i = (i + 1) & mask) {
      if (this.stamps[i] !== this.generation) {
        this.stamps[i] = this.generation;
        this.keys[i] = key;
        return true;
      }
      if (this.keys[i] === key) return false;
    }
  }

  /**
   * Empties the set, then adds the 3-shingle keys of the first `n` (at least 3) word hashes in `hs`
   * and writes each new one into `out` from `at`; returns how many. The keys, their order and the
   * slots they take are exactly runKey's and add's: this is their loop unrolled for three words,
   * each word's first mixing step worked out once (not once per shingle it opens), since every
   * scored record passes through here.
   */
  addShingles(hs: ArrayLike<number>, n: number, out: Float64Array, at: number): number {
    const m = n - 2;
    this.clear(m);
    const keys = this.keys,
      stamps = this.stamps,
      shift = this.shift,
      generation = this.generation,
      mask = keys.length - 1;
    // (a0, b0): runKey's state after word i; (a1, b1): after word i + 1 alone.
    let h1 = hs[1]!,
      a0 = Math.imul(A_SEED ^ hs[0]!, A_PRIME),
      b0 = Math.imul(B_SEED ^ hs[0]!, B_PRIME),
      a1 = Math.imul(A_SEED ^ h1, A_PRIME),
      b1 = Math.imul(B_SEED ^ h1, B_PRIME);
    b0 ^= b0 >>> 15;
    b1 ^= b1 >>> 15;
    let k = at;
    for (let i = 0; i < m; i++) {
      const h2 = hs[i + 2]!;
      const a = Math.imul(Math.imul(a0 ^ h1, A_PRIME) ^ h2, A_PRIME);
      let b = Math.imul(b0 ^ h1, B_PRIME);
      b ^= b >>> 15;
      b = Math.imul(b ^ h2, B_PRIME);
      b ^= b >>> 15;
      const key = (b & 0x1fffff) * 0x100000000 + (a >>> 0);
      // slotOf(key): the key's low 32 bits are a's.
      for (let j = Math.imul(a, 0x9e3779b1) >>> shift; ; j = (j + 1) & mask) {
        if (stamps[j] !== generation) {
          stamps[j] = generation;
          keys[j] = key;
          out[k++] = key;
          break;
        }
        if (keys[j] === key) break;
      }
      a0 = a1;
      b0 = b1;
      h1 = h2;
      a1 = Math.imul(A_SEED ^ h2, A_PRIME);
      b1 = Math.imul(B_SEED ^ h2, B_PRIME);
      b1 ^= b1 >>> 15;
    }
    return k - at;
  }

  /**
   * How many of b[b0, b1) are among a[a0, a1): the set is emptied and filled with a's keys, then
   * b's are looked up, as add() and has() one by one would (the copy test's intersection).
   */
  intersection(a: Float64Array, a0: number, a1: number, b: Float64Array, b0: number, b1: number): number {
    this.clear(a1 - a0);
    const keys = this.keys,
      stamps = this.stamps,
      shift = this.shift,
      generation = this.generation,
      mask = keys.length - 1;
    for (let k = a0; k < a1; k++) {
      const key = a[k]!;
      for (let j = Math.imul(key >>> 0, 0x9e3779b1) >>> shift; ; j = (j + 1) & mask) {
        if (stamps[j] !== generation) {
          stamps[j] = generation;
          keys[j] = key;
          break;
        }
        if (keys[j] === key) break;
      }
    }
    let inter = 0;
    for (let k = b0; k < b1; k++) {
      const key = b[k]!;
      for (let j = Math.imul(key >>> 0, 0x9e3779b1) >>> shift; stamps[j] === generation; j = (j + 1) & mask)
        if (keys[j] === key) {
          inter++;
          break;
        }
    }
    return inter;
  }

  /**
   * How many of b[b0, b1) are in the set: intersection's second half, for a set that already holds
   * exactly a's keys (the scorer's, right after addShingles read a record), so a's are not put again.
   */
  countIn(b: Float64Array, b0: number, b1: number): number {
    const keys = this.keys,
      stamps = this.stamps,
      shift = this.shift,
      generation = this.generation,
      mask = keys.length - 1;
    let inter = 0;
    for (let k = b0; k < b1; k++) {
      const key = b[k]!;
      for (let j = Math.imul(key >>> 0, 0x9e3779b1) >>> shift; stamps[j] === generation; j = (j + 1) & mask)
        if (keys[j] === key) {
          inter++;
          break;
        }
    }
    return inter;
  }

  has(key: number): boolean {
    const mask = this.keys.length - 1;
    for (let i = this.slotOf(key); ; i = (i + 1) & mask) {
      if (this.stamps[i] !== this.generation) return false;
      if (this.keys[i] === key) return true;
    }
  }
}

const NO_SHINGLES: Shingles = [];

/**
 * The distinct 3-shingle keys of the first `n` word hashes in `hs`, also left in `set`. A text of
 * one or two words is one shingle of itself, so a bare "No change" repeated from the last record
 * still counts as copied. (A plain array: a small typed array costs far more to make.)
 */
export function shinglesOf(set: KeySet, hs: ArrayLike<number>, n: number): Shingles {
  if (n === 0) {
    set.clear(0);
    return NO_SHINGLES;
  }
  if (n < 3) {
    const key = runKey(hs, 0, n);
    set.clear(1);
    set.add(key);
    return [key];
  }
  const m = n - 2;
  set.clear(m);
  const out: number[] = [];
  for (let i = 0; i < m; i++) {
    const key = runKey(hs, i, i + 3);
    if (set.add(key)) out.push(key);
  }
  return out;
}

/** shinglesOf, writing the distinct keys into `out` from `at`; returns how many. */
export function shinglesInto(set: KeySet, hs: ArrayLike<number>, n: number, out: Float64Array, at: number): number {
  if (n === 0) return 0;
  if (n < 3) {
    out[at] = runKey(hs, 0, n);
    return 1;
  }
  return set.addShingles(hs, n, out, at);
}

/** Jaccard similarity of `current` (the shingles now in `set`) and `other`. */
export function overlap(set: KeySet, current: Shingles, other: Shingles): number {
  if (current.length === 0 || other.length === 0) return 0;
  let inter = 0;
  for (let i = 0; i < other.length; i++) if (set.has(other[i]!)) inter++;
  return inter / (current.length + other.length - inter);
}

/** Word 3-shingles (hashed) of a list of words, as the scorer computes them for a record. */
export function shingleSet(ws: readonly string[]): Shingles {
  return shinglesOf(new KeySet(), ws.map(wordHash), ws.length);
}

/** |A ∩ B| / |A ∪ B| of two shingle sets; two empty sets are 0 (nothing to copy). */
export function jaccard(a: Shingles, b: Shingles): number {
  const set = new KeySet();
  set.clear(a.length);
  for (let i = 0; i < a.length; i++) set.add(a[i]!);
  return overlap(set, a, b);
}

/** Criteria and shingles of many rows in flat typed arrays (see SupervisionScorer.scoreTexts). */
export interface TextScores {
  bits: Uint8Array;
  start: Int32Array;
  keys: Float64Array;
}

/** Compares rows of a TextScores for copying, with a key set of its own. */
export class CopyComparer {
  private readonly set = new KeySet();

  /** Jaccard similarity of the shingles of rows `i` and `j` (0 when either has none), as scoreRecord computes it. */
  similarity(scores: TextScores, i: number, j: number): number {
    const { start, keys } = scores;
    const a0 = start[i]!,
      a1 = start[i + 1]!,
      b0 = start[j]!,
      b1 = start[j + 1]!;
    if (a1 === a0 || b1 === b0) return 0;
    const inter = this.set.intersection(keys, a0, a1, keys, b0, b1);
    return inter / (a1 - a0 + (b1 - b0) - inter);
  }
}
