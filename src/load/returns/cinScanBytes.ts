/**
 * The census scanner's byte helpers (cinScan.ts), apart so the scanner stays small to read.
 */
import { Fallback } from './xmlFast.js';

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

export /** An empty list V8 holds strings in (a new `[]` holds small integers until a string is pushed). */
function stringArray(): string[] {
  const a = [''];
  a.pop();
  return a;
}
