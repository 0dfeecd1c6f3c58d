#!/usr/bin/env node
/**
 * Names the JIT code in a callgrind profile of node (issue 22's speed): callgrind shows optimised
 * JavaScript as `???:0x...` entries, the address each function was entered at; run node with
 * `--perf-basic-prof` under valgrind and it writes the JIT's address map (/tmp/perf-<pid>.map,
 * the pid is in callgrind's log), so each entry maps to the function whose code holds it.
 * Prints the self instruction count per function, largest first (the rest as callgrind names it).
 *
 *   valgrind --tool=callgrind --callgrind-out-file=cg.out node --single-threaded --perf-basic-prof \
 *     --predictable-gc-schedule <driver> ...
 *   node scripts/callgrindNames.mjs cg.out /tmp/perf-<pid>.map [top]
 *
 * Run it on two runs of different lengths and subtract to leave out fixed costs (startup, compiling).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [out, map, top = '60'] = process.argv.slice(2);
if (out === undefined || map === undefined) {
  process.stderr.write('usage: node scripts/callgrindNames.mjs <callgrind.out> <perf-PID.map> [top]\n');
  process.exit(2);
}
// The map's lines: start and size in hex, then the code's name; sorted by start for a binary search.
const ranges = readFileSync(map, 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => {
    const [a, s, ...name] = l.split(' ');
    return { start: parseInt(a, 16), end: parseInt(a, 16) + parseInt(s, 16), name: name.join(' ') };
  })
  .sort((x, y) => x.start - y.start);
function nameAt(address) {
  let lo = 0,
    hi = ranges.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= address) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && address < ranges[found].end ? ranges[found].name : 'unmapped';
}
const annotated = execFileSync('callgrind_annotate', ['--threshold=100', out], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
const byName = new Map();
let total = 0;
for (const line of annotated.split('\n')) {
  const m = /^\s*([\d,]+) \([^)]*\)\s+(.*)$/.exec(line);
  if (m === null) continue;
  const ir = Number(m[1].replaceAll(',', ''));
  if (m[2].includes('PROGRAM TOTALS')) {
    total = ir;
    continue;
  }
  const jit = /^\?\?\?:0x([0-9a-f]+) /.exec(m[2]);
  const name = jit === null ? m[2].slice(0, 140) : `JIT ${nameAt(parseInt(jit[1], 16))}`;
  byName.set(name, (byName.get(name) ?? 0) + ir);
}
process.stdout.write(`total ${total}\n`);
for (const [name, ir] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  process.stdout.write(`${String(ir).padStart(14)} ${name}\n`);
