/**
 * Works out which layout an export is in (SPEC §2, §6; `--layout auto`): an .xlsx workbook or
 * files named "List 1" … is Annex A, `ssd_*.csv` files are the Standard Safeguarding Dataset,
 * files named after the canonical tables are canonical. The reason is shown in the summary.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { TABLE_NAMES } from '../model/schema.js';
import { listNumberOf } from './annexA/lists.js';
import { SSD_FILES } from './ssd/tables.js';

export type LayoutName = 'canonical' | 'ssd' | 'annex-a';
export type LayoutChoice = 'auto' | LayoutName;
export interface DetectedLayout { layout: LayoutName; reason: string }

const TEXT = new Set(['.csv', '.tsv', '.txt', '.tab']);
const WORKBOOK = new Set(['.xlsx', '.xlsm']);

export async function detectLayout(path: string): Promise<DetectedLayout> {
  let isDir: boolean;
  try { isDir = (await stat(path)).isDirectory(); } catch { return { layout: 'canonical', reason: 'path not found' }; }
  if (!isDir) {
    return WORKBOOK.has(extname(path).toLowerCase())
      ? { layout: 'annex-a', reason: 'an .xlsx workbook' }
      : { layout: 'canonical', reason: 'a single file' };
  }
  const entries = (await readdir(path)).filter((f) => !f.startsWith('.') && !f.startsWith('~$'));
  const bases = entries.filter((f) => TEXT.has(extname(f).toLowerCase())).map((f) => basename(f, extname(f)).toLowerCase());
  const ssd = bases.filter((b) => (SSD_FILES as readonly string[]).includes(b));
  const canonical = bases.filter((b) => (TABLE_NAMES as readonly string[]).includes(b) || b === 's47' || b === 'section_47');
  const lists = bases.filter((b) => listNumberOf(b) !== null);
  const workbooks = entries.filter((f) => WORKBOOK.has(extname(f).toLowerCase()));
  if (ssd.length > 0 && ssd.length >= canonical.length) return { layout: 'ssd', reason: `${ssd.length} ssd_*.csv file(s)` };
  if (canonical.length > 0) return { layout: 'canonical', reason: `${canonical.length} canonical table file(s)` };
  if (lists.length > 0) return { layout: 'annex-a', reason: `${lists.length} Annex A list file(s)` };
  if (workbooks.length > 0) return { layout: 'annex-a', reason: `workbook ${workbooks.sort()[0]}` };
  return { layout: 'canonical', reason: 'no known file names' };
}
