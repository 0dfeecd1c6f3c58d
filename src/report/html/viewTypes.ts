/**
 * The shapes of the report's view model: what viewModel.ts builds and the templates read.
 * viewModel.ts re-exports them all.
 */
import type { Area, Rag, Severity } from '../../engine/types.js';
import type { ChildrenView } from './childrenView.js';

export interface RagView {
  cls: Rag;
  label: string;
}
export interface CellView {
  text: string;
  cls: string;
}
export interface TableView {
  columns: CellView[];
  rows: { cells: CellView[]; excerpt: string | null }[];
  colspan: number;
}

export interface MetricView {
  id: string;
  label: string;
  value: string;
  threshold: string;
  england: string;
  rag: RagView;
  note: string;
  /** Direction over six months ('' without a trend) and the month-by-month chart (./trendChart.ts). */
  trend: string;
  trendSvg: string | null;
}
export interface FindingView {
  number: number;
  anchor: string;
  severity: RagView & { severity: Severity };
  title: string;
  message: string;
  measure: string;
  threshold: string;
  england: string;
  affected: string;
  evidenceSummary: string;
  open: boolean;
  table: TableView;
  /** In print, when rows were left out: how many are printed and where every row is. */
  printedNote: string;
}
export interface BreakdownView {
  anchor: string;
  title: string;
  svg: string | null;
  table: TableView;
  open: boolean;
}
export interface RuleView {
  id: string;
  anchor: string;
  heading: string;
  neutralTitle: string;
  rag: RagView;
  metrics: MetricView[];
  limitations: string[];
  findings: FindingView[];
  breakdowns: BreakdownView[];
  noFindings: boolean;
  /** Why the rule is not assessed (none of its measures could be measured); '' when it is. */
  notAssessed: string;
  /** Any metric has a trend chart; `trendAnchor` names the figure group. */
  hasTrends: boolean;
  trendAnchor: string;
}
export interface CrossRefView {
  anchor: string;
  heading: string;
  firstParagraph: number | null;
  areaTitle: string;
}
export interface NotRunView {
  id: string;
  anchor: string;
  title: string;
  status: string;
  reason: string;
  areas: string;
}
export interface AreaView {
  number: number;
  id: Area;
  anchor: string;
  title: string;
  rag: RagView;
  counts: AreaCounts;
  rules: RuleView[];
  crossRefs: CrossRefView[];
  notRun: NotRunView[];
  empty: boolean;
}
export interface AreaCounts {
  rulesRan: number;
  rulesNotRun: number;
  red: number;
  amber: number;
  green: number;
  high: number;
  medium: number;
  children: number;
  findingsText: string;
  metricsText: string;
  rulesText: string;
}
export interface ImproveView {
  number: number;
  anchor: string;
  severity: RagView;
  title: string;
  ruleHeading: string;
  message: string;
  affected: string;
  worsening: string;
}
export interface MethodView {
  id: string;
  title: string;
  areas: string;
  description: string;
  options: { name: string; value: string }[];
  status: string;
}
export interface DqTableView {
  table: string;
  file: string;
  status: string;
  rowsRead: string;
  rowsWithIssues: string;
  notes: string;
}
export interface DqIssueView {
  table: string;
  column: string;
  title: string;
  kind: string;
  count: string;
  examples: string[];
}

export interface ReportView {
  marking: string;
  documentTitle: string;
  council: string;
  councilNamed: boolean;
  asAtLong: string;
  asAtIso: string;
  asAtSource: string;
  /** The as-at date's caveat (AuditResult.asAtCaveat), or ''. */
  asAtCaveat: string;
  periodText: string;
  source: string;
  version: string;
  /** What the trends are and their caveat, or why there are none ('' with --no-trends). */
  trendsLine: string;
  headline: AreaView[];
  improve: ImproveView[];
  areas: AreaView[];
  notRun: NotRunView[];
  methodology: MethodView[];
  dq: { summary: string; tables: DqTableView[]; issues: DqIssueView[]; noIssues: boolean };
  print: boolean;
  excerptsShown: boolean;
  /** Budgets (shown first), then changes since a baseline and acknowledged items. */
  ci: { before: CiView[]; after: CiView[] };
  /** Children to track (SPEC §8), src/report/html/childrenView.ts. */
  children: ChildrenView;
}

export interface ViewOptions {
  marking: string;
  excerpts: ReadonlyMap<string, string> | null;
  /** The PDF variant: every evidence table open (a closed <details> would print closed). */
  print: boolean;
  /** With print: evidence rows printed per finding, 0 for all. */
  printRows: number;
}

export interface CiView {
  anchor: string;
  title: string;
  intro: string;
  table: TableView | null;
}
