/**
 * One large CIN census read on two threads (issue 18's literal case is one census file, which
 * cinThread.ts' whole-file hand-off cannot share): cut at a `<Child>` start tag near the middle,
 * the worker reads from the cut to the end while this thread reads up to it, and the two parts'
 * rows are joined in file order. Only with `--threads always` (`threads: true`), as for whole files.
 *
 * The same export as one read of the file, or none: the joined parts are used only when the first
 * part ends between two children inside `<Message><Children>` (so the cut is a real start tag),
 * the second holds no collection details, and no child is in both parts (made ids depend only on
 * a child's own records then: ids.ts). Otherwise, or when either part falls outside the scanner's
 * subset or cannot be read, the whole file is read again on this thread, which words any error.
 * Lines of the second part are counted from 1 and moved by the first part's; its rows' issues
 * follow the first part's, as they were logged in file order.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { type BuiltTable, CIN_TABLES, readCinPart, type ValueMaps } from './cinBuild.js';
import type { CinFacts } from './cinCensus.js';
import type { CinThread } from './cinThread.js';

/** Smaller census files are read on one thread: the hand-off would cost more than it gives. */
const SPLIT_MIN_BYTES = 4 * 1024 * 1024;
/** Bytes searched for a `<Child>` start tag from the middle of the file. */
const WINDOW = 256 * 1024;
const CHILD_TAG = Buffer.from('<Child>', 'latin1');

/** Where to cut the only census file `paths` holds, when it is large enough; else null. */
export function splitPlan(paths: readonly string[], maxBytes: number): { path: string; at: number } | null {
  if (paths.length !== 1) return null;
  const path = paths[0]!;
  let fd = -1;
  try {
    const size = statSync(path).size;
    if (size < SPLIT_MIN_BYTES || size > maxBytes) return null;
    const from = Math.floor(size / 2);
    const buf = Buffer.alloc(Math.min(WINDOW, size - from));
    fd = openSync(path, 'r');
    const n = readSync(fd, buf, 0, buf.length, from);
    const i = buf.subarray(0, n).indexOf(CHILD_TAG);
    return i === -1 ? null : { path, at: from + i };
  } catch {
    return null;
  } finally {
    if (fd !== -1) closeSync(fd);
  }
}

/** The census at `path` read in two parts cut at `at`, the second by `thread`; null: read it whole. */
export async function readSplit(
  path: string,
  at: number,
  maxBytes: number,
  values: ValueMaps,
  thread: CinThread,
): Promise<CinFacts | null> {
  const first = await readCinPart(path, maxBytes, values, { start: 0, end: at });
  // Always taken, so the worker's answer is consumed whatever this part gave.
  const second = await thread.take(path);
  const joined = first && second ? joinParts(first.records, first.line, second) : null;
  // For tests and profiling: whether the parts were used.
  if (process.env.CASEAUDIT_DEBUG_CIN)
    process.stderr.write(`caseaudit: ${basename(path)} ${joined ? 'joined from two parts' : 'read whole after all'}\n`);
  return joined;
}

/** No child in both parts: in id order across the cut, else checked in a set. */
function disjoint(a: BuiltTable, b: BuiltTable): boolean {
  const ka = a.keys,
    kb = b.keys;
  if (ka.length === 0 || kb.length === 0) return true;
  if (a.ordered && b.ordered && ka[ka.length - 1]! < kb[0]!) return true;
  const seen = new Set(ka);
  return !kb.some((k) => seen.has(k));
}

/** The first part's facts with the second's appended, as one read of the file gives them. */
export function joinParts(a: CinFacts, line: number, b: CinFacts): CinFacts | null {
  if (b.collection !== null || b.year !== '' || b.referenceDate !== null) return null;
  if (!disjoint(a.tables.children.built!, b.tables.children.built!)) return null;
  const shift = line - 1;
  for (const t of CIN_TABLES)
    a.tables[t].built = joinBuilt(a.tables[t].built!, b.tables[t].built!, shift, t === 'children');
  const unknown = new Map(a.unknown);
  for (const [name, at] of b.unknown) if (!unknown.has(name)) unknown.set(name, at + shift);
  return {
    tables: a.tables,
    previousCp: new Set([...a.previousCp, ...b.previousCp]),
    collection: a.collection,
    year: a.year,
    referenceDate: a.referenceDate,
    genderElement: a.genderElement || b.genderElement,
    unknown,
  };
}

/** `byId`: the table whose order is found (children; the others' is always true: cinBuild.ts). */
function joinBuilt(a: BuiltTable, b: BuiltTable, shift: number, byId: boolean): BuiltTable {
  for (const row of b.rows) (row as { line: number }).line += shift;
  const last = a.keys[a.keys.length - 1];
  return {
    keys: a.keys.concat(b.keys),
    plainKeys: a.plainKeys && b.plainKeys,
    // As one read works it out: every key greater than the one before, across the cut too.
    ordered: !byId || (a.ordered && b.ordered && (last === undefined || b.keys.length === 0 || b.keys[0]! > last)),
    endsInOrder: a.endsInOrder && b.endsInOrder,
    rows: a.rows.concat(b.rows),
    adds: a.adds.concat(
      b.adds.map((x) => ({ ...x, at: x.at + a.rows.length, place: { ...x.place, line: x.place.line + shift } })),
    ),
  };
}
