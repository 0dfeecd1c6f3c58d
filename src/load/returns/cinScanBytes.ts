/**
 * The census scanner's byte helpers (cinScan.ts), apart so the scanner stays small to read.
 */
import { Fallback } from './xmlFast.js';

/** 1 for a byte a name may hold (ASCII letters, digits, `_:-.`): one load per byte, not a run of branches. */
export const NAME_BYTES = new Uint8Array(256).map((_, c) =>
  isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 ? 1 : 0,
);

export function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
}

/**
 * XML's end-of-line handling, as saxes does it: CRLF and a lone CR are one line end (a piece
 * ends with `>`, so a CRLF is never cut in two). A copy, only for a piece that holds a CR.
 */
export function lineEnds(b: Buffer): Buffer {
  if (b.indexOf(13) === -1) return b;
  const out = Buffer.allocUnsafe(b.length);
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c !== 13) out[n++] = c;
    else if (b[i + 1] !== 10) out[n++] = 10;
  }
  return out.subarray(0, n);
}

/**
 * A value's text from its bytes: ASCII as latin1 (the same text, several times faster than UTF-8
 * decoding). Bytes that are not UTF-8, and the characters XML forbids, go to the generic reader.
 */
export function decode(b: Buffer, from: number, to: number, wide: boolean): string {
  if (!wide) return b.toString('latin1', from, to);
  const s = b.toString('utf8', from, to);
  if (/[\uFFFD\uFFFE\uFFFF]/.test(s)) throw new Fallback();
  return s;
}

/** An empty list V8 holds strings in (a new `[]` holds small integers until a string is pushed). */
export function stringArray(): string[] {
  const a = [''];
  a.pop();
  return a;
}

/**
 * Steps over the white space and attributes of a start tag from `from` (just after its name) to its
 * `/` or `>`, returning where that is (-1: the tag goes on past this piece), its line ends in
 * `tag.lines`. An attribute (a census's root often declares its schema: xmlns:xsi,
 * xsi:…Location) is read by none of the returns; a plain ASCII one is stepped over, anything else
 * (a reference, `<`, a repeat) goes to the generic reader, which checks and words it.
 */
export function attributes(b: Buffer, from: number, tag: { lines: number }): number {
  const n = b.length;
  let j = from;
  let tl = 0;
  let c = 0;
  let attrs: string[] | null = null;
  for (;;) {
    const before = j;
    for (; j < n; j++) {
      c = b[j]!;
      if (c === 10) tl++;
      else if (c !== 32 && c !== 9) break;
    }
    if (j === n) return -1;
    if (c === 47 || c === 62) {
      tag.lines = tl;
      return j;
    }
    if (j === before || !isNameStart(c)) throw new Fallback();
    const a = j;
    while (j < n && NAME_BYTES[b[j]!] === 1) j++;
    if (j === n) return -1;
    if (b[j] !== 61) throw new Fallback();
    if (j + 1 === n) return -1;
    const q = b[j + 1]!;
    if (q !== 34 && q !== 39) throw new Fallback();
    const close = b.indexOf(q, j + 2);
    if (close === -1) return -1;
    for (let k = j + 2; k < close; k++) {
      const v = b[k]!;
      if (v === 60 || v === 38 || v < 32 || v > 127) throw new Fallback();
    }
    const attr = b.toString('latin1', a, j);
    if ((attrs ??= []).includes(attr)) throw new Fallback();
    attrs.push(attr);
    j = close + 1;
  }
}
