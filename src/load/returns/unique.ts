/**
 * Which tables' ids the returns prove unique, so the load's duplicate-id check (a set of every id)
 * is skipped for them, and which children the year merge must look up (issue 18, reading speed).
 * test/returns-shortcuts.test.ts holds the cases that must still be checked.
 */
import type { TableName } from '../../model/tables.js';
import type { TableMapping } from '../tableBuilder.js';
import type { CinCensusRead } from './cinCensus.js';

/** A key the loader reads as exactly itself (or as blank): no no-break space, nothing to trim. */
const plainKey = (k: string) => k.indexOf('\u00a0') === -1 && k.trim() === k;

/** Plain keys, each greater than the one before: none repeats. */
function orderedPlain(keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) if (!plainKey(keys[i]!) || (i > 0 && !(keys[i]! > keys[i - 1]!))) return false;
  return true;
}

const ID_COLUMN = {
  referrals: 'referral_id',
  assessments: 'assessment_id',
  section47: 's47_id',
  plans: 'plan_id',
  children: 'child_id',
} as const;

/**
 * Ids that cannot repeat: the ids the census made (referrals, assessments, enquiries, CIN and CP
 * plans: cinBuild.ts, plainKeys) and the 903's periods of care (one IdMaker, prefix CLA, never a
 * census plan's); children when every file lists its children in id order (cinBuild.ts, ordered),
 * as a census and a 903 header usually do. Across files the merge keeps one row per key, and a
 * plain key is its row's id as the loader reads it. Not for a table a canonical CSV replaces, nor
 * one whose id a config value map rewrites (two ids could become one).
 */
export function uniqueIdTables(o: {
  cin: readonly CinCensusRead[];
  /** Each 903 header's child keys, in file order. */
  headers: readonly (readonly string[])[];
  /** The keys (ids) of the 903's periods of care. */
  plans903: readonly string[];
  canonical: ReadonlySet<TableName>;
  mapping?: { [T in TableName]?: TableMapping };
}): Set<TableName> {
  const madeByCensus = (t: TableName) => o.cin.every((c) => c.tables[t]?.built?.plainKeys === true);
  const unique: Record<keyof typeof ID_COLUMN, () => boolean> = {
    referrals: () => madeByCensus('referrals'),
    assessments: () => madeByCensus('assessments'),
    section47: () => madeByCensus('section47'),
    plans: () => madeByCensus('plans') && o.plans903.every(plainKey),
    children: () =>
      o.cin.every((c) => c.tables.children?.built?.plainKeys === true && c.tables.children.built.ordered) &&
      o.headers.every(orderedPlain),
  };
  return new Set(
    (Object.keys(unique) as (keyof typeof unique)[]).filter(
      (t) => !o.canonical.has(t) && o.mapping?.[t]?.values?.[ID_COLUMN[t]] === undefined && unique[t](),
    ),
  );
}

/** The census children (their ids as read) met more than once across the census files. */
export function sharedChildren(cin: readonly CinCensusRead[]): Set<string> {
  const once = new Set<string>();
  const more = new Set<string>();
  const built = cin.map((c) => c.tables.children?.built);
  const keys = built.map((b) => b?.keys ?? []);
  // Every key met twice, in any order of the files. When the largest file lists its children in
  // id order (no repeat within it) it is taken last and only looked up in the others' set: one
  // census file, as in the issue's own case, builds no set at all.
  let largest = 0;
  for (let i = 1; i < keys.length; i++) if (keys[i]!.length > keys[largest]!.length) largest = i;
  const last = built[largest]?.ordered === true ? largest : -1;
  for (const [i, ks] of keys.entries())
    if (i !== last)
      for (const k of ks) {
        const n = once.size;
        if (once.add(k).size === n) more.add(k);
      }
  if (last !== -1 && once.size > 0) for (const k of keys[last]!) if (once.has(k)) more.add(k);
  return more;
}

/**
 * Whether the census's records of table `t` name only children the children table holds: a
 * census record's child is the census child it sits in, whose row is loaded too (the merge keeps
 * a row for every child key met, and a key is read the same way in every table), so the load's
 * unknown-child check would find nothing there (assemble.ts, TableSource.childrenKnown). Not
 * when a canonical children file replaces the census's children, nor when a config value map
 * rewrites a child id.
 */
export function childrenKnown(
  t: TableName,
  canonical: ReadonlyMap<TableName, unknown>,
  mapping?: { [T in TableName]?: TableMapping },
): boolean {
  return (
    t !== 'children' &&
    t !== 'reviews' &&
    !canonical.has('children') &&
    mapping?.children?.values?.child_id === undefined &&
    mapping?.[t]?.values?.child_id === undefined
  );
}

/**
 * Whether the returns' reviews name only plans the plans table holds: a census review is read
 * inside its plan, whose row is loaded with the same made id (the merge keeps one row per key, the
 * same key in every file it is in), and a 903 review is placed in a period of care, every one of
 * which is a plan row (ssda903Periods.ts), so the load's unknown-plan check would find nothing
 * there (assemble.ts, TableSource.plansKnown). Not when a canonical file replaces the plans or the
 * reviews, nor when a config value map rewrites a plan id.
 */
export function plansKnown(
  canonical: ReadonlyMap<TableName, unknown>,
  mapping?: { [T in TableName]?: TableMapping },
): boolean {
  return (
    !canonical.has('plans') &&
    !canonical.has('reviews') &&
    mapping?.plans?.values?.plan_id === undefined &&
    mapping?.reviews?.values?.plan_id === undefined
  );
}
