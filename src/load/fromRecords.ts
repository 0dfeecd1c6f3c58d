/**
 * Builds a LoadedExport from in-memory records (header → raw string), through the same
 * TableBuilder as files. Used by the library API, readers of other layouts and tests.
 */
import type { Layout, LoadedExport } from '../model/export.js';
import { TABLE_NAMES, TABLE_SPECS } from '../model/schema.js';
import type { TableName } from '../model/tables.js';
import { DataQualityLog } from './issues.js';
import { checkRelations } from './relations.js';
import { TableBuilder } from './tableBuilder.js';

export type RawRecord = Readonly<Record<string, string | number | null | undefined>>;

export function exportFromRecords(
  records: { [T in TableName]?: readonly RawRecord[] },
  source = '(in memory)',
  layout: Layout = 'canonical',
): LoadedExport {
  const dq = new DataQualityLog();
  const tables: LoadedExport['tables'] = {};
  const absent: LoadedExport['absent'] = {};
  for (const t of TABLE_NAMES) {
    const rows = records[t];
    const file = `${t}.csv`;
    if (!rows) {
      absent[t] = `no ${file} in the export`;
      dq.tables.set(t, {
        table: t,
        file: null,
        status: 'missing',
        rowsRead: 0,
        rowsWithIssues: 0,
        columnsUsed: [],
        columnsIgnored: [],
      });
      continue;
    }
    const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const b = new TableBuilder(t, file, dq);
    b.setHeader(header.length ? header : allColumns(t));
    rows.forEach((r, i) =>
      b.addRow(
        header.map((h) => (r[h] === null || r[h] === undefined ? '' : String(r[h]))),
        i + 2,
      ),
    );
    (tables as Record<string, unknown>)[t] = b.rows;
    dq.tables.set(t, {
      table: t,
      file,
      status: 'loaded',
      rowsRead: b.rows.length,
      rowsWithIssues: 0,
      columnsUsed: b.columnsUsed,
      columnsIgnored: b.columnsIgnored,
    });
  }
  const ex: LoadedExport = { source, layout, tables, absent, limitations: {}, dq };
  checkRelations(ex);
  return ex;
}

/** An empty table given as [] has no header to read: it carries every column, vacuously. */
function allColumns(t: TableName): string[] {
  return TABLE_SPECS[t].columns.map((c) => c.name);
}
