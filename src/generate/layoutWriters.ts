/**
 * The registry of `caseaudit generate --layout`: one line per layout the generator can write besides
 * the canonical CSVs, naming the writer (a LayoutSink) that makes its files. The CLI's choices and
 * GenerateLayout come from here, and test/registry.test.ts checks every name against the reading
 * registry (src/load/layouts/), so generate never offers a layout the audit cannot read.
 *
 * Why the writers live in src/generate and not beside their loaders in src/load/layouts: a writer
 * turns the generator's own records (GChild, GWorker, its planted data-quality issues) into files,
 * so it depends on the generator; a loader must not (src/load sits below src/generate, and the
 * tool reading a council's export has no use for synthetic-data code). Adding a layout the
 * generator writes is one writer module here plus one line below, and its name in
 * GENERATE_LAYOUTS (generateOptions.ts, which the CLI reads without loading the writers).
 */
import type { Day } from '../model/day.js';
import type { GenerateLayout } from './generateOptions.js';
import { AnnexAWriter } from './annexAWriter.js';
import type { LayoutSink } from './layouts.js';
import { ReturnsWriter } from './returnsWriter.js';
import { SsdWriter } from './ssdWriter.js';

/** Where to write, and the as-at date and period start the files are returned for. */
export interface WriterPlace {
  out: string;
  asAt: Day;
  periodStart: Day;
}

export const LAYOUT_WRITERS = {
  ssd: (p: WriterPlace): LayoutSink => new SsdWriter(p.out),
  'annex-a': (p: WriterPlace): LayoutSink => new AnnexAWriter(p.out, p.asAt, p.periodStart),
  returns: (p: WriterPlace): LayoutSink => new ReturnsWriter(p.out, p.asAt),
} as const satisfies Record<Exclude<GenerateLayout, 'canonical'>, (p: WriterPlace) => LayoutSink>;

/** `canonical` is the generator's own CSVs (written for every layout, counted only for the others). */
export { GENERATE_LAYOUTS, type GenerateLayout } from './generateOptions.js';
