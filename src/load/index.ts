/** Entry point for reading an export of any layout in the registry (src/load/layouts). */
import type { LoadedExport } from '../model/export.js';
import { type LayoutChoice, detectLayout, nothingRecognised } from './detectLayout.js';
import { layoutNamed } from './layouts/index.js';
import type { LoadOptions as CsvLoadOptions } from './loadExport.js';

export interface LoadOptions extends CsvLoadOptions {
  /** Layout of the export; `auto` (default) asks every layout of the registry. */
  layout?: LayoutChoice;
}

export { InputError } from './csvFile.js';
export { detectLayout, type LayoutChoice } from './detectLayout.js';
export { LAYOUTS, LAYOUT_NAMES } from './layouts/index.js';
export { canonicalToSsd } from './ssd/convert.js';

/** The layout to read the path with: the one asked for, else the detected one; an input error when none fits. */
export async function resolveLayout(path: string, choice: LayoutChoice | undefined, mapping?: LoadOptions['mapping']): Promise<string> {
  // A config mapping describes another system's files for the canonical reader.
  if ((!choice || choice === 'auto') && mapping !== undefined && Object.keys(mapping).length > 0) return 'canonical';
  if (choice && choice !== 'auto') {
    if (!layoutNamed(choice)) throw await nothingRecognised(path, choice);
    return choice;
  }
  const detected = await detectLayout(path);
  if (!detected) throw await nothingRecognised(path);
  return detected.layout;
}

export async function loadExport(path: string, opts: LoadOptions = {}): Promise<LoadedExport> {
  const name = await resolveLayout(path, opts.layout, opts.mapping);
  const ex = await layoutNamed(name)!.load(path, opts);
  // A layout asked for by name that finds none of its tables (e.g. --layout canonical on an SSD
  // folder) is the same mistake as a folder nothing recognises: say so, do not audit nothing.
  if (Object.keys(ex.tables).length === 0 && ![...ex.dq.tables.values()].some((t) => t.status === 'failed' || t.status === 'not-read')) {
    throw await nothingRecognised(path, name);
  }
  return ex;
}
