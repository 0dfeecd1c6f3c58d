/**
 * Rules' per-row preparation (RuleDefinition.prepare), run in a worker thread while the main
 * thread loads the rest of the export. The supervision text scorer is most of an audit's work on
 * a large export; on two cores, reading the text beside the loading, rather than after it, takes
 * it off the critical path.
 *
 * The worker reads the table itself with the same loader, so nothing but small typed arrays cross
 * the thread boundary. Its answer is used only when it is for the same options and the same rows
 * (count and a fingerprint of their source lines); otherwise, or when the worker fails for any
 * reason, the engine computes the same thing in-process. A worker can only ever save time.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { DelegatedTable, LoadOptions } from '../load/loadExport.js';
import type { TableLog } from '../load/issues.js';
import { decodeRows, type EncodedRows } from '../load/rowColumns.js';
import type { LoadedExport, PreparedResult, PreparedSource } from '../model/export.js';
import type { TableName, TableRows } from '../model/tables.js';
import { builtScript } from './paths.js';
import type { AnyRule } from './rule.js';
import { sortKeys } from './sortKeys.js';

export interface PrepareJob {
  ruleId: string;
  table: TableName;
  options: Record<string, unknown>;
}

/** What the main thread sends the prepare worker. */
export interface PrepareRequest {
  job: PrepareJob;
  dir: string;
  load: { maxBytes?: number; mapping?: unknown };
}

export const optionsKey = (options: Record<string, unknown>): string => JSON.stringify(sortKeys(options));

/** Order-sensitive fingerprint of the rows' source lines. */
export function lineCheck(rows: readonly { line: number }[]): number {
  let h = 0x811c9dc5;
  for (const r of rows) h = Math.imul(h ^ r.line, 0x01000193);
  return h >>> 0;
}

/** Typed arrays anywhere in the top level of a value, whose buffers can be transferred. */
export function transferables(value: unknown): ArrayBuffer[] {
  if (!value || typeof value !== 'object') return [];
  const out = new Set<ArrayBuffer>();
  for (const v of Object.values(value)) if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  return [...out];
}

/** The jobs for the rules that will run and declare a prepare step, with their resolved options. */
export function prepareJobs(rules: readonly AnyRule[], options: ReadonlyMap<string, Record<string, unknown>>): PrepareJob[] {
  return rules.flatMap((r) => (r.prepare && options.has(r.id) ? [{ ruleId: r.id, table: r.prepare.table, options: options.get(r.id)! }] : []));
}

/** What the worker writes to the shared signal: still working, then answered on its port. */
export const WORKING = 0, ANSWERED = 1;

/** The worker's first message, on the rows port: the table it read for the main thread, or why not. */
export type RowsMessage = { rows: EncodedRows; log: TableLog } | { error: string };

interface Slot {
  table: TableName;
  worker: Worker;
  /** The prepared value arrives here, read synchronously (receiveMessageOnPort). */
  port: MessagePort;
  signal: Int32Array;
  /** The table's rows, for the main thread's loader; null when the worker could not read it. */
  rows: Promise<DelegatedTable | null>;
}

/**
 * Preparation under way in worker threads. Each worker reads its table once — for the main
 * thread, which then skips it, and for the rule's per-row step — and answers twice: the rows as
 * soon as they are read, then the prepared value. The audit stays synchronous: when a rule first
 * asks for its value, `take` blocks (Atomics.wait) until the worker has answered and reads the
 * answer off its port without the event loop, so the other rules run while the worker works.
 */
export class Preparation implements PreparedSource {
  private readonly taken = new Map<string, PreparedResult | undefined>();
  constructor(private readonly slots: Map<string, Slot>, private readonly waitLimitMs: number) {}

  /** Providers of the tables the workers read, for LoadOptions.delegated. */
  delegated(): NonNullable<LoadOptions['delegated']> {
    const out: Record<string, () => Promise<DelegatedTable | null>> = {};
    for (const slot of this.slots.values()) out[slot.table] ??= () => slot.rows;
    return out as NonNullable<LoadOptions['delegated']>;
  }

  take(ruleId: string): PreparedResult | undefined {
    if (this.taken.has(ruleId)) return this.taken.get(ruleId);
    const slot = this.slots.get(ruleId);
    let result: PreparedResult | undefined;
    if (slot) {
      // A worker that dies without answering (a fatal error in native code) never signals; after
      // the limit the engine computes the value itself, so the audit is slower, never wrong.
      const t0 = performance.now();
      Atomics.wait(slot.signal, 0, WORKING, this.waitLimitMs);
      const msg = receiveMessageOnPort(slot.port)?.message as PreparedResult | { error: string } | undefined;
      if (msg && !('error' in msg)) result = msg;
      if (process.env.CASEAUDIT_DEBUG_PREPARE) process.stderr.write(`caseaudit: prepare ${ruleId}: waited ${Math.round(performance.now() - t0)} ms; ${msg ? ('error' in msg ? msg.error : 'answered') : 'no answer'}\n`);
      this.stop(slot);
    }
    this.taken.set(ruleId, result);
    return result;
  }

  /** Stops every worker (the load failed, or the audit is over). */
  cancel(): void {
    for (const slot of this.slots.values()) this.stop(slot);
  }

  private stop(slot: Slot): void {
    slot.port.close();
    void slot.worker.terminate();
  }
}

/**
 * Starts one worker per job. A worker that cannot start leaves its job to the engine and its
 * table to the main thread. Workers are unref'd: they never keep the process alive.
 */
export function startPreparation(requests: readonly PrepareRequest[], waitLimitMs = 10 * 60_000): Preparation {
  const script = builtScript('engine/prepareWorker');
  const slots = new Map<string, Slot>();
  const tablesTaken = new Set<TableName>();
  if (script) {
    for (const req of requests) {
      // One worker per table: a second rule preparing the same table is computed in-process.
      if (tablesTaken.has(req.job.table)) continue;
      const value = new MessageChannel();
      const rowsChannel = new MessageChannel();
      const signal = new Int32Array(new SharedArrayBuffer(4));
      let worker: Worker;
      try {
        worker = new Worker(script, { workerData: { req, port: value.port2, rowsPort: rowsChannel.port2, signal }, transferList: [value.port2, rowsChannel.port2] });
      } catch {
        value.port1.close();
        rowsChannel.port1.close();
        continue;
      }
      worker.unref();
      worker.on('error', () => undefined);
      const rows = new Promise<DelegatedTable | null>((resolve) => {
        rowsChannel.port1.once('message', (msg: RowsMessage) => {
          rowsChannel.port1.close();
          if ('error' in msg) {
            if (process.env.CASEAUDIT_DEBUG_PREPARE) process.stderr.write(`caseaudit: prepare ${req.job.table}: ${msg.error}\n`);
            resolve(null);
          } else {
            resolve({ rows: decodeRows(msg.rows), log: msg.log });
          }
        });
        // A worker gone before sending its rows: the main thread reads the table itself.
        worker.once('exit', () => { rowsChannel.port1.close(); resolve(null); });
      });
      tablesTaken.add(req.job.table);
      slots.set(req.job.ruleId, { worker, port: value.port1, signal, rows, table: req.job.table });
    }
  }
  return new Preparation(slots, waitLimitMs);
}

/**
 * The prepared value for a rule: the worker's when it matches the rows and options, else computed
 * here with the rule's own function (the same answer, only later).
 */
export function preparedValue(rule: AnyRule, ex: LoadedExport, options: Record<string, unknown>): unknown {
  const step = rule.prepare;
  if (!step) throw new Error(`rule ${rule.id} declares no prepare step`);
  const rows = (ex.tables[step.table] ?? []) as readonly TableRows[TableName][];
  const p = ex.prepared?.take(rule.id);
  if (p && p.table === step.table && p.optionsKey === optionsKey(options) && p.rows === rows.length && p.lineCheck === lineCheck(rows)) return p.value;
  return (step.compute as (rows: readonly TableRows[TableName][], options: Record<string, unknown>) => unknown)(rows, options);
}
