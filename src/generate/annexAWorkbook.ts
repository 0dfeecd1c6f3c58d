/**
 * `generate --layout annex-a --workbook`: the Annex A lists as one .xlsx workbook, one sheet per
 * list ("List 1" … "List 9"), as councils return it to Ofsted — dates stored as Excel dates
 * (serial numbers with a dd/mm/yyyy format), ages and counts as numbers, everything else as
 * text. Made from the CSV lists AnnexAWriter has just written (then removed), so the workbook and
 * the CSV lists of the same seed hold the same rows, and the project's own tests read a
 * workbook nobody else wrote.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { type Day, toIso } from '../model/day.js';

export const ANNEX_A_WORKBOOK = 'Annex_A.xlsx';

const DMY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
/** Headings whose values are numbers in the Annex A template. */
const NUMERIC = /^(age|number of)/i;

export async function writeAnnexAWorkbook(dir: string, lists: readonly number[], asAt: Day): Promise<string> {
  // exceljs is large: loaded only when a workbook is written.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  // Fixed properties: the same seed gives the same workbook content whenever it is generated.
  const when = new Date(`${toIso(asAt)}T00:00:00Z`);
  wb.creator = 'caseaudit generate';
  wb.created = when;
  wb.modified = when;
  for (const list of lists) {
    const file = join(dir, `List ${list}.csv`);
    const rows = parse(await readFile(file, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
    const ws = wb.addWorksheet(`List ${list}`);
    const header = rows[0] ?? [];
    ws.addRow(header);
    for (const r of rows.slice(1)) {
      ws.addRow(
        r.map((v, i) => {
          const m = DMY.exec(v);
          if (m) return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
          if (v !== '' && NUMERIC.test(header[i] ?? '') && Number.isFinite(Number(v))) return Number(v);
          return v;
        }),
      );
    }
    for (let c = 1; c <= header.length; c++) {
      if (rows.slice(1).some((r) => DMY.test(r[c - 1] ?? ''))) ws.getColumn(c).numFmt = 'dd/mm/yyyy';
    }
    await rm(file);
  }
  const zip = Buffer.from(await wb.xlsx.writeBuffer());
  await writeFile(join(dir, ANNEX_A_WORKBOOK), datedEntries(zip, asAt));
  return ANNEX_A_WORKBOOK;
}

/**
 * Every zip entry dated the as-at date at midnight, in its local header and the central
 * directory: exceljs's zip stamps each entry with the time it was written, so the same seed gave
 * other bytes two seconds later (the help promises the same bytes). Only those fields change.
 */
function datedEntries(zip: Buffer, asAt: Day): Buffer {
  const [y, m, d] = toIso(asAt).split('-').map(Number) as [number, number, number];
  const dosDate = ((y - 1980) << 9) | (m << 5) | d;
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    const local = zip.readUInt32LE(at + 42);
    for (const [time, date] of [
      [at + 12, at + 14],
      [local + 10, local + 12],
    ] as const) {
      zip.writeUInt16LE(0, time);
      zip.writeUInt16LE(dosDate, date);
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
