/**
 * Supervision text scoring in parts two threads can share (PrepareStep.share, issue 24): the
 * worker scores the first parts, the main thread, once it has nothing else to do but wait, the
 * last. A part is a set of whole children (every record of a child is in the same part): the copy
 * check and the follow-up compare a record only with its child's previous record, and the
 * scorer reads each record's own text and date, so scoreByChild over a part's rows gives each of them what
 * it gives over the whole table (the rows keep their order in a part, so a child's records sort
 * the same). The value joined from the parts is the whole's, whichever thread scored which part.
 */
import type { PrepareShare, SharedParts, SharedWork } from '../../src/model/export.js';
import type { SupervisionRow } from '../../src/model/tables.js';
import type { RecordTexts } from './supervisionFollowUp.js';
import { holdTexts, type HeldTexts, mayBeEvidence, type PreparedTexts } from './supervisionHeld.js';
import type { Options as SupervisionOptions } from './supervisionOptions.js';
import { KeyTurns } from './supervisionKeyStore.js';
import { scoreByChild, type ScoredTexts } from './supervisionPrevious.js';
import { hasText, isCaseRecord } from './supervisionRecords.js';
import { createScorer, loadLexicon } from './supervisionText.js';

/**
 * Records with text to score a part holds, about (a child is never cut; records not scored, such
 * as personal supervisions, cost next to nothing and are not counted): small enough that the two
 * threads meet within a part's time (about 40 ms at 1.1M rows), large enough that each part's own
 * arrays cost little.
 */
const PART = 4096;

/**
 * Records scoreByChild scores at a time within a part: its key arrays (64 keys a record) are made
 * afresh for each part, so they are kept small (512 KB); 4,096 made two 2 MB arrays a part, and
 * the worker's collector, promoting them with their part, let peak RSS grow by about 50 MB.
 */
const BATCH = 1024;

/**
 * The text of the records at `positions`, packed to cross to the main thread: UTF-8 in shared
 * memory, so it is neither joined into one string, nor serialised, nor copied into the main
 * thread's heap (a fifth of the supervisions' text at 1.1M rows); each record's text is decoded
 * there when it is scored. UTF-8 gives back every well-formed string as it was.
 */
interface PackedText {
  positions: Int32Array;
  /** Two per record: where its record_text and its actions end in `bytes`. */
  ends: Int32Array;
  /** Two per record: 1 where the column is null; both 2 where the record is not scored. */
  nulls: Uint8Array;
  bytes: SharedArrayBuffer;
}

const NULL = 1,
  UNSCORED = 2;

/** The texts (and date) the scorer reads for a row: as PrepareStep.compute reads them. */
function ownText(r: SupervisionRow): RecordTexts | null {
  return isCaseRecord(r) && hasText(r) ? [r.recordText, r.actions, r.supervisionDate] : null;
}

/**
 * Parts of whole children, in row order: a child's part is the one open when its first row
 * comes; a part is closed once it holds PART records to score. Each part's positions ascend.
 */
export function scoringParts(rows: readonly SupervisionRow[], size = PART): SharedParts {
  const n = rows.length;
  const partOf = new Int32Array(n);
  const sizes: number[] = [0];
  const partOfChild = new Map<string, number>();
  let lastChild: string | null = null,
    lastPart = 0,
    weight = 0;
  for (let i = 0; i < n; i++) {
    const child = rows[i]!.childId;
    let p: number;
    if (child !== null && child === lastChild) p = lastPart;
    else {
      const known = child === null ? undefined : partOfChild.get(child);
      if (known !== undefined) p = known;
      else {
        if (weight >= size) {
          sizes.push(0);
          weight = 0;
        }
        p = sizes.length - 1;
        if (child !== null) partOfChild.set(child, p);
      }
    }
    partOf[i] = p;
    sizes[p]!++;
    // The weight of the part last opened (a known child's row may fall in an earlier one).
    if (p === sizes.length - 1 && ownText(rows[i]!) !== null) weight++;
    lastChild = child;
    lastPart = p;
  }
  const starts = new Int32Array(sizes.length + 1);
  for (let p = 0; p < sizes.length; p++) starts[p + 1] = starts[p]! + sizes[p]!;
  const at = starts.slice(0, sizes.length);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[at[partOf[i]!]!++] = i;
  return { order, starts };
}

/** String.prototype.isWellFormed (Node 20; not in the ES2022 library's types). */
const wellFormed = (t: string): boolean => (t as string & { isWellFormed(): boolean }).isWellFormed();

/** null when some text is not well-formed UTF-16 (a lone surrogate would not survive UTF-8). */
function pack(rows: readonly SupervisionRow[], positions: Int32Array): PackedText | null {
  const m = positions.length;
  const ends = new Int32Array(2 * m);
  const nulls = new Uint8Array(2 * m);
  let at = 0;
  for (let k = 0; k < m; k++) {
    const texts = ownText(rows[positions[k]!]!);
    for (let c = 0; c < 2; c++) {
      const t = texts === null ? null : c === 0 ? texts[0] : texts[1];
      if (texts === null) nulls[2 * k + c] = UNSCORED;
      else if (t === null) nulls[2 * k + c] = NULL;
      else if (!wellFormed(t)) return null;
      else at += Buffer.byteLength(t, 'utf8');
      ends[2 * k + c] = at;
    }
  }
  const bytes = new SharedArrayBuffer(at);
  const buf = Buffer.from(bytes);
  at = 0;
  for (let k = 0; k < m; k++) {
    if (nulls[2 * k] === UNSCORED) continue;
    const r = rows[positions[k]!]!;
    if (r.recordText !== null) at += buf.write(r.recordText, at, 'utf8');
    if (r.actions !== null) at += buf.write(r.actions, at, 'utf8');
  }
  return { positions: positions.slice(), ends, nulls, bytes };
}

/** The scorer, made ahead (the main thread's, while it waits for the worker's offer). */
function warm(o: SupervisionOptions): unknown {
  return createScorer(loadLexicon(o.lexicon));
}

/**
 * One thread's scoring of some parts: its own rows' text (the worker) or the packed text; with
 * the scorer `warm` made for these options, if it did.
 */
function begin(rows: readonly SupervisionRow[], o: SupervisionOptions, packed: unknown, warmed?: unknown): SharedWork {
  const scorer = (warmed as ReturnType<typeof createScorer> | undefined) ?? createScorer(loadLexicon(o.lexicon));
  const n = rows.length;
  const scores: ScoredTexts = {
    bits: new Uint8Array(n),
    previous: new Int32Array(n).fill(-1),
    similarity: new Float64Array(n),
  };
  let textOf: (i: number) => RecordTexts | null = (i) => ownText(rows[i]!);
  if (packed) {
    const { positions, ends, nulls, bytes } = packed as PackedText;
    const buf = Buffer.from(bytes);
    const slot = new Int32Array(n).fill(-1);
    for (let k = 0; k < positions.length; k++) slot[positions[k]!] = k;
    const cut = (j: number): string | null =>
      nulls[j] === NULL ? null : buf.toString('utf8', j === 0 ? 0 : ends[j - 1]!, ends[j]!);
    textOf = (i) => {
      const k = slot[i]!;
      // A row outside the pack is never asked for: the main thread takes packed parts only.
      if (k < 0) throw new Error('supervision text not packed for this record');
      // The date is the row's own (the pack carries only the text).
      return nulls[2 * k] === UNSCORED ? null : [cut(2 * k), cut(2 * k + 1), rows[i]!.supervisionDate];
    };
  }
  // One pair of key arrays for all this thread's parts: made per part, they were made, grown (a
  // real record has more than the 64 keys a row they start with) and dropped 35 times at 1.1M rows.
  const turns = new KeyTurns();
  return {
    part(positions) {
      const sub = Array.from(positions, (i) => rows[i]!);
      const s = scoreByChild(scorer, sub, (k) => textOf(positions[k]!), BATCH, turns);
      for (let k = 0; k < positions.length; k++) {
        const i = positions[k]!;
        scores.bits[i] = s.bits[k]!;
        const prev = s.previous[k]!;
        scores.previous[i] = prev < 0 ? -1 : positions[prev]!;
        scores.similarity[i] = s.similarity[k]!;
      }
    },
    value(held): PreparedTexts {
      if (!held) return scores;
      // Only records scored here can be kept (the others' bits are 0), so each thread holds the
      // text of its own records, and `join` puts the two in row order.
      const keep = mayBeEvidence(scores, o.copyThreshold);
      if (!packed) return { ...scores, ...holdTexts(rows, keep) };
      const withTexts = rows.slice();
      for (let i = 0; i < n; i++) {
        if (keep[i] === 0) continue;
        const t = textOf(i)!;
        withTexts[i] = { ...rows[i]!, recordText: t[0], actions: t[1] };
      }
      return { ...scores, ...holdTexts(withTexts, keep) };
    },
  };
}

/** The held texts of both threads in row order, as holdTexts over the whole would lay them out. */
function joinHeld(a: HeldTexts, b: HeldTexts): HeldTexts {
  const m = a.heldRows.length + b.heldRows.length;
  const heldRows = new Int32Array(m);
  const heldEnds = new Int32Array(2 * m);
  const heldNulls = new Uint8Array(2 * m);
  const pieces: string[] = [];
  let ka = 0,
    kb = 0,
    at = 0;
  for (let k = 0; k < m; k++) {
    const fromA = kb >= b.heldRows.length || (ka < a.heldRows.length && a.heldRows[ka]! < b.heldRows[kb]!);
    const h = fromA ? a : b;
    const j = fromA ? ka++ : kb++;
    const start = j === 0 ? 0 : h.heldEnds[2 * j - 1]!;
    heldRows[k] = h.heldRows[j]!;
    for (let c = 0; c < 2; c++) {
      heldEnds[2 * k + c] = at + h.heldEnds[2 * j + c]! - start;
      heldNulls[2 * k + c] = h.heldNulls[2 * j + c]!;
    }
    at += h.heldEnds[2 * j + 1]! - start;
    pieces.push(h.heldText.slice(start, h.heldEnds[2 * j + 1]!));
  }
  return { heldRows, heldEnds, heldNulls, heldText: pieces.join('') };
}

function join(worker: unknown, other: unknown): PreparedTexts {
  const w = worker as PreparedTexts,
    o = other as PreparedTexts;
  // A record scored by the other thread has bits (TEXT_BITS.scored at least); its previous record
  // and similarity are set only for scored records, so the rest are left as the worker's.
  for (let i = 0; i < w.bits.length; i++) {
    if (o.bits[i] === 0) continue;
    w.bits[i] = o.bits[i]!;
    w.previous[i] = o.previous[i]!;
    w.similarity[i] = o.similarity[i]!;
  }
  const held = (p: PreparedTexts): HeldTexts | null =>
    p.heldRows && p.heldEnds && p.heldNulls && p.heldText !== undefined
      ? { heldRows: p.heldRows, heldEnds: p.heldEnds, heldNulls: p.heldNulls, heldText: p.heldText }
      : null;
  const hw = held(w),
    ho = held(o);
  return hw && ho ? { ...w, ...joinHeld(hw, ho) } : w;
}

export const scoreShare: PrepareShare<SupervisionRow, SupervisionOptions> = {
  parts: (rows) => scoringParts(rows),
  pack,
  begin,
  warm,
  join,
};
