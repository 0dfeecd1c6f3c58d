/**
 * Sharing a worker's prepare step with the main thread (PrepareStep.share, issue 24). In the full
 * audit the worker scoring the supervision text is the critical path: the main thread reads the
 * other tables and runs every other rule in less time, then waits. Once it waits it asks
 * (signal[ASK]); the worker, after the part it is computing, offers its last parts, and both
 * threads compute parts until they meet, so both cores finish together. The value is the same
 * whichever thread computes which part (each part is computed alone, as in the whole).
 */
import { writeSync } from 'node:fs';
import type { PrepareShare, ShareHelp, SharedWork } from '../model/export.js';
import { taskCpuMs } from './threadCpu.js';

/** Node's worker_threads, loaded only when asked (prepare.ts). */
const threads = () => process.getBuiltinModule('node:worker_threads');

/**
 * Who has each entry of a claims array (a table to read: ReaderRequest.claims; a part to
 * compute: ShareOffer.claims): not yet decided, the main thread, the worker.
 */
export const FREE = 0,
  MAIN = 1,
  WORKER = 2;

/**
 * The worker's offer of its last parts (PrepareStep.share), made when the main thread asks (it has
 * nothing left but to wait, signal[ASK]): the main thread claims parts from the last down, the
 * worker goes on from where it is, each part by Atomics on `claims` (one entry a part: FREE, then
 * MAIN or WORKER), so each part is computed once and both threads stop where they meet. `packed`
 * carries what the main thread's rows lack for the parts from `from` on (the held text); parts
 * before `from` are the worker's alone.
 */
export interface ShareOffer {
  from: number;
  order: Int32Array;
  starts: Int32Array;
  claims: Int32Array;
  packed: unknown;
}

/** Whether the rule's prepared value carries the held text (PrepareStep.compute's `held`; ReaderRequest). */
export const holdsText = (req: { omit?: readonly string[]; holdNone?: boolean }): boolean =>
  (req.omit ?? []).length > 0 && req.holdNone !== true;

/** signal[ASK] is 1 once the main thread waits and would compute some of the worker's parts. */
export const ASK = 2;

/**
 * signal[LEFT]: the parts the worker had not started when it began its current one (0 before
 * its first part), so the main thread, when it asks, can tell whether an offer will come
 * (`willOffer`) and make its scorer while the worker finishes that part and packs the offer.
 */
export const LEFT = 3;

/**
 * Of the parts the worker has not started when asked, the share it offers (parts are of about
 * equal work: PrepareShare.parts). More than half: where the two threads meet is settled by the
 * claims as they go (a thread slowed by the collector or another process takes fewer), and a
 * part offered but left to the worker costs only its packing.
 */
const OFFER_SHARE = 0.6;

/**
 * Parts (of about 40 ms each at 1.1M rows) the worker must have left for an offer: with fewer,
 * the main thread's share would not pay for its making the scorer (and its memory: with trends
 * the main thread comes when the worker is nearly done).
 */
const MIN_LEFT = 8;

/**
 * Whether the worker, asked now, will offer parts (as computeShared decides): `left` is
 * signal[LEFT] and the worker looks at the ask only before its next part, with one part fewer
 * left. (It can look sooner, before the part it is about to start: then it offers with `left`
 * parts, which this under-counts by one, so an offer is never expected that will not come, but
 * for text that cannot be packed.)
 */
export function willOffer(left: number): boolean {
  return left - 1 >= MIN_LEFT;
}

/**
 * Parts (4,096 records each) the worker must have left for the main thread to ask after the
 * full audit's trend points (ShareHelp.collect). It then comes with the points' garbage to
 * collect, and the two threads' heaps and the helpers' collection compete for the two cores: on
 * the machine of the thirty-fifth session, asked with about 6-11 parts left, the audit was 1-5%
 * slower in 4 of 4 A B B A blocks; on the thirty-sixth's, asked with 20-21 left, it was 0.35-0.45
 * s faster in 4 of 4 (issue 24). 14 parts is about 57,000 records, over a second of the worker's
 * scoring on either machine.
 */
const MIN_LEFT_AFTER_POINTS = 14;

/**
 * Whether the main thread, with nothing left but to wait, asks the worker for its last parts:
 * always without trends; after the trend points (`help.collect`) only when signal[LEFT] (`left`)
 * shows enough left, or when the worker has not begun its parts (0: all of them are left).
 */
export function worthAsking(help: ShareHelp, left: number): boolean {
  return help.collect !== true || left === 0 || left - 1 >= MIN_LEFT_AFTER_POINTS;
}

/**
 * The main thread's ask, once it has nothing left but to wait: sets signal[ASK]; the worker offers
 * its last parts after the part it is computing and after packing their text (together about 80
 * ms of its CPU at 1.1M rows, and more wall time on a loaded machine). When an offer will come
 * (signal[LEFT]), the main thread makes meanwhile what it will score them with (PrepareShare.warm),
 * rather than only after the offer; returns what it made, for helpWith. With `help.collect`, this
 * thread's garbage is collected first, when an offer will come (ShareHelp.collect).
 */
export function askToShare(signal: Int32Array, help: ShareHelp, options: Record<string, unknown>): unknown {
  Atomics.store(signal, ASK, 1);
  // CASEAUDIT_DEBUG_SHARE=cold: the scorer made only once the offer has come, as before (to measure).
  if (process.env.CASEAUDIT_DEBUG_SHARE === 'cold') return undefined;
  if (!help.share.warm || signal.length <= LEFT || !willOffer(Atomics.load(signal, LEFT))) return undefined;
  const marks = debugMarks();
  // CASEAUDIT_DEBUG_SHARE=nocollect: shares without collecting first (to measure).
  if (help.collect === true && process.env.CASEAUDIT_DEBUG_SHARE !== 'nocollect') {
    collectGarbage();
    marks?.('collected');
  }
  const warmed = help.share.warm(options);
  // Whether the offer came while the scorer was made: signal[0] is then no longer WORKING (0; prepare.ts).
  marks?.(`warm (offer ${Atomics.load(signal, 0) === 0 ? 'not yet come' : 'came meanwhile'})`);
  return warmed;
}

/**
 * The worker's side of a shared prepare step: computes the parts from the first; when the main
 * thread asks (`asked`), packs the last of the parts left and offers them (ShareOffer), then goes
 * on until it meets a part the main thread took. Its value covers the parts it computed.
 */
export function computeShared(
  share: PrepareShare,
  rows: readonly unknown[],
  options: Record<string, unknown>,
  held: boolean,
  asked: (() => boolean) | null,
  offer: (o: ShareOffer) => void,
  /** Told the parts not yet started before each part (signal[LEFT]). */
  left?: (parts: number) => void,
): unknown {
  const marks = debugMarks();
  const { order, starts } = share.parts(rows);
  const parts = starts.length - 1;
  const work = share.begin(rows, options, null);
  marks?.('begin');
  let claims: Int32Array | null = null;
  let declined = false;
  let p = 0;
  for (; p < parts; p++) {
    if (claims === null && !declined) left?.(parts - p);
    const ask = claims === null && !declined && asked?.() === true;
    if (ask && parts - p < MIN_LEFT) {
      // Too little left to pay for the main thread's scorer (about 120 ms and 25 MB to make):
      // no offer, and the main thread waits as it did.
      declined = true;
      marks?.(`declined at part ${p}`);
    } else if (ask) {
      // The last OFFER_SHARE of the parts left (parts are of about equal work), one at least left here.
      const from = Math.max(p + 1, parts - Math.floor(OFFER_SHARE * (parts - p)));
      // The parts so far apart from the packing (the offer's mark is then the packing alone).
      marks?.(`asked before part ${p}`);
      const packed = from < parts ? share.pack(rows, order.subarray(starts[from]!, starts[parts]!)) : null;
      claims = new Int32Array(new SharedArrayBuffer(4 * parts));
      claims.fill(WORKER, 0, p);
      // Nothing to offer (text that cannot be packed): the main thread gets an offer of no part,
      // and waits.
      offer({ from: packed === null ? parts : from, order, starts, claims, packed });
      marks?.(
        `offer at part ${p}: parts ${from}-${parts - 1}, ${starts[parts]! - starts[from]!} rows, ${packedMB(packed)} MB packed`,
      );
    }
    if (claims && Atomics.compareExchange(claims, p, FREE, WORKER) !== FREE) break;
    work.part(order.subarray(starts[p]!, starts[p + 1]!));
  }
  marks?.(`${p} of ${parts} parts`);
  const value = work.value(held);
  marks?.('value');
  return value;
}

/**
 * The main thread's side: claims the offer's parts from the last down while they are free,
 * computes them, and returns their value (null: it took none).
 */
export function helpWith(
  offer: ShareOffer,
  help: ShareHelp,
  options: Record<string, unknown>,
  held: boolean,
  /** What PrepareShare.warm made while the offer was awaited, if it was called. */
  warmed?: unknown,
): { value: unknown; parts: number } | null {
  const { from, order, starts, claims } = offer;
  let work: SharedWork | null = null;
  let took = 0,
    rows = 0;
  const marks = debugMarks();
  for (let p = starts.length - 2; p >= from; p--) {
    // The work is begun only when there is a part left to take.
    if (Atomics.load(claims, p) !== FREE) break;
    if (!work) {
      work = help.share.begin(help.rows, options, offer.packed, warmed);
      marks?.('begin');
    }
    if (Atomics.compareExchange(claims, p, FREE, MAIN) !== FREE) break;
    work.part(order.subarray(starts[p]!, starts[p + 1]!));
    took++;
    rows += starts[p + 1]! - starts[p]!;
  }
  marks?.(`${took} parts, ${rows} rows`);
  const value = work && took > 0 ? { value: work.value(held), parts: took } : null;
  marks?.('value');
  return value;
}

/**
 * A full collection of this thread's heap, now (about 50 ms of the main thread's CPU at 1.1M rows,
 * while the worker finishes its part and packs the offer). V8 gives a script no call for it
 * without --expose-gc, which a caller (the CLI's shim, a program using the API) would have to
 * pass to Node: so the flag is set here, `gc` is taken from a new context (the only kind it is
 * installed on), and the flag is put back as it was at once, so that no later context or worker
 * of a program using the library finds a `gc` it did not ask for.
 */
export function collectGarbage(): void {
  const v8 = process.getBuiltinModule('node:v8');
  const vm = process.getBuiltinModule('node:vm');
  // Already exposed (node --expose-gc): every context has it, and the flag stays as the caller set it.
  const had = vm.runInNewContext('typeof gc') === 'function';
  if (!had) v8.setFlagsFromString('--expose-gc');
  try {
    (vm.runInNewContext('gc') as () => void)();
  } finally {
    if (!had) v8.setFlagsFromString('--no-expose-gc');
  }
}

/** MB of the buffers at the top level of a packed offer (debug output: the sharing's memory). */
function packedMB(packed: unknown): string {
  if (!packed || typeof packed !== 'object') return '0';
  let bytes = 0;
  for (const v of Object.values(packed))
    if (ArrayBuffer.isView(v) || v instanceof SharedArrayBuffer || v instanceof ArrayBuffer) bytes += v.byteLength;
  return (bytes / 1e6).toFixed(1);
}

/** With CASEAUDIT_DEBUG_PREPARE, a function that prints this thread's CPU ms since the last mark. */
function debugMarks(): ((what: string) => void) | null {
  if (!process.env.CASEAUDIT_DEBUG_PREPARE) return null;
  let last = taskCpuMs() ?? 0;
  const who = threads().isMainThread ? 'main' : 'worker';
  return (what) => {
    const now = taskCpuMs() ?? 0;
    // Synchronously: the worker is stopped as soon as its answer is taken.
    const mem = process.memoryUsage();
    writeSync(
      2,
      `caseaudit: shared ${who}: ${what} ${Math.round(now - last)} ms (at ${Math.round(now)}; rss ${Math.round(mem.rss / 1e6)} MB, heap ${Math.round(mem.heapUsed / 1e6)} MB)\n`,
    );
    last = now;
  };
}
