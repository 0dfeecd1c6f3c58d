/**
 * Worker-thread entry of the table reader (src/engine/prepare.ts): reads tables for the main
 * thread and runs a rule's pure per-row step over the table it is for.
 */
import { isMainThread, type MessagePort, workerData } from 'node:worker_threads';
import type { PreparedResult } from '../model/export.js';
import type { TableName, TableRows } from '../model/tables.js';
import { DataQualityLog } from '../load/issues.js';
import { findTableFiles, type LoadOptions, readTableFile } from '../load/loadExport.js';
import { encodeRows, encodedBuffers } from '../load/rowColumns.js';
import { ANSWERED, lineCheck, optionsKey, type ReaderRequest, type RowsMessage, transferables } from './prepare.js';

/**
 * Reads each table exactly as the main thread's loader would (readTableFile) and sends it there as
 * soon as it is read; then runs the rule's per-row step over the rows of its table and sends the
 * answer. Any failure is an { error } answer: the main thread then reads the table, or computes
 * the value, itself.
 */
if (isMainThread) throw new Error('prepareWorker runs only as a worker thread');
const { req, port, rowsPort, signal } = workerData as { req: ReaderRequest; port: MessagePort; rowsPort: MessagePort; signal: Int32Array };

/** Answers on the value port, then wakes the main thread, which may be blocked waiting (TableReader.take). */
const answer = (msg: PreparedResult | { error: string }, transfer: ArrayBuffer[] = []): void => {
  port.postMessage(msg, transfer);
  port.close();
  Atomics.store(signal, 0, ANSWERED);
  Atomics.notify(signal, 0);
};
const reason = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e));

async function main(): Promise<void> {
  const mapping = req.load.mapping as LoadOptions['mapping'];
  const files = await findTableFiles(req.dir, mapping ? { mapping } : {});
  let preparedRows: readonly TableRows[TableName][] | null = null;
  for (const table of req.tables) {
    try {
      const path = files.get(table);
      if (!path) throw new Error('no file');
      const dq = new DataQualityLog();
      const read = await readTableFile(table, path, dq, { ...(mapping ? { mapping } : {}), ...(req.load.maxBytes !== undefined ? { maxBytes: req.load.maxBytes } : {}) });
      if (!read.loaded) throw new Error('could not be read');
      const rows = read.rows as TableRows[TableName][];
      const encoded = encodeRows(table, rows);
      const msg: RowsMessage = { table, rows: encoded, log: dq.exportTable(table) };
      rowsPort.postMessage(msg, encodedBuffers(encoded));
      if (table === req.prepare?.table) preparedRows = rows;
    } catch (e) {
      const msg: RowsMessage = { table, error: reason(e) };
      rowsPort.postMessage(msg);
    }
  }
  rowsPort.close();
  const job = req.prepare;
  if (!job) return;
  // Loaded only now: a worker that only reads tables need not load the rules (and zod).
  const { RULES } = await import('../../rules/index.js');
  const rule = RULES.find((r) => r.id === job.ruleId);
  if (!preparedRows || !rule?.prepare || rule.prepare.table !== job.table) { answer({ error: `nothing to prepare for ${job.ruleId}` }); return; }
  try {
    const value = (rule.prepare.compute as (rows: readonly TableRows[TableName][], options: Record<string, unknown>) => unknown)(preparedRows, job.options);
    answer({ table: job.table, optionsKey: optionsKey(job.options), rows: preparedRows.length, lineCheck: lineCheck(preparedRows), value }, transferables(value));
  } catch (e) {
    answer({ error: reason(e) });
  }
}

main().catch((e: unknown) => answer({ error: reason(e) }));
