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
import { loadCsvFolder, type LoadOptions } from '../load/loadExport.js';
import { ANSWERED, lineCheck, optionsKey, type PrepareRequest, transferables } from './prepare.js';

async function prepare(req: PrepareRequest): Promise<PreparedResult> {
  const { job } = req;
  const rule = RULES.find((r) => r.id === job.ruleId);
  if (!rule?.prepare || rule.prepare.table !== job.table) throw new Error(`no prepare step for ${job.ruleId}.${job.table}`);
  const opts: LoadOptions = { tables: [job.table], ...(req.load.maxBytes !== undefined ? { maxBytes: req.load.maxBytes } : {}), ...(req.load.mapping ? { mapping: req.load.mapping as NonNullable<LoadOptions['mapping']> } : {}) };
  const ex = await loadCsvFolder(req.dir, opts, req.load.layout);
  const rows = ex.tables[job.table];
  if (!rows) throw new Error(`${job.table} did not load`);
  const value = (rule.prepare.compute as (rows: readonly TableRows[TableName][], options: Record<string, unknown>) => unknown)(rows, job.options);
  return { table: job.table, optionsKey: optionsKey(job.options), rows: rows.length, lineCheck: lineCheck(rows), value };
}

if (isMainThread) throw new Error('prepareWorker runs only as a worker thread');
const { req, port, signal } = workerData as { req: PrepareRequest; port: MessagePort; signal: Int32Array };
/** Answers on the port, then wakes the main thread, which may be blocked waiting (Preparation.take). */
const answer = (msg: PreparedResult | { error: string }, transfer: ArrayBuffer[] = []): void => {
  port.postMessage(msg, transfer);
  port.close();
  Atomics.store(signal, 0, ANSWERED);
  Atomics.notify(signal, 0);
};
prepare(req).then(
  (result) => answer(result, transferables(result.value)),
  (e: unknown) => answer({ error: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) }),
);
