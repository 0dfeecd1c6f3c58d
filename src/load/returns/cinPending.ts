/**
 * A census record read inside a child, until the child closes (cinRecords.ts), and the order its
 * records are named in. Apart so the record builder stays small to read.
 */
import { NO_DAY } from './types.js';

export type Review = { date: string; line: number };
export type Kind = 'referral' | 'assessment' | 's47' | 'cin' | 'cp';
/**
 * A record read inside a child, finished when the child closes (its id needs the child id).
 * `a`..`d` hold its dates and codes by kind: referral (date, source, outcome), assessment
 * (start, completion), s47 (strategy, ICPC), plan (start, end, category); one shape for all, so
 * no per-record dictionary is made.
 */
export interface Pending {
  kind: Kind;
  line: number;
  /** The referral (`CINdetails`) the record sits in; a referral's own id once made. */
  ref: Pending | null;
  id: string;
  a: string;
  b: string;
  c: string;
  /** The days of `a` and `b` when the scanner knew them (cinScanTexts.ts), else NO_DAY. */
  aDay: number;
  bDay: number;
  previous: string;
  reviews: Review[] | null;
}

/** A record of `kind` opened at `line`, or `p` reused as one (its fields set back). */
export function pendingRecord(kind: Kind, line: number, ref: Pending | null, p: Pending | undefined): Pending {
  if (p === undefined)
    return { kind, line, ref, id: '', a: '', b: '', c: '', aDay: NO_DAY, bDay: NO_DAY, previous: '', reviews: null };
  p.kind = kind;
  p.line = line;
  p.ref = ref;
  p.id = p.a = p.b = p.c = p.previous = '';
  p.aDay = p.bDay = NO_DAY;
  p.reviews = null;
  return p;
}

/**
 * Sorts a child's first `n` records by line, stably (records on one line keep their order), in place. A
 * child has a handful: an insertion sort allocates nothing, where Array.prototype.sort made a work
 * copy per child (17 MB for a 50,000-child census, a tenth of what a load allocated).
 */
export function byLine(xs: Pending[], n: number): void {
  if (n > 64) {
    const sorted = xs.slice(0, n).sort((a, b) => a.line - b.line);
    for (let i = 0; i < n; i++) xs[i] = sorted[i]!;
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = xs[i]!;
    let j = i - 1;
    if (xs[j]!.line <= x.line) continue;
    while (j >= 0 && xs[j]!.line > x.line) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
}
