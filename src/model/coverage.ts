/**
 * What an export carries, and what each metric needs (SPEC §6): the engine reports a metric as
 * *not measured* — value null, no findings, no breakdown numbers — when the export does not carry
 * a column it needs, instead of computing a number from absent data. No per-layout list of rules:
 * layouts say what they carry, rules say what they need, and the engine compares the two.
 *
 * Which canonical columns a loaded table carries is read from the loader's own record of the
 * columns it bound (`TableQuality.columnsUsed`), so a canonical CSV without a `seen_alone_date`
 * column and an SSD extract without it are treated alike. A layout adds only what the columns
 * cannot show: that a table holds each child's latest record only (Annex A), which plan types a
 * plan-linked table covers, and columns it fills with values that must not be trusted.
 */
import type { Day } from './day.js';
import type { PlanType, TableName } from './tables.js';

/**
 * `table.column` with the canonical snake_case column name of SPEC §3, e.g. `assessments.seen_date`.
 * A required column stands for the table itself (`referrals.referral_date`: the referrals, over time).
 */
export type ColumnRef = `${TableName}.${string}`;

/**
 * `full`: every record over time. `latest`: each child's latest record only (Annex A lists), so
 * a measure over earlier records cannot be made.
 */
export type History = 'full' | 'latest';

/** What a layout says about one canonical table beyond the columns it bound. */
export interface TableCoverage {
  /** Default `full`. */
  history?: History;
  /**
   * For plan-linked tables (plans, reviews, visits, allocations): the plan types whose records
   * this export holds. Absent: every type. A rule measuring over other types says which it covers.
   */
  planTypes?: readonly PlanType[];
  /** Columns the layout fills but that cannot be trusted, with why (e.g. an unpopulated placeholder). */
  withheld?: Readonly<Record<string, string>>;
  /** Where the table came from, in the user's words ("List 7", "ssd_cp_reviews"), for messages. */
  source?: string;
  /**
   * The last day the table's records describe (a statutory return's reference date). At a later
   * as-at date a record open on that day may have closed since, and whatever happened since is
   * missing: a metric needing the table is not measured there, rather than counted as if nothing
   * had changed.
   */
  until?: { day: Day; what: string };
  /**
   * The first day from which the table holds every record (a CIN census holds the episodes open
   * in its year, so the oldest census year read starts it). A metric is not measured when the
   * records it reads start earlier: its period's start, less its look-back (re-referrals: 12
   * months), or for a snapshot the as-at date.
   */
  from?: { day: Day; what: string };
  /**
   * For plan-linked tables filled by sources of different reach (statutory returns: CIN and CP
   * plans from the CIN census, looked-after plans from the SSDA903): how far each plan type's
   * records reach, in place of `from`/`until` for that type. A type without an entry has no records
   * here. The engine measures a metric over the types that reach its period and as-at date
   * (MetricNeeds.partialTypes), or not at all.
   */
  byPlanType?: { readonly [P in PlanType]?: PlanTypeReach };
  /**
   * Set by the engine on the coverage a rule sees (never by a layout): plan types left out of this
   * run because their records do not reach its period or as-at date, with why, for the rule to
   * name beside the types it covers.
   */
  leftOut?: { readonly [P in PlanType]?: string };
}

/** How far one plan type's records reach (TableCoverage.byPlanType). */
export interface PlanTypeReach {
  from?: { day: Day; what: string };
  until?: { day: Day; what: string };
  /**
   * The records before `from` of a plan open then are missing too (an SSDA903 year holds the
   * episodes and reviews of its year: a period of care begun earlier is seen from its first
   * episode in the files, without its earlier reviews), whereas a CIN census holds each plan open
   * in its year whole. A metric reading plans whole (MetricNeeds.wholePlans) then needs every plan
   * of the type open in its period to have begun on or after `from`.
   */
  partialPlans?: boolean;
  /**
   * No record of the type is here: the source that holds them was not read (a folder of SSDA903
   * files alone holds no CIN or CP plans), and what to add. A metric counting the type is not
   * measured, or counts the other types where it may, as for a type out of reach.
   */
  absent?: string;
}

export type Coverage = { readonly [T in TableName]?: TableCoverage };

/**
 * What a metric needs. Each entry of `needs` is a column, or a list of columns of which any one
 * is enough (e.g. a worker is newly qualified by `qualified_date` or by `role`).
 */
export interface MetricNeeds {
  needs: readonly (ColumnRef | readonly ColumnRef[])[];
  /** The least history the metric can be computed from; default `full`. */
  history?: History;
  /**
   * How far before the period's start the metric reads its tables' records: months, or `period`
   * for one more period (a change against the previous period). Default: not at all.
   */
  lookBack?: number | 'period';
  /**
   * Which records the metric counts: those of its period (default), or only those open on the
   * as-at date (a snapshot: open assessments overdue, plans open two years). A table whose records
   * are complete only from a later day (TableCoverage.from) cannot give the former.
   */
  reads?: 'period' | 'asAt';
  /**
   * The metric reads each plan's records from the plan's start (a review's due date follows from
   * the start and every review before it), not only those of its period.
   */
  wholePlans?: boolean;
  /** The plan types the metric counts (long CP plans: `cp`); default every type the tables hold. */
  planTypes?: readonly PlanType[];
  /**
   * When the records of some of its plan types do not reach the metric's period or as-at date
   * (TableCoverage.byPlanType): `measure` counts the types that do and the rule names them (its
   * code honours `planTypes` of the coverage it is given: a share of reviews on time, a count of
   * plans); `not-measured` (default) withdraws the metric, as a QA officer reads it as being over
   * every plan (visits within limits of all open plans, supervision oversight).
   */
  partialTypes?: 'measure' | 'not-measured';
}

export function splitRef(ref: ColumnRef): { table: TableName; column: string } {
  const dot = ref.indexOf('.');
  return { table: ref.slice(0, dot) as TableName, column: ref.slice(dot + 1) };
}

/** Plan types as named in messages and labels ("CP and CLA plans"), in that order. */
export const PLAN_TYPE_NAMES: Readonly<Record<PlanType, string>> = {
  cp: 'CP',
  cla: 'CLA',
  cin: 'CIN',
  early_help: 'early help',
  care_leaver: 'care leaver',
};

/** "CP and CLA", in PLAN_TYPE_NAMES order. */
export function planTypeNames(types: Iterable<PlanType>): string {
  const order = Object.keys(PLAN_TYPE_NAMES) as PlanType[];
  return [...new Set(types)]
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .map((t) => PLAN_TYPE_NAMES[t])
    .join(' and ');
}
