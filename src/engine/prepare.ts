/**
 * A worker thread that reads the table a rule prepares (RuleDefinition.prepare) while the main
 * thread reads the others, hands the rows over, then runs the rule's per-row step on them. The
 * supervision text scorer is most of a large audit's work: on two cores, reading and scoring the
 * text beside the rest of the loading takes it off the critical path. (Measured: a worker that
 * only reads tables does not pay — a fresh thread compiles the loader again and both threads
 * slow each other — so by default the worker reads the table it prepares, and nothing else;
 * `--threads always` has it read a share of the other tables too: planReads.)
 *
 * The worker reads with the same loader, so it produces the same rows; a table is handed over
 * as flat columns (src/load/rowColumns.ts) with its data-quality log, and the prepared value as
 * typed arrays. An answer is used only when it is for the same options and the same rows (count
 * and a fingerprint of their source lines); a table or value the worker could not deliver is read
 * or computed on the main thread instead. A worker can only ever save time.
 */
import { relative } from 'node:path';
import type { MessagePort, Worker } from 'node:worker_threads';

/**
 * Node's worker_threads, loaded when a worker is first started or asked (about 3 ms of a start
 * that, as the seven-metric run by default, starts none: issue 24).
 */
const threads = () => process.getBuiltinModule('node:worker_threads');
import type { DelegatedTable, LoadOptions } from '../load/loadExport.js';
import type { TableLog } from '../load/issues.js';
import { decodeRows, type EncodedRows } from '../load/rowColumns.js';
import type { LoadedExport, PreparedResult, PreparedSource, PrepareShare, ShareHelp } from '../model/export.js';
import type { TableName, TableRows } from '../model/tables.js';
import { builtScript, PACKAGE_ROOT } from './paths.js';
import type { AnyRule } from './rule.js';
import { sortKeys } from './sortKeys.js';
import { reportCpu, reportWait, taskCpuMs } from './threadCpu.js';
import {
  askToShare,
  FREE,
  helpWith,
  holdsText,
  LEFT,
  MAIN,
  type ShareOffer,
  WORKER,
  worthAsking,
} from './prepareShare.js';

export interface PrepareJob {
  ruleId: string;
  table: TableName;
  options: Record<string, unknown>;
  /** The columns the rule's prepare step may keep to itself (PrepareStep.holds). */
  holds: readonly string[];
}

/** A table the worker may read for the main thread, its file as the main thread's loader found it. */
export interface WorkerRead {
  table: TableName;
  path: string;
  bytes: number;
}

/** Who reads each of ReaderRequest.reads (ReaderRequest.claims): not yet decided, this thread, the worker. */
export { FREE, MAIN, WORKER };

/** What the main thread sends the worker: the tables to read and, if any, the rule's job. */
export interface ReaderRequest {
  /** The rule whose per-row step the worker runs after reading; its table is reads[0]. */
  job?: PrepareJob;
  /**
   * The tables the worker may read, each sent as soon as it is read: first those claimed for it
   * already (WORKER in `claims`), in this order; then, from the last, the FREE ones it can claim
   * before the main thread does, while the main thread has at least as many bytes left as the
   * table (Atomics on the shared `claims`, one entry a table). The main thread claims each table
   * as it comes to it (TableReader.keep): a worker that starts late, on a busy machine, just
   * reads less.
   */
  reads: readonly WorkerRead[];
  claims: Int32Array;
  load: { maxBytes?: number; mapping?: unknown };
  /**
   * Columns the worker keeps to itself (of job.holds) rather than hand over with the rows: their
   * only reader is the rule's prepared value, which then carries what the rule needs of them.
   * A large audit's supervision text is then held once, by the worker while it scores, and never
   * joined, cloned and held for the whole audit by the main thread (issue 24: peak memory).
   */
  omit?: readonly string[];
  holdNone?: boolean; // with `omit`: no output shows an excerpt (JSON), so the value holds no text either
  /**
   * URL of the rule registry's module (rules/registry.ts, `loadRules`): the worker loads its job's
   * rule alone from there (issue 24); the engine never imports rules/ itself (handed in from above).
   */
  registry: string;
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
export function prepareJobs(
  rules: readonly AnyRule[],
  options: ReadonlyMap<string, Record<string, unknown>>,
): PrepareJob[] {
  return rules.flatMap((r) =>
    r.prepare && options.has(r.id)
      ? [{ ruleId: r.id, table: r.prepare.table, options: options.get(r.id)!, holds: r.prepare.holds ?? [] }]
      : [],
  );
}

/**
 * What the worker writes to the shared signal: still working; offering parts of its work on the
 * share port (ShareOffer), then still working; answered on its value port.
 */
export const WORKING = 0,
  ANSWERED = 1,
  SHARED = 2;

/** The worker's messages on the rows port, one per table in ReaderRequest.reads: its rows, or why not. */
export type RowsMessage = { table: TableName } & ({ rows: EncodedRows; log: TableLog } | { error: string });

/**
 * The worker at work. The audit stays synchronous: when the rule first asks for its prepared
 * value, `take` blocks (Atomics.wait) until the worker has answered and reads the answer off its
 * port without the event loop, so the other rules run while the worker is still scoring.
 */
export class TableReader implements PreparedSource {
  private taken: { result: PreparedResult | undefined } | null = null;
  private readonly rows = new Map<TableName, Promise<DelegatedTable | null>>();
  /** Set when the job's table arrived: its rows then lack the request's `omit` columns. */
  private handedOver = false;
  /** The tables whose rows the worker handed over, in the order they came (tests, debug output). */
  readonly delivered: TableName[] = [];
  private readonly pending: Map<TableName, (t: DelegatedTable | null) => void>;
  private settle: (table: TableName, got: DelegatedTable | null) => void = () => undefined;
  /** Settles when the worker has exited. */
  readonly exited: Promise<void>;

  constructor(
    private readonly worker: Worker,
    private readonly valuePort: MessagePort,
    rowsPort: MessagePort,
    /** The worker's ShareOffer comes here, if it makes one. */
    private readonly sharePort: MessagePort,
    private readonly signal: Int32Array,
    private readonly request: ReaderRequest,
    private readonly waitLimitMs: number,
    /** The worker's script, named in debug output. */
    private readonly script: string,
  ) {
    const pending = (this.pending = new Map<TableName, (t: DelegatedTable | null) => void>());
    for (const { table } of request.reads) this.rows.set(table, new Promise((resolve) => pending.set(table, resolve)));
    const settle = (this.settle = (table: TableName, got: DelegatedTable | null): void => {
      if (!pending.has(table)) return;
      pending.get(table)!(got);
      pending.delete(table);
      if (pending.size > 0) return;
      rowsPort.close();
      if (process.env.CASEAUDIT_DEBUG_PREPARE)
        process.stderr.write(`caseaudit: worker read ${this.delivered.join(', ') || 'no table'}\n`);
    });
    rowsPort.on('message', (msg: RowsMessage) => {
      if ('error' in msg && process.env.CASEAUDIT_DEBUG_PREPARE)
        process.stderr.write(`caseaudit: worker: ${msg.table}: ${msg.error}\n`);
      if ('error' in msg) return settle(msg.table, null);
      if (msg.table === request.job?.table) this.handedOver = true;
      this.delivered.push(msg.table);
      settle(msg.table, { rows: decodeRows(msg.rows), log: msg.log });
    });
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    // A worker gone before sending a table: the main thread reads it itself.
    worker.once('exit', () => {
      for (const table of [...pending.keys()]) settle(table, null);
      rowsPort.close();
    });
  }

  /** The providers of the tables the worker reads, for LoadOptions.delegated. */
  delegated(): NonNullable<LoadOptions['delegated']> {
    const out: NonNullable<LoadOptions['delegated']> = {};
    for (const [table, rows] of this.rows) out[table] = () => rows;
    return out;
  }

  /**
   * For LoadOptions.keep: claims a table for the main thread, which is about to read it; false
   * when the worker has it (then awaited through `delegated`).
   */
  keep(table: TableName): boolean {
    const k = this.request.reads.findIndex((r) => r.table === table);
    if (k === -1) return true;
    Atomics.compareExchange(this.request.claims, k, FREE, MAIN);
    if (Atomics.load(this.request.claims, k) !== MAIN) return false;
    this.settle(table, null);
    return true;
  }

  withheld(table: TableName): readonly string[] {
    return this.handedOver && table === this.request.job?.table ? (this.request.omit ?? []) : [];
  }

  computing(ruleId: string): boolean {
    return this.request.job?.ruleId === ruleId && this.taken === null;
  }

  take(ruleId: string, help?: ShareHelp): PreparedResult | undefined {
    const job = this.request.job;
    if (job?.ruleId !== ruleId) return undefined;
    if (this.taken) return this.taken.result;
    // A worker that dies without answering (a fatal error in native code) never signals; after
    // the limit the engine computes the value itself, so the audit is slower, never wrong.
    const t0 = performance.now();
    const debug = Boolean(process.env.CASEAUDIT_DEBUG_PREPARE);
    const mainBefore = debug ? taskCpuMs() : null;
    const { receiveMessageOnPort } = threads();
    let warmed: unknown;
    // Nothing is left here but to wait: ask the worker for its last parts (it offers them
    // after the part it is computing). CASEAUDIT_DEBUG_SHARE=off: only wait, as before (to measure).
    const may = help && this.signal.length > LEFT && process.env.CASEAUDIT_DEBUG_SHARE !== 'off';
    if (may && worthAsking(help, Atomics.load(this.signal, LEFT))) warmed = askToShare(this.signal, help, job.options);
    Atomics.wait(this.signal, 0, WORKING, Math.max(0, this.waitLimitMs - (performance.now() - t0)));
    // The worker offered its last parts and is still working: take what is left of them.
    let mine: { value: unknown; parts: number } | null = null;
    if (Atomics.load(this.signal, 0) === SHARED) {
      const offer = receiveMessageOnPort(this.sharePort)?.message as ShareOffer | undefined;
      if (offer && help) mine = helpWith(offer, help, job.options, holdsText(this.request), warmed);
      Atomics.wait(this.signal, 0, SHARED, Math.max(0, this.waitLimitMs - (performance.now() - t0)));
    }
    const msg = receiveMessageOnPort(this.valuePort)?.message as PreparedResult | { error: string } | undefined;
    // Parts taken here are missing from the worker's value: joined, it is the whole's.
    const result =
      msg && !('error' in msg)
        ? mine && help
          ? { ...msg, value: help.share.join(msg.value, mine.value) }
          : msg
        : undefined;
    if (debug) {
      const said = msg ? ('error' in msg ? msg.error : 'answered') : 'no answer';
      reportWait(ruleId, relative(PACKAGE_ROOT, this.script), performance.now() - t0, said, mine?.parts ?? 0);
      reportCpu(mainBefore, Atomics.load(this.signal, 1) || null);
    }
    this.taken = { result };
    this.cancel();
    return result;
  }

  /** Stops the worker (the load failed, or its work is taken). */
  cancel(): void {
    this.valuePort.close();
    this.sharePort.close();
    void this.worker.terminate();
  }
}

/**
 * Bytes of the prepared table below which a worker costs more than it saves (measured: 7 MB lost
 * 0.26 s, 69 MB gained 1.35 s; break-even about 17 MB).
 */
export const THREAD_MIN_BYTES = 24 * 1024 * 1024;
/** A prepared table's bytes weigh this much more than a table only read: the worker also scores it. */
const JOB_WEIGHT = 2;

/** What a worker reads (planReads): tables claimed for it from the start, and tables either thread may read. */
export interface ReadPlan {
  fixed: TableName[];
  shared: TableName[];
}

/**
 * Which tables a worker reads. With a rule's job on a large enough table: that table alone (the
 * worker also scores it, so it is the critical path already). With `always` (--threads always)
 * also the other tables: a share balanced by bytes, largest first to the lighter thread, claimed
 * for the worker from the start (so both threads always read), and the rest shared, claimed at
 * run time (ReaderRequest.reads). `sizes`
 * lists the tables this load reads, in the tables' order, with their file sizes; `shared` is
 * smallest first (LoadOptions.order).
 */
export function planReads(
  job: PrepareJob | undefined,
  sizes: ReadonlyMap<TableName, number>,
  always: boolean,
): ReadPlan {
  const jobBytes = job ? sizes.get(job.table) : undefined;
  const withJob = job !== undefined && jobBytes !== undefined && (always || jobBytes >= THREAD_MIN_BYTES);
  const others = [...sizes].filter(([t]) => !withJob || t !== job.table);
  const mine: TableName[] = [];
  if (always) {
    let main = 0;
    let worker = withJob ? jobBytes * JOB_WEIGHT : 0;
    // Largest first (a stable sort: ties keep the tables' order), each to the lighter thread.
    for (const [t, b] of [...others].sort((x, y) => y[1] - x[1])) {
      if (worker < main) {
        worker += b;
        mine.push(t);
      } else main += b;
    }
  }
  const order = [...sizes.keys()];
  mine.sort((x, y) => order.indexOf(x) - order.indexOf(y));
  if (withJob) return { fixed: [job.table, ...mine], shared: [] };
  // Only with --threads always: by default (auto) the tables are read on one thread, since no
  // alternating runs on this machine showed two threads reading them faster (at 1.1M rows, 14.8 MB
  // of the seven metrics' tables, six pairs each at load 6-10: 0.1-0.7 s slower, 0.5 s more CPU:
  // the worker's start and its second warm-up of the parser cost about what half the parse saves;
  // docs/architecture.md). Smallest first: this thread reads from the first, the worker from the last.
  const shared = always ? order.filter((t) => !mine.includes(t)).sort((x, y) => sizes.get(x)! - sizes.get(y)!) : [];
  return { fixed: mine, shared: mine.length + shared.length > 1 ? shared : [] };
}

/** The reads of a plan, the fixed ones first and claimed for the worker, with their shared claims. */
export function planRequest(
  plan: ReadPlan,
  files: ReadonlyMap<TableName, string>,
  sizes: ReadonlyMap<TableName, number>,
): Pick<ReaderRequest, 'reads' | 'claims'> {
  const reads = [...plan.fixed, ...plan.shared].map((t) => ({ table: t, path: files.get(t)!, bytes: sizes.get(t)! }));
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, reads.length)));
  claims.fill(WORKER, 0, plan.fixed.length);
  return { reads, claims };
}

/** The worker's young generation, in MB (resourceLimits.maxYoungGenerationSizeMb). */
const WORKER_YOUNG_MB = 16;

/**
 * Starts the worker, or returns null when it cannot start (the main thread then does all the
 * work). The worker is unref'd: it never keeps the process alive.
 */
export function startReader(request: ReaderRequest, waitLimitMs: number): TableReader | null {
  const script = builtScript('engine/prepareWorker');
  if (!script) return null;
  const { MessageChannel, Worker } = threads();
  const value = new MessageChannel();
  const rows = new MessageChannel();
  const share = new MessageChannel();
  // [0]: WORKING, SHARED or ANSWERED; [1]: the worker's CPU ms when it answered (debug output
  // only); [ASK]: 1 when the main thread waits and would share the work; [LEFT]: the worker's
  // parts not yet started (prepareShare.ts).
  const signal = new Int32Array(new SharedArrayBuffer(16));
  let worker: Worker;
  try {
    worker = new Worker(script, {
      workerData: { req: request, port: value.port2, rowsPort: rows.port2, sharePort: share.port2, signal },
      transferList: [value.port2, rows.port2, share.port2],
      // A smaller young generation for the worker: since its batches stopped taking fresh memory
      // its scoring peak meets the main thread's, and this keeps the audit under issue 24's 600 MB
      // (1.1M rows, five alternating pairs: 532-560 MB against 563-600 MB, CPU the same; 8 MB
      // was worse, 635 MB).
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
  } catch {
    for (const p of [value.port1, rows.port1, share.port1]) p.close();
    return null;
  }
  // Unref'd: the rows port, open until the table has arrived, keeps the process alive meanwhile.
  worker.unref();
  worker.on('error', () => undefined);
  return new TableReader(worker, value.port1, rows.port1, share.port1, signal, request, waitLimitMs, script);
}

/**
 * The prepared value for a rule: the worker's when it matches the rows and options, else computed
 * here with the rule's own function (the same answer, only later). With a shared step, this thread
 * computes some parts itself while it waits (ShareOffer); `clean`: ShareHelp.collect (run.ts).
 */
export function preparedValue(rule: AnyRule, ex: LoadedExport, opts: Record<string, unknown>, clean = false): unknown {
  const step = rule.prepare;
  if (!step) throw new Error(`rule ${rule.id} declares no prepare step`);
  const rows = (ex.tables[step.table] ?? []) as readonly TableRows[TableName][];
  const help = step.share ? { share: step.share as PrepareShare, rows, collect: clean } : undefined;
  const p = ex.prepared?.take(rule.id, help);
  if (
    p &&
    p.table === step.table &&
    p.optionsKey === optionsKey(opts) &&
    p.rows === rows.length &&
    p.lineCheck === lineCheck(rows)
  )
    return p.value;
  // Rows handed over without a column the rule reads cannot be computed on here: the rule fails
  // (its status says why), not scoring empty text (only after a worker crashed or never answered).
  const withheld = ex.prepared?.withheld?.(step.table) ?? [];
  if (withheld.length > 0)
    throw new Error(
      `the worker thread reading ${step.table} gave no answer for ${rule.id}, and kept its ${withheld.join(', ')} to itself: run the audit again with --threads never`,
    );
  const compute = step.compute as (rows: readonly TableRows[TableName][], options: Record<string, unknown>) => unknown;
  return compute(rows, opts);
}
