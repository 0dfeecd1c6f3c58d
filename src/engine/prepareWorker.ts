/**
 * Worker-thread entry of the table reader (src/engine/prepare.ts): reads a rule's table for the
 * main thread and runs the rule's pure per-row step over it.
 */
import { isMainThread, type MessagePort, workerData } from 'node:worker_threads';
import type { PreparedResult } from '../model/export.js';
import type { AnyRule } from './rule.js';
import type { TableName, TableRows } from '../model/tables.js';
import { DataQualityLog } from '../load/issues.js';
import { type LoadOptions, readTableFile } from '../load/loadExport.js';
import { encodeRows, encodedBuffers } from '../load/rowColumns.js';
import { ANSWERED, lineCheck, optionsKey, type ReaderRequest, type RowsMessage, transferables } from './prepare.js';

/**
 * Reads the table exactly as the main thread's loader would (readTableFile) and sends it there as
 * soon as it is read; then runs the rule's per-row step over the same rows and sends the answer.
 * Any failure is an { error } answer: the main thread then reads the table, or computes the
 * value, itself.
 */
if (isMainThread) throw new Error('prepareWorker runs only as a worker thread');
const { req, port, rowsPort, signal } = workerData as {
  req: ReaderRequest;
  port: MessagePort;
  rowsPort: MessagePort;
  signal: Int32Array;
};

/** Answers on the value port, then wakes the main thread, which may be blocked waiting (TableReader.take). */
const answer = (msg: PreparedResult | { error: string }, transfer: ArrayBuffer[] = []): void => {
  port.postMessage(msg, transfer);
  port.close();
  Atomics.store(signal, 0, ANSWERED);
  Atomics.notify(signal, 0);
};
const reason = (e: unknown): string => (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));

async function main(): Promise<void> {
  const { job } = req;
  let rows: readonly TableRows[TableName][];
  try {
    const dq = new DataQualityLog();
    const mapping = req.load.mapping as LoadOptions['mapping'];
    const read = await readTableFile(job.table, req.path, dq, {
      ...(mapping ? { mapping } : {}),
      ...(req.load.maxBytes !== undefined ? { maxBytes: req.load.maxBytes } : {}),
    });
    if (!read.loaded) throw new Error('could not be read');
    rows = read.rows as TableRows[TableName][];
    const encoded = encodeRows(job.table, rows, req.omit ?? []);
    const msg: RowsMessage = { rows: encoded, log: dq.exportTable(job.table) };
    rowsPort.postMessage(msg, encodedBuffers(encoded));
  } catch (e) {
    const msg: RowsMessage = { error: reason(e) };
    rowsPort.postMessage(msg);
    answer({ error: reason(e) });
    return;
  } finally {
    rowsPort.close();
  }
  // Loaded only now, after the table is on its way: the rules (and zod) are not needed to read it.
  const { RULES } = (await import(req.registry)) as { RULES: readonly AnyRule[] };
  const rule = RULES.find((r) => r.id === job.ruleId);
  if (!rule?.prepare || rule.prepare.table !== job.table) {
    answer({ error: `no prepare step for ${job.ruleId}.${job.table}` });
    return;
  }
  const held = (req.omit ?? []).length > 0;
  const value = (
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
