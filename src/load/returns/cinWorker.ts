/**
 * Worker-thread entry of the CIN census reader (cinThread.ts): for each job, reads each census
 * file exactly as the main thread would (readCinBuilt: its records built into typed rows) and
 * sends them file by file (or the part of one from a cut: cinSplit.ts); then waits for the next job. Any failure is a `failed` answer for that
 * file: the main thread then reads it itself, and words the error as it always has.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { readCinBuilt, readCinPart } from './cinBuild.js';
import { type CinFileMessage, type CinJob, toMessage } from './cinThread.js';

if (isMainThread || !parentPort) throw new Error('cinWorker runs only as a worker thread');
const port = parentPort;

async function run(job: CinJob & { job: number }): Promise<void> {
  for (const path of job.paths) {
    let answer: { msg: CinFileMessage; transfer: ArrayBuffer[] };
    try {
      const start = job.from?.[path];
      const r =
        start === undefined
          ? await readCinBuilt(path, job.maxBytes, job.values)
          : (await readCinPart(path, job.maxBytes, job.values, { start, end: Infinity }))?.records;
      if (!r) throw new Error('outside the scanner');
      answer = toMessage(path, r);
    } catch {
      answer = { msg: { path, failed: true }, transfer: [] };
    }
    port.postMessage({ ...answer.msg, job: job.job }, answer.transfer);
  }
}

// One job at a time, in the order they come (the main thread sends the next only when idle).
let queue = Promise.resolve();
port.on('message', (job: CinJob & { job: number }) => {
  queue = queue.then(() => run(job));
});
