/**
 * The result model (SPEC §5). Every output format — terminal, JSON, CSV, Markdown, HTML, PDF,
 * JUnit — is a function of an AuditResult, so they cannot disagree.
 */
export type Area = 'leaders' | 'help-protection' | 'children-in-care' | 'care-leavers';
export const AREAS: readonly Area[] = ['leaders', 'help-protection', 'children-in-care', 'care-leavers'];
export const AREA_TITLES: Readonly<Record<Area, string>> = {
  leaders: 'The impact of leaders on social work practice with children and families',
  'help-protection': 'The experiences and progress of children who need help and protection',
  'children-in-care': 'The experiences and progress of children in care',
  'care-leavers': 'The experiences and progress of care leavers',
};

export type Rag = 'green' | 'amber' | 'red' | 'none';
export type Severity = 'high' | 'medium' | 'low' | 'info';
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1, info: 0 };

export type MetricUnit = 'share' | 'count' | 'workingDays' | 'days' | 'ratio' | 'number';

export interface Metric {
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** The limit the value is judged against, as configured. */
  threshold?: number;
  /** 'min': the value should be at least the threshold; 'max': at most. */
  direction?: 'min' | 'max';
  rag: Rag;
  unit: MetricUnit;
  label: string;
  /** Which of the rule's titles this metric earned. */
  verdict: 'pass' | 'fail' | 'not-measured';
  /** The figure this value is compared with (SPEC §7): England's, or the config's (e.g. statistical neighbours). */
  england?: Comparator;
  /** Why the value is null or what it excludes, in plain words. */
  note?: string;
  /** The metric at each of the last 12 month-ends, the last point the headline (SPEC §9; src/engine/trends.ts). */
  trend?: TrendPoint[];
  /**
   * The last point against the point six months before (SPEC §9 calls it `direction`; that name
   * is taken by the threshold side above). null when either point has no value or the metric has
   * no threshold side to say which way is better.
   */
  trendDirection?: TrendDirection | null;
}

export interface TrendPoint {
  asAt: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
}
export type TrendDirection = 'improving' | 'worsening' | 'stable';

/** The month-ends the trends were computed at, or why there are none (said once, not per metric). */
export interface TrendsSummary {
  points: string[];
  /** Set when the export cannot give trends (e.g. Annex A holds only latest dates). */
  notMeasured?: string;
  /** SPEC §9's caveat, printed by every report that shows trends. */
  caveat: string;
}

/** A published figure to compare a metric with, and whose it is. */
export interface Comparator {
  value: number;
  /** Whose figure: "England" for data/england.json, else as the config names it ("Statistical neighbours"). */
  comparator: string;
  year: string;
  /** The release and table it comes from. */
  source: string;
  numerator?: number;
  denominator?: number;
  note?: string;
}

export type EvidenceType = 'id' | 'date' | 'workingDays' | 'days' | 'number' | 'share' | 'text' | 'flag';
export interface EvidenceColumn {
  key: string;
  label: string;
  type: EvidenceType;
  /** In a breakdown: the metric this column informs (blanked when that metric is not measured). */
  metric?: string;
}
/** One row of evidence. `key` is stable across runs for the same subject (SPEC §5). */
export type EvidenceValue = string | number | boolean | null;
export interface EvidenceRow {
  key: string;
  [column: string]: EvidenceValue;
}

export interface Finding {
  id: string;
  severity: Severity;
  title: string;
  message: string;
  /** The metric this finding is about, when there is one. */
  metric?: string;
  /** Distinct children (or workers, for workforce findings) the evidence concerns. */
  affected: { count: number; unit: 'children' | 'workers' | 'teams' | 'records' };
  columns: EvidenceColumn[];
  evidence: EvidenceRow[];
  /** Evidence rows acknowledged in the suppressions file: counted and listed, never hidden. */
  suppressed?: SuppressedRow[];
}

export interface SuppressedRow {
  row: EvidenceRow;
  reason: string;
  who: string;
  expires: string;
}

/** A supporting table (per-team breakdown, funnel-plot points): same typed columns as evidence. */
export interface Breakdown {
  id: string;
  title: string;
  columns: EvidenceColumn[];
  rows: EvidenceRow[];
  /** Hints for the report's chart of this table. */
  chart?: ChartHint;
}

/**
 * A bar or line chart's limit comes with the measure's direction ('min': at least the limit is
 * good; 'max': at most), so the chart marks the values on the failing side whichever way the
 * measure points. The type makes a limit without a direction impossible to write.
 */
export type ChartLimit = { limit?: undefined; direction?: undefined } | { limit: number; direction: 'min' | 'max' };
interface ChartAxes {
  x: string;
  y: string;
  label?: string;
}
/** A funnel's `limit` is the overall rate (its centre line); points outside `lower`/`upper` are marked. */
export type ChartHint =
  | (ChartAxes & ChartLimit & { kind: 'bar' | 'line' })
  | (ChartAxes & { kind: 'funnel'; limit?: number; lower?: string; upper?: string });

export interface RuleResult {
  id: string;
  title: string;
  passTitle: string;
  failTitle: string;
  area: Area[];
  status: 'ran' | 'not-run' | 'error';
  reason?: string;
  description: string;
  options: Record<string, unknown>;
  metrics: Record<string, Metric>;
  findings: Finding[];
  breakdowns: Breakdown[];
  /** What could not be measured from this export and why (e.g. Annex A holds only latest dates). */
  limitations: string[];
}

export interface DataQualitySummary {
  rowsRead: number;
  rowsWithIssues: number;
  rowsWithIssuesShare: number | null;
  tables: import('../load/issues.js').TableQuality[];
  issues: import('../load/issues.js').IssueGroup[];
}

export interface AuditResult {
  schemaVersion: 1;
  tool: { name: 'caseaudit'; version: string };
  council: string | null;
  /** `files`: for layouts read by content (statutory returns), each file and what it was read as. */
  source: { export: string; layout: string; files?: { file: string; as: string }[] };
  asAt: string;
  asAtSource: 'command line' | 'config' | 'latest event in export' | `reference date of ${string}`;
  period: { start: string; end: string; months: number };
  /**
   * When the as-at date given is more than a month after the export's latest dated event: what
   * happened since is not in the export, and records open then are counted as still open.
   */
  asAtCaveat?: string;
  config: Record<string, unknown>;
  rules: RuleResult[];
  dataQuality: DataQualitySummary;
  /** Budgets from the config, checked against this result (broken ones exit 1). */
  budgets?: BudgetResult[];
  /** Change since a previous findings.json given with --baseline. */
  baseline?: BaselineComparison;
  /** Suppressions applied, and any that expired or no longer match. */
  suppressions?: { file: string; applied: number; expired: number; changed: number; unmatched: number };
  /** Month-by-month trends (SPEC §9); absent with --no-trends. */
  trends?: TrendsSummary;
  /** Set when ids were replaced by keyed codes (--pseudonymise). */
  pseudonymised?: boolean;
  /**
   * Children to track (SPEC §8): one profile per child named in any finding's evidence, after
   * suppressions, in tracking order. Absent only in findings.json files written before it existed.
   */
  children?: ChildProfile[];
}

/** One concern about a child: an evidence row naming them (SPEC §8). */
export interface ChildConcern {
  rule: string;
  findingId: string;
  severity: Severity;
  key: string;
  summary: string;
}
export interface ChildProfile {
  childId: string;
  team: string | null;
  workerId: string | null;
  /** Plan types open on the as-at date, in SPEC §3 order. */
  openPlans: string[];
  concerns: ChildConcern[];
  /** Distinct rules among the concerns. */
  rules: number;
  /** Σ severity weights (high 3, medium 2, low 1, info 0). */
  score: number;
}

export interface BudgetResult {
  /** `rule.metric` as written in the config. */
  key: string;
  rule: string;
  metric: string;
  min?: number;
  max?: number;
  value: number | null;
  status: 'pass' | 'fail' | 'not-measured';
  message: string;
}

export interface MetricChange {
  previous: number | null;
  current: number | null;
  change: number | null;
}
export interface RuleChange {
  newlyFlagged: string[];
  noLongerFlagged: string[];
  newlyFlaggedChildren: string[];
  noLongerFlaggedChildren: string[];
}
export interface BaselineComparison {
  previousAsAt: string;
  currentAsAt: string;
  metrics: Record<string, MetricChange>;
  rules: Record<string, RuleChange>;
  /** Children to track (SPEC §8) now and not before, and before but not now. */
  children?: { newlyTracked: string[]; noLongerTracked: string[] };
}
