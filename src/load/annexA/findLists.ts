/**
 * Finds the Annex A lists in a workbook or a folder of CSV files, each as a sheet of rows, so the
 * reader sees one shape whichever way the lists were saved.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { TableName } from '../../model/tables.js';
import { InputError } from '../csvFile.js';
import type { DataQualityLog } from '../issues.js';
import { type Cell, type Sheet, readWorkbook } from '../xlsx.js';
import { readRawCsv } from '../ssd/rawCsv.js';
import { LISTS, type ListSpec, listNumberOf } from './lists.js';

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

/** One list as found: a workbook sheet or a CSV file. */
export interface FoundList {
  list: number;
  file: string;
  sheet: Sheet;
  date1904: boolean;
}

export async function findLists(path: string, dq: DataQualityLog, maxBytes: number): Promise<FoundList[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`${path}: no such file or folder`);
  }
  if (!info.isDirectory()) {
    if (!WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase())) {
      throw new InputError(`${path}: an Annex A export is an .xlsx workbook or a folder of its lists saved as CSV`);
    }
    return listsOfWorkbook(path, maxBytes);
  }
  const entries = (await readdir(path)).sort();
  const workbook = entries.find((f) => WORKBOOK_EXTENSIONS.has(extname(f).toLowerCase()) && !f.startsWith('~$'));
  const csvs = entries.filter(
    (f) =>
      ['.csv', '.tsv', '.txt'].includes(extname(f).toLowerCase()) && listNumberOf(basename(f, extname(f))) !== null,
  );
  if (csvs.length === 0 && workbook) return listsOfWorkbook(join(path, workbook), maxBytes);
  const out: FoundList[] = [];
  for (const f of csvs) {
    const list = listNumberOf(basename(f, extname(f)))!;
    const spec = LISTS.find((l) => l.list === list);
    if (!spec) continue;
    const raw = await readRawCsv(join(path, f), f, firstTable(spec), dq, maxBytes);
    const rows = [
      { line: raw.headerLine, cells: raw.header as Cell[] },
      ...raw.rows.map((r) => ({ line: r.line, cells: r.cells as Cell[] })),
    ];
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

/** The canonical table a list's data-quality issues are filed under (the first one it feeds). */
export function firstTable(spec: ListSpec): TableName {
  const map: Record<number, TableName> = {
    1: 'contacts',
    2: 'plans',
    3: 'referrals',
    4: 'assessments',
    5: 'section47',
    6: 'plans',
    7: 'plans',
    8: 'plans',
    9: 'children',
  };
  return map[spec.list] ?? 'children';
}
