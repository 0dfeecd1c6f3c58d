/** A loaded export: typed tables plus the data-quality log of everything that was wrong with them. */
import type { DataQualityLog } from './issues.js';
import type { Coverage } from './coverage.js';
import type { Day } from './day.js';
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
   * The date the export describes, when its layout says (statutory returns: the newest return's
   * reference date, SPEC §6.3); the as-at date defaults to it.
   */
  referenceDate?: { day: Day; what: string };
  /** For layouts that read files by content: each file of the folder and what it was read as (shown in the summary). */
  returnsRead?: { file: string; as: string }[];
  /**
   * Plan ids the export itself marks as second or later CP plans, whether or not it holds the
   * earlier plan (CIN census `NumberOfPreviousCPP` > 0, SPEC §6.3).
   */
  repeatCpPlans?: ReadonlySet<string>;
  /** Council-level facts of a workforce census (SPEC §6.3), which no canonical table holds. */
  workforceCensus?: WorkforceCensusFacts;
  /**
   * Rules' per-row preparation being computed in a worker thread, by rule id (src/engine/prepare.ts).
   * The engine uses an answer only when it matches the rows and options.
   */
  prepared?: PreparedSource;
  /**
   * Set when the export holds one child's rows only (src/engine/childRows.ts): the child's id as
   * the export spells it (null: no row names them) and how many children the whole export holds.
   */
  onlyChild?: { childId: string | null; children: number };
}

export interface WorkforceCensusFacts {
  /** The census file, for messages. */
  file: string;
  /** The census date (30 September): workforce and caseload measures are taken on it only. */
  censusDate: Day;
  /** Council-level vacancies (FTE); null when the return gives none. */
  vacancies: number | null;
  /** The workers table is the census's (not a workers.csv given beside it). */
  workersFromCensus: boolean;
  /**
   * No allocations.csv was given, so `Cases30` is the caseload (the SSDA903 social worker table
   * holds looked-after children only).
   */
  casesAreCaseloads: boolean;
  /** `Cases30` by worker id: cases held on the census date. */
  cases: ReadonlyMap<string, number>;
}

export interface PreparedSource {
  /**
   * The answer for a rule, waiting for it if need be; undefined when there is none. With `help`
   * (the rule's PrepareStep.share and the rows it prepares), the waiting thread computes some of
   * the worker's parts itself instead of only waiting (issue 24: both cores finish together).
   */
  take(ruleId: string, help?: ShareHelp): PreparedResult | undefined;
  /**
   * Whether another thread is still working out the rule's value (its `take` would wait): the
   * engine runs such a rule after the others, so the main thread's own work overlaps the wait.
   */
  computing?(ruleId: string): boolean;
  /**
   * Columns of a table whose rows were handed over without them (null there), kept by the
   * worker for the rule's prepared value; empty when the rows are whole.
   */
  withheld?(table: TableName): readonly string[];
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

/**
 * A prepare step split into parts two threads can share (issue 24: the full audit's critical path
 * is the worker scoring supervision text while the main thread, done with everything else, waits).
 * Each part is computed alone and gives for its rows exactly what the whole computation gives:
 * the parts' value joined is the whole's value, whichever thread computed which part.
 */
export interface PrepareShare<R = unknown, O = Record<string, unknown>> {
  /**
   * The rows cut into parts of about equal work, in the order the worker computes them: part p
   * is the rows at order[starts[p]] to order[starts[p+1] - 1].
   */
  parts(rows: readonly R[]): SharedParts;
  /**
   * What another thread needs, besides its own rows, to compute the rows at `positions`: the
   * columns the worker keeps to itself (PrepareStep.holds), packed to cross to it (structured
   * clone); null when they cannot be (the worker then computes every part).
   */
  pack(rows: readonly R[], positions: Int32Array): unknown;
  /**
   * One thread's share of the work; `packed` (from pack) when its rows lack the held columns;
   * `warmed`, what `warm` made for the same options, if it was called.
   */
  begin(rows: readonly R[], options: O, packed: unknown, warmed?: unknown): SharedWork;
  /**
   * Makes ahead what `begin` needs whatever the rows and packed columns (the supervision
   * scorer), for `begin` to take: the main thread calls it while the worker finishes its part and
   * packs the offer, which it would otherwise only wait through.
   */
  warm?(options: O): unknown;
  /** The worker's value (its parts) with the other thread's (the rest), as the whole's value. */
  join(worker: unknown, other: unknown): unknown;
}

export interface SharedParts {
  order: Int32Array;
  starts: Int32Array;
}

export interface SharedWork {
  /** Computes the rows at `positions` (one part, ascending). */
  part(positions: Int32Array): void;
  /** The value of the parts computed here (`held`: as PrepareStep.compute's `held`). */
  value(held: boolean): unknown;
}

/** What the waiting thread brings to TableReader.take to share the work. */
export interface ShareHelp {
  share: PrepareShare;
  rows: readonly unknown[];
  /**
   * Collect this thread's garbage before it makes its share's scorer (prepareShare.ts,
   * askToShare): set after the full audit's trend points, whose garbage would otherwise leave the
   * sharing's memory to grow the heap at the process's peak (issue 24).
   */
  collect?: boolean;
}
