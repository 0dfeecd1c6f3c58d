/** Entry point for reading an export of any supported layout. */
import type { LoadedExport } from '../model/export.js';
import { type LoadOptions, loadCsvFolder } from './loadExport.js';

export type { LoadOptions };
export { InputError } from './csvFile.js';

export async function loadExport(path: string, opts: LoadOptions = {}): Promise<LoadedExport> {
  return loadCsvFolder(path, opts);
}
