/**
 * Scoring supervision text child by child (issue 24: peak memory). The copy check compares a
 * record with the child's previous record with text; scoring each child's records in that order
 * lets the similarity be worked out as the records are scored, so only a few thousand records'
 * word 3-shingles are held at a time, never the whole table's (9M keys, 75 MB at 1.1M rows, held
 * by the worker while it scored and by the main thread for the rest of the audit).
 */
import type { SupervisionRow } from '../../src/model/tables.js';
import { KeySet } from './supervisionCopy.js';
import { KeyTurns } from './supervisionKeyStore.js';
import { followUp, type RecordTexts } from './supervisionFollowUp.js';
import { type SupervisionScorer, TEXT_BITS } from './supervisionScorer.js';

export interface ScoredTexts {
  /** TEXT_BITS of each row: the criteria its text meets, and whether it was scored. */
  bits: Uint8Array;
  /**
   * The child's previous record with text (by date, then source line, as the export index groups
   * them): -1 when none. Blanking dates after a date (the as-at date, a trend point) never changes
   * it for a record still dated: every record before it is dated no later.
   */
  previous: Int32Array;
  /** Jaccard similarity of word 3-shingles with that record (0 when either has none). */
  similarity: Float64Array;
}

/** Records scored at a time: their keys are all that is held (about 57 a record). */
const CHUNK = 4096;

/** Row positions with each child's dated rows together, by date then line (ties: row order), then the others. */
function childOrder(rows: readonly SupervisionRow[]): Int32Array {
  const order = new Int32Array(rows.length);
  if (inChildOrder(rows)) {
    for (let i = 0; i < rows.length; i++) order[i] = i;
    return order;
  }
  const byChild = new Map<string, number[]>();
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.childId === null || r.supervisionDate === null) continue;
    const list = byChild.get(r.childId);
    if (list) list.push(i);
    else byChild.set(r.childId, [i]);
  }
  for (const list of byChild.values()) {
    list.sort((a, b) => rows[a]!.supervisionDate! - rows[b]!.supervisionDate! || rows[a]!.line - rows[b]!.line);
    for (const i of list) order[at++] = i;
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.childId === null || r.supervisionDate === null) order[at++] = i;
  }
  return order;
}

/**
 * Whether childOrder would leave the rows as they are: every row dated and of a child, each child's
 * rows together and already by date then line (an export index's own order, and the bench's). One
 * pass and a set of children, not a list per child and a sort of each.
 */
function inChildOrder(rows: readonly SupervisionRow[]): boolean {
  const seen = new Set<string>();
  let child: string | null = null,
    date = 0,
    line = 0;
  // By index: run once a call, mostly before it is optimised, `for of` made an iterator result a row.
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.childId === null || r.supervisionDate === null) return false;
    if (r.childId === child) {
      // The sort is stable: equal date and line keep row order.
      if (r.supervisionDate < date || (r.supervisionDate === date && r.line < line)) return false;
    } else {
      if (seen.has(r.childId)) return false;
      seen.add((child = r.childId));
    }
    date = r.supervisionDate;
    line = r.line;
  }
  return true;
}

/**
 * Scores every row's text (`textOf` null: not scored) and compares each scored record of a child
 * with the child's previous scored record, as CopyComparer.similarity does (the current record's
 * keys in the set, the previous one's looked up), so the value is the same to the last bit.
 */
export function scoreByChild(
  scorer: SupervisionScorer,
  rows: readonly SupervisionRow[],
  textOf: (i: number) => RecordTexts | null,
  /** Records scored at a time (smaller in tests, to cross many batch boundaries). */
  chunk = CHUNK,
  /** The key arrays, kept by a caller that scores many sets of rows (scoreShare's parts), so each call need not grow its own. */
  turns = new KeyTurns(),
): ScoredTexts {
  const n = rows.length;
  const bits = new Uint8Array(n);
  const previous = new Int32Array(n).fill(-1);
  const similarity = new Float64Array(n);
  const order = childOrder(rows);
  const set = new KeySet();
  // Per record of a batch, whether its text could hold a status word (beside the bits, which are
  // compared): a record without one follows nothing up, so followUp need not scan it.
  const status = new Uint8Array(chunk);
  // Per record of a batch, how many of its keys the record before it in the batch has (or -1):
  // counted as it was read, while the scorer's key set held its keys, so they are not put again.
  const inter = new Int32Array(chunk);
  let last = -1,
    lastChild: string | null = null,
    lastKeys: Float64Array = new Float64Array(0),
    lastFrom = 0,
    lastTo = 0,
    // Whether lastKeys is a copy of its own (below), not a batch's array.
    lastKept = false;
  for (let base = 0; base < n; base += chunk) {
    const len = Math.min(chunk, n - base);
    // lastKeys may be the batch before's: KeyTurns writes this batch into the other array.
    const s = scorer.scoreTexts(len, (k) => textOf(order[base + k]!), turns.next(len), status, inter);
    // The batch position of `last`, when it is in this batch.
    let lastK = -1;
    for (let k = 0; k < len; k++) {
      const i = order[base + k]!;
      bits[i] = s.bits[k]!;
      const r = rows[i]!;
      if (s.bits[k] === 0 || r.childId === null || r.supervisionDate === null) continue;
      const a0 = s.start[k]!,
        a1 = s.start[k + 1]!;
      if (r.childId === lastChild) {
        previous[i] = last;
        // What became of an item of the previous record's tasks reviews them too (supervisionFollowUp).
        if (
          (bits[i]! & TEXT_BITS.reviewsPrevious) === 0 &&
          status[k] === 1 &&
          followUp(textOf(last)!, textOf(i)!) !== null
        )
          bits[i] = bits[i]! | TEXT_BITS.reviewsPrevious;
        if (a1 !== a0 && lastTo !== lastFrom) {
          const common =
            lastK === k - 1 && inter[k]! >= 0
              ? inter[k]!
              : set.intersection(s.keys, a0, a1, lastKeys, lastFrom, lastTo);
          similarity[i] = common / (a1 - a0 + (lastTo - lastFrom) - common);
        }
      }
      last = i;
      lastK = k;
      lastChild = r.childId;
      lastKeys = s.keys;
      lastKept = false;
      lastFrom = a0;
      lastTo = a1;
    }
    // A batch with no scored record leaves `last` in an earlier batch, whose keys' array the next
    // batch writes over (KeyTurns has two): keep a copy of them. Rare (a child with a whole
    // batch of unscored rows between two records), and it must not change a similarity.
    if (lastK === -1 && last >= 0 && !lastKept) {
      lastKeys = lastKeys.slice(lastFrom, lastTo);
      lastFrom = 0;
      lastTo = lastKeys.length;
      lastKept = true;
    }
  }
  return { bits, previous, similarity };
}
