/**
 * `JSON.stringify(value, null, 2)` in pieces (issue 24): the same text, handed out a piece at a
 * time so that findings.json (50 MB at 1.1M rows) is encoded and written as it is made. Made
 * whole, the text is a rope of V8's 16 KB parts that all live until it is written, so each
 * scavenge meanwhile copies what has been made so far, and the first write flattens all 50 MB into
 * fresh memory; in pieces, each piece is garbage once written (docs/architecture.md, "findings.json
 * in pieces").
 *
 * The walk descends into plain objects and arrays to `depth` (the document's top keys and the rules
 * array by default) and cuts a long array into batches of elements; each piece is stringified by V8
 * at its depth: wrapped in d one-element arrays, with the wrappers' brackets and indentation sliced
 * off, so V8 indents it exactly as inside the whole document. Anything else (a primitive, a Date, a
 * class instance) is V8's whole. The one difference from JSON.stringify: a toJSON that reads its
 * key sees, for an element of a batch, its index in the batch (no value in a result has a toJSON
 * other than Date's, which ignores it).
 */

export interface PieceSizes {
  /** Elements of a long array stringified together (and the length from which an array is cut). */
  batch: number;
  /** Plain objects and arrays above this depth are walked; deeper values are stringified whole. */
  depth: number;
}

/**
 * Measured on the 1.1M-row audit (main thread's CPU after the worker's answer, alternate runs):
 * batches of 2,048 to depth 3 took 15-17 ms less than the whole text; batches of 256 walked to the
 * evidence rows (depth 6) took 17-60 ms more: each V8 call and piece has a cost of its own.
 */
export const PIECE_SIZES: PieceSizes = { batch: 2048, depth: 3 };

const INDENT = '  ';

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === Object.prototype || proto === null;
}

/** What JSON.stringify writes for an object's property: nothing for undefined, a function or a symbol. */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** The value JSON.stringify serialises for `v` under `key`: its toJSON's, if it has one. */
function jsonValue(v: unknown, key: string): unknown {
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
    return (v as { toJSON(key: string): unknown }).toJSON(key);
  if (typeof v === 'bigint' && typeof (BigInt.prototype as { toJSON?: unknown }).toJSON === 'function')
    return (v as unknown as { toJSON(key: string): unknown }).toJSON(key);
  return v;
}

/** Length of the text the `depth` wrapping arrays put before (and, as many characters, after) a value. */
function wrapLength(depth: number): number {
  // Level k's bracket line: 2k spaces, '[', '\n' before; '\n', 2k spaces, ']' after.
  return depth * (depth + 1);
}

/** `v` (already past toJSON, never omitted) stringified as it reads at `depth` in the document. */
function atDepth(v: unknown, depth: number): string {
  if (v === null || typeof v !== 'object' || depth === 0) return JSON.stringify(v, null, 2) ?? 'null';
  let wrapped: unknown = v;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 2);
  const cut = wrapLength(depth);
  return s.slice(cut + depth * 2, s.length - cut);
}

/**
 * Elements [from, to) of `a` (an array at depth `depth`) as they read in the document, each
 * indented and joined by ",\n", without the array's brackets: one V8 call for the batch.
 */
function batchAt(a: readonly unknown[], from: number, to: number, depth: number): string {
  let wrapped: unknown = a.slice(from, to);
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 2);
  const cut = wrapLength(depth);
  // The batch's own '[\n' and '\n' + its indentation + ']' come off with the wrappers'.
  return s.slice(cut + depth * 2 + 2, s.length - cut - depth * 2 - 2);
}

/**
 * Hands `put` the pieces of `JSON.stringify(value, null, 2)` in order (for a top-level value
 * JSON.stringify would leave out, such as undefined, nothing). The pieces joined are that text.
 */
export function jsonPieces(value: unknown, put: (piece: string) => void, sizes: PieceSizes = PIECE_SIZES): void {
  const v = jsonValue(value, '');
  if (omitted(v)) return;
  walk(v, 0, put, sizes);
}

function walk(v: unknown, depth: number, put: (piece: string) => void, sizes: PieceSizes): void {
  const { batch } = sizes;
  if (v === null || typeof v !== 'object' || depth >= sizes.depth || !(Array.isArray(v) || isPlainObject(v))) {
    put(atDepth(v, depth));
    return;
  }
  const inner = INDENT.repeat(depth + 1);
  const close = `\n${INDENT.repeat(depth)}`;
  if (Array.isArray(v)) {
    const a = v as readonly unknown[];
    if (a.length === 0) return put('[]');
    if (a.length >= batch) {
      put('[\n');
      for (let at = 0; at < a.length; at += batch) {
        if (at > 0) put(',\n');
        put(batchAt(a, at, Math.min(a.length, at + batch), depth));
      }
      put(`${close}]`);
      return;
    }
    put('[');
    for (let i = 0; i < a.length; i++) {
      put(i === 0 ? `\n${inner}` : `,\n${inner}`);
      const e = jsonValue(a[i], String(i));
      // In an array, what an object would leave out is written as null.
      walk(omitted(e) ? null : e, depth + 1, put, sizes);
    }
    put(`${close}]`);
    return;
  }
  let first = true;
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const e = jsonValue(o[k], k);
    if (omitted(e)) continue;
    put(`${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `);
    first = false;
    walk(e, depth + 1, put, sizes);
  }
  put(first ? '{}' : `${close}}`);
}
