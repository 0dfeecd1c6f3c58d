/**
 * `JSON.stringify(value, null, 2)` handed out in pieces of at most a few tens of kilobytes, with
 * the same characters in the same order (issue 24).
 *
 * Why: V8's stringifier returns a large result as a rope of 16 K-character parts, and the first
 * read of it (encoding it for the file) copies the whole into one flat string. At 1.1M rows the
 * seven-metric run's findings.json is 11 MB: that copy lands in memory the process has never
 * touched, about 2,700 fresh 4 KB pages at 12-18 µs each on the machine measured, on the main
 * thread and at the end of the run, and the rope's parts live long enough to be copied by the
 * collector first. Pieces this size are made, flattened and dropped in V8's young generation,
 * whose pages are already in use.
 *
 * How: the containers near the top (the result, its rules, findings, metrics) are walked here, one
 * key or element at a time; a long array (evidence rows, children's profiles) is stringified a
 * batch of elements at a time; everything below is V8's own `JSON.stringify`. A piece is
 * stringified at its depth inside `depth` wrapping arrays, so V8 indents it as it would inside the
 * whole; the wrapper's own brackets are cut off. Only plain objects and arrays without `toJSON` are
 * walked, so `toJSON`, omitted keys and `null` for unrepresentable array elements stay V8's
 * (an object key whose value is undefined, a function or a symbol is left out here as V8 does).
 */

/** Elements at which an array is stringified in batches rather than walked element by element. */
const BATCH_FROM = 32;
/** The characters a batch aims at: well under V8's 128 KB line above which a string is a large object. */
const BATCH_CHARS = 32_768;
/** Containers deeper than this are V8's to stringify whole (the result model's long arrays are at depth 1-5). */
const WALK_DEPTH = 6;

const INDENT = '  ';

/** Calls `emit` with the text of `JSON.stringify(value, null, 2)`, piece by piece. */
export function stringifyInPieces(value: unknown, emit: (text: string) => void): void {
  new PieceWriter(emit).value(value, 0);
}

class PieceWriter {
  /** Elements per batch, adapted to the last batch's length. */
  private batch = BATCH_FROM;
  private readonly pads: string[] = [''];

  constructor(private readonly emit: (text: string) => void) {}

  value(v: unknown, depth: number): void {
    if (depth < WALK_DEPTH && walkable(v)) {
      if (Array.isArray(v)) this.array(v, depth);
      else this.object(v as Record<string, unknown>, depth);
    } else this.emit(stringifyAt(v, depth));
  }

  private pad(depth: number): string {
    while (this.pads.length <= depth) this.pads.push(this.pads[this.pads.length - 1] + INDENT);
    return this.pads[depth]!;
  }

  private object(o: Record<string, unknown>, depth: number): void {
    const inner = `\n${this.pad(depth + 1)}`;
    let first = true;
    for (const key of Object.keys(o)) {
      const v = o[key];
      // What JSON.stringify leaves out of an object.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      if (hasToJson(v)) {
        // toJSON takes the key and may leave the key out: V8 decides, on a one-key object at this
        // depth; its text less `{` and the newline, indent and `}` that close it.
        const text = stringifyAt({ [key]: v }, depth);
        if (text === '{}') continue;
        this.emit(`${first ? '{' : ','}${text.slice(1, text.length - 2 - depth * INDENT.length)}`);
        first = false;
        continue;
      }
      this.emit(`${first ? '{' : ','}${inner}${JSON.stringify(key)}: `);
      first = false;
      this.value(v, depth + 1);
    }
    this.emit(first ? '{}' : `\n${this.pad(depth)}}`);
  }

  private array(a: readonly unknown[], depth: number): void {
    if (a.length === 0) {
      this.emit('[]');
      return;
    }
    if (a.length < BATCH_FROM) {
      const inner = `\n${this.pad(depth + 1)}`;
      for (let i = 0; i < a.length; i++) {
        this.emit(`${i === 0 ? '[' : ','}${inner}`);
        // An element V8 would write as null (undefined, a function, a symbol) is walkable by neither test.
        this.value(a[i], depth + 1);
      }
      this.emit(`\n${this.pad(depth)}]`);
      return;
    }
    // `[` + newline + the elements' indent opens the batch's text, newline + this depth's indent + `]` closes it.
    const open = 2 + (depth + 1) * INDENT.length;
    const close = 2 + depth * INDENT.length;
    for (let at = 0; at < a.length;) {
      const end = Math.min(a.length, at + this.batch);
      const text = stringifyAt(a.slice(at, end), depth);
      this.emit(
        at === 0
          ? text.slice(0, text.length - close)
          : `,\n${this.pad(depth + 1)}${text.slice(open, text.length - close)}`,
      );
      // Aim the next batch at BATCH_CHARS from this one's characters per element.
      this.batch = Math.max(1, Math.min(4096, Math.floor((BATCH_CHARS * (end - at)) / text.length)));
      at = end;
    }
    this.emit(`\n${this.pad(depth)}]`);
  }
}

/** A plain object or array that JSON.stringify would not hand to a toJSON. */
function walkable(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || hasToJson(v)) return false;
  // An element's toJSON is called with its index, which a batch or a wrapper would change.
  if (Array.isArray(v)) return !v.some(hasToJson);
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function hasToJson(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * `v` as JSON.stringify(…, null, 2) writes it at `depth`: stringified inside `depth` arrays, whose
 * brackets and indents take depth² + 3·depth characters before it and depth² + depth after.
 */
function stringifyAt(v: unknown, depth: number): string {
  let wrapped: unknown = v;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2) as string | undefined;
  // Only undefined, a function or a symbol at depth 0 gives undefined (inside an array it is null).
  if (text === undefined) return 'undefined';
  return depth === 0 ? text : text.slice(depth * depth + 3 * depth, text.length - depth * depth - depth);
}
