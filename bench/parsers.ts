/**
 * Issue 11: the CSV parsers side by side on one export folder. Each variant streams every CSV of
 * the folder in 1 MB chunks and counts records; the wall time of a full pass is the median of
 * --runs passes (default 3), in this one process, variants interleaved so none gets a warmer JIT or
 * page cache.
 * - csv-parse: default options (the bare pass bench/bareParse.ts uses as the floor);
 * - csv-parse+info: the options src/load/csvFile.ts used before our own parser (info: true,
 *   relax_column_count, relax_quotes, skip empties, three record delimiters, on_record);
 * - ours: src/load/csvParser.ts with the loader's UTF-8 decoding.
 *
 * Usage: node dist/bench/parsers.js EXPORT_DIR [--runs N] [--json]
 */
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { CsvParser } from '../src/load/csvParser.js';

type Variant = (file: string) => Promise<number>;

async function csvParseDefault(file: string): Promise<number> {
  let n = 0;
  const p = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse());
  for await (const _ of p) n++;
  return n;
}

async function csvParseLoaderOptions(file: string): Promise<number> {
  let n = 0;
  const p = parse({
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    bom: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    info: true,
    on_record: () => {
      n++;
      return null;
    },
  });
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', resolve);
    p.on('error', reject);
  });
  p.resume();
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (!p.write(chunk)) await new Promise((r) => p.once('drain', r));
  }
  p.end();
  await done;
  return n;
}

async function ours(file: string): Promise<number> {
  let n = 0;
  const p = new CsvParser(() => {
    n++;
  });
  // The generated exports are ASCII, so no multi-byte sequence is split across chunks here; the
  // loader's decoder carries one when it is.
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>)
    p.write(chunk.toString('utf8'));
  p.end();
  return n;
}

export const VARIANTS: Record<string, Variant> = {
  'csv-parse': csvParseDefault,
  'csv-parse+info': csvParseLoaderOptions,
  ours,
};

async function pass(dir: string, variant: Variant): Promise<{ ms: number; records: number }> {
  const files = readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .sort();
  const t0 = performance.now();
  let records = 0;
  for (const f of files) records += await variant(join(dir, f));
  return { ms: performance.now() - t0, records };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dir = argv[0];
  if (!dir || dir.startsWith('--')) throw new Error('usage: parsers.js EXPORT_DIR [--runs N] [--json]');
  const r = argv.indexOf('--runs');
  const runs = r >= 0 ? Number(argv[r + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: a whole number of at least 1');
  const times: Record<string, number[]> = {};
  const records: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    for (const [name, variant] of Object.entries(VARIANTS)) {
      const { ms, records: n } = await pass(dir, variant);
      (times[name] ??= []).push(ms);
      records[name] = n;
    }
  }
  const result = Object.fromEntries(
    Object.keys(VARIANTS).map((name) => [name, { seconds: median(times[name]!) / 1000, records: records[name]! }]),
  );
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  for (const [name, v] of Object.entries(result))
    process.stdout.write(`${name.padEnd(15)} ${v.seconds.toFixed(2)} s  (${v.records} records, median of ${runs})\n`);
}

await main();
