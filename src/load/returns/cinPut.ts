/**
 * Where the census's record builder (cinRecords.ts) puts each table's records: the table's sink
 * (typed rows, cinBuild.ts) or, with none, its list. Apart so the builder stays small to read.
 */
import type { ReturnTable } from './types.js';

/** The census's tables, in the order they are built and merged. */
export type CinTableName = 'children' | 'referrals' | 'assessments' | 'section47' | 'plans' | 'reviews';

/** Where a finished record goes instead of its table's list: straight into typed rows (cinBuild.ts). */
export interface CinSink {
  /**
   * `days`: each cell's day when the scanner knew it (a date it had read), else NO_DAY. `plain`:
   * the key holds no no-break space, and a made id among the cells is plain; `child`: the child
   * id cell is plain (both known from the child id, once per child: cinRows.ts).
   */
  add(
    key: string,
    line: number,
    cells: readonly string[],
    days: readonly number[],
    plain: boolean,
    child: boolean,
  ): void;
  /** The keys added so far, in order. */
  readonly keys: readonly string[];
}

/** Where put() writes one table's records: its sink (or, with none, its list) and reused cells. */
export interface PutTo {
  readonly table: ReturnTable;
  readonly sink: CinSink | null;
  readonly cells: string[];
  readonly width: number;
}

/** Cells of each table's record (CIN_LABELS). */
const WIDTH: Readonly<Record<CinTableName, number>> = {
  children: 5,
  referrals: 5,
  assessments: 5,
  section47: 5,
  plans: 6,
  reviews: 2,
};

/** The PutTo of table `t`: `tables[t]`, its sink when there are sinks, and cells to reuse. */
export function putTo(
  tables: Readonly<Record<CinTableName, ReturnTable>>,
  sinks: Readonly<Record<CinTableName, CinSink>> | undefined,
  t: CinTableName,
): PutTo {
  const width = WIDTH[t];
  return { table: tables[t], sink: sinks?.[t] ?? null, cells: Array.from({ length: width }, () => ''), width };
}
