/**
 * Reads an Ofsted Annex A workbook (.xlsx, sheets "List 1" … "List 11") or the same lists saved
 * as CSV files, into the canonical tables (SPEC §6). See lists.ts for what each list becomes.
 * Annex A holds each child's latest dates only, so every table it feeds carries a limitation that
 * the engine copies into each rule's result: what cannot be measured and which data would allow it.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Coverage } from '../../model/coverage.js';
import type { LoadedExport } from '../../model/export.js';
import type { TableName } from '../../model/tables.js';
import { InputError } from '../csvFile.js';
import { DataQualityLog } from '../issues.js';
import type { TableMapping } from '../tableBuilder.js';
import { isValueError, parseDate, parseFlag } from '../values.js';
import { type Cell, type Sheet, cellText, readWorkbook } from '../xlsx.js';
import { assembleExport, type SourceRecord, type TableSource } from '../ssd/assemble.js';
import { readRawCsv } from '../ssd/rawCsv.js';
import { ALLOCATION_PREFERENCE, type Emitted, type Field, LISTS, type ListSpec, ListRow, VISIT_PREFERENCE, bindHeader, isCinStatus, isHeaderRow, listNumberOf } from './lists.js';
import { compareText } from '../../model/compare.js';

export interface AnnexAOptions {
  maxBytes?: number;
  mapping?: { [T in TableName]?: TableMapping };
  onTable?: (table: TableName, rows: number) => void;
}

const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;
const HEADER_SEARCH_ROWS = 10;
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

/** One list as found: a workbook sheet or a CSV file. */
interface FoundList { list: number; file: string; sheet: Sheet; date1904: boolean }

export const ANNEX_A_ABSENT: { [T in TableName]?: string } = {
  workers: 'Annex A has no workforce list; caseloads and workforce need a workers.csv (worker_id, team, fte, start_date, end_date, agency, qualified_date)',
  supervisions: 'Annex A has no supervision records; supervision quality needs a supervisions.csv (supervision_id, worker_id, supervision_date, child_id, type, record_text, actions)',
  allocations: 'no Annex A list with an "Allocated Worker" column was found',
};

/** What could not be measured from Annex A, per table, and which data would allow it. */
export const ANNEX_A_LIMITATIONS: { [T in TableName]?: string } = {
  contacts: 'Annex A List 1 covers only the months before the inspection that Ofsted asks for (usually six), not the whole audit period.',
  referrals: 'Annex A List 3 lists only referrals in the months before the inspection, with no referral ids and no outcome beyond "NFA": rereferralRate is read from its "Number of Referrals in Last 12 Months", taken as the referrals before each one, not counting it (a count above 0 is a re-referral).',
  assessments: 'Annex A List 4 records whether the child was seen only as yes/no, with no date, and not whether they were seen alone: seenWithinTarget and seenAlone cannot be measured from Annex A (they read as not seen). An assessments extract with seen_date and seen_alone_date allows them. The outcome is nfa when the child was assessed as not needing support, other when they were.',
  section47: 'Annex A List 5 covers only the months before the inspection; the outcome is icpc when an ICPC date is given or the conference was not deemed unnecessary.',
  plans: 'Annex A gives each child\'s latest plan only (List 6 CIN start is the start of the CIN episode; List 2 early help starts on the assessment start date), with no end reasons and no care-leaver start dates: repeatCpPlans is read from List 7\'s "Number of Previous Child Protection Plans" (above 0 is a repeat), and stepDownReturns and cpStartsChange cannot be measured. A plans extract with every plan (plan_id, child_id, plan_type, start_date, end_date, end_reason) allows them.',
  reviews: 'Only the latest review of each CP plan (List 7) and period of care (List 8) is in Annex A, and no CIN plan reviews: overdueReviews is measured for CP and CLA plans from the latest review (SPEC §6.1), CIN plans are not judged, and reviewsOnTime cannot be measured because earlier reviews are missing. A reviews extract with every review (plan_id, review_date) allows it.',
  visits: 'Only each child\'s latest visit is in Annex A (List 6 "Date Child Was Last Seen", List 7 last statutory visit, List 8 last social work visit): plansWithinVisitLimits judges the plans open on the as-at date on the time since that visit (or the plan start), and earlier gaps between visits are unknown. A visits extract with every visit (child_id, visit_date, seen, seen_alone) allows them.',
  allocations: 'Annex A names the currently allocated worker without allocation dates: allocation delay (allocatedWithinTarget, medianDelay) cannot be measured; unallocatedOpen is measured, but how long an unallocated child has waited is unknown. An allocations extract (child_id, worker_id, start_date, end_date) allows it.',
};

/**
 * What Annex A's lists can tell beyond their columns (SPEC §6.1): one row per child with the
 * latest dates only, so a measure over earlier plans, reviews, visits or allocations cannot be
 * made. The engine compares this with what each metric needs (src/engine/measurable.ts).
 */
export const ANNEX_A_COVERAGE: Coverage = {
  plans: { history: 'latest', source: 'Annex A Lists 6–8 give each child\'s current plan only' },
  reviews: { history: 'latest', planTypes: ['cp', 'cla'], source: 'Annex A gives only the latest CP review (List 7) and CLA review (List 8), and no CIN reviews' },
  visits: { history: 'latest', source: 'Annex A Lists 6–8 give only each child\'s latest visit' },
  allocations: { history: 'latest', source: 'Annex A names only the currently allocated worker, with no allocation dates' },
  referrals: { history: 'latest', source: 'Annex A List 3 covers only the months before the inspection' },
};

async function findLists(path: string, dq: DataQualityLog, maxBytes: number): Promise<FoundList[]> {
  let info;
  try { info = await stat(path); } catch { throw new InputError(`${path}: no such file or folder`); }
  if (!info.isDirectory()) {
    if (!WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase())) {
      throw new InputError(`${path}: an Annex A export is an .xlsx workbook or a folder of its lists saved as CSV`);
    }
    return listsOfWorkbook(path, maxBytes);
  }
  const entries = (await readdir(path)).sort();
  const workbook = entries.find((f) => WORKBOOK_EXTENSIONS.has(extname(f).toLowerCase()) && !f.startsWith('~$'));
  const csvs = entries.filter((f) => ['.csv', '.tsv', '.txt'].includes(extname(f).toLowerCase()) && listNumberOf(basename(f, extname(f))) !== null);
  if (csvs.length === 0 && workbook) return listsOfWorkbook(join(path, workbook), maxBytes);
  const out: FoundList[] = [];
  for (const f of csvs) {
    const list = listNumberOf(basename(f, extname(f)))!;
    const spec = LISTS.find((l) => l.list === list);
    if (!spec) continue;
    const raw = await readRawCsv(join(path, f), f, firstTable(spec), dq, maxBytes);
    const rows = [{ line: raw.headerLine, cells: raw.header as Cell[] }, ...raw.rows.map((r) => ({ line: r.line, cells: r.cells as Cell[] }))];
    out.push({ list, file: f, sheet: { name: f, rows }, date1904: false });
  }
  return out;
}

async function listsOfWorkbook(path: string, maxBytes: number): Promise<FoundList[]> {
  const wb = await readWorkbook(path, maxBytes);
  const name = basename(path);
  return wb.sheets.flatMap((s) => {
    const list = listNumberOf(s.name);
    return list === null ? [] : [{ list, file: `${name}#${s.name}`, sheet: s, date1904: wb.date1904 }];
  });
}

function firstTable(spec: ListSpec): TableName {
  const map: Record<number, TableName> = { 1: 'contacts', 2: 'plans', 3: 'referrals', 4: 'assessments', 5: 'section47', 6: 'plans', 7: 'plans', 8: 'plans', 9: 'children' };
  return map[spec.list] ?? 'children';
}

interface Collected { table: TableName; list: number; file: string; headerLine: number; labels: Record<string, string>; positions: Record<string, number>; records: SourceRecord[] }

interface ChildSeen { list: number; file: string; headerLine: number; line: number; labels: Record<string, string>; positions: Record<string, number>; values: Record<string, string> }

/** Annex A's yes/no answers that become a code (outcome) rather than a flag column. */
const YES_NO_FIELDS: readonly Field[] = ['referralNfa', 'needsSupport', 'icpcUnnecessary'];

const CHILD_FIELDS: readonly [string, Field, 'date' | 'flag' | 'label' | 'text'][] = [
  ['child_id', 'childId', 'text'], ['date_of_birth', 'dob', 'date'], ['gender', 'gender', 'label'],
  ['ethnicity', 'ethnicity', 'label'], ['disability', 'disability', 'flag'], ['uasc', 'uasc', 'flag'],
];

/** A value that will parse cleanly, so filling a child's blank from a later list never moves an issue's place. */
function clean(kind: 'date' | 'flag' | 'label' | 'text', v: string): boolean {
  if (v === '') return false;
  if (kind === 'date') { const d = parseDate(v); return d !== null && !isValueError(d); }
  if (kind === 'flag') { const f = parseFlag(v); return f !== null && !isValueError(f); }
  return true;
}

export async function loadAnnexA(path: string, opts: AnnexAOptions = {}): Promise<LoadedExport> {
  const dq = new DataQualityLog();
  const found = await findLists(path, dq, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (found.length === 0) throw new InputError(`${path}: no Annex A lists found (expected sheets or CSV files named "List 1" … "List 11")`);
  const collected = new Map<string, Collected>();
  const children = new Map<string, ChildSeen>();
  /** list → child → the row whose allocated worker counts (latest key date). */
  const allocationRows = new Map<number, Map<string, { row: ListRow; file: string; headerLine: number; header: readonly Cell[]; bound: Map<Field, number> }>>();
  const notCin: number[] = [];
  const read = new Set<number>();

  for (const f of [...found].sort((a, b) => a.list - b.list || compareText(a.file, b.file))) {
    const spec = LISTS.find((l) => l.list === f.list);
    if (!spec || read.has(f.list)) {
      // Lists 10 and 11 (adoption, adopters) feed no rule, and a second copy of a list is not
      // read: said once each, so nothing in the workbook is dropped without a word (SPEC §6).
      const why = spec ? `a second copy of List ${f.list}; the first one was read` : `List ${f.list} (${f.list === 10 ? 'adoption' : f.list === 11 ? 'adopters' : 'not an Annex A list caseaudit reads'}) feeds no rule`;
      dq.add('not-used', { table: 'children', file: f.file, line: 0, columnIndex: 0, column: `List ${f.list}` }, f.file, `${why}; not read`);
      continue;
    }
    const headerAt = f.sheet.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeaderRow(r.cells));
    const place = { table: firstTable(spec), file: f.file, line: 0, columnIndex: 0, column: 'Child Unique ID' };
    if (headerAt < 0) {
      dq.add('missing-required-column', place, '', `List ${f.list} (${spec.title}) has no "Child Unique ID" header in its first ${HEADER_SEARCH_ROWS} rows; list not read`);
      continue;
    }
    read.add(f.list);
    const headerRow = f.sheet.rows[headerAt]!;
    const bound = bindHeader(headerRow.cells.map((c) => cellText(c)));
    if (spec.keyDate && !bound.has(spec.keyDate)) {
      dq.add('missing-required-column', { ...place, line: headerRow.line, column: spec.keyDate }, '', `List ${f.list} (${spec.title}) has no start date column; list not read`);
      continue;
    }
    // Columns no field binds to ("Age", "Latest Category of Abuse" …): listed once, not used.
    const boundAt = new Set(bound.values());
    headerRow.cells.forEach((c, i) => {
      const h = cellText(c).trim();
      if (h !== '' && !boundAt.has(i)) dq.add('unknown-column', { ...place, line: headerRow.line, columnIndex: i + 1, column: h }, h, `List ${f.list}: not a column caseaudit uses`);
    });
    const headerText = (field: Field | null, col: string) => (field && bound.has(field) ? cellText(headerRow.cells[bound.get(field)!]).trim() : `${col} (derived)`);
    const headerPosition = (field: Field | null) => (field && bound.has(field) ? bound.get(field)! + 1 : 0);
    for (const sheetRow of f.sheet.rows.slice(headerAt + 1)) {
      const row = new ListRow(sheetRow.line, sheetRow.cells, bound, f.date1904);
      const childId = row.text('childId');
      spec.emit(row, (table: TableName, rec: Emitted) => {
        const key = `${table}\u0000${f.list}`;
        let c = collected.get(key);
        if (!c) {
          const labels = Object.fromEntries(Object.entries(rec).map(([col, [, field]]) => [col, headerText(field, col)]));
          const positions = Object.fromEntries(Object.entries(rec).map(([col, [, field]]) => [col, headerPosition(field)]));
          collected.set(key, c = { table, list: f.list, file: f.file, headerLine: headerRow.line, labels, positions, records: [] });
        }
        c.records.push({ line: row.line, values: Object.fromEntries(Object.entries(rec).map(([col, [v]]) => [col, v])) });
      });
      if (f.list === 6 && !isCinStatus(row.text('caseStatus'))) notCin.push(row.line);
      for (const field of YES_NO_FIELDS) {
        // A yes/no answer that is neither (List 4's "CS Assessment Updated") is named against the
        // answers the column accepts, not the canonical outcome codes it would become.
        if (bound.has(field) && row.text(field) !== '' && row.flag(field) === null) {
          dq.add('bad-flag', { ...place, line: row.line, columnIndex: bound.get(field)! + 1, column: cellText(headerRow.cells[bound.get(field)!]).trim() }, row.text(field), 'expected a yes/no answer (a) Yes, b) No, Yes, No, Y or N); read as blank');
        }
      }
      if (childId === '') continue;
      // Children: the first list a child appears in; blanks filled from later lists' clean values.
      const values = Object.fromEntries(CHILD_FIELDS.map(([col, field, kind]) => [col, kind === 'date' ? row.date(field) : kind === 'label' ? row.label(field) : row.text(field)]));
      const seen = children.get(childId);
      if (!seen) {
        const labels = Object.fromEntries(CHILD_FIELDS.map(([col, field]) => [col, headerText(bound.has(field) ? field : null, col)]));
        const positions = Object.fromEntries(CHILD_FIELDS.map(([col, field]) => [col, headerPosition(field)]));
        children.set(childId, { list: f.list, file: f.file, headerLine: headerRow.line, line: row.line, labels, positions, values });
      } else {
        for (const [col, , kind] of CHILD_FIELDS) if (seen.values[col] === '' && clean(kind, values[col]!)) seen.values[col] = values[col]!;
      }
      if (ALLOCATION_PREFERENCE.includes(f.list) && bound.has('worker') && spec.keyDate) {
        let byChild = allocationRows.get(f.list);
        if (!byChild) allocationRows.set(f.list, byChild = new Map());
        const prev = byChild.get(childId);
        const iso = row.isoDate(spec.keyDate) ?? '';
        if (!prev || iso >= (prev.row.isoDate(spec.keyDate) ?? '')) byChild.set(childId, { row, file: f.file, headerLine: headerRow.line, header: headerRow.cells, bound });
      }
    }
  }

  const sources: TableSource[] = [];
  for (const c of [...collected.values()].sort((a, b) => a.list - b.list)) {
    if (c.table === 'visits') continue;
    sources.push({ table: c.table, file: c.file, headerLine: c.headerLine, labels: c.labels, positions: c.positions, records: c.records });
  }
  sources.push(...visitSources(collected));
  sources.push(...childSources(children));
  sources.push(...allocationSources(allocationRows, dq));

  const limitations: { [T in TableName]?: string } = { ...ANNEX_A_LIMITATIONS };
  if (notCin.length) {
    limitations.plans = `${limitations.plans!} ${notCin.length} List 6 row(s) whose case status is not a child in need plan were not read as CIN plans (those children are in the CP and looked-after lists).`;
  }
  const absent: { [T in TableName]?: string } = { ...ANNEX_A_ABSENT };
  for (const t of ['contacts', 'referrals', 'assessments', 'section47', 'plans', 'reviews', 'visits', 'children'] as const) {
    absent[t] ??= `the Annex A workbook has no list that gives ${t}`;
  }
  const ex = assembleExport(sources, { source: path, layout: 'annex-a', dq, absent, limitations, ...(opts.mapping ? { mapping: opts.mapping } : {}), ...(opts.onTable ? { onTable: opts.onTable } : {}) });
  ex.coverage = ANNEX_A_COVERAGE;
  return ex;
}

/** Latest visits from Lists 6, 7 and 8, one per child and day (List 7 first: it has "seen alone"). */
function visitSources(collected: Map<string, Collected>): TableSource[] {
  const taken = new Set<string>();
  const out: TableSource[] = [];
  for (const list of VISIT_PREFERENCE) {
    const c = collected.get(`visits\u0000${list}`);
    if (!c) continue;
    const records = c.records.filter((r) => {
      const d = parseDate(r.values.visit_date ?? '');
      const key = `${r.values.child_id}\u0000${typeof d === 'number' ? d : r.values.visit_date}`;
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
    out.push({ table: 'visits', file: c.file, headerLine: c.headerLine, labels: c.labels, positions: c.positions, records });
  }
  return out;
}

function childSources(children: Map<string, ChildSeen>): TableSource[] {
  const byFile = new Map<string, TableSource>();
  for (const [, c] of [...children].sort((a, b) => a[1].list - b[1].list || a[1].line - b[1].line)) {
    let s = byFile.get(c.file);
    if (!s) byFile.set(c.file, s = { table: 'children', file: c.file, headerLine: c.headerLine, labels: c.labels, positions: c.positions, records: [] });
    s.records.push({ line: c.line, values: c.values });
  }
  return [...byFile.values()];
}

function allocationSources(rows: Map<number, Map<string, { row: ListRow; file: string; headerLine: number; header: readonly Cell[]; bound: Map<Field, number> }>>, dq: DataQualityLog): TableSource[] {
  /** child → the list whose worker was taken, and that worker ('' = unallocated). */
  const decided = new Map<string, { list: number; worker: string }>();
  const out: TableSource[] = [];
  for (const list of ALLOCATION_PREFERENCE) {
    const byChild = rows.get(list);
    if (!byChild) continue;
    const spec = LISTS.find((l) => l.list === list)!;
    const records: SourceRecord[] = [];
    let first: { file: string; headerLine: number; header: readonly Cell[]; bound: Map<Field, number> } | null = null;
    for (const [child, r] of [...byChild].sort((a, b) => a[1].row.line - b[1].row.line)) {
      const worker = r.row.text('worker');
      const taken = decided.get(child);
      if (taken) {
        // A less specific list naming another worker: the most specific list's worker is the
        // child's current one; this one is said, not dropped silently.
        if (worker !== taken.worker) {
          const at = r.bound.get('worker')!;
          dq.add('overridden-value', { table: 'allocations', file: r.file, line: r.row.line, columnIndex: at + 1, column: cellText(r.header[at]).trim() }, worker,
            `List ${taken.list} names ${taken.worker === '' ? 'no worker' : 'another worker'} for this child and is the more specific list (${ALLOCATION_PREFERENCE.join(', ')}); this one is not used`);
        }
        continue;
      }
      decided.set(child, { list, worker }); // a blank worker in the most specific list means unallocated
      if (worker === '') continue;
      first ??= r;
      records.push({ line: r.row.line, values: { child_id: child, worker_id: worker, start_date: r.row.date(spec.keyDate!), end_date: '' } });
    }
    if (!first || records.length === 0) continue;
    const h = (f: Field) => cellText(first!.header[first!.bound.get(f)!]).trim();
    const at = (f: Field) => first!.bound.get(f)! + 1;
    out.push({
      table: 'allocations', file: first.file, headerLine: first.headerLine, records,
      labels: { child_id: h('childId'), worker_id: h('worker'), start_date: h(spec.keyDate!), end_date: 'end_date (derived)' },
      positions: { child_id: at('childId'), worker_id: at('worker'), start_date: at(spec.keyDate!), end_date: 0 },
    });
  }
  return out;
}
