/**
 * The rows SupervisionScorer.scoreTexts fills: each row's criteria bits and word 3-shingle keys,
 * by row position, in flat typed arrays (TextScores). A record copied forward repeats the row read
 * before it word for word (one in twelve of the benchmark's; the copy criterion exists because
 * real records do), and a score depends only on the text, the lexicon, the model and (only when
 * the stale-date check read it) the row's date, so such a row takes that row's bits and keys
 * instead of being read again, when the date could not matter or is the same.
 */
import type { Day } from '../../src/model/day.js';
import { type KeySet, shinglesInto, type TextScores } from './supervisionCopy.js';
import type { RecordTexts } from './supervisionFollowUp.js';
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
  /** The last row read's date, and whether its score read it (StaleDates.usedDate). */
  private lastDate: Day | null = null;
  private lastDated = false;
  private lastBits = 0;
  private lastFrom = 0;
  private lastTo = 0;
  /**
   * For `inter`: the keys of the row before the current one, [beforeFrom, beforeTo), or beforeFrom
   * -1 when it had no text; and whether the key set holds exactly the last read row's keys (it was
   * filled by addShingles: a text of fewer than three words leaves it as it was).
   */
  private beforeFrom = -1;
  private beforeTo = 0;
  private held = false;

  /**
   * `n` rows, their keys written to `into` (KeyTurns, for batches) or else to a plain array of
   * their own: a KeyStore's array on a resizable buffer saves memory when 1.1M rows are scored at
   * once, which the rule no longer does (scoreByChild), but every key written to it and read back
   * by the copy test cost more (the scorer benchmark 4-5% CPU).
   */
  /**
   * `inter` (with the scorer's key `set`): per row, how many of its keys the row before it has
   * (the copy test's intersection, counted while the set still holds the row's keys), or -1 where
   * that cannot be had so (no row before with text, or the set not holding the row's keys).
   */
  constructor(
    private readonly n: number,
    into?: KeyTarget,
    private readonly inter?: Int32Array,
    private readonly set?: KeySet,
  ) {
    this.bits = new Uint8Array(n);
    this.start = new Int32Array(n + 1);
    this.store = into ?? new KeyTurns().next(n);
    this.keys = this.store.keys;
  }

  /**
   * Starts row `i` (rows in order); true when nothing is left to read: a row not to be scored
   * (null), or one whose text and actions are the last row read's (and its date, if that row's
   * score read its date), whose bits and keys it takes.
   */
  settled(i: number, text: RecordTexts | null): boolean {
    this.start[i] = this.used;
    if (text === null) {
      if (this.inter !== undefined) {
        this.inter[i] = -1;
        this.beforeFrom = -1;
      }
      return true;
    }
    if (this.lastText === null || text[0] !== this.lastText || text[1] !== this.lastActions) return false;
    if (this.lastDated && (text[2] ?? null) !== this.lastDate) return false;
    const from = this.lastFrom,
      to = this.lastTo;
    this.room(to - from);
    this.keys.copyWithin(this.used, from, to);
    this.used += to - from;
    this.bits[i] = this.lastBits;
    // The set still holds the last read row's keys, which this row's are.
    if (this.inter !== undefined) this.overlapBefore(i, this.used - (to - from));
    return true;
  }

  /** inter[i] for row `i`, whose keys start at `from` and end at `used`; then row i is the row before. */
  private overlapBefore(i: number, from: number): void {
    this.inter![i] =
      this.held && this.beforeFrom >= 0 ? this.set!.countIn(this.keys, this.beforeFrom, this.beforeTo) : -1;
    this.beforeFrom = from;
    this.beforeTo = this.used;
  }

  /**
   * Ends row `i`, read: its bits (TEXT_BITS), and the shingles of the first `count` word hashes in
   * `hashes`; `dated`: whether its score read its date.
   */
  read(
    i: number,
    text: RecordTexts,
    bits: number,
    set: KeySet,
    hashes: Int32Array,
    count: number,
    dated: boolean,
  ): void {
    // At most max(1, count - 2) distinct shingles, written straight into the flat array.
    this.room(Math.max(1, count));
    const from = this.used;
    this.used += shinglesInto(set, hashes, count, this.keys, from);
    if (this.inter !== undefined) {
      this.held = count >= 3;
      this.overlapBefore(i, from);
    }
    this.bits[i] = bits;
    this.lastText = text[0];
    this.lastActions = text[1];
    this.lastDate = text[2] ?? null;
    this.lastDated = dated;
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
