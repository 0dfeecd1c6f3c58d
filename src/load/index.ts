/** Entry point for reading an export of any supported layout (canonical CSVs, SSD, Annex A). */
import type { LoadedExport } from '../model/export.js';
import { loadAnnexA } from './annexA/index.js';
import { type LayoutChoice, detectLayout } from './detectLayout.js';
import { type LoadOptions as CsvLoadOptions, loadCsvFolder } from './loadExport.js';
import { loadSsd } from './ssd/index.js';

export interface LoadOptions extends CsvLoadOptions {
  /** Layout of the export; `auto` (default) detects it from file and sheet names. */
  layout?: LayoutChoice;
}

export { InputError } from './csvFile.js';
export { detectLayout, type LayoutChoice } from './detectLayout.js';
export { canonicalToSsd } from './ssd/convert.js';

export async function loadExport(path: string, opts: LoadOptions = {}): Promise<LoadedExport> {
  const layout = !opts.layout || opts.layout === 'auto' ? (await detectLayout(path)).layout : opts.layout;
  const common = {
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
    ...(opts.onTable ? { onTable: opts.onTable } : {}),
  };
  if (layout === 'annex-a') return loadAnnexA(path, common);
  if (layout === 'ssd') return loadSsd(path, common);
  // A config mapping makes this "any other system" read through the canonical loader.
  const mapped = opts.mapping !== undefined && Object.keys(opts.mapping).length > 0;
  return loadCsvFolder(path, opts, mapped ? 'mapped' : 'canonical');
}
