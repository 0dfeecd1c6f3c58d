/**
 * SSDA903 episodes joined into periods of care (one `cla` plan each) and reviews placed in them:
 * the rules for both are in ssda903.ts's header, for QA officers.
 */
import type { DataQualityLog } from '../issues.js';
import { IdMaker, isoDate } from './ids.js';
import { byText } from './merge.js';
import type { Table903File } from './ssda903Tables.js';
import type { KeyedCells, ReturnTable } from './types.js';

export const PLAN_LABELS = {
  plan_id: 'plan_id (derived)',
  child_id: 'CHILD',
  plan_type: 'plan_type (derived)',
  start_date: 'DECOM',
  end_date: 'DEC',
};

/** One 903 episode as read (ssda903.ts' episodesOf): its texts and their ISO dates, found once. */
export interface Episode {
  /** child@ISO start (or @line<n>): the same episode in two years' files is read once. */
  key: string;
  line: number;
  child: string;
  /** DECOM and DEC as written; REC upper-cased. */
  decom: string;
  dec: string;
  rec: string;
  file: string;
  /** isoDate of DECOM and DEC: null when blank or not a date. */
  from: string | null;
  to: string | null;
}

/** A period of care being built: its plan record and the last episode's end. */
interface Period {
  id: string;
  child: string;
  start: string;
  end: string;
  /** isoDate(end), kept with it. */
  endIso: string | null;
  file: string;
  line: number;
}

/**
 * The order episodes are joined in: by child, then ISO start ('' when none), then line, each
 * compared by code unit (the order localeCompare gave, without ICU's cost); episodes equal in all
 * three (two files' lines) keep their order.
 */
const joinOrder = (a: Episode, b: Episode): number =>
  byText(a.child, b.child) || byText(a.from ?? '', b.from ?? '') || a.line - b.line;

/**
 * The episodes in joinOrder. A 903 lists each child's episodes together and in date order (one
 * year's file, as the generator and case systems write it): then they are joined as they come, in
 * one pass, with no map of children and no sort; otherwise a sorted copy (a stable sort, so the
 * same order the map of children and a sort of each child's list gave).
 */
function inJoinOrder(episodes: readonly Episode[]): readonly Episode[] {
  for (let i = 1; i < episodes.length; i++)
    if (joinOrder(episodes[i - 1]!, episodes[i]!) > 0) return [...episodes].sort(joinOrder);
  return episodes;
}

/**
 * Joins merged episodes (any number of files and years) into periods of care; returns the plan
 * records per file and the periods, for placing reviews.
 */
export function periodsOfCare(
  episodes: readonly Episode[],
  dq: DataQualityLog,
): { plans: Map<string, ReturnTable>; periods: Period[] } {
  const ids = new IdMaker();
  const periods: Period[] = [];
  const issue = (code: 'episode-gap' | 'episode-overlap', e: Episode, what: string, value: string) =>
    dq.add(code, { table: 'plans', file: e.file, line: e.line, columnIndex: 0, column: 'DECOM' }, value, what);
  let cur: Period | null = null;
  let prev: Episode | null = null;
  let child: string | null = null;
  const ordered = inJoinOrder(episodes);
  for (let k = 0; k < ordered.length; k++) {
    const e = ordered[k]!;
    // Each child's episodes are joined apart: a new child starts with no period open.
    if (e.child !== child) {
      child = e.child;
      cur = null;
      prev = null;
    }
    const decom = e.from;
    if (cur && prev) {
      const prevEnd = prev.to;
      if (prevEnd === null)
        issue(
          'episode-overlap',
          e,
          `episode starts on ${decom ?? e.decom} while the child's episode from ${prev.from ?? prev.decom} is still open (overlapping episodes); read as the same period of care`,
          e.decom,
        );
      else if (decom !== null && decom > prevEnd)
        issue(
          'episode-gap',
          e,
          `gap: the previous episode ended on ${prevEnd} with X1 but this one starts on ${decom}; read as the same period of care`,
          e.decom,
        );
      else if (decom !== null && decom < prevEnd)
        issue(
          'episode-overlap',
          e,
          `overlap: this episode starts on ${decom}, before the previous episode ended (${prevEnd}); read as the same period of care`,
          e.decom,
        );
    }
    if (!cur) {
      const before = periods[periods.length - 1];
      const beforeEnd = before?.child === child ? before.endIso : null;
      if (beforeEnd !== null && decom !== null && decom < beforeEnd)
        issue(
          'episode-overlap',
          e,
          `overlap: this period of care starts on ${decom}, before the child's previous period ended (${beforeEnd})`,
          e.decom,
        );
      cur = {
        id: ids.make('CLA', child, e.decom, e.line),
        child,
        start: e.decom,
        end: '',
        endIso: null,
        file: e.file,
        line: e.line,
      };
      periods.push(cur);
    }
    cur.end = e.dec;
    cur.endIso = e.to;
    prev = e;
    // A period goes on while the episode ended with X1 (same period, new placement or legal
    // status) or has not ended (a later episode then overlaps it, reported above); it ends
    // with the first episode that ended for another reason.
    if (e.dec !== '' && e.rec !== 'X1') {
      cur = null;
      prev = null;
    }
  }
  const plans = new Map<string, ReturnTable>();
  for (const p of periods) {
    let t = plans.get(p.file);
    if (!t) plans.set(p.file, (t = { labels: PLAN_LABELS, headerLine: 1, records: [] }));
    // Cells in PLAN_LABELS' order (assemble.ts reads them as they are).
    const r: KeyedCells = { key: p.id, line: p.line, cells: [p.id, p.child, 'cla', p.start, p.end] };
    t.records.push(r);
  }
  return { plans, periods };
}

/** Reviews placed in the period of care that holds them. */
export function reviewsOf(
  files: readonly Table903File[],
  periods: readonly Period[],
  dq: DataQualityLog,
): Map<string, ReturnTable> {
  // Each period with its ISO start and end ('' while open), made once, not at every review's search.
  const byChild = new Map<string, { p: Period; from: string; to: string }[]>();
  for (const p of periods) {
    let l = byChild.get(p.child);
    if (!l) byChild.set(p.child, (l = []));
    l.push({ p, from: isoDate(p.start) ?? '9999', to: p.end === '' ? '' : (p.endIso ?? '0000') });
  }
  const out = new Map<string, ReturnTable>();
  const seen = new Set<string>();
  for (const f of files) {
    const t: ReturnTable = {
      labels: { plan_id: 'plan_id (derived)', review_date: 'REVIEW' },
      positions: { plan_id: 0, review_date: f.position('REVIEW') },
      headerLine: f.raw.headerLine,
      records: [],
    };
    const getChild = f.getter('CHILD'),
      getReview = f.getter('REVIEW');
    const rows = f.raw.rows;
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!;
      const child = getChild(r),
        raw = getReview(r),
        day = isoDate(raw);
      if (day === null) {
        if (raw !== '')
          dq.add(
            'bad-date',
            { table: 'reviews', file: f.file, line: r.line, columnIndex: f.position('REVIEW'), column: 'REVIEW' },
            raw,
            'not a date',
          );
        continue;
      }
      // The first period holding the day, by a loop (no closure and no empty list a review).
      const held = byChild.get(child);
      let p: Period | undefined;
      if (held !== undefined)
        for (let i = 0; i < held.length; i++) {
          const x = held[i]!;
          if (x.from <= day && (x.p.end === '' || x.to >= day)) {
            p = x.p;
            break;
          }
        }
      if (!p) {
        dq.add(
          'unknown-plan',
          { table: 'reviews', file: f.file, line: r.line, columnIndex: f.position('REVIEW'), column: 'REVIEW' },
          raw,
          // Not the child's id: a data-quality message is shown under --pseudonymise too (the
          // file and line say which row it is).
          "no period of care of this row's CHILD holds this review date; not read",
        );
        continue;
      }
      const key = `${p.id}@${day}`;
      if (seen.has(key)) continue; // the same review in two years' files
      seen.add(key);
      t.records.push({ key, line: r.line, cells: [p.id, raw] });
    }
    out.set(f.file, t);
  }
  return out;
}
