/**
 * Compares builds' supervision scoring cost in one node process (issue 22's Speed line, the lead's
 * measure): imports each build's `dist/bench/supervision.js` and calls its `benchSupervision(records)`
 * in turn, so every build meets the same machine load in every round.
 * Run: `node dist/bench/supervisionCompare.js <distA> <distB> [distC ...] [rounds] [--records N]`;
 * prints each round's times and ratios to A (each build ÷ the first) and, over the rounds, the
 * median pair ratio and the fastest against fastest, for three clocks: the bench's own timed pass in wall time (what it reports), the same pass in CPU
 * time, and the CPU time of the whole call (generating the texts and compiling the lexicon too).
 * The order within a round alternates (A B C, C B A, ...) so no build always runs first or last.
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
  // <distA> <distB> [more builds ...] [rounds]: the last argument is the rounds when it is a number.
  const rounds = rest.length > 2 && /^\d+$/.test(rest[rest.length - 1]!) ? Number(rest.pop()) : 10;
  const dists = rest;
  if (dists.length < 2) throw new Error('usage: supervisionCompare <distA> <distB> [distC ...] [rounds] [--records N]');
  if (!Number.isInteger(rounds) || rounds <= 0) throw new Error('rounds: a positive whole number is needed');
  if (!Number.isInteger(records) || records <= 0) throw new Error('--records: a positive whole number is needed');
  const benches = await Promise.all(dists.map(loadBench));
  const names = dists.map((_, i) => String.fromCharCode(65 + i));
  // A warm-up call of each, outside the figures: every build compiled and its lexicon read.
  const warm = benches.map((b) => b(records));
  for (const [i, w] of warm.entries())
    if (w.meetingStandard !== warm[0]!.meetingStandard || w.copied !== warm[0]!.copied)
      process.stdout.write(
        `note: ${names[i]} judges differently from A (${w.meetingStandard} meet, ${w.copied} copied)\n`,
      );
  process.stdout.write(
    `${dists.map((d, i) => `${names[i]} = ${d}`).join('\n')}\n${records} records, ${rounds} rounds, ` +
      `load ${loadavg().map(fmt).join(' ')}; each build against A: pass wall, pass cpu, call cpu\n`,
  );
  const t: Timing[][] = dists.map(() => []);
  for (let r = 0; r < rounds; r++) {
    // The order turns each round (A B C, C B A, ...), so no build always runs first or last.
    const order = [...dists.keys()];
    if (r % 2 === 1) order.reverse();
    for (const k of order) t[k]!.push(timed(benches[k]!, records));
    const cells = t.map((tk, k) => {
      const x = tk[r]!,
        a = t[0]![r]!;
      const ms = `${names[k]} ${x.wall.toFixed(0)}/${x.passCpu.toFixed(0)}/${x.cpu.toFixed(0)} ms`;
      return k === 0 ? ms : `${ms} (${fmt(x.wall / a.wall)} ${fmt(x.passCpu / a.passCpu)} ${fmt(x.cpu / a.cpu)})`;
    });
    process.stdout.write(`round ${String(r + 1).padStart(2)}: ${cells.join('  ')}\n`);
  }
  const ta = t[0]!;
  for (let k = 1; k < dists.length; k++) {
    const tb = t[k]!;
    const pairs = (f: keyof Timing) => median(ta.map((x, i) => tb[i]![f] / x[f]));
    const fastest = (f: keyof Timing) => Math.min(...tb.map((x) => x[f])) / Math.min(...ta.map((x) => x[f]));
    const line = (g: (f: keyof Timing) => number) =>
      `pass wall ${fmt(g('wall'))}, pass cpu ${fmt(g('passCpu'))}, call cpu ${fmt(g('cpu'))}`;
    process.stdout.write(
      `${names[k]}/A median pair: ${line(pairs)}\n${names[k]}/A fastest/fastest: ${line(fastest)}\n`,
    );
  }
  process.stdout.write(`load after ${loadavg().map(fmt).join(' ')}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main(process.argv.slice(2));
}
