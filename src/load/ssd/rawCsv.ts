/**
 * Reads a CSV file as raw header + rows of strings, with the same encoding, delimiter and
 * malformed-file handling as canonical tables (csvFile.ts). Readers of other layouts (SSD, Annex
 * A saved as CSV) reshape these rows and then hand them to a TableBuilder, so every layout gets
 * the same value parsing and data-quality issues.
 */
import { EmptyFileError, MalformedCsvError, readCsvInto } from '../csvFile.js';
import type { DataQualityLog } from '../issues.js';
import type { TableName } from '../../model/tables.js';
import { TableBuilder } from '../tableBuilder.js';

export interface RawRow {
  line: number;
  cells: string[];
}
export interface RawCsv {
  file: string;
  header: string[];
  headerLine: number;
  rows: RawRow[];
}

/** A TableBuilder that only collects strings: readCsvInto streams into it unchanged. */
class RawCollector<T extends TableName> extends TableBuilder<T> {
  header: string[] = [];
  headerLine = 1;
  raw: RawRow[] = [];
  override setHeader(cells: readonly string[], line = 1): void {
    // Called again when the file is re-read as Windows-1252: start over.
    this.header = cells.map((c) => c.replace(/^\uFEFF/, ''));
    this.headerLine = line;
    this.raw = [];
  }
  override addRow(cells: readonly string[], line: number): void {
    this.raw.push({ line, cells: [...cells] });
  }
}

/**
 * `table` is the canonical table the file mostly feeds; it only labels file-level issues
 * (encoding, malformed CSV) in the data-quality log.
 */
export async function readRawCsv(
  path: string,
  file: string,
  table: TableName,
  dq: DataQualityLog,
  maxBytes: number,
): Promise<RawCsv> {
  const c = new RawCollector(table, file, dq);
  try {
    await readCsvInto(path, c, dq, { maxBytes });
  } catch (e) {
    if (e instanceof MalformedCsvError) {
      dq.add(
        'malformed-csv',
        { table, file, line: e.line, columnIndex: 0, column: '' },
        '',
        `${e.message}; ${c.raw.length} rows before this point were kept`,
      );
    } else if (e instanceof EmptyFileError) {
      dq.add('file-empty', { table, file, line: 0, columnIndex: 0, column: '' }, '', e.message);
    } else throw e;
  }
  return { file, header: c.header, headerLine: c.headerLine, rows: c.raw };
}
