/**
 * The rows SupervisionScorer.scoreTexts fills: each row's criteria bits and word 3-shingle keys,
 * by row position, in flat typed arrays (TextScores). A record copied forward repeats the row read
 * before it word for word (one in twelve of the benchmark's; the copy criterion exists because
 * real records do), and a score depends only on the text, the lexicon and the model, so such a row
 * takes that row's bits and keys instead of being read again.
 */
import { type KeySet, shinglesInto, type TextScores } from './supervisionCopy.js';
import { type KeyTarget, KeyTurns } from './supervisionKeyStore.js';

export class Rows {
  private readonly bits: Uint8Array;
  private readonly start: Int32Array;
  private readonly store: KeyTarget;
  private keys: Float64Array;
  private used = 0;
  /** The last row read: its text and actions (lastText null before any), bits and keys [lastFrom, lastTo). */
  private lastText: string | null = null;
  private lastActions: string | null = null;
  private lastBits = 0;
  private lastFrom = 0;
  private lastTo = 0;

  /**
   * `n` rows, their keys written to `into` (KeyTurns, for batches) or else to a plain array of
   * their own: a KeyStore's array on a resizable buffer saves memory when 1.1M rows are scored at
   * once, which the rule no longer does (scoreByChild), but every key written to it and read back
   * by the copy test cost more (the scorer benchmark 4-5% CPU).
   */
  constructor(
    private readonly n: number,
    into?: KeyTarget,
  ) {
    this.bits = new Uint8Array(n);
    this.start = new Int32Array(n + 1);
    this.store = into ?? new KeyTurns().next(n);
    this.keys = this.store.keys;
  }

  /**
   * Starts row `i` (rows in order); true when nothing is left to read: a row not to be scored
   * (null), or one whose text and actions are the last row read's, whose bits and keys it takes.
   */
  settled(i: number, text: readonly [string | null, string | null] | null): boolean {
    this.start[i] = this.used;
    if (text === null) return true;
    if (this.lastText === null || text[0] !== this.lastText || text[1] !== this.lastActions) return false;
    const from = this.lastFrom,
      to = this.lastTo;
    this.room(to - from);
    this.keys.copyWithin(this.used, from, to);
    this.used += to - from;
    this.bits[i] = this.lastBits;
    return true;
  }

  /** Ends row `i`, read: its bits (TEXT_BITS), and the shingles of the first `count` word hashes in `hashes`. */
  read(
    i: number,
    text: readonly [string | null, string | null],
    bits: number,
    set: KeySet,
    hashes: Float64Array,
    count: number,
  ): void {
    // At most max(1, count - 2) distinct shingles, written straight into the flat array.
    this.room(Math.max(1, count));
    const from = this.used;
    this.used += shinglesInto(set, hashes, count, this.keys, from);
    this.bits[i] = bits;
    this.lastText = text[0];
    this.lastActions = text[1];
    this.lastBits = bits;
    this.lastFrom = from;
    this.lastTo = this.used;
  }

  /** Room for `count` more keys. */
  private room(count: number): void {
    if (this.used + count > this.keys.length) this.keys = this.store.grow(this.used, this.used + count);
  }

  /** The rows' bits, where each row's keys start, and the keys. */
  done(): TextScores {
    this.start[this.n] = this.used;
    return { bits: this.bits, start: this.start, keys: this.store.done(this.used) };
  }
}
