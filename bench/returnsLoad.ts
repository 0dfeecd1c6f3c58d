/**
 * One timed load of an export folder for bench/returns.ts: in this process (`timeLoad`), or in a
 * fresh process of its own (`timeLoadFresh`, which runs this file as a script: `node
 * dist/bench/returnsLoad.js <dir> <canonical|returns> [threads]`, one JSON line out).
 *
 * Why a fresh process: a CLI run reads one export in a process that has read nothing before. Loads
 * timed one after another in one process carry compiled code and a grown heap from load to load, and
 * each also pays for collecting what the load before it left, so a small load after a large one
 * (the literal case after every year's returns) reads far faster than it would alone. The clock
 * covers the load only, on both sides: the modules are imported before it starts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/engine/paths.js';
import { loadExport } from '../src/load/index.js';
import type { TableName } from '../src/model/tables.js';

export interface Timed {
  rows: number;
  ms: number;
}

export type Loaded = Timed & { tables: string[] };

export type Layout = 'canonical' | 'returns';

/**
 * The modules a returns load imports when it first needs them (src/load/layouts/returns.ts and the
 * readers it calls), imported here before the clock as the canonical loader's are by this file's
 * own imports: otherwise the returns side alone paid for loading and compiling its modules inside
 * the clock (about 24 ms of a fresh literal load; s18-scan found it, issue 18).
 */
async function importReaders(layout: Layout, threads: boolean): Promise<void> {
  if (layout !== 'returns') return;
  await Promise.all([
    import('../src/load/returns/index.js'),
    import('../src/load/returns/collection.js'),
    ...(threads ? [import('../src/load/returns/cinThread.js'), import('../src/load/returns/cinSplit.js')] : []),
  ]);
}

export async function timeLoad(dir: string, layout: Layout, threads = false): Promise<Loaded> {
  await importReaders(layout, threads);
  const t0 = performance.now();
  const ex = await loadExport(dir, { layout, ...(threads ? { threads } : {}) });
  const ms = performance.now() - t0;
  // The rows of the tables handed to the audit, not the lines read: the 903's periods of care join
  // several episode lines, and its lines are what the data-quality summary counts as read.
  const size = (t: string) => ex.tables[t as TableName]?.length ?? 0;
  const loaded = ex.dq.tableList().filter((t) => size(t.table) > 0);
  return {
    rows: loaded.reduce((s, t) => s + size(t.table), 0),
    ms,
    tables: loaded.map((t) => t.table),
  };
}

/** The built script (tests run the TypeScript sources, whose sibling would not run under node). */
const SCRIPT = join(PACKAGE_ROOT, 'dist', 'bench', 'returnsLoad.js');

export function timeLoadFresh(dir: string, layout: Layout, threads = false): Loaded {
  const r = spawnSync(process.execPath, [SCRIPT, dir, layout, ...(threads ? ['threads'] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`bench: a fresh load of ${dir} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Loaded;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, layout, threads] = process.argv.slice(2);
  if (!dir || (layout !== 'canonical' && layout !== 'returns')) {
    process.stderr.write('usage: node dist/bench/returnsLoad.js <dir> <canonical|returns> [threads]\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await timeLoad(dir, layout, threads === 'threads'))}\n`);
}
