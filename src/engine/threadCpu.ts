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

const ms = (v: number | null | undefined): string => (v == null ? '?' : String(Math.round(v)));

/** CASEAUDIT_DEBUG_PREPARE: how long the main thread waited for `ruleId`'s worker, and what came. */
export function reportWait(ruleId: string, script: string, waitedMs: number, said: string, parts: number): void {
  process.stderr.write(
    `caseaudit: prepare ${ruleId} (${script}): waited ${Math.round(waitedMs)} ms; ${said}; this thread computed ${parts} of its parts\n`,
  );
}

/**
 * CASEAUDIT_DEBUG_PREPARE: the critical path in CPU time, the main thread before the wait
 * (`mainBefore`) and at the answer, the worker at its answer (`worker`), the main thread at exit;
 * the rest of the process's CPU is V8's helper threads (the collectors' and compilers' tasks).
 */
export function reportCpu(mainBefore: number | null, worker: number | null): void {
  process.stderr.write(
    `caseaudit: cpu ms: main before the wait ${ms(mainBefore)}, at the answer ${ms(taskCpuMs())}; worker ${ms(worker)}\n`,
  );
  process.once('exit', () => process.stderr.write(`caseaudit: cpu ms: main at exit ${ms(taskCpuMs())}\n`));
}
