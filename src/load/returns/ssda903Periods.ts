/**
 * SSDA903 episodes joined into periods of care (one `cla` plan each) and reviews placed in them:
 * the rules for both are in ssda903.ts's header, for QA officers.
 */
import type { DataQualityLog } from '../issues.js';
import { IdMaker, isoDate } from './ids.js';
import { byText } from './merge.js';
import type { Table903File } from './ssda903Tables.js';
import type { KeyedRecord, ReturnTable } from './types.js';

export const PLAN_LABELS = {
  plan_id: 'plan_id (derived)',
  child_id: 'CHILD',
  plan_type: 'plan_type (derived)',
  start_date: 'DECOM',
  end_date: 'DEC',
};

/** A period of care being built: its plan record and the last episode's end. */
interface Period {
  id: string;
  child: string;
  start: string;
  end: string;
  file: string;
  line: number;
}

/**
 * Joins merged episodes (any number of files and years) into periods of care; returns the plan
 * records per file and the periods, for placing reviews.
 */
export function periodsOfCare(
  episodes: readonly KeyedRecord[],
  dq: DataQualityLog,
): { plans: Map<string, ReturnTable>; periods: Period[] } {
  const byChild = new Map<string, KeyedRecord[]>();
  for (const e of episodes) {
    const c = e.values.child!;
    let list = byChild.get(c);
    if (!list) byChild.set(c, (list = []));
    list.push(e);
  }
  const ids = new IdMaker();
  const periods: Period[] = [];
  const issue = (code: 'episode-gap' | 'episode-overlap', e: KeyedRecord, what: string, value: string) =>
    dq.add(code, { table: 'plans', file: e.values.file!, line: e.line, columnIndex: 0, column: 'DECOM' }, value, what);
  for (const [child, list] of [...byChild].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    // ISO dates (or '') compared by code unit: the order localeCompare gave, without ICU's cost.
    const start = new Map(list.map((e) => [e, isoDate(e.values.decom!) ?? '']));
    list.sort((a, b) => byText(start.get(a)!, start.get(b)!) || a.line - b.line);
    let cur: Period | null = null;
    let prev: KeyedRecord | null = null;
    for (const e of list) {
      const decom = isoDate(e.values.decom!);
      if (cur && prev) {
        const prevEnd = isoDate(prev.values.dec!);
        if (prevEnd === null)
          issue(
            'episode-overlap',
            e,
            `episode starts on ${decom ?? e.values.decom!} while the child's episode from ${isoDate(prev.values.decom!) ?? prev.values.decom!} is still open (overlapping episodes); read as the same period of care`,
            e.values.decom!,
          );
        else if (decom !== null && decom > prevEnd)
          issue(
            'episode-gap',
            e,
            `gap: the previous episode ended on ${prevEnd} with X1 but this one starts on ${decom}; read as the same period of care`,
            e.values.decom!,
          );
        else if (decom !== null && decom < prevEnd)
          issue(
            'episode-overlap',
            e,
            `overlap: this episode starts on ${decom}, before the previous episode ended (${prevEnd}); read as the same period of care`,
            e.values.decom!,
          );
      }
      if (!cur) {
        const before = periods[periods.length - 1];
        const beforeEnd = before?.child === child ? isoDate(before.end) : null;
        if (beforeEnd !== null && decom !== null && decom < beforeEnd)
          issue(
            'episode-overlap',
            e,
            `overlap: this period of care starts on ${decom}, before the child's previous period ended (${beforeEnd})`,
            e.values.decom!,
          );
        cur = {
          id: ids.make('CLA', child, e.values.decom!, e.line),
          child,
          start: e.values.decom!,
          end: '',
          file: e.values.file!,
          line: e.line,
        };
        periods.push(cur);
      }
      cur.end = e.values.dec!;
      prev = e;
      // A period goes on while the episode ended with X1 (same period, new placement or legal
      // status) or has not ended (a later episode then overlaps it, reported above); it ends
      // with the first episode that ended for another reason.
      if (e.values.dec !== '' && e.values.rec !== 'X1') {
        cur = null;
        prev = null;
      }
    }
  }
  const plans = new Map<string, ReturnTable>();
  for (const p of periods) {
    let t = plans.get(p.file);
    if (!t) plans.set(p.file, (t = { labels: PLAN_LABELS, headerLine: 1, records: [] }));
    t.records.push({
      key: p.id,
      line: p.line,
      values: { plan_id: p.id, child_id: p.child, plan_type: 'cla', start_date: p.start, end_date: p.end },
    });
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
    l.push({ p, from: isoDate(p.start) ?? '9999', to: p.end === '' ? '' : (isoDate(p.end) ?? '0000') });
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
    for (const r of f.raw.rows) {
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
      const p = (byChild.get(child) ?? []).find((x) => x.from <= day && (x.p.end === '' || x.to >= day))?.p;
      if (!p) {
        dq.add(
          'unknown-plan',
          { table: 'reviews', file: f.file, line: r.line, columnIndex: f.position('REVIEW'), column: 'REVIEW' },
          raw,
          `no period of care of child ${child} holds this review date; not read`,
        );
        continue;
      }
      const key = `${p.id}@${day}`;
      if (seen.has(key)) continue; // the same review in two years' files
      seen.add(key);
      t.records.push({ key, line: r.line, values: { plan_id: p.id, review_date: raw } });
    }
    out.set(f.file, t);
  }
  return out;
}
