/**
 * Reads an .xlsx workbook into plain rows of cells with exceljs. Readers above this never see
 * exceljs types: a cell is a string, or a number kept as a number so that a reader that knows a
 * column holds dates can read it as an Excel serial day (SPEC §2).
 */
import type ExcelJS from 'exceljs';
import { toIso } from '../model/day.js';
import { InputError, openRegularFile, readOpened } from './regularFile.js';
import { checkZipLimits, ZipLimitError } from './zipGuard.js';

export type Cell = string | number;
export interface SheetRow {
  line: number;
  cells: Cell[];
}
export interface Sheet {
  name: string;
  rows: SheetRow[];
}
export interface Workbook {
  sheets: Sheet[];
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;

/**
 * Excel serial day number → ISO date. 1900 system: serial 1 = 1900-01-01, and Excel counts a
 * 29 February 1900 that never existed (serial 60), so serials from 61 on are one day ahead of a
 * plain count. The time of day (the fraction) is dropped, as SPEC §2 drops times.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial + 1e-9);
  let days: number;
  if (date1904)
    days = whole - 24107; // 1904-01-01 is serial 0
  else if (whole === 60)
    return null; // 1900-02-29 does not exist
  else days = whole < 60 ? whole - 25568 : whole - 25569;
  return toIso(days);
}

/**
 * A JS Date as exceljs builds it from a date-formatted cell: UTC, the serial's float error already
 * rounded away to the millisecond. The time of day is dropped as for a serial; the second's slack
 * this once added read 31/03/2024 23:59:59 as 2024-04-01.
 */
function dateToIso(d: Date): string {
  return toIso(Math.floor(d.getTime() / MS_PER_DAY));
}

/** exceljs cell value → string or number; error values such as #N/A are blank (SPEC §2). */
export function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : dateToIso(v);
  if (typeof v === 'object') {
    if ('error' in v) return v.error === '#N/A' ? '' : String(v.error);
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return cellValue((v as { text: ExcelJS.CellValue }).text);
  }
  return '';
}

/** A cell as text, for headers and non-date columns (integers without a decimal point). */
export function cellText(c: Cell | undefined): string {
  if (c === undefined) return '';
  return typeof c === 'number' ? String(c) : c;
}

export async function readWorkbook(path: string, maxBytes: number): Promise<Workbook> {
  // Only a regular file is read (a FIFO or device is refused), through one descriptor.
  const file = await openRegularFile(path, path, 'an .xlsx workbook');
  let bytes: Buffer<ArrayBuffer>;
  try {
    if (file.size > maxBytes)
      throw new InputError(
        `${path}: ${file.size} bytes is larger than the limit of ${maxBytes} bytes (raise it with --max-file-mb)`,
      );
    bytes = await readOpened(file);
  } finally {
    await file.fh.close();
  }
  try {
    checkZipLimits(bytes);
  } catch (e) {
    if (e instanceof ZipLimitError) throw new InputError(`${path}: not a readable .xlsx workbook: ${e.message}`);
    throw e;
  }
  // exceljs is large: loaded only when a workbook is actually read, so CSV runs start fast.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    // exceljs's typings declare their own Buffer (an ArrayBuffer); at run time it takes Node's.
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    throw new InputError(`${path}: not a readable .xlsx workbook (${(e as Error).message.slice(0, 120)})`);
  }
  const date1904 = Boolean(wb.properties?.date1904);
  const sheets: Sheet[] = wb.worksheets.map((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      const values = row.values as ExcelJS.CellValue[];
      const cells: Cell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i] ?? null));
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      if (cells.length) rows.push({ line, cells });
    });
    return { name: ws.name, rows };
  });
  return { sheets, date1904 };
}
