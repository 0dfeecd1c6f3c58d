/**
 * Both cores for the CIN census when asked (`--threads always`; pickForWorker says why not by
 * default): a worker thread (cinWorker.ts) reads some census
 * files and builds their typed rows (cinBuild.ts) while the main thread reads the others, the 903
 * and the workforce census. The files are independent until the years are merged, which the main
 * thread does as before. The rows come back as flat columns (src/load/rowColumns.ts: typed arrays
 * transferred, one string per text column), the merge keys as one string with their ends.
 *
 * A file the worker could not read (an error of any kind, or a worker that failed) is read again
 * by the main thread in its place, so errors and issues are worded, and come in the order, they
 * would on one thread.
 */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { decodeRows, type EncodedRows, encodedBuffers, encodeRows } from '../rowColumns.js';
import { type BuiltTable, CIN_TABLES, type RecordedAdd, type ValueMaps } from './cinBuild.js';
import type { CinTableName } from './cinRecords.js';
import type { CinFacts } from './cinCensus.js';
import { CIN_LABELS } from './cinCensusSchema.js';
import type { ReturnTable } from './types.js';

/** What the worker is asked to do. */
export interface CinJob {
  paths: string[];
  maxBytes: number;
  values: ValueMaps;
  /** A path read from this byte to its end only (one census cut in two: cinSplit.ts). */
  from?: Record<string, number>;
}

interface PackedStrings {
  text: string;
  ends: Int32Array;
}

interface WireTable {
  keys: PackedStrings;
  plainKeys: boolean;
  ordered: boolean;
  endsInOrder: boolean;
  rows: EncodedRows;
  adds: RecordedAdd[];
}

/** One file's answer: its facts and built tables, or `failed` (the main thread reads it itself). */
export type CinFileMessage =
  | {
      path: string;
      failed?: undefined;
      collection: string | null;
      year: string;
      referenceDate: string | null;
      genderElement: string;
      unknown: [string, number][];
      previousCp: string[];
      tables: Record<CinTableName, WireTable>;
    }
  | { path: string; failed: true };

function pack(xs: readonly string[]): PackedStrings {
  const ends = new Int32Array(xs.length);
  let at = 0;
  for (let i = 0; i < xs.length; i++) ends[i] = at += xs[i]!.length;
  return { text: xs.join(''), ends };
}

function unpack(p: PackedStrings): string[] {
  const out: string[] = new Array(p.ends.length);
  let from = 0;
  for (let i = 0; i < out.length; i++) {
    const to = p.ends[i]!;
    out[i] = p.text.slice(from, to);
    from = to;
  }
  return out;
}

/** The worker's message for a file it read, and the buffers to transfer with it. */
export function toMessage(path: string, r: CinFacts): { msg: CinFileMessage; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const tables = {} as Record<CinTableName, WireTable>;
  for (const name of CIN_TABLES) {
    const b = r.tables[name].built!;
    const rows = encodeRows(name, b.rows as Parameters<typeof encodeRows<typeof name>>[1]);
    const keys = pack(b.keys);
    transfer.push(...encodedBuffers(rows), keys.ends.buffer as ArrayBuffer);
    tables[name] = {
      keys,
      plainKeys: b.plainKeys,
      ordered: b.ordered,
      endsInOrder: b.endsInOrder,
      rows,
      adds: [...b.adds],
    };
  }
  return {
    msg: {
      path,
      collection: r.collection,
      year: r.year,
      referenceDate: r.referenceDate,
      genderElement: r.genderElement,
      unknown: [...r.unknown],
      previousCp: [...r.previousCp],
      tables,
    },
    transfer,
  };
}

/** A file's facts and built tables again, on the main thread. */
export function fromMessage(m: CinFileMessage & { failed?: undefined }): CinFacts {
  const tables = {} as Record<CinTableName, ReturnTable>;
  for (const name of CIN_TABLES) {
    const w = m.tables[name];
    const built: BuiltTable = {
      keys: unpack(w.keys),
      plainKeys: w.plainKeys,
      ordered: w.ordered,
      endsInOrder: w.endsInOrder,
      rows: decodeRows(w.rows),
      adds: w.adds,
    };
    tables[name] = { labels: CIN_LABELS[name], headerLine: 0, records: [], built };
  }
  return {
    tables,
    previousCp: new Set(m.previousCp),
    collection: m.collection,
    year: m.year,
    referenceDate: m.referenceDate,
    genderElement: m.genderElement,
    unknown: new Map(m.unknown),
  };
}

/** The worker script beside this module (tsc's output), or in the bundle's folder; null when neither. */
function workerScript(): string | null {
  // From tsc's output it sits beside this module; in the bundle (scripts/bundle.mjs) this module is
  // in the bundle's folder or its chunks/ folder, the worker in the bundle's folder.
  for (const rel of ['./cinWorker.js', '../cinWorker.js']) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return null;
}

const size = (p: string) => {
  try {
    return statSync(p).size;
  } catch {
    return 0;
  }
};

/**
 * The census files the worker should read: about half the census bytes, the main thread keeping
 * the rest (it also reads the other returns and merges). Only when asked for (`threads: true`,
 * `--threads always`): on this project's shared two-core machine, busy with other work, the
 * worker's hand-off (its rows encoded, copied and decoded: about 15% more CPU) cost more than the
 * second core gave back (docs/architecture.md, "Reading the statutory returns"). By default one
 * thread reads every census, which on a busy machine is the faster.
 */
export function pickForWorker(paths: readonly string[], threads: boolean | undefined): string[] {
  if (threads !== true || paths.length < 2) return [];
  // Ties by code unit, not localeCompare: the split must not follow LC_ALL/LANG.
  const sized = paths
    .map((p) => ({ p, bytes: size(p) }))
    .sort((a, b) => b.bytes - a.bytes || (a.p < b.p ? -1 : a.p > b.p ? 1 : 0));
  // Greedy by size: the worker also builds its files' rows, the main thread reads the other
  // returns and does the merge afterwards, so each takes about half of the census bytes.
  let mine = 0,
    theirs = 0;
  const out: string[] = [];
  for (const x of sized) {
    if (theirs < mine) {
      theirs += x.bytes;
      out.push(x.p);
    } else mine += x.bytes;
  }
  return out;
}

/** The worker started on `job`: what it read, file by file, or null when it could not start. */
export interface CinThread {
  /** Whether the worker reads this file. */
  reads(path: string): boolean;
  /** The file's answer (null: read it on this thread). */
  take(path: string): Promise<CinFacts | null>;
  stop(): void;
}

/**
 * The worker, kept between loads in one process (a library user, `batch`, the benchmark): a fresh
 * thread compiles the reader again and runs it cold, about three times slower than a warm one.
 * Unref'd while it waits, so it never keeps the process alive.
 */
let idle: Worker | null = null;

function aWorker(): Worker | null {
  const w = idle;
  idle = null;
  if (w) return w;
  const script = workerScript();
  if (!script) return null;
  try {
    const fresh = new Worker(script);
    fresh.on('error', () => {
      if (idle === fresh) idle = null;
    });
    fresh.on('exit', () => {
      if (idle === fresh) idle = null;
    });
    return fresh;
  } catch {
    return null;
  }
}

let jobs = 0;

export function startCinThread(job: CinJob): CinThread | null {
  const worker = job.paths.length > 0 ? aWorker() : null;
  if (!worker) return null;
  const id = ++jobs;
  const answers = new Map<string, { resolve: (m: CinFileMessage | null) => void; p: Promise<CinFileMessage | null> }>();
  for (const path of job.paths) {
    let resolve!: (m: CinFileMessage | null) => void;
    const p = new Promise<CinFileMessage | null>((r) => (resolve = r));
    answers.set(path, { resolve, p });
  }
  let left = job.paths.length;
  const giveUp = () => {
    for (const a of answers.values()) a.resolve(null);
  };
  const onMessage = (m: CinFileMessage & { job: number }) => {
    if (m.job !== id) return;
    answers.get(m.path)?.resolve(m);
    // Every file answered: the worker waits for the next load.
    if (--left === 0) release(true);
  };
  const release = (keep: boolean) => {
    worker.off('message', onMessage);
    worker.off('error', giveUp);
    worker.off('exit', giveUp);
    giveUp();
    if (keep && idle === null) {
      worker.unref();
      idle = worker;
    } else void worker.terminate();
  };
  worker.on('message', onMessage);
  worker.on('error', giveUp);
  worker.on('exit', giveUp);
  // Ref'd while it works: the main thread may be waiting on nothing but it.
  worker.ref();
  worker.postMessage({ ...job, job: id });
  return {
    reads: (path) => answers.has(path),
    async take(path) {
      const m = await answers.get(path)?.p;
      // For tests and profiling: which thread read each census file.
      if (process.env.CASEAUDIT_DEBUG_CIN)
        process.stderr.write(
          `caseaudit: ${basename(path)} ${m && !m.failed ? 'read by the census worker' : 'read on the main thread after all'}\n`,
        );
      return m && !m.failed ? fromMessage(m) : null;
    },
    stop() {
      // Stopped before it answered every file (the load failed): not kept, it may still be reading.
      if (left > 0) {
        left = -1;
        release(false);
      }
    },
  };
}
