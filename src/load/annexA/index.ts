/**
 * Reads an Ofsted Annex A workbook (.xlsx, sheets "List 1" … "List 11") or the same lists saved
 * as CSV files, into the canonical tables (SPEC §6). See lists.ts for what each list becomes.
 * Annex A holds each child's latest dates only, so every table it feeds carries a limitation that
 * the engine copies into each rule's result: what cannot be measured and which data would allow it.
 */
import type { LoadedExport } from '../../model/export.js';
import type { TableName } from '../../model/tables.js';
import { InputError } from '../csvFile.js';
import { DataQualityLog } from '../issues.js';
import type { TableMapping } from '../tableBuilder.js';
import { isValueError, parseDate, parseFlag } from '../values.js';
import { type Cell, cellText } from '../xlsx.js';
import { assembleExport, type TableSource } from '../ssd/assemble.js';
import {
  ALLOCATION_PREFERENCE,
  type Emitted,
  type Field,
  LISTS,
  ListRow,
  bindHeader,
  headerFor,
  isCinStatus,
  isHeaderRow,
} from './lists.js';
import { compareText } from '../../model/compare.js';
import { findLists, firstTable } from './findLists.js';
import { ANNEX_A_ABSENT, ANNEX_A_COVERAGE, ANNEX_A_LIMITATIONS } from './limitations.js';
import { type ChildSeen, type Collected, allocationSources, childSources, visitSources } from './sources.js';

// Still exported from here, where the layouts and tests import them.
export { ANNEX_A_ABSENT, ANNEX_A_COVERAGE, ANNEX_A_LIMITATIONS } from './limitations.js';

export interface AnnexAOptions {
  maxBytes?: number;
  mapping?: { [T in TableName]?: TableMapping };
  onTable?: (table: TableName, rows: number) => void;
}

const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;
const HEADER_SEARCH_ROWS = 10;

/**
 * The tables each list's rows become (lists.ts), with the allocations of the plan lists. A list
 * that cannot be read fails these tables, as a canonical file without a required column fails its
 * own: measured from the other lists alone (CP and CLA plans without List 6's CIN plans) they
 * would be wrong without a word in the terminal.
 */
const LIST_TABLES: Readonly<Record<number, readonly TableName[]>> = {
  1: ['contacts'],
  2: ['plans'],
  3: ['referrals'],
  4: ['assessments'],
  5: ['section47'],
  6: ['plans', 'visits', 'allocations'],
  7: ['plans', 'reviews', 'visits', 'allocations'],
  8: ['plans', 'reviews', 'visits', 'allocations'],
};

/** Annex A's yes/no answers that become a code (outcome) rather than a flag column. */
const YES_NO_FIELDS: readonly Field[] = ['referralNfa', 'needsSupport', 'icpcUnnecessary'];

const CHILD_FIELDS: readonly [string, Field, 'date' | 'flag' | 'label' | 'text'][] = [
  ['child_id', 'childId', 'text'],
  ['date_of_birth', 'dob', 'date'],
  ['gender', 'gender', 'label'],
  ['ethnicity', 'ethnicity', 'label'],
  ['disability', 'disability', 'flag'],
  ['uasc', 'uasc', 'flag'],
];

/** A value that will parse cleanly, so filling a child's blank from a later list never moves an issue's place. */
function clean(kind: 'date' | 'flag' | 'label' | 'text', v: string): boolean {
  if (v === '') return false;
  if (kind === 'date') {
    const d = parseDate(v);
    return d !== null && !isValueError(d);
  }
  if (kind === 'flag') {
    const f = parseFlag(v);
    return f !== null && !isValueError(f);
  }
  return true;
}

export async function loadAnnexA(path: string, opts: AnnexAOptions = {}): Promise<LoadedExport> {
  const dq = new DataQualityLog();
  const found = await findLists(path, dq, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (found.length === 0)
    throw new InputError(`${path}: no Annex A lists found (expected sheets or CSV files named "List 1" … "List 11")`);
  const collected = new Map<string, Collected>();
  const children = new Map<string, ChildSeen>();
  /** list → child → the row whose allocated worker counts (latest key date). */
  const allocationRows = new Map<
    number,
    Map<string, { row: ListRow; file: string; headerLine: number; header: readonly Cell[]; bound: Map<Field, number> }>
  >();
  const notCin: number[] = [];
  const read = new Set<number>();
  const failed: { [T in TableName]?: { file: string; error: string } } = {};
  const unreadable = (list: number, file: string, why: string) => {
    const tables = LIST_TABLES[list] ?? [];
    const error = `${file}: ${why}, so List ${list} was not read${tables.length ? ` and its ${joinAnd(tables)} could not be read` : ''}`;
    for (const t of tables) failed[t] ??= { file, error };
  };

  for (const f of [...found].sort((a, b) => a.list - b.list || compareText(a.file, b.file))) {
    const spec = LISTS.find((l) => l.list === f.list);
    if (!spec || read.has(f.list)) {
      // Lists 10 and 11 (adoption, adopters) feed no rule, and a second copy of a list is not
      // read: said once each, so nothing in the workbook is dropped without a word (SPEC §6).
      const why = spec
        ? `a second copy of List ${f.list}; the first one was read`
        : `List ${f.list} (${f.list === 10 ? 'adoption' : f.list === 11 ? 'adopters' : 'not an Annex A list caseaudit reads'}) feeds no rule`;
      dq.add(
        'not-used',
        { table: 'children', file: f.file, line: 0, columnIndex: 0, column: `List ${f.list}` },
        f.file,
        `${why}; not read`,
      );
      continue;
    }
    const headerAt = f.sheet.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeaderRow(r.cells));
    const place = { table: firstTable(spec), file: f.file, line: 0, columnIndex: 0, column: 'Child Unique ID' };
    if (headerAt < 0) {
      dq.add(
        'missing-required-column',
        place,
        '',
        `List ${f.list} (${spec.title}) has no "Child Unique ID" header in its first ${HEADER_SEARCH_ROWS} rows; list not read`,
      );
      const empty = f.sheet.rows.every((r) => r.cells.every((c) => cellText(c).trim() === ''));
      unreadable(
        f.list,
        f.file,
        empty ? 'file is empty (no header row)' : `no "Child Unique ID" header in its first ${HEADER_SEARCH_ROWS} rows`,
      );
      continue;
    }
    read.add(f.list);
    const headerRow = f.sheet.rows[headerAt]!;
    const bound = bindHeader(headerRow.cells.map((c) => cellText(c)));
    if (spec.keyDate && !bound.has(spec.keyDate)) {
      dq.add(
        'missing-required-column',
        { ...place, line: headerRow.line, column: headerFor(spec.keyDate) },
        '',
        `List ${f.list} (${spec.title}) has no start date column; list not read`,
      );
      unreadable(f.list, f.file, `no start date column (expected "${headerFor(spec.keyDate)}")`);
      continue;
    }
    // Columns no field binds to ("Age", "Latest Category of Abuse" …): listed once, not used.
    const boundAt = new Set(bound.values());
    headerRow.cells.forEach((c, i) => {
      const h = cellText(c).trim();
      if (h !== '' && !boundAt.has(i))
        dq.add(
          'unknown-column',
          { ...place, line: headerRow.line, columnIndex: i + 1, column: h },
          h,
          `List ${f.list}: not a column caseaudit uses`,
        );
    });
    const headerText = (field: Field | null, col: string) =>
      field && bound.has(field) ? cellText(headerRow.cells[bound.get(field)!]).trim() : `${col} (derived)`;
    const headerPosition = (field: Field | null) => (field && bound.has(field) ? bound.get(field)! + 1 : 0);
    for (const sheetRow of f.sheet.rows.slice(headerAt + 1)) {
      const row = new ListRow(sheetRow.line, sheetRow.cells, bound, f.date1904);
      const childId = row.text('childId');
      spec.emit(row, (table: TableName, rec: Emitted) => {
        const key = `${table}\u0000${f.list}`;
        let c = collected.get(key);
        if (!c) {
          const labels = Object.fromEntries(
            Object.entries(rec).map(([col, [, field]]) => [col, headerText(field, col)]),
          );
          const positions = Object.fromEntries(
            Object.entries(rec).map(([col, [, field]]) => [col, headerPosition(field)]),
          );
          collected.set(
            key,
            (c = { table, list: f.list, file: f.file, headerLine: headerRow.line, labels, positions, records: [] }),
          );
        }
        c.records.push({
          line: row.line,
          values: Object.fromEntries(Object.entries(rec).map(([col, [v]]) => [col, v])),
        });
      });
      if (f.list === 6 && !isCinStatus(row.text('caseStatus'))) notCin.push(row.line);
      for (const field of YES_NO_FIELDS) {
        // A yes/no answer that is neither (List 4's "CS Assessment Updated") is named against the
        // answers the column accepts, not the canonical outcome codes it would become.
        if (bound.has(field) && row.text(field) !== '' && row.flag(field) === null) {
          dq.add(
            'bad-flag',
            {
              ...place,
              line: row.line,
              columnIndex: bound.get(field)! + 1,
              column: cellText(headerRow.cells[bound.get(field)!]).trim(),
            },
            row.text(field),
            'expected a yes/no answer (a) Yes, b) No, Yes, No, Y or N); read as blank',
          );
        }
      }
      if (childId === '') continue;
      // Children: the first list a child appears in; blanks filled from later lists' clean values.
      const values = Object.fromEntries(
        CHILD_FIELDS.map(([col, field, kind]) => [
          col,
          kind === 'date' ? row.date(field) : kind === 'label' ? row.label(field) : row.text(field),
        ]),
      );
      const seen = children.get(childId);
      if (!seen) {
        const labels = Object.fromEntries(
          CHILD_FIELDS.map(([col, field]) => [col, headerText(bound.has(field) ? field : null, col)]),
        );
        const positions = Object.fromEntries(CHILD_FIELDS.map(([col, field]) => [col, headerPosition(field)]));
        children.set(childId, {
          list: f.list,
          file: f.file,
          headerLine: headerRow.line,
          line: row.line,
          labels,
          positions,
          values,
        });
      } else {
        for (const [col, , kind] of CHILD_FIELDS)
          if (seen.values[col] === '' && clean(kind, values[col]!)) seen.values[col] = values[col]!;
      }
      if (ALLOCATION_PREFERENCE.includes(f.list) && bound.has('worker') && spec.keyDate) {
        let byChild = allocationRows.get(f.list);
        if (!byChild) allocationRows.set(f.list, (byChild = new Map()));
        const prev = byChild.get(childId);
        const iso = row.isoDate(spec.keyDate) ?? '';
        if (!prev || iso >= (prev.row.isoDate(spec.keyDate) ?? ''))
          byChild.set(childId, { row, file: f.file, headerLine: headerRow.line, header: headerRow.cells, bound });
      }
    }
  }

  const sources: TableSource[] = [];
  for (const c of [...collected.values()].sort((a, b) => a.list - b.list)) {
    if (c.table === 'visits') continue;
    sources.push({
      table: c.table,
      file: c.file,
      headerLine: c.headerLine,
      labels: c.labels,
      positions: c.positions,
      records: c.records,
    });
  }
  sources.push(...visitSources(collected));
  sources.push(...childSources(children));
  sources.push(...allocationSources(allocationRows, dq));

  const limitations: { [T in TableName]?: string } = { ...ANNEX_A_LIMITATIONS };
  if (notCin.length) {
    limitations.plans = `${limitations.plans!} ${notCin.length} List 6 row(s) whose case status is not a child in need plan were not read as CIN plans (those children are in the CP and looked-after lists).`;
  }
  const absent: { [T in TableName]?: string } = { ...ANNEX_A_ABSENT };
  for (const t of [
    'contacts',
    'referrals',
    'assessments',
    'section47',
    'plans',
    'reviews',
    'visits',
    'children',
  ] as const) {
    absent[t] ??= `the Annex A workbook has no list that gives ${t}`;
  }
  const ex = assembleExport(sources, {
    source: path,
    layout: 'annex-a',
    dq,
    absent,
    limitations,
    failed,
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
    ...(opts.onTable ? { onTable: opts.onTable } : {}),
  });
  ex.coverage = ANNEX_A_COVERAGE;
  return ex;
}

function joinAnd(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
