/**
 * What `generateExport` is asked for and what it answers, with the defaults the CLI shows; kept
 * apart from the generator so the CLI and tests can name them without reading its body.
 */
import type { Day } from '../model/day.js';
import type { GroundTruth } from './groundTruth.js';

/**
 * The layouts `generate --layout` offers: canonical and one per writer in layoutWriters.ts, whose
 * registry must name exactly these (a type error otherwise; test/registry.test.ts checks the
 * order). Listed here, not taken from the writers, so the CLI offers them without loading the
 * generator, which only `generate` runs (start-up, issue 24).
 */
export const GENERATE_LAYOUTS = ['canonical', 'ssd', 'annex-a', 'returns'] as const;
export type GenerateLayout = (typeof GENERATE_LAYOUTS)[number];

export interface GenerateOptions {
  out: string;
  seed?: number;
  children?: number;
  /** As-at date as YYYY-MM-DD day number; default 2024-03-31. */
  asAt?: Day;
  /**
   * Layout of the files written (default canonical, SPEC §3): `ssd` writes ssd_*.csv files as
   * canonicalToSsd would, `annex-a` the Annex A lists as CSV. The council, the ground truth and
   * the random stream are the same whatever the layout.
   */
  layout?: GenerateLayout;
  /** With `annex-a`: the lists as sheets of one .xlsx workbook instead of CSV files. */
  workbook?: boolean;
  /** Called now and then with children written so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateSummary {
  out: string;
  seed: number;
  children: number;
  layout: GenerateLayout;
  /** Rows written per file: canonical table name, or file name (`ssd_person.csv`, `List 3.csv`) for other layouts. */
  rows: Record<string, number>;
  /** What the council has that the layout cannot carry (empty for canonical). */
  notCarried: readonly string[];
  groundTruth: GroundTruth;
  /** Keys planted on purpose by scenario children (each must appear in `flagged`). */
  planted: Array<[string, string, string]>;
  teams: string[];
}

export const DEFAULT_SEED = 20240331;
export const DEFAULT_CHILDREN = 300;
export const DEFAULT_AS_AT = '2024-03-31';
