/**
 * What travels between the batch coordinator and its worker threads. Only small summaries cross
 * the thread boundary: never an export's rows, never evidence (children's data stays in the
 * worker that read it and in the report files it wrote).
 */
import type { Suppression } from '../ci/suppressions.js';
import type { CaseauditConfig } from '../config/schema.js';
import type { Comparator, MetricUnit, Rag, Severity, TrendDirection } from '../engine/types.js';
import type { LayoutChoice } from '../load/index.js';

/** One export to audit, as found by discovery. */
export interface BatchInput {
  /** Unique, filesystem-safe name: the export's folder name, suffixed `-2`, `-3` on a clash. */
  name: string;
  /** The path as the user gave it (or as a glob / parent folder expanded it); shown in reports. */
  source: string;
  /** Absolute path. */
  path: string;
  /** Set when discovery already knows this input cannot be audited (no such path, no CSVs). */
  error?: string;
}

/** Everything a worker needs to audit one export exactly as `caseaudit audit` would. */
export interface BatchJob {
  name: string;
  source: string;
  path: string;
  /** Absolute folder the reports go to: `<out>/<name>`. */
  outDir: string;
  formats: string[];
  config: CaseauditConfig;
  /** `--pdf-rows`: evidence rows printed per finding in a PDF (else the config's, else the default). */
  pdfEvidenceRows?: number;
  asAt?: string;
  periodMonths?: number;
  rules?: string[];
  failOn?: Severity;
  maxFileMb?: number;
  /** Run date for choosing the as-at date (tests); defaults to today, as in `audit`. */
  today?: string;
  /** `--layout`; when absent, config `layout`, else auto-detected (as in `audit`). */
  layout?: LayoutChoice;
  /**
   * `--baseline <dir>`: the previous findings.json for this export, `<dir>/<name>/findings.json`.
   * Only the path travels: the worker reads it, so a large baseline never crosses the thread
   * boundary. A path with no file there means "audit without a baseline, and warn".
   */
  baselineFile?: string;
  /** How to name `baselineFile` in messages (relative to the working folder, as the user typed it). */
  baselineShown?: string;
  /** Acknowledged items, read once by the coordinator, and the file name shown in reports. */
  suppressions?: { list: Suppression[]; file: string };
  /** `--pseudonymise`: the key, read once by the coordinator. Never written or printed. */
  pseudonymiseKey?: string;
  /** `--no-trends`: false leaves out the month-by-month trends (SPEC §9). */
  trends?: boolean;
}

export interface MetricSummary {
  value: number | null;
  rag: Rag;
  unit: MetricUnit;
  label: string;
  numerator?: number;
  denominator?: number;
  threshold?: number;
  direction?: 'min' | 'max';
  england?: Comparator;
  /** Over the last six months; absent without trends, null when it has no direction. */
  trendDirection?: TrendDirection | null;
}

export interface ExportSummary {
  name: string;
  source: string;
  /**
   * `ok`: audited and every table read. `error`: not audited, or audited with a table that could
   * not be read or a rule that failed — the same cases where `caseaudit audit` exits 2.
   */
  status: 'ok' | 'error';
  /** One line saying why, for `error`. */
  reason?: string;
  asAt?: string;
  asAtSource?: string;
  period?: { start: string; end: string; months: number };
  /** `rule.metric` → summary, for rules that ran. */
  metrics: Record<string, MetricSummary>;
  /** Rule ids in the order the report lists them. */
  ruleOrder: string[];
  findings: Record<Severity, number>;
  rules: { ran: number; notRun: number; error: number };
  /** Findings at or above --fail-on plus broken budgets (exit 1 when > 0). */
  failing: number;
  /** Files written, relative to the batch output folder, in the order written. */
  written: string[];
  /** Lines the renderers asked to show the user (e.g. a PDF that could not be made). */
  warnings: string[];
  /** Wall time of this export in the worker (never written to any output file). */
  ms: number;
}

export type WorkerRequest = { kind: 'job'; job: BatchJob } | { kind: 'stop' };
export type WorkerReply = { kind: 'done'; summary: ExportSummary };
