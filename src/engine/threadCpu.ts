/**
 * On-CPU time of the process's threads, for CASEAUDIT_DEBUG_PREPARE's report of the worker's
 * critical path (issue 24). On a shared machine wall times mostly measure the other processes;
 * each thread's own CPU says what an idle two-core machine would take: the main thread's work
 * before it waits for the worker, the worker's, and the main thread's after. Linux only (the
 * kernel's schedstat, nanoseconds on the CPU); elsewhere the figures are left out.
 */
import { readFileSync } from 'node:fs';

/** Milliseconds on the CPU of one task (`self` for the calling thread), or null where unknown. */
export function taskCpuMs(task: string | number = 'self'): number | null {
  try {
    const path = task === 'self' ? '/proc/thread-self/schedstat' : `/proc/self/task/${task}/schedstat`;
    return Number(readFileSync(path, 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}
