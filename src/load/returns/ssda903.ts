/**
 * Reads SSDA903 (children looked after) CSV tables (SPEC §6.3; specs in
 * ../shared/samples/ssda903/) with the project's CSV reader (../ssd/rawCsv.ts). Tables are known by
 * their header columns, never by file name: a 903 `reviews.csv` is not the canonical reviews table.
 *
 * Choices, for QA officers:
 * - Episodes are joined into *periods of care*, one `cla` plan each: a period runs from its first
 *   episode's `DECOM` while each episode ends with `REC` = `X1` (a placement or legal-status change),
 *   and ends at the `DEC` of the first episode with another reason; an episode with no `DEC` leaves
 *   it open. A gap or overlap between an episode's `DEC` and the next `DECOM` is a data-quality
 *   issue with file and line, and the period is still built. The plan id is `CLA-<child>-<start>`.
 * - A review (`REVIEW`) belongs to the period of care of the same child that holds its date;
 *   a review no period holds is a data-quality issue and is not read.
 * - The social worker table (2023-24 on) gives allocations of looked-after children only.
 * - `RNE`, `LS`, `PLACE`, `REC` are checked against the codes of the 2023-24 to 2025-26 specs;
 *   an unknown code is a data-quality issue (the episode is still read).
 */
import { basename } from 'node:path';
import { normaliseHeader } from '../../model/schema.js';
import type { DataQualityLog } from '../issues.js';
import { type RawCsv, type RawRow, readRawCsv } from '../ssd/rawCsv.js';
import { IdMaker, isoDate } from './ids.js';
import type { KeyedRecord, ReturnTable } from './types.js';

/** The 903 tables: the columns that recognise each (all must be present) and every column of its spec. */
export const TABLES_903 = {
  header: { signature: ['CHILD', 'SEX', 'DOB', 'ETHNIC'], columns: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'], required: ['CHILD', 'DOB'] },
  episodes: { signature: ['CHILD', 'DECOM', 'RNE'], columns: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'], required: ['CHILD', 'DECOM', 'DEC', 'REC'] },
  reviews: { signature: ['CHILD', 'REVIEW'], columns: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'], required: ['CHILD', 'REVIEW'] },
  socialWorker: { signature: ['CHILD', 'SW_ID'], columns: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'], required: ['CHILD', 'SW_ID', 'SW_DECOM'] },
  uasc: { signature: ['CHILD', 'DUC'], columns: [], required: [] },
  missing: { signature: ['CHILD', 'MIS_START'], columns: [], required: [] },
  oc2: { signature: ['CHILD', 'SDQ_SCORE'], columns: [], required: [] },
  oc3: { signature: ['CHILD', 'IN_TOUCH'], columns: [], required: [] },
  ad1: { signature: ['CHILD', 'DATE_INT'], columns: [], required: [] },
  placedAdoption: { signature: ['CHILD', 'DATE_PLACED'], columns: [], required: [] },
  prevPerm: { signature: ['CHILD', 'PREV_PERM'], columns: [], required: [] },
} as const;
export type Table903 = keyof typeof TABLES_903;
/** Tables read into canonical ones; the others are recognised and listed as not used. */
export const USED_903: readonly Table903[] = ['header', 'episodes', 'reviews', 'socialWorker'];

/** Which 903 table a header is, or null. */
export function table903Of(header: readonly string[]): Table903 | null {
  const cols = new Set(header.map((h) => normaliseHeader(h)));
  for (const [name, t] of Object.entries(TABLES_903) as [Table903, (typeof TABLES_903)[Table903]][]) {
    if (t.signature.every((c) => cols.has(normaliseHeader(c)))) return name;
  }
  return null;
}

const CODES: Readonly<Record<string, ReadonlySet<string>>> = {
  RNE: new Set(['S', 'L', 'P', 'T', 'B', 'U']),
  LS: new Set(['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3']),
  // 2023-24 codes plus K3 (2024-25) and Z11-Z14 (2025-26); H5 and P2 were withdrawn in 2024-25.
  PLACE: new Set(['A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14']),
  REC: new Set(['X1', 'E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48', 'E5', 'E6', 'E7', 'E9', 'E14', 'E15', 'E16', 'E17', 'E8']),
};

/** One 903 file read as raw rows, with lookup by 903 column name. */
export class Table903File {
  private readonly index = new Map<string, number>();
  constructor(readonly table: Table903, readonly raw: RawCsv) {
    raw.header.forEach((h, i) => { const k = normaliseHeader(h); if (!this.index.has(k)) this.index.set(k, i); });
  }
  get file(): string { return this.raw.file; }
  has(col: string): boolean { return this.index.has(normaliseHeader(col)); }
  get(row: RawRow, col: string): string {
    const i = this.index.get(normaliseHeader(col));
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }
  position(col: string): number { const i = this.index.get(normaliseHeader(col)); return i === undefined ? 0 : i + 1; }
  /** The required columns of the spec that the file lacks. */
  missing(): string[] { return TABLES_903[this.table].required.filter((c) => !this.has(c)); }
  /** The newest date in the file: the 903 year it describes ends on the 31 March on or after it. */
  referenceDate(): string | null {
    let best: string | null = null;
    const cols = this.table === 'episodes' ? ['DECOM', 'DEC'] : this.table === 'reviews' ? ['REVIEW'] : this.table === 'socialWorker' ? ['SW_DECOM', 'SW_DEC'] : [];
    for (const r of this.raw.rows) for (const c of cols) { const d = isoDate(this.get(r, c)); if (d !== null && (best === null || d > best)) best = d; }
    if (best === null) return null;
    const y = Number(best.slice(0, 4));
    return best.slice(5) <= '03-31' ? `${y}-03-31` : `${y + 1}-03-31`;
  }
}

/** Reads a CSV's header and rows (for detection and for reading). */
export function readCsv(path: string, dq: DataQualityLog, maxBytes: number): Promise<RawCsv> {
  return readRawCsv(path, basename(path), 'plans', dq, maxBytes);
}

/** Data-quality issues for unknown 903 codes in an episodes file. */
function checkCodes(f: Table903File, dq: DataQualityLog): void {
  for (const r of f.raw.rows) {
    for (const [col, codes] of Object.entries(CODES)) {
      if (!f.has(col)) continue;
      const v = f.get(r, col);
      if (v === '' || codes.has(v.toUpperCase())) continue;
      dq.add('unknown-code', { table: 'plans', file: f.file, line: r.line, columnIndex: f.position(col), column: col }, v, `not a ${col} code of the SSDA903 specs 2023-24 to 2025-26`);
    }
  }
}

export function episodesOf(f: Table903File, dq: DataQualityLog): KeyedRecord[] {
  checkCodes(f, dq);
  return f.raw.rows.map((r) => {
    const child = f.get(r, 'CHILD'), decom = f.get(r, 'DECOM');
    return { key: `${child}@${isoDate(decom) ?? `line${r.line}`}`, line: r.line, values: { child, decom, dec: f.get(r, 'DEC'), rec: f.get(r, 'REC').toUpperCase(), file: f.file } };
  });
}

const PLAN_LABELS = { plan_id: 'plan_id (derived)', child_id: 'CHILD', plan_type: 'plan_type (derived)', start_date: 'DECOM', end_date: 'DEC' };

/** A period of care being built: its plan record and the last episode's end. */
interface Period { id: string; child: string; start: string; end: string; file: string; line: number }

/**
 * Joins merged episodes (any number of files and years) into periods of care; returns the plan
 * records per file and the periods, for placing reviews.
 */
export function periodsOfCare(episodes: readonly KeyedRecord[], dq: DataQualityLog): { plans: Map<string, ReturnTable>; periods: Period[] } {
  const byChild = new Map<string, KeyedRecord[]>();
  for (const e of episodes) {
    const c = e.values.child!;
    let list = byChild.get(c);
    if (!list) byChild.set(c, list = []);
    list.push(e);
  }
  const ids = new IdMaker();
  const periods: Period[] = [];
  const issue = (code: 'episode-gap' | 'episode-overlap', e: KeyedRecord, what: string, value: string) => dq.add(code, { table: 'plans', file: e.values.file!, line: e.line, columnIndex: 0, column: 'DECOM' }, value, what);
  for (const [child, list] of [...byChild].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    list.sort((a, b) => (isoDate(a.values.decom!) ?? '').localeCompare(isoDate(b.values.decom!) ?? '') || a.line - b.line);
    let cur: Period | null = null;
    let prev: KeyedRecord | null = null;
    for (const e of list) {
      const decom = isoDate(e.values.decom!);
      if (cur && prev) {
        const prevEnd = isoDate(prev.values.dec!);
        if (prevEnd === null) issue('episode-overlap', e, `episode starts on ${decom ?? e.values.decom!} while the child's episode from ${isoDate(prev.values.decom!) ?? prev.values.decom!} is still open (overlapping episodes); read as the same period of care`, e.values.decom!);
        else if (decom !== null && decom > prevEnd) issue('episode-gap', e, `gap: the previous episode ended on ${prevEnd} with X1 but this one starts on ${decom}; read as the same period of care`, e.values.decom!);
        else if (decom !== null && decom < prevEnd) issue('episode-overlap', e, `overlap: this episode starts on ${decom}, before the previous episode ended (${prevEnd}); read as the same period of care`, e.values.decom!);
      }
      if (!cur) {
        const before = periods[periods.length - 1];
        const beforeEnd = before?.child === child ? isoDate(before.end) : null;
        if (beforeEnd !== null && decom !== null && decom < beforeEnd) issue('episode-overlap', e, `overlap: this period of care starts on ${decom}, before the child's previous period ended (${beforeEnd})`, e.values.decom!);
        cur = { id: ids.make('CLA', child, e.values.decom!, e.line), child, start: e.values.decom!, end: '', file: e.values.file!, line: e.line };
        periods.push(cur);
      }
      cur.end = e.values.dec!;
      prev = e;
      // A period goes on while the episode ended with X1 (same period, new placement or legal
      // status) or has not ended (a later episode then overlaps it, reported above); it ends
      // with the first episode that ended for another reason.
      if (e.values.dec !== '' && e.values.rec !== 'X1') { cur = null; prev = null; }
    }
  }
  const plans = new Map<string, ReturnTable>();
  for (const p of periods) {
    let t = plans.get(p.file);
    if (!t) plans.set(p.file, t = { labels: PLAN_LABELS, headerLine: 1, records: [] });
    t.records.push({ key: p.id, line: p.line, values: { plan_id: p.id, child_id: p.child, plan_type: 'cla', start_date: p.start, end_date: p.end } });
  }
  return { plans, periods };
}

/** Reviews placed in the period of care that holds them. */
export function reviewsOf(files: readonly Table903File[], periods: readonly Period[], dq: DataQualityLog): Map<string, ReturnTable> {
  const byChild = new Map<string, Period[]>();
  for (const p of periods) { let l = byChild.get(p.child); if (!l) byChild.set(p.child, l = []); l.push(p); }
  const out = new Map<string, ReturnTable>();
  const seen = new Set<string>();
  for (const f of files) {
    const t: ReturnTable = { labels: { plan_id: 'plan_id (derived)', review_date: 'REVIEW' }, positions: { plan_id: 0, review_date: f.position('REVIEW') }, headerLine: f.raw.headerLine, records: [] };
    for (const r of f.raw.rows) {
      const child = f.get(r, 'CHILD'), raw = f.get(r, 'REVIEW'), day = isoDate(raw);
      if (day === null) { if (raw !== '') dq.add('bad-date', { table: 'reviews', file: f.file, line: r.line, columnIndex: f.position('REVIEW'), column: 'REVIEW' }, raw, 'not a date'); continue; }
      const p = (byChild.get(child) ?? []).find((x) => (isoDate(x.start) ?? '9999') <= day && (x.end === '' || (isoDate(x.end) ?? '0000') >= day));
      if (!p) { dq.add('unknown-plan', { table: 'reviews', file: f.file, line: r.line, columnIndex: f.position('REVIEW'), column: 'REVIEW' }, raw, `no period of care of child ${child} holds this review date; not read`); continue; }
      const key = `${p.id}@${day}`;
      if (seen.has(key)) continue; // the same review in two years' files
      seen.add(key);
      t.records.push({ key, line: r.line, values: { plan_id: p.id, review_date: raw } });
    }
    out.set(f.file, t);
  }
  return out;
}
