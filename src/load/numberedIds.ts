/**
 * Ids spelt as a few letters then digits of one length ("C000123", "R0000123"), held as their
 * numbers (issue 24): by the load's IdPool (idPool.ts) to find a pooled id without hashing, and by
 * typed columns (tableColumns.ts) to keep a column of rarely repeating ids without a string each.
 */

/**
 * An id column other than the child's and the worker's (a row's own id, an assessment's referral)
 * spelt as a prefix and digits of one length ("R0000123"): held as the numbers, and spelt again
 * only when read. These ids rarely repeat, so each was a string kept for the whole audit (~155,000
 * at 1.1M rows), each stored young into an old column (the write barrier's slow path) and copied
 * by two scavenges (issue 24). `prefix` is null until the first id sets the spelling; an id spelt
 * otherwise turns the column back into strings (`demote`), so any id reads back as it was.
 */
export interface NumberedStore {
  kind: 'nid';
  values: Int32Array;
  prefix: string | null;
  length: number;
}

/** A blank id in a numbered column (the numbers are >= 0). */
export const NO_ID = -1;
/** Longest prefix and number of a numbered id (7 digits fit an Int32); beyond them the pool hashes the id and a column keeps its string. */
export const NUMBERED_MAX_PREFIX = 4;
export const NUMBERED_MAX_DIGITS = 7;

/** The number spelt by s from `from` to its end, or -1 when any of it is not a digit. */
export function digitsValue(s: string, from: number): number {
  let n = 0;
  for (let i = from; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Length of s's prefix of ASCII letters when 1 to 7 digits follow it to the end, else 0. */
export function numberedPrefix(s: string): number {
  let p = 0;
  while (p < s.length && p <= NUMBERED_MAX_PREFIX) {
    const c = s.charCodeAt(p) | 32;
    if (c < 97 || c > 122) break;
    p++;
  }
  const digits = s.length - p;
  if (p === 0 || p > NUMBERED_MAX_PREFIX || digits < 1 || digits > NUMBERED_MAX_DIGITS) return 0;
  return digitsValue(s, p) < 0 ? 0 : p;
}

/** The number an own id is held as in `s`, or -1 when it is not spelt as the column's ids are. */
export function numberOf(s: NumberedStore, v: string): number {
  if (s.prefix === null) {
    const p = numberedPrefix(v);
    if (p === 0) return -1;
    s.prefix = v.slice(0, p);
    s.length = v.length;
  }
  return v.length === s.length && v.startsWith(s.prefix) ? digitsValue(v, s.prefix.length) : -1;
}

/** The id held as n (>= 0) in `s`, spelt as it was read: the prefix, then n zero-padded to the length. */
export function spell(s: NumberedStore, n: number): string {
  const digits = String(n);
  return s.prefix! + '0'.repeat(s.length - s.prefix!.length - digits.length) + digits;
}
