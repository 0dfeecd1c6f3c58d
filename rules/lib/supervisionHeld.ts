/**
 * The supervision text a worker keeps to itself (PrepareStep.holds, issue 24: peak memory): the
 * main thread's rows then carry no text, and the rule's run reads the text of a record only for
 * an evidence excerpt (HTML/PDF). So the prepared value carries the text of every record that can
 * be evidence in some period (the worker does not know the period).
 */
import type { SupervisionRow } from '../../src/model/tables.js';
import type { ScoredTexts } from './supervisionPrevious.js';
import { TEXT_BITS } from './supervisionText.js';

/** The text of the records kept, in row order: record i of `rows` is `text` cut at `ends`. */
export interface HeldTexts {
  heldRows: Int32Array;
  /** Two per record: where its record_text and its actions end in `heldText`. */
  heldEnds: Int32Array;
  /** Two per record: 1 where record_text or actions is null. */
  heldNulls: Uint8Array;
  heldText: string;
}

export type PreparedTexts = ScoredTexts & Partial<HeldTexts>;

const ALL_THREE = TEXT_BITS.childFocus | TEXT_BITS.reflection | TEXT_BITS.actions;

/**
 * Row positions of the records that can be below the standard in some period: scored, and
 * missing a criterion or as similar as `copyThreshold` to the child's previous record.
 */
export function mayBeEvidence(scores: ScoredTexts, copyThreshold: number): Uint8Array {
  const { bits, previous, similarity } = scores;
  const keep = new Uint8Array(bits.length);
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i]!;
    if ((b & TEXT_BITS.scored) === 0) continue;
    if ((b & ALL_THREE) !== ALL_THREE || (previous[i]! >= 0 && similarity[i]! >= copyThreshold)) keep[i] = 1;
  }
  return keep;
}

/** The text of the records `keep` marks, as flat arrays that cross to the main thread whole. */
export function holdTexts(rows: readonly SupervisionRow[], keep: Uint8Array): HeldTexts {
  let m = 0;
  for (const k of keep) m += k;
  const heldRows = new Int32Array(m);
  const heldEnds = new Int32Array(2 * m);
  const heldNulls = new Uint8Array(2 * m);
  const parts: string[] = [];
  let at = 0,
    k = 0;
  for (let i = 0; i < rows.length; i++) {
    if (keep[i] === 0) continue;
    const r = rows[i]!;
    heldRows[k] = i;
    [r.recordText, r.actions].forEach((t, c) => {
      if (t === null) heldNulls[2 * k + c] = 1;
      else {
        parts.push(t);
        at += t.length;
      }
      heldEnds[2 * k + c] = at;
    });
    k++;
  }
  return { heldRows, heldEnds, heldNulls, heldText: parts.join('') };
}

/**
 * Row `i` with its text: the row's own when the rows are whole (no text held), else the held
 * text of that record. A record that was not held has no text to show (the rule asks only for
 * records below the standard, all of them held).
 */
export function withText(p: PreparedTexts, i: number, row: SupervisionRow): SupervisionRow {
  const { heldRows, heldEnds, heldNulls, heldText } = p;
  if (!heldRows || !heldEnds || !heldNulls || heldText === undefined) return row;
  let lo = 0,
    hi = heldRows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = heldRows[mid]!;
    if (at < i) lo = mid + 1;
    else if (at > i) hi = mid - 1;
    else {
      const cut = (c: number): string | null =>
        heldNulls[2 * mid + c] === 1
          ? null
          : heldText.slice(2 * mid + c === 0 ? 0 : heldEnds[2 * mid + c - 1]!, heldEnds[2 * mid + c]!);
      return { ...row, recordText: cut(0), actions: cut(1) };
    }
  }
  return row;
}
