/**
 * What each file of a folder is, by content first (SPEC §6.3): an XML file by the `<Collection>`
 * of its header, a CSV by its header columns (the SSDA903 tables), and only then a canonical table
 * by its file name. A 903 `reviews.csv` is a 903 table, whatever its name.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { TABLE_NAMES } from '../../model/schema.js';
import type { TableName } from '../../model/tables.js';
import { type Table903, table903Of } from './ssda903.js';

export type FileRole =
  | { kind: 'cin-census' | 'workforce-census'; path: string; file: string }
  | { kind: 'ssda903'; table: Table903; path: string; file: string }
  | { kind: 'canonical'; table: TableName; path: string; file: string }
  | { kind: 'broken-xml'; path: string; file: string; why: string }
  | { kind: 'other'; path: string; file: string; why: string };

const TEXT = new Set(['.csv', '.tsv', '.txt', '.tab']);

async function head(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } finally {
    await fh.close();
  }
}

function canonicalName(file: string): TableName | null {
  const b = basename(file, extname(file)).toLowerCase();
  if ((TABLE_NAMES as readonly string[]).includes(b)) return b as TableName;
  return b === 's47' || b === 'section_47' ? 'section47' : null;
}

/** The role of one file; never throws for an unreadable file (it is 'other'). */
export async function roleOf(path: string): Promise<FileRole> {
  const file = basename(path);
  let text: string;
  try {
    text = await head(path);
  } catch {
    return { kind: 'other', path, file, why: 'cannot be read' };
  }
  // An empty .xml (an export that failed to write) stops the audit as an empty canonical file
  // does: passed over as "not a CSV or XML file", the newest census went unread and last year's
  // was audited with exit 0.
  if (extname(file).toLowerCase() === '.xml' && text.length < 8192 && text.trim() === '')
    return { kind: 'broken-xml', path, file, why: `${file}: file is empty (expected a return's XML)` };
  // A file named as a table (.csv, .tsv, …) is read as one, even if it holds markup (an HTML error page saved as plans.csv).
  const tableFile = TEXT.has(extname(file).toLowerCase());
  if (!tableFile && /^\s*</.test(text)) {
    // The XML reader and its parser load only when a file holds markup (start-up, issue 24).
    const { xmlCollection } = await import('./collection.js');
    let c: string | null;
    try {
      c = (await xmlCollection(path))?.toUpperCase() ?? null;
    } catch (e) {
      // A DOCTYPE (entity declarations), a huge text node or malformed XML: refused when read
      // when the file is named .xml; any other markup is not a return.
      if (extname(file).toLowerCase() === '.xml') return { kind: 'broken-xml', path, file, why: (e as Error).message };
      return { kind: 'other', path, file, why: 'markup that is not a return' };
    }
    if (c === 'CIN') return { kind: 'cin-census', path, file };
    if (c === 'CSWW') return { kind: 'workforce-census', path, file };
    return {
      kind: 'other',
      path,
      file,
      why:
        c === null
          ? 'XML that is not a return (no <Collection> in its header)'
          : `XML of collection "${c}", not a CIN or workforce census`,
    };
  }
  if (!TEXT.has(extname(file).toLowerCase())) return { kind: 'other', path, file, why: 'not a CSV or XML file' };
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const cells = first
    .split(first.includes('\t') && !first.includes(',') ? '\t' : ',')
    .map((c) => c.replace(/^"|"$/g, '').trim());
  const t903 = table903Of(cells);
  if (t903) return { kind: 'ssda903', table: t903, path, file };
  const canon = canonicalName(file);
  if (canon) return { kind: 'canonical', table: canon, path, file };
  return {
    kind: 'other',
    path,
    file,
    why: 'neither an SSDA903 table (by its columns) nor a canonical table (by its name)',
  };
}

/** Every file of the folder (not hidden, not Office lock files), in name order, with its role. */
export async function folderRoles(dir: string): Promise<FileRole[]> {
  const entries = (await readdir(dir)).filter((f) => !f.startsWith('.') && !f.startsWith('~$')).sort();
  const roleHere = async (f: string): Promise<FileRole | null> => {
    const p = join(dir, f);
    try {
      if (!(await stat(p)).isFile()) return null;
    } catch {
      return null;
    }
    return roleOf(p);
  };
  // A few files at once, in name order as ever: each waits mostly on the disk (issue 18).
  const out: FileRole[] = [];
  for (let i = 0; i < entries.length; i += ROLES_AT_ONCE)
    for (const r of await Promise.all(entries.slice(i, i + ROLES_AT_ONCE).map(roleHere))) if (r) out.push(r);
  return out;
}

/** Files whose heads are read at once while recognising a folder's files. */
const ROLES_AT_ONCE = 16;

export const isReturn = (r: FileRole): boolean =>
  r.kind === 'cin-census' || r.kind === 'workforce-census' || r.kind === 'ssda903' || r.kind === 'broken-xml';

/**
 * `--layout auto`: how sure we are that the folder holds returns, and which. Here beside the file
 * roles so that detecting reads no return and loads no XML parser (start-up, issue 24).
 */
export async function detectReturns(path: string): Promise<{ confidence: number; reason: string } | null> {
  try {
    if (!(await stat(path)).isDirectory()) return null;
  } catch {
    return null;
  }
  const roles = await folderRoles(path);
  const returns = roles.filter(isReturn);
  if (returns.length === 0) return null;
  return { confidence: 0.95, reason: describeRoles(roles) };
}

/** "cin.xml: CIN census; episodes.csv: SSDA903 episodes; …" for the summary. */
function describeRoles(roles: readonly FileRole[]): string {
  return roles
    .filter((r) => r.kind !== 'other')
    .map(
      (r) =>
        `${r.file}: ${r.kind === 'ssda903' ? `SSDA903 ${r.table}` : r.kind === 'canonical' ? `canonical ${r.table}` : r.kind === 'broken-xml' ? 'unreadable XML' : r.kind === 'cin-census' ? 'CIN census' : 'workforce census'}`,
    )
    .join('; ');
}
