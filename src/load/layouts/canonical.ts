/** The canonical CSV tables of the data contract, one file per table named after it. */
import { TABLE_NAMES } from '../../model/schema.js';
import { loadCsvFolder } from '../loadExport.js';
import { byNames, listFolder } from './files.js';
import type { LayoutPlugin } from './types.js';

const NAMES = new Set<string>([...TABLE_NAMES, 's47', 'section_47']);

const canonical: LayoutPlugin = {
  name: 'canonical',
  describe: "the canonical CSV tables (children.csv, plans.csv, …), or any system's files through a config mapping",
  async detect(path) {
    const l = await listFolder(path);
    if (!l || l.file) return null;
    const n = l.textBases.filter((b) => NAMES.has(b)).length;
    return n === 0 ? null : { confidence: byNames(n), reason: `${n} canonical table file(s)` };
  },
  load(path, opts) {
    // A config mapping makes this "any other system" read through the canonical loader.
    const mapped = opts.mapping !== undefined && Object.keys(opts.mapping).length > 0;
    return loadCsvFolder(path, opts, mapped ? 'mapped' : 'canonical');
  },
  carries: Object.fromEntries(TABLE_NAMES.map((t) => [t, { columns: 'all' as const }])),
};
export default canonical;
