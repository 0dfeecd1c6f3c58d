/**
 * The shape of a column and of a table definition (SPEC §3); the definitions themselves are in
 * schema.ts, which re-exports these types.
 */
import type { TableName, TableRows } from './tables.js';

export type ColumnKind =
  | { type: 'id' }
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'flag' }
  | { type: 'fraction' } // a number in (0, 1], e.g. FTE
  | { type: 'count' } // a whole number ≥ 0, e.g. Annex A's number of previous CP plans
  | { type: 'code'; values: readonly string[]; synonyms?: Readonly<Record<string, string>> };

export interface ColumnSpec {
  /** Canonical snake_case header. */
  name: string;
  /** Property on the typed row. */
  key: string;
  kind: ColumnKind;
  required?: boolean;
  aliases?: readonly string[];
}

type RowKey<T extends TableName> = Exclude<keyof TableRows[T], 'line'> & string;

export interface TableSpec<T extends TableName = TableName> {
  name: T;
  columns: readonly (ColumnSpec & { key: RowKey<T> })[];
  /** Column whose values must be unique within the table. */
  uniqueKey?: RowKey<T>;
  /** [start, end] pairs whose end must not be before the start. */
  intervals?: readonly [RowKey<T>, RowKey<T>][];
}
