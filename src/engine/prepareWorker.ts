/**
 * Worker-thread entry for a rule's prepare step (src/engine/prepare.ts): reads the one table with
 * the same loader the main thread uses, runs the rule's pure per-row function over it and hands
 * back the result, transferring its typed arrays. Any failure is reported as { error } and the
 * main thread computes the value itself.
 */
import { isMainThread, type MessagePort, workerData } from 'node:worker_threads';
import { RULES } from '../../rules/index.js';
import type { PreparedResult } from '../model/export.js';
import type { TableName, TableRows } from '../model/tables.js';
import { DataQualityLog } from '../load/issues.js';
import { findTableFiles, type LoadOptions, readTableFile } from '../load/loadExport.js';
import { encodeRows, encodedBuffers } from '../load/rowColumns.js';
import { ANSWERED, lineCheck, optionsKey, type PrepareRequest, type RowsMessage, transferables } from './prepare.js';

/**
 * Reads the table exactly as the main thread's loader would (readTableFile) and sends it there as
 * soon as it is read, then runs the rule's per-row step over the same rows and sends the answer.
 * Any failure is an { error } answer: the main thread then reads the table, or computes the
 * value, itself.
 */
if (isMainThread) throw new Error('prepareWorker runs only as a worker thread');
const { req, port, rowsPort, signal } = workerData as { req: PrepareRequest; port: MessagePort; rowsPort: MessagePort; signal: Int32Array };

const sendRows = (msg: RowsMessage, transfer: ArrayBuffer[] = []): void => {
  rowsPort.postMessage(msg, transfer);
  rowsPort.close();
};
/** Answers on the value port, then wakes the main thread, which may be blocked waiting (Preparation.take). */
const answer = (msg: PreparedResult | { error: string }, transfer: ArrayBuffer[] = []): void => {
  port.postMessage(msg, transfer);
  port.close();
  Atomics.store(signal, 0, ANSWERED);
  Atomics.notify(signal, 0);
};
const reason = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e));

async function main(): Promise<void> {
  const { job } = req;
  const rule = RULES.find((r) => r.id === job.ruleId);
  let rows: readonly TableRows[TableName][] | null = null;
  try {
    if (!rule?.prepare || rule.prepare.table !== job.table) throw new Error(`no prepare step for ${job.ruleId}.${job.table}`);
    const mapping = req.load.mapping as LoadOptions['mapping'];
    const path = (await findTableFiles(req.dir, mapping ? { mapping } : {})).get(job.table);
    if (!path) throw new Error(`no ${job.table} file`);
    const dq = new DataQualityLog();
    const read = await readTableFile(job.table, path, dq, { ...(mapping ? { mapping } : {}), ...(req.load.maxBytes !== undefined ? { maxBytes: req.load.maxBytes } : {}) });
    if (!read.loaded) throw new Error(`${job.table} could not be read`);
    rows = read.rows as TableRows[TableName][];
    const encoded = encodeRows(job.table, rows);
    sendRows({ rows: encoded, log: dq.exportTable(job.table) }, encodedBuffers(encoded));
  } catch (e) {
    sendRows({ error: reason(e) });
    answer({ error: reason(e) });
    return;
  }
  try {
    const value = (rule.prepare.compute as (rows: readonly TableRows[TableName][], options: Record<string, unknown>) => unknown)(rows, job.options);
    answer({ table: job.table, optionsKey: optionsKey(job.options), rows: rows.length, lineCheck: lineCheck(rows), value }, transferables(value));
  } catch (e) {
    answer({ error: reason(e) });
  }
}

void main();
