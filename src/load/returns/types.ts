/** What each return reader hands to the returns loader (./index.ts), before years are merged. */
import type { TableName } from '../../model/tables.js';
import type { CellsRecord, SourceRecord } from '../ssd/assemble.js';
import type { BuiltTable } from './cinBuild.js';

/**
 * No day known for a date's text (days before 1970 are negative, so not -1): the reader of the
 * text parses it as ever (cinScanTexts.ts knows the days of the dates it shares). A small integer
 * to V8, as every day is.
 */
export const NO_DAY = -(1 << 30);

/** A record with the key that identifies it across years (newest return wins, SPEC §6.3). */
export interface KeyedRecord extends SourceRecord {
  key: string;
}

/** The same, its cells in the order of its table's labels (CIN census records). */
export interface KeyedCells extends CellsRecord {
  key: string;
}

export interface ReturnTable {
  /** canonical column → the element or column it was read from (or a "(derived)" label). */
  labels: Readonly<Record<string, string>>;
  /** canonical column → 1-based column in a CSV file; absent for XML. */
  positions?: Readonly<Record<string, number>>;
  headerLine: number;
  records: (KeyedRecord | KeyedCells)[];
  /** The records already built into typed rows (cinBuild.ts); `records` is then empty. */
  built?: BuiltTable;
}

export type ReturnKind = 'cin-census' | 'workforce-census' | 'ssda903';

export interface ReturnRead {
  file: string;
  kind: ReturnKind;
  /** What the file was read as, for the summary: "CIN census 2022 (reference date 2022-03-31)". */
  role: string;
  /** ISO reference date (CIN 31 March, CSWW 30 September); null when the file does not say. */
  referenceDate: string | null;
  tables: { [T in TableName]?: ReturnTable };
}
