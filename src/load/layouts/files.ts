/** What a folder holds, read once for every layout's detection (names only; detect never reads data). */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';

export interface FolderListing {
  /** The path is a single file rather than a folder. */
  file: boolean;
  /** Entries, hidden and Office lock files left out, in name order. */
  entries: string[];
  /** Lower-case base names of the text-table files (.csv, .tsv, .txt, .tab). */
  textBases: string[];
  /** Workbooks (.xlsx, .xlsm). */
  workbooks: string[];
}

const TEXT = new Set(['.csv', '.tsv', '.txt', '.tab']);
const WORKBOOK = new Set(['.xlsx', '.xlsm']);

export function isWorkbook(name: string): boolean {
  return WORKBOOK.has(extname(name).toLowerCase());
}

/** null when the path cannot be read. */
export async function listFolder(path: string): Promise<FolderListing | null> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    return null;
  }
  if (!isDir)
    return {
      file: true,
      entries: [basename(path)],
      textBases: [],
      workbooks: isWorkbook(path) ? [basename(path)] : [],
    };
  let entries: string[];
  try {
    entries = (await readdir(path)).filter((f) => !f.startsWith('.') && !f.startsWith('~$')).sort();
  } catch {
    return null;
  }
  return {
    file: false,
    entries,
    textBases: entries
      .filter((f) => TEXT.has(extname(f).toLowerCase()))
      .map((f) => basename(f, extname(f)).toLowerCase()),
    workbooks: entries.filter(isWorkbook),
  };
}

/** Confidence of a detection by file names alone: more recognised files, more confidence, never certainty. */
export function byNames(count: number): number {
  return Math.min(0.9, 0.5 + 0.04 * count);
}
