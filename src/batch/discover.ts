/**
 * Turns the batch arguments into a list of exports. Each argument is an export folder, a folder of
 * export folders, or a simple glob (`*`, `?`, expanded here with fs so no dependency is needed and
 * quoting a pattern on Windows works the same as on a POSIX shell). An argument that leads to no
 * export is kept as a broken input with its reason, so the user sees it in the comparison rather
 * than the batch silently skipping it.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { BatchInput } from './types.js';

/** File endings that make a folder an export (the loader's text tables plus an Annex A workbook). */
const EXPORT_FILE = /\.(csv|tsv|txt|tab|xlsx)$/i;
/** Names the batch writes at the top of its output folder; an export may not take them. */
const RESERVED = new Set(['comparison.json', 'comparison.csv', 'comparison.html']);

export function hasGlob(arg: string): boolean {
  return /[*?]/.test(arg);
}

function globRegex(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/\\\\]*')
    .replace(/\?/g, '[^/\\\\]');
  return new RegExp(`^${body}$`);
}

async function kind(path: string): Promise<'dir' | 'file' | 'none' | 'unreadable'> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR'
      ? 'none'
      : 'unreadable';
  }
}

async function list(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

/** Expands `*` and `?` segment by segment; matches are in name order, hidden entries only when asked for. */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const abs = isAbsolute(pattern);
  const parts = pattern.split(/[\\/]+/);
  let bases = [abs ? (parts[0] === '' ? sep : `${parts[0]}${sep}`) : ''];
  for (const part of parts.slice(1 - (abs ? 0 : 1))) {
    if (part === '' || part === '.') continue;
    const next: string[] = [];
    for (const b of bases) {
      if (!hasGlob(part)) {
        next.push(b === '' ? part : join(b, part));
        continue;
      }
      const re = globRegex(part);
      for (const name of await list(resolve(cwd, b || '.'))) {
        if (name.startsWith('.') && !part.startsWith('.')) continue;
        if (re.test(name)) next.push(b === '' ? name : join(b, name));
      }
    }
    bases = next;
  }
  const out: string[] = [];
  for (const b of bases) if ((await kind(resolve(cwd, b))) !== 'none') out.push(b);
  return out;
}

async function holdsExportFiles(dir: string): Promise<boolean> {
  for (const name of await list(dir)) {
    if (EXPORT_FILE.test(name) && (await kind(join(dir, name))) === 'file') return true;
  }
  return false;
}

function inside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

interface Found {
  source: string;
  path: string;
  error?: string;
}

/** One argument (already glob-expanded) → the exports it names. */
async function exportsUnder(source: string, cwd: string, outDir: string | undefined): Promise<Found[]> {
  const path = resolve(cwd, source);
  const k = await kind(path);
  if (k === 'none') return [{ source, path, error: `${source}: no such folder` }];
  if (k === 'unreadable') return [{ source, path, error: `${source}: cannot be read` }];
  // A single file is handed to the loader, which says whether it can read it (e.g. an Annex A workbook).
  if (k === 'file') return [{ source, path }];
  if (await holdsExportFiles(path)) return [{ source, path }];
  const found: Found[] = [];
  for (const name of await list(path)) {
    if (name.startsWith('.')) continue;
    const child = join(path, name);
    // Never audit the batch's own output (a csv report would otherwise look like an export).
    if (outDir && inside(child, outDir)) continue;
    if ((await kind(child)) === 'dir' && (await holdsExportFiles(child)))
      found.push({ source: join(source, name), path: child });
  }
  if (found.length === 0)
    return [{ source, path, error: `${source}: no CSV or xlsx files in this folder or the folders inside it` }];
  return found;
}

/** Folder name made safe as a single path segment; clashes get `-2`, `-3` in path order. */
function nameFor(path: string, taken: Set<string>): string {
  let base = basename(path)
    .replace(/\.xlsx$/i, '')
    .replace(/[^\p{L}\p{N} ()._-]+/gu, '_')
    .replace(/^\.+/, '')
    .trim();
  if (base === '') base = 'export';
  if (RESERVED.has(base.toLowerCase())) base = `${base}-export`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}-${i}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function discoverExports(args: readonly string[], cwd: string, outDir?: string): Promise<BatchInput[]> {
  const found: Found[] = [];
  for (const arg of args) {
    if (hasGlob(arg)) {
      const matches = await expandGlob(arg, cwd);
      if (matches.length === 0) found.push({ source: arg, path: resolve(cwd, arg), error: `${arg}: matched nothing` });
      for (const m of matches) found.push(...(await exportsUnder(m, cwd, outDir)));
    } else {
      found.push(...(await exportsUnder(arg, cwd, outDir)));
    }
  }
  // The same folder reached twice (listed and globbed) is audited once.
  const unique = new Map<string, Found>();
  for (const f of found) if (!unique.has(f.path)) unique.set(f.path, f);
  const ordered = [...unique.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const taken = new Set<string>();
  return ordered.map((f) => ({
    name: nameFor(f.path, taken),
    source: f.source,
    path: f.path,
    ...(f.error ? { error: f.error } : {}),
  }));
}
