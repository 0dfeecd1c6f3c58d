/**
 * Worker-thread entry: takes one job at a time from the coordinator and answers with its summary.
 * A long-lived worker (rather than one per export) loads the rules and renderers once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { auditOne } from './auditOne.js';
import type { WorkerReply, WorkerRequest } from './types.js';

const port = parentPort;
if (!port) throw new Error('src/batch/worker.js runs only as a worker thread');
const { out } = workerData as { out: string };

port.on('message', (msg: WorkerRequest) => {
  if (msg.kind === 'stop') {
    port.close();
    return;
  }
  void auditOne(msg.job, out).then((summary) => {
    const reply: WorkerReply = { kind: 'done', summary };
    port.postMessage(reply);
  });
});
