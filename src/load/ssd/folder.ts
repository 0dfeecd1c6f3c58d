/**
 * An SSD export folder read as raw tables with lookup by SSD field name, so the loader names
 * fields and never column positions (an extract may order or omit columns).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { normaliseHeader } from '../../model/schema.js';
import type { TableName } from '../../model/tables.js';
import { InputError } from '../csvFile.js';
import type { DataQualityLog } from '../issues.js';
import { isBlank } from '../values.js';
import { type RawCsv, type RawRow, readRawCsv } from './rawCsv.js';
import { SSD_FILES, SSD_SOURCES, type SsdFile } from './tables.js';

/** One SSD file read as raw rows, with lookup by SSD field name. */
export class SsdTable {
  private readonly index = new Map<string, number>();
  constructor(
    readonly name: SsdFile,
    readonly raw: RawCsv,
  ) {
    raw.header.forEach((h, i) => {
      const k = normaliseHeader(h);
      if (!this.index.has(k)) this.index.set(k, i);
    });
  }
  get file(): string {
    return this.raw.file;
  }
  get rows(): RawRow[] {
    return this.raw.rows;
  }
  has(field: string): boolean {
    return this.index.has(normaliseHeader(field));
  }
  /** The cell, or '' when it is a blank token: SQL Server extracts write `NULL` for no value (SPEC §2). */
  get(row: RawRow, field: string): string {
    const i = this.index.get(normaliseHeader(field));
    const v = i === undefined ? '' : (row.cells[i] ?? '');
    return isBlank(v) ? '' : v;
  }
  /** The field's 1-based column in the file, or 0 when it is not there. */
  position(field: string): number {
    const i = this.index.get(normaliseHeader(field));
    return i === undefined ? 0 : i + 1;
  }
  /** The header as written in the file, or a derived label when the field is not there. */
  label(field: string): string {
    const i = this.index.get(normaliseHeader(field));
    return i === undefined ? `${field} (not in file)` : this.raw.header[i]!;
  }
}

export async function readSsdFolder(
  dir: string,
  dq: DataQualityLog,
  maxBytes: number,
): Promise<Map<SsdFile, SsdTable>> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory())
      throw new InputError(`${dir}: not a folder (an SSD export is a folder of ssd_*.csv files)`);
    entries = await readdir(dir);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${dir}: no such folder`);
  }
  const byName = new Map(
    entries
      .filter((f) => ['.csv', '.tsv', '.txt'].includes(extname(f).toLowerCase()))
      .sort()
      .map((f) => [basename(f, extname(f)).toLowerCase(), f]),
  );
  const out = new Map<SsdFile, SsdTable>();
  for (const name of SSD_FILES) {
    const f = byName.get(name);
    if (!f) continue;
    const table = (Object.entries(SSD_SOURCES).find(([, files]) => files.includes(name))?.[0] ??
      'children') as TableName;
    out.set(name, new SsdTable(name, await readRawCsv(join(dir, f), f, table, dq, maxBytes)));
  }
  return out;
}
