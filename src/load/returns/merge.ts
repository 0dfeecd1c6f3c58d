/**
 * Years merged record by record, newest return first (SPEC §6.3): a record (same kind, child and
 * date) in two years' returns is read from the newer one.
 */
import type { TableName } from '../../model/tables.js';
import type { TableSource } from '../ssd/assemble.js';
import { keptOf } from './cinBuild.js';
import type { ReturnRead, ReturnTable } from './types.js';

/** Turns per-file return tables into TableSources, keeping the first record of each key (newest first). */
export function mergeNewestFirst(reads: readonly ReturnRead[], table: TableName, seen: Set<string>): TableSource[] {
  const out: TableSource[] = [];
  const holding = reads.filter((r) => r.tables[table]);
  const size = (s: TableSource) => (s.built ? s.built.rows.length : s.records.length);
  holding.forEach((r, i) => {
    const t = r.tables[table]!;
    const last = i === holding.length - 1;
    // Only records an earlier (newer) file holds are left out: a repeat within one file is the
    // file's own duplicate, reported by the loader as for any table. Nothing is left out of the
    // first file read, and the last file's keys are never asked for: neither is looked up.
    let source: TableSource;
    if (t.built) {
      // Rows built as the file was read (cinBuild.ts): the same choice, made on their keys.
      const keys = t.built.keys;
      const keep = seen.size === 0 ? null : keys.map((k) => !seen.has(k));
      if (!last) for (const k of keys) seen.add(k);
      source = { ...toSource(table, r.file, t, []), built: keptOf(t.built, keep) };
    } else {
      const records = seen.size === 0 ? t.records : t.records.filter((x) => !seen.has(x.key));
      if (!last) for (const x of t.records) seen.add(x.key);
      source = toSource(table, r.file, t, records);
    }
    // A file whose records are all newer elsewhere is not named as a source of the table.
    if (size(source) > 0 || out.length === 0) out.push(source);
  });
  return out.length > 1 ? out.filter((s) => size(s) > 0) : out;
}

export function toSource(
  table: TableName,
  file: string,
  t: ReturnTable,
  records: ReturnTable['records'] = t.records,
): TableSource {
  return {
    table,
    file,
    headerLine: t.headerLine,
    labels: t.labels,
    ...(t.positions ? { positions: t.positions } : {}),
    records,
  };
}

export const byNewest = (
  a: { referenceDate: string | null; file: string },
  b: { referenceDate: string | null; file: string },
) => (b.referenceDate ?? '').localeCompare(a.referenceDate ?? '') || a.file.localeCompare(b.file);
