/**
 * The stretches between two tags the census scanner learns (Segment, cinScanTexts.ts): made, kept
 * and found again. Apart from the scanner's loop (cinScanLoop.ts), which calls these only when a
 * stretch is new or not one of the two it tries first.
 */
import { sameWords, type ScanName, type Segment, SEGMENTS_KEPT, words } from './cinScanTexts.js';

/** The bytes `from` to `to` (white space with `lines` line ends, then a tag of `next`) as a Segment. */
export function segment(b: Buffer, from: number, to: number, lines: number, next: ScanName, open: boolean): Segment {
  return { words: words(b, from, to), len: to - from, lines, next, open };
}

/**
 * Keeps `seg` as what follows `prev`'s start tag (or end tag, `closed`), before the two it had;
 * the second of those goes to the front of the older ones (the oldest dropped past SEGMENTS_KEPT).
 */
export function learn(prev: ScanName, closed: boolean, seg: Segment): void {
  const second = closed ? prev.segClose2 : prev.segOpen2;
  if (second !== null) {
    const more = closed ? prev.moreClose : prev.moreOpen;
    if (more.length === SEGMENTS_KEPT) more.pop();
    more.unshift(second);
  }
  toFront(prev, closed, seg);
}

/** `seg` becomes the first segment tried after `prev`'s tag, the first before it the second. */
function toFront(prev: ScanName, closed: boolean, seg: Segment): void {
  if (closed) {
    prev.segClose2 = prev.segClose;
    prev.segClose = seg;
  } else {
    prev.segOpen2 = prev.segOpen;
    prev.segOpen = seg;
  }
}

/**
 * When neither of the two segments after `prev`'s tag matches the bytes at `pos`: the older one
 * that does, moved to the front (the two tried first each move one place down), or null. Apart
 * from the loop, which reaches it about once in a hundred stretches.
 */
export function older(prev: ScanName, closed: boolean, dv: DataView, pos: number, n: number): Segment | null {
  const more = closed ? prev.moreClose : prev.moreOpen;
  for (let k = 0; k < more.length; k++) {
    const seg = more[k]!;
    if (pos + seg.len <= n && sameWords(dv, pos, seg.words, seg.len)) {
      more.splice(k, 1);
      more.unshift(closed ? prev.segClose2! : prev.segOpen2!);
      toFront(prev, closed, seg);
      return seg;
    }
  }
  return null;
}
