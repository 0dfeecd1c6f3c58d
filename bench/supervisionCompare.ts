/**
 * Compares two builds' supervision scoring cost in one node process (issue 22's Speed line, the
 * lead's measure): imports each build's `dist/bench/supervision.js` and calls its
 * `benchSupervision(records)` alternately, so both builds meet the same machine load in every round.
 * Run: `node dist/bench/supervisionCompare.js <distA> <distB> [rounds] [--records N]`; prints each
 * round's pair (B ÷ A) and, over the rounds, the median pair ratio and the fastest against fastest,
 * for three clocks: the bench's own timed pass in wall time (what it reports), the same pass in CPU
 * time, and the CPU time of the whole call (generating the texts and compiling the lexicon too).
 * The order within a round alternates (A B, B A, ...) so neither build always runs second.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';

interface BenchResult {
  ms: number;
  meetingStandard: number;
  copied: number;
}
type Bench = (records?: number) => BenchResult;

interface Timing {
  /** The bench's timed pass, wall ms (its own `ms`). */
  wall: number;
  /** The same pass, CPU ms (user + system, every thread of the process). */
  passCpu: number;
  /** The whole call, CPU ms. */
  cpu: number;
}

async function loadBench(dist: string): Promise<Bench> {
  const url = pathToFileURL(resolve(dist, 'bench', 'supervision.js')).href;
  const mod = (await import(url)) as { benchSupervision?: unknown };
  if (typeof mod.benchSupervision !== 'function') throw new Error(`${url}: no benchSupervision export`);
  return mod.benchSupervision as Bench;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Runs one bench call. Both builds' benches read the clock exactly twice, around their timed pass,
 * with `performance.now()`; for the call, that clock is swapped for one that also notes the CPU
 * time at each reading, so the pass's CPU time is had without changing either build's bench.
 */
function timed(bench: Bench, records: number): Timing {
  const realNow = performance.now.bind(performance);
  const cpuAt: number[] = [];
  Object.defineProperty(performance, 'now', {
    configurable: true,
    value: () => {
      cpuAt.push(cpuMs());
      return realNow();
    },
  });
  const before = cpuMs();
  let result: BenchResult;
  try {
    result = bench(records);
  } finally {
    delete (performance as { now?: unknown }).now;
  }
  const cpu = cpuMs() - before;
  if (cpuAt.length !== 2) throw new Error(`the bench read the clock ${cpuAt.length} times, not twice`);
  return { wall: result.ms, passCpu: cpuAt[1]! - cpuAt[0]!, cpu };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const fmt = (x: number) => x.toFixed(3);

async function main(argv: readonly string[]): Promise<void> {
  const rest = [...argv];
  let records = 100_000;
  const ri = rest.indexOf('--records');
  if (ri >= 0) {
    records = Number(rest[ri + 1]);
    rest.splice(ri, 2);
  }
  const [distA, distB, roundsArg] = rest;
  if (!distA || !distB) throw new Error('usage: supervisionCompare <distA> <distB> [rounds] [--records N]');
  const rounds = roundsArg ? Number(roundsArg) : 10;
  if (!Number.isInteger(rounds) || rounds <= 0) throw new Error('rounds: a positive whole number is needed');
  if (!Number.isInteger(records) || records <= 0) throw new Error('--records: a positive whole number is needed');
  const a = await loadBench(distA);
  const b = await loadBench(distB);
  // A warm-up call of each, outside the figures: both builds compiled and their lexicons read.
  const wa = a(records);
  const wb = b(records);
  if (wa.meetingStandard !== wb.meetingStandard || wa.copied !== wb.copied)
    process.stdout.write(
      `note: the builds judge differently (A ${wa.meetingStandard} meet, ${wa.copied} copied; B ${wb.meetingStandard}, ${wb.copied})\n`,
    );
  process.stdout.write(
    `A = ${distA}\nB = ${distB}\n${records} records, ${rounds} rounds, load ${loadavg().map(fmt).join(' ')}\n`,
  );
  process.stdout.write(
    'round  A pass wall  B pass wall  B/A   A pass cpu  B pass cpu  B/A   A call cpu  B call cpu  B/A\n',
  );
  const ta: Timing[] = [];
  const tb: Timing[] = [];
  for (let r = 0; r < rounds; r++) {
    let x: Timing, y: Timing;
    if (r % 2 === 0) {
      x = timed(a, records);
      y = timed(b, records);
    } else {
      y = timed(b, records);
      x = timed(a, records);
    }
    ta.push(x);
    tb.push(y);
    const cols = (['wall', 'passCpu', 'cpu'] as const).map(
      (k) => `${x[k].toFixed(0).padStart(11)}  ${y[k].toFixed(0).padStart(11)}  ${fmt(y[k] / x[k])}`,
    );
    process.stdout.write(`${String(r + 1).padStart(5)}${cols.join('')}\n`);
  }
  const pairs = (k: keyof Timing) => median(ta.map((x, i) => tb[i]![k] / x[k]));
  const fastest = (k: keyof Timing) => Math.min(...tb.map((t) => t[k])) / Math.min(...ta.map((t) => t[k]));
  const line = (f: (k: keyof Timing) => number) =>
    `pass wall ${fmt(f('wall'))}, pass cpu ${fmt(f('passCpu'))}, call cpu ${fmt(f('cpu'))}`;
  process.stdout.write(
    `median pair B/A: ${line(pairs)}\nfastest/fastest B/A: ${line(fastest)}\n` +
      `load after ${loadavg().map(fmt).join(' ')}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main(process.argv.slice(2));
}
