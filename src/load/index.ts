/** Entry point for reading an export of any layout in the registry (src/load/layouts). */
import type { LoadedExport } from '../model/export.js';
import { type LayoutChoice, detectLayout, nothingRecognised } from './detectLayout.js';
import { LAYOUTS } from './layouts/index.js';
import type { LayoutPlugin } from './layouts/types.js';
import type { LoadOptions as CsvLoadOptions } from './loadExport.js';

export interface LoadOptions extends CsvLoadOptions {
  /** Layout of the export; `auto` (default) asks every layout of the registry. */
  layout?: LayoutChoice;
  /** The layouts to choose from (default: the registry); a library user may add their own. */
  layouts?: readonly LayoutPlugin[];
  /**
   * Worker threads for the layouts that use them: the returns' CIN census is read on two threads
   * only when true (`--threads always`). The same export either way.
   */
  threads?: boolean;
}

export { InputError } from './csvFile.js';
export { detectLayout, type LayoutChoice } from './detectLayout.js';
export { LAYOUTS, LAYOUT_NAMES } from './layouts/index.js';
export type { LayoutPlugin } from './layouts/types.js';
export { canonicalToSsd } from './ssd/convert.js';

/** The layout to read the path with: the one asked for, else the detected one; an input error when none fits. */
export async function resolveLayout(
  path: string,
  choice: LayoutChoice | undefined,
  mapping?: LoadOptions['mapping'],
  layouts: readonly LayoutPlugin[] = LAYOUTS,
): Promise<string> {
  // A config mapping describes another system's files for the canonical reader.
  if ((!choice || choice === 'auto') && mapping !== undefined && Object.keys(mapping).length > 0) return 'canonical';
  if (choice && choice !== 'auto') {
    if (!layouts.some((l) => l.name === choice)) throw await nothingRecognised(path, choice, layouts);
    return choice;
  }
  const detected = await detectLayout(path, layouts);
  if (!detected) throw await nothingRecognised(path, undefined, layouts);
  return detected.layout;
}

export async function loadExport(path: string, opts: LoadOptions = {}): Promise<LoadedExport> {
  const layouts = opts.layouts ?? LAYOUTS;
  const name = await resolveLayout(path, opts.layout, opts.mapping, layouts);
  const ex = await layouts.find((l) => l.name === name)!.load(path, opts);
  // A layout asked for by name that finds none of its tables (e.g. --layout canonical on an SSD
  // folder) is the same mistake as a folder nothing recognises: say so, do not audit nothing.
  if (
    Object.keys(ex.tables).length === 0 &&
    ![...ex.dq.tables.values()].some((t) => t.status === 'failed' || t.status === 'not-read')
  ) {
    throw await nothingRecognised(path, name, layouts);
  }
  return ex;
}
