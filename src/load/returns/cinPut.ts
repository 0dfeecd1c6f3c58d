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
  /** How many records have been added so far. */
  readonly added: number;
  /** About `n` records are expected in all: room made for them at once (a guess, not a limit). */
  reserve(n: number): void;
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

/** Records expected beyond the first chunk's share of them (its mix varies by a few per cent). */
const RESERVE_MARGIN = 1.05;

/**
 * `share` of the census has been scanned (its first chunk): each table's lists are made long
 * enough for its records so far scaled to the whole census, with a margin, instead of grown a
 * push at a time. A census lists its children in id order, so one chunk's mix of records is the
 * whole file's near enough; a wrong guess costs only the growth it meant to save.
 */
export function reserveAll(sinks: Readonly<Record<CinTableName, CinSink>>, share: number): void {
  if (!(share > 0 && share < 1)) return;
  for (const t of Object.keys(WIDTH) as CinTableName[]) {
    const sink = sinks[t];
    if (sink.added > 0) sink.reserve(Math.ceil((sink.added / share) * RESERVE_MARGIN) + 64);
  }
}
