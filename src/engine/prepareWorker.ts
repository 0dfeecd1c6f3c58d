/**
 * Worker-thread entry of the table reader (src/engine/prepare.ts): reads a rule's table for the
 * main thread and runs the rule's pure per-row step over it.
 */
import { isMainThread, type MessagePort, workerData } from 'node:worker_threads';
import type { PreparedResult, PrepareShare } from '../model/export.js';
import type { AnyRule } from './rule.js';
import type { TableName, TableRows } from '../model/tables.js';
import { DataQualityLog } from '../load/issues.js';
import { basename } from 'node:path';
import { writeSync } from 'node:fs';
import { openCsv, type OpenedCsv } from '../load/csvFile.js';
import { DEFAULT_MAX_BYTES, type LoadOptions, readTableFile } from '../load/loadExport.js';
import { IdPool } from '../load/tableBuilder.js';
import { taskCpuMs } from './threadCpu.js';
import { ASK, computeShared, holdsText, LEFT, type ShareOffer } from './prepareShare.js';
import { encodeRows, encodedBuffers } from '../load/rowColumns.js';
import {
  ANSWERED,
  lineCheck,
  SHARED,
  optionsKey,
  type ReaderRequest,
  type RowsMessage,
  transferables,
  type WorkerRead,
  FREE,
  WORKER,
} from './prepare.js';

/**
 * Reads the tables exactly as the main thread's loader would (readTableFile) and sends each there
 * as soon as it is read; then, with a job, runs the rule's per-row step over its table's rows and
 * sends the answer.
 * Any failure is an { error } answer: the main thread then reads the table, or computes the
 * value, itself.
 */
if (isMainThread) throw new Error('prepareWorker runs only as a worker thread');

/**
 * With CASEAUDIT_DEBUG_PREPARE, this thread's CPU ms since the last mark and in all, at each step
 * before the rule's own (issue 24: the worker's path to its first part is the audit's critical
 * path). Synchronous: the worker is stopped as soon as its answer is taken.
 */
const mark = ((): ((what: string) => void) | null => {
  if (!process.env.CASEAUDIT_DEBUG_PREPARE) return null;
  let last = 0;
  return (what) => {
    const now = taskCpuMs() ?? 0;
    writeSync(2, `caseaudit: worker: ${what} ${Math.round(now - last)} ms (at ${Math.round(now)})\n`);
    last = now;
  };
})();
mark?.('started');
const { req, port, rowsPort, sharePort, signal } = workerData as {
  req: ReaderRequest;
  port: MessagePort;
  rowsPort: MessagePort;
  /** Where the worker offers the main thread its last parts (ShareOffer); absent in older callers. */
  sharePort?: MessagePort;
  signal: Int32Array;
};

/** Answers on the value port, then wakes the main thread, which may be blocked waiting (TableReader.take). */
const answer = (msg: PreparedResult | { error: string }, transfer: ArrayBuffer[] = []): void => {
  port.postMessage(msg, transfer);
  port.close();
  sharePort?.close();
  // The worker's own CPU for the main thread's debug report (threadCpu.ts): it may be gone by then.
  if (process.env.CASEAUDIT_DEBUG_PREPARE && signal.length > 1) Atomics.store(signal, 1, Math.round(taskCpuMs() ?? 0));
  Atomics.store(signal, 0, ANSWERED);
  Atomics.notify(signal, 0);
};
const reason = (e: unknown): string => (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));

/** Reads the request's tables (ReaderRequest.reads), each sent as soon as read; the job's rows, if any. */
async function readAll(): Promise<readonly TableRows[TableName][] | null> {
  const { job } = req;
  const mapping = req.load.mapping as LoadOptions['mapping'];
  const opts = {
    ...(mapping ? { mapping } : {}),
    ...(req.load.maxBytes !== undefined ? { maxBytes: req.load.maxBytes } : {}),
  };
  // One pool for the tables read here (a child's id one string across them), as the main thread's.
  const ids = new IdPool();
  const open = ({ path }: WorkerRead): Promise<OpenedCsv> => {
    const p = openCsv(path, basename(path), { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
    p.catch(() => undefined); // handled where awaited (readTableFile)
    return p;
  };
  let jobRows: readonly TableRows[TableName][] | null = null;
  const { reads, claims } = req;
  const fixed = reads.filter((_, k) => Atomics.load(claims, k) === WORKER).length;
  const read = async (k: number, opened: Promise<OpenedCsv>): Promise<void> => {
    const { table, path } = reads[k]!;
    try {
      const dq = new DataQualityLog();
      // The job's own text stays with this thread until it is scored: kept as slices of the
      // parser's pieces, not copied out of them (readTableFile's keepSlices, TableBuilder's `slices`).
      const own = table === job?.table && job.holds.length > 0 ? { ...opts, keepSlices: job.holds } : opts;
      const got = await readTableFile(table, path, dq, own, undefined, ids, opened);
      mark?.(`read ${table}`);
      if (!got.loaded) throw new Error('could not be read');
      const rows = got.rows as TableRows[TableName][];
      const encoded = encodeRows(table, rows, table === job?.table ? (req.omit ?? []) : []);
      const msg: RowsMessage = { table, rows: encoded, log: dq.exportTable(table) };
      rowsPort.postMessage(msg, encodedBuffers(encoded));
      mark?.(`sent ${table}`);
      if (table === job?.table) jobRows = rows;
    } catch (e) {
      // The main thread reads this table itself, with the same result.
      const msg: RowsMessage = { table, error: reason(e) };
      rowsPort.postMessage(msg);
      if (table === job?.table) answer({ error: reason(e) });
    }
  };
  // The tables claimed for it, each file opened and read while the one before is parsed.
  let next = fixed > 0 ? open(reads[0]!) : null;
  for (let k = 0; k < fixed; k++) {
    const opened = next!;
    next = k + 1 < fixed ? open(reads[k + 1]!) : null;
    await read(k, opened);
  }
  // Then the shared ones, from the last (the main thread claims from the first), each only while
  // the main thread has at least as many bytes left unclaimed besides it: else the main thread
  // would end up waiting for this one. On a loaded machine a late worker so takes little or none.
  for (let k = reads.length - 1; k >= fixed; k--) {
    let left = 0;
    for (let j = fixed; j < reads.length; j++) if (j !== k && Atomics.load(claims, j) === FREE) left += reads[j]!.bytes;
    if (left < reads[k]!.bytes) continue;
    if (Atomics.compareExchange(claims, k, FREE, WORKER) !== FREE) continue;
    await read(k, open(reads[k]!));
  }
  rowsPort.close();
  return jobRows;
}

async function main(): Promise<void> {
  const rows = await readAll();
  const { job } = req;
  if (!job || !rows) return;
  // Loaded only now, after the tables are on their way: the rule (and zod) is not needed to read them.
  // Only the job's rule: the others' modules cost the worker about 15-20 ms more before its first part.
  const { loadRules } = (await import(req.registry)) as {
    loadRules: (ids: readonly string[]) => Promise<readonly AnyRule[]>;
  };
  const [rule] = await loadRules([job.ruleId]);
  mark?.('rule loaded');
  if (!rule?.prepare || rule.prepare.table !== job.table) {
    answer({ error: `no prepare step for ${job.ruleId}.${job.table}` });
    return;
  }
  const held = holdsText(req);
  const share = rule.prepare.share as PrepareShare | undefined;
  // A step in parts: the main thread, once it waits, computes the last parts (computeShared).
  const offer = (o: ShareOffer): void => {
    sharePort?.postMessage(o);
    Atomics.store(signal, 0, SHARED);
    Atomics.notify(signal, 0);
  };
  const asked = sharePort && signal.length > ASK ? (): boolean => Atomics.load(signal, ASK) === 1 : null;
  const value = share
    ? computeShared(
        share,
        rows,
        job.options,
        held,
        asked,
        offer,
        signal.length > LEFT ? (n) => Atomics.store(signal, LEFT, n) : undefined,
      )
    : (
        rule.prepare.compute as (
          rows: readonly TableRows[TableName][],
          options: Record<string, unknown>,
          held: boolean,
        ) => unknown
      )(rows, job.options, held);
  answer(
    { table: job.table, optionsKey: optionsKey(job.options), rows: rows.length, lineCheck: lineCheck(rows), value },
    transferables(value),
  );
}

main().catch((e: unknown) => answer({ error: reason(e) }));
