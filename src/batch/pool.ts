/**
 * A small pool of worker threads: each takes the next export as soon as it finishes one, so a
 * large export does not hold up the small ones behind it. A worker that dies (out of memory, a
 * crash in native code) costs only the export it was on; a fresh worker takes the rest.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { builtScript } from '../engine/paths.js';
import type { BatchJob, ExportSummary, WorkerReply, WorkerRequest } from './types.js';

/** One worker a core. Here, not in runBatch.ts, so the CLI's help names it without loading the batch runner. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export function workerScript(): string {
  const script = builtScript('batch/worker');
  if (script) return script;
  throw new Error('batch worker not found; build the project first (npx tsc -p tsconfig.json)');
}

function failed(job: BatchJob, reason: string): ExportSummary {
  return {
    name: job.name,
    source: job.source,
    status: 'error',
    reason,
    metrics: {},
    ruleOrder: [],
    findings: { high: 0, medium: 0, low: 0, info: 0 },
    rules: { ran: 0, notRun: 0, error: 0 },
    failing: 0,
    written: [],
    warnings: [],
    ms: 0,
  };
}

export async function runPool(
  jobs: readonly BatchJob[],
  size: number,
  out: string,
  onDone: (s: ExportSummary) => void,
): Promise<ExportSummary[]> {
  const results: ExportSummary[] = [];
  if (jobs.length === 0) return results;
  const script = workerScript();
  let next = 0;
  const workers = Math.max(1, Math.min(size, jobs.length));

  const runLane = () =>
    new Promise<void>((resolveLane) => {
      let current: BatchJob | null = null;
      let worker: Worker;
      const finish = (s: ExportSummary) => {
        results.push(s);
        onDone(s);
      };
      const feed = () => {
        if (next >= jobs.length) {
          current = null;
          const stop: WorkerRequest = { kind: 'stop' };
          worker.postMessage(stop);
          return;
        }
        current = jobs[next++]!;
        const req: WorkerRequest = { kind: 'job', job: current };
        worker.postMessage(req);
      };
      const start = () => {
        // Loaded here, not at import: the CLI imports this module for defaultJobs at every start.
        worker = new (process.getBuiltinModule('node:worker_threads').Worker)(script, { workerData: { out } });
        let crashed: string | null = null;
        worker.on('message', (msg: WorkerReply) => {
          if (msg.kind === 'done') {
            finish(msg.summary);
            feed();
          }
        });
        worker.on('error', (e) => {
          crashed = e.message.split('\n')[0] ?? 'error';
        });
        worker.on('exit', (code) => {
          if (current) {
            finish(
              failed(
                current,
                `internal error: the worker auditing this export stopped (${crashed ?? `exit code ${code}`})`,
              ),
            );
            current = null;
            if (next < jobs.length) {
              start();
              feed();
              return;
            }
          }
          resolveLane();
        });
      };
      start();
      feed();
    });

  await Promise.all(Array.from({ length: workers }, runLane));
  return results;
}
