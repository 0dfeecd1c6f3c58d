/**
 * Years merged record by record, newest return first (SPEC §6.3): a record (same kind, child and
 * date) in two years' returns is read from the newer one.
 */
import type { TableName } from '../../model/tables.js';
import type { TableSource } from '../ssd/assemble.js';
import type { BuiltTable } from './cinBuild.js';
import type { ReturnRead, ReturnTable } from './types.js';

/**
 * Turns per-file return tables into TableSources, keeping the first record of each key (newest
 * first). `shared`: the children found in more than one file, when each built row's `childId` is
 * the child its key names (the census's referrals, assessments, enquiries and plans, index.ts).
 * `seen` gets the keys later files are looked up in, except those of a file searched in order.
 */
export function mergeNewestFirst(
  reads: readonly ReturnRead[],
  table: TableName,
  seen: Set<string>,
  shared?: ReadonlySet<string>,
): TableSource[] {
  const out: TableSource[] = [];
  /** The keys of each shared child's rows in the files read so far (with `shared`); null: in `seen`. */
  const byChild = new Map<string, string[] | null>();
  const holding = reads.filter((r) => r.tables[table]);
  const size = (s: TableSource) => (s.built ? s.built.rows.length : s.records.length);
  // Keys of earlier files listed in increasing order, searched there instead of put in `seen`
  // when the files after them hold few keys (the census's 50,000 children before a 903 header's
  // 1,300: hashing every census child into a set was most of the issue's own case's merge).
  const sorted: (readonly string[])[] = [];
  const isSeen = (k: string) => seen.has(k) || (sorted.length > 0 && sorted.some((ks) => inSorted(ks, k)));
  const fewLater = (i: number, n: number) => {
    let later = 0;
    for (let j = i + 1; j < holding.length; j++) {
      const u = holding[j]!.tables[table]!;
      later += u.built ? u.built.rows.length : u.records.length;
    }
    return later * SORTED_RATIO <= n;
  };
  holding.forEach((r, i) => {
    const t = r.tables[table]!;
    const last = i === holding.length - 1;
    // Only records an earlier (newer) file holds are left out: a repeat within one file is the
    // file's own duplicate, reported by the loader as for any table. Nothing is left out of the
    // first file read, and the last file's keys are never asked for: neither is looked up.
    let source: TableSource;
    if (t.built) {
      // Rows built as the file was read (cinBuild.ts): the same choice, made on their keys. The
      // keys are read only where a look-up needs them: a made id's keys are listed only when read
      // (cinBuild.ts), and the only census of the literal case needs none of them.
      const built = t.built;
      let keep: boolean[] | null;
      if (shared) {
        // A record's key names its child, so only a child in another file can have its key
        // there: the others' keys are neither kept nor looked up. A shared child's keys are kept
        // in a list of its own and compared there (a child has a handful), found once per run of
        // its rows: hashing every made id into one set was most of the merge. A row read without
        // its child (a blank) is looked up in `seen` as before; equal keys name the same child,
        // so a key is only ever in the place its own row would look.
        keep = seen.size === 0 && byChild.size === 0 ? null : keepShared(t.built, shared, seen, byChild);
        if (!last) noteShared(t.built, shared, seen, byChild);
      } else {
        keep = seen.size === 0 && sorted.length === 0 ? null : built.keys.map((k) => !isSeen(k));
        if (!last) {
          const keys = built.keys;
          if (built.ordered && fewLater(i, keys.length)) sorted.push(keys);
          else for (const k of keys) seen.add(k);
        }
      }
      source = { ...toSource(table, r.file, t, []), built: keptOf(t.built, keep) };
    } else {
      const records = seen.size === 0 && sorted.length === 0 ? t.records : t.records.filter((x) => !isSeen(x.key));
      if (!last) for (const x of t.records) seen.add(x.key);
      source = toSource(table, r.file, t, records);
    }
    // A file whose records are all newer elsewhere is not named as a source of the table.
    if (size(source) > 0 || out.length === 0) out.push(source);
  });
  return out.length > 1 ? out.filter((s) => size(s) > 0) : out;
}

/**
 * A file's keys are searched in order (not hashed into `seen`) only when the later files hold at
 * most this fraction of them: each look-up there is a binary search (about 16 comparisons for
 * 50,000 keys), against a set insertion per key.
 */
const SORTED_RATIO = 8;

/** Whether `k` is among `keys`, which are in strictly increasing code-unit order. */
function inSorted(keys: readonly string[], k: string): boolean {
  let lo = 0,
    hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = keys[mid]!;
    if (m === k) return true;
    if (m < k) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

type ChildRows = readonly { childId: string | null }[];

/** More keys than this for one child (a hand-made file) and they go to `seen`: no long list is searched. */
const CHILD_KEYS = 64;

/** Whether each row is kept: its key is in no file read before (`seen`, or its child's list). */
function keepShared(
  b: BuiltTable,
  shared: ReadonlySet<string>,
  seen: ReadonlySet<string>,
  byChild: ReadonlyMap<string, string[] | null>,
): boolean[] {
  const rows = b.rows as ChildRows;
  const keys = b.keys;
  const keep = new Array<boolean>(keys.length);
  // A child's rows come together: its list is found once for them.
  let child: string | null = null;
  let list: string[] | null | undefined;
  for (let i = 0; i < keys.length; i++) {
    const c = rows[i]!.childId;
    if (c !== child && c !== null) {
      child = c;
      list = shared.has(c) ? byChild.get(c) : undefined;
    }
    if (c === null || list === null) keep[i] = !seen.has(keys[i]!);
    else keep[i] = list === undefined || !list.includes(keys[i]!);
  }
  return keep;
}

/** This file's keys, where a later (older) file's rows will look for them. */
function noteShared(
  b: BuiltTable,
  shared: ReadonlySet<string>,
  seen: Set<string>,
  byChild: Map<string, string[] | null>,
): void {
  const rows = b.rows as ChildRows;
  const keys = b.keys;
  let child: string | null = null;
  let list: string[] | null | undefined;
  for (let i = 0; i < keys.length; i++) {
    const c = rows[i]!.childId;
    if (c !== child && c !== null) {
      child = c;
      list = undefined;
      if (shared.has(c)) {
        list = byChild.get(c);
        if (list === undefined) byChild.set(c, (list = []));
      }
    }
    if (c === null || list === null) seen.add(keys[i]!);
    else if (list !== undefined) {
      if (list.length < CHILD_KEYS) list.push(keys[i]!);
      else {
        for (const k of list) seen.add(k);
        seen.add(keys[i]!);
        byChild.set(child!, (list = null));
      }
    }
  }
}

export function toSource(
  table: TableName,
  file: string,
  t: ReturnTable,
  records: ReturnTable['records'] = t.records,
): TableSource {
  return {
    table,
    file,
    headerLine: t.headerLine,
    labels: t.labels,
    ...(t.positions ? { positions: t.positions } : {}),
    records,
  };
}

/** Code-unit order: for ISO dates the order localeCompare gives, without ICU's cost. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The characters byFileName orders itself, in the order English collation gives them (ICU's root
 * collation, which English locales keep: punctuation, then digits, then letters).
 */
const FILE_CHARS = '_-.0123456789abcdefghijklmnopqrstuvwxyz';
const FILE_RANK = new Uint8Array(128);
for (let i = 0; i < FILE_CHARS.length; i++) FILE_RANK[FILE_CHARS.charCodeAt(i)] = i + 1;

/** Whether every character of `s` is one of FILE_CHARS. */
function plainName(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || FILE_RANK[c] === 0) return false;
  }
  return true;
}

/**
 * English collation, whatever the locale: localeCompare without a locale follows LC_ALL/LANG, and
 * under tr_TR "CIN_census_2024.xml" and "cin_2024.xml" swapped places, changing which of two
 * returns of one date won and the outputs' bytes. Built on first use (ICU's collator costs 10-20
 * ms of a fresh process).
 */
let english: Intl.Collator | undefined;

/**
 * File names in English collation order. Names of lower-case letters, digits, `_`, `-` and `.`
 * (what the returns are usually called) are compared here, character by character in that order,
 * which is the collator's for them (test/returns-file-order.test.ts); any other name goes to the
 * collator. Why: building it is 10-20 ms of a fresh process's returns load, which sorts its files
 * by this and nothing else does.
 */
export function byFileName(a: string, b: string): number {
  if (!plainName(a) || !plainName(b)) return (english ??= new Intl.Collator('en')).compare(a, b);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i),
      y = b.charCodeAt(i);
    if (x !== y) return FILE_RANK[x]! < FILE_RANK[y]! ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export const byNewest = (
  a: { referenceDate: string | null; file: string },
  b: { referenceDate: string | null; file: string },
) => byText(b.referenceDate ?? '', a.referenceDate ?? '') || byFileName(a.file, b.file);

// Here, not in cinBuild.ts: detection reaches this module statically, and importing the census
// builder from it pulled the XML reader into every run's start-up (test/startup.test.ts).
/**
 * The rows of `b` the merge keeps (`keep[i]`), with only their issues; `b` itself when all are
 * kept.
 */
export function keptOf(b: BuiltTable, keep: readonly boolean[] | null): BuiltTable {
  if (keep === null || !keep.includes(false)) return b;
  return {
    plainKeys: b.plainKeys,
    ordered: b.ordered,
    // Kept rows are some of b's: none ends before it starts if none of b's does.
    endsInOrder: b.endsInOrder,
    keys: b.keys.filter((_, i) => keep[i]),
    rows: b.rows.filter((_, i) => keep[i]),
    adds: b.adds.filter((a) => keep[a.at]),
  };
}
