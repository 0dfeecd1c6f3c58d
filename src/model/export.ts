/** A loaded export: typed tables plus the data-quality log of everything that was wrong with them. */
import type { DataQualityLog } from './issues.js';
import type { Coverage } from './coverage.js';
import type { TableName, TableRows } from './tables.js';

/** A layout's name from the registry (src/load/layouts), or `mapped` for canonical read through a config mapping. */
export type Layout = string;

export interface LoadedExport {
  /** Folder or workbook the export was read from (as given by the user). */
  source: string;
  layout: Layout;
  /** Tables that loaded (possibly with issues). Missing or failed tables are absent. */
  tables: { [T in TableName]?: TableRows[T][] };
  /** Why each absent table is absent: "no plans.csv in the export", "required column … missing". */
  absent: { [T in TableName]?: string };
  /** Tables whose content is known to be partial (Annex A: latest dates only), with what is missing. */
  limitations: { [T in TableName]?: string };
  /** What the layout says about its tables beyond the columns it bound (src/model/coverage.ts). */
  coverage?: Coverage;
  dq: DataQualityLog;
  /**
   * Rules' per-row preparation being computed in a worker thread, by rule id (src/engine/prepare.ts).
   * The engine uses an answer only when it matches the rows and options.
   */
  prepared?: PreparedSource;
}

export interface PreparedSource {
  /** The answer for a rule, waiting for it if need be; undefined when there is none. */
  take(ruleId: string): PreparedResult | undefined;
}

export interface PreparedResult {
  table: TableName;
  /** The rule's options, as canonical JSON, that the value was computed with. */
  optionsKey: string;
  /** Rows and a fingerprint of their source lines, so a value is never applied to other rows. */
  rows: number;
  lineCheck: number;
  value: unknown;
}
