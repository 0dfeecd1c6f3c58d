/** A layout written as a new contributor would: this module plus one line in a registry. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportFromRecords } from '../../src/load/fromRecords.js';
import { listFolder } from '../../src/load/layouts/files.js';
import type { LayoutPlugin } from '../../src/load/layouts/types.js';

/** One file, `kids.txt`, of `id|birth date|uasc` lines. */
const toy: LayoutPlugin = {
  name: 'toy-kids',
  describe: 'a kids.txt of id|dob|uasc lines',
  async detect(path) {
    const l = await listFolder(path);
    return l?.entries.includes('kids.txt') ? { confidence: 0.95, reason: 'a kids.txt file' } : null;
  },
  async load(path) {
    const lines = (await readFile(join(path, 'kids.txt'), 'utf8')).split('\n').filter((x) => x.trim() !== '');
    const children = lines.map((line) => {
      const [child_id, date_of_birth, uasc] = line.split('|');
      return { child_id, date_of_birth, uasc };
    });
    return exportFromRecords({ children }, path, 'toy-kids');
  },
  carries: { children: { columns: ['child_id', 'date_of_birth', 'uasc'] } },
};
export default toy;
