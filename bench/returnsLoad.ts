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
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/engine/paths.js';
import { loadExport } from '../src/load/index.js';
import type { LoadedExport } from '../src/model/export.js';
import type { TableName } from '../src/model/tables.js';

export interface Timed {
  rows: number;
  /** The sizes of the files the load read as data (filesRead), summed. */
  bytes: number;
  ms: number;
}

/** The cost of `x` ÷ the cost of `base`, per row (the measure) and per byte read. */
export function costRatios(x: Timed, base: Timed): { perRow: number; perByte: number } {
  return { perRow: x.ms / x.rows / (base.ms / base.rows), perByte: x.ms / x.bytes / (base.ms / base.bytes) };
}

/**
 * Beside the wall time, the load's CPU: the whole process's (`process.cpuUsage`: the compiler and
 * collector threads too) and the main thread's alone (its schedstat), as a shared machine's wall
 * time counts the other programs' turns on the cores as well. The main thread's is null where there
 * is no /proc (not Linux).
 */
export type Loaded = Timed & { tables: string[]; cpuMs: number; mainMs: number | null };

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

/**
 * The files a load read as data, by name in its folder, as the load itself reports them: a folder
 * of returns names each file and what it was read as (`returnsRead`, the summary's list), and the
 * ones it did not read say "not read: …" (ground-truth.json: "not a CSV or XML file"; a CSV that is
 * neither a 903 table nor a canonical one); a 903 table no measure uses is read all the same. The
 * canonical loader opens only the files named after its tables (each table's `file` in the
 * data-quality list), never ground-truth.json or any other file beside them; a table found but not
 * read (`not-read`) or missing does not count. Detection's look at the first bytes of every file
 * is not counted on either side.
 */
export function filesRead(ex: LoadedExport): string[] {
  if (ex.returnsRead) return ex.returnsRead.filter((r) => !r.as.startsWith('not read:')).map((r) => r.file);
  return ex.dq
    .tableList()
    .filter((t) => t.status === 'loaded' || t.status === 'failed')
    .flatMap((t) => (t.file === null ? [] : [t.file]));
}

/** The main thread's time on a core so far, in ms (the first field of its schedstat, in ns). */
function mainThreadMs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

export async function timeLoad(dir: string, layout: Layout, threads = false): Promise<Loaded> {
  await importReaders(layout, threads);
  const main0 = mainThreadMs();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const ex = await loadExport(dir, { layout, ...(threads ? { threads } : {}) });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const main1 = mainThreadMs();
  // The rows of the tables handed to the audit, not the lines read: the 903's periods of care join
  // several episode lines, and its lines are what the data-quality summary counts as read.
  const size = (t: string) => ex.tables[t as TableName]?.length ?? 0;
  const loaded = ex.dq.tableList().filter((t) => size(t.table) > 0);
  return {
    rows: loaded.reduce((s, t) => s + size(t.table), 0),
    // Outside the clock: the files' sizes on disk, each read once however many tables it gave.
    bytes: [...new Set(filesRead(ex))].reduce((s, f) => s + statSync(join(dir, f)).size, 0),
    ms,
    tables: loaded.map((t) => t.table),
    cpuMs: (cpu.user + cpu.system) / 1000,
    mainMs: main0 === null || main1 === null ? null : main1 - main0,
  };
}

/** The generator's census and 903 file names: `cin_census_<year>.xml`, `ssda903_<year>_<table>.csv`. */
const CENSUS_FILE = /^cin_census_(\d{4})\.xml$/;
const FILE_903 = /^ssda903_(\d{4})_/;

/**
 * The literal case from the returns folder's files: the newest census year and the 903 files
 * of the same year (both years end on its 31 March), nothing else.
 */
export function oneYearFiles(files: readonly string[]): string[] {
  const years = files.map((f) => CENSUS_FILE.exec(f)?.[1]).filter((y): y is string => y !== undefined);
  const newest = years.reduce((a, b) => (b > a ? b : a), '');
  return files.filter((f) => (CENSUS_FILE.exec(f) ?? FILE_903.exec(f))?.[1] === newest);
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

/**
 * Loads timed warm, in one process: each folder loaded once untimed (the warm-up: its code compiled,
 * the heap grown), then `rounds` rounds of every folder, the order reversed every round, so neither
 * side always follows the other. What is left of a load once the fresh process's warm-up is paid.
 * The heap is not collected between loads: a `gc()` before each (tried, s18-scale) made the literal
 * case dearer, not fairer (process CPU 1.7-2.1× the canonical CSVs' per row against 1.0-1.2×), as a
 * full collection shrinks the young generation the warm load had grown.
 */
export async function timeWarm(loads: readonly [string, Layout][], rounds: number): Promise<Loaded[][]> {
  for (const [dir, layout] of loads) await timeLoad(dir, layout);
  const out: Loaded[][] = loads.map(() => []);
  for (let i = 0; i < rounds; i++) {
    const order = loads.map((_, k) => k);
    for (const k of i % 2 === 0 ? order : order.reverse()) out[k]!.push(await timeLoad(...loads[k]!));
  }
  return out;
}

/** timeWarm in a fresh process of its own (not the bench's, which has generated the data). */
export function timeWarmFresh(loads: readonly [string, Layout][], rounds: number): Loaded[][] {
  const r = spawnSync(process.execPath, [SCRIPT, '--warm', String(rounds), ...loads.flat()], {
    encoding: 'utf8',
    maxBuffer: 1 << 22,
  });
  if (r.status !== 0) throw new Error(`bench: warm loads exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Loaded[][];
}

const isLayout = (x: string | undefined): x is Layout => x === 'canonical' || x === 'returns';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2] === '--warm') {
  const [rounds, ...rest] = process.argv.slice(3);
  const loads: [string, Layout][] = [];
  for (let k = 0; k + 1 < rest.length; k += 2) {
    const layout = rest[k + 1];
    if (isLayout(layout)) loads.push([rest[k]!, layout]);
  }
  if (!(Number(rounds) >= 1) || loads.length === 0 || loads.length * 2 !== rest.length) {
    process.stderr.write('usage: node dist/bench/returnsLoad.js --warm <rounds> (<dir> <canonical|returns>)...\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await timeWarm(loads, Number(rounds)))}\n`);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, layout, threads] = process.argv.slice(2);
  if (!dir || (layout !== 'canonical' && layout !== 'returns')) {
    process.stderr.write('usage: node dist/bench/returnsLoad.js <dir> <canonical|returns> [threads]\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await timeLoad(dir, layout, threads === 'threads'))}\n`);
}
