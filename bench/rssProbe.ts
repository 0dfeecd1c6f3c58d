/**
 * Loaded with `node --import` into a process the benchmark measures: on exit it appends that
 * process's wall time and peak RSS to the file named by CASEAUDIT_BENCH_PROBE.
 */
import { appendFileSync } from 'node:fs';

const started = performance.now();
const file = process.env.CASEAUDIT_BENCH_PROBE;
if (file) {
  process.on('exit', () => {
    const ru = process.resourceUsage();
    appendFileSync(file, `${JSON.stringify({ ms: performance.now() - started, maxRssKb: ru.maxRSS })}\n`);
  });
}
