/**
 * `npm run bench`: measures, in one run and side by side on the same generated files, a bare
 * csv-parse pass (the parser's floor), the full audit with JSON, the demo report as HTML + PDF,
 * batch mode with 1 and 2 workers, the analyst's pandas script (../shared/bench), and the CSV
 * parsers side by side (bench/parsers.ts). Prints a table of wall time and peak RSS with the
 * ratios issue 11 sets targets for, and writes bench/results.json. Not part of `npm test`.
 *
 * Options: --sizes 10k,100k,1M (default all three), --keep (leave the generated data).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchSupervision, formatSupervisionBench } from './supervision.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'caseaudit.js');
const PROBE = join(ROOT, 'dist', 'bench', 'rssProbe.js');
const BARE = join(ROOT, 'dist', 'bench', 'bareParse.js');
const PARSERS = join(ROOT, 'dist', 'bench', 'parsers.js');
const PANDAS = resolve(ROOT, '..', 'shared', 'bench', 'pandas_reference.py');
const AS_AT = '2024-03-31';

// Children per size: the generator writes about 9.3 rows per child across the 11 tables.
const SIZES: Record<string, number> = { '10k': 1_100, '100k': 11_000, '1M': 108_000 };

interface Measure { ms: number; maxRssMb: number | null; ok: boolean; note?: string }

function args(): { sizes: string[]; keep: boolean } {
  const a = process.argv.slice(2);
  const i = a.indexOf('--sizes');
  const sizes = i >= 0 && a[i + 1] ? a[i + 1]!.split(',') : Object.keys(SIZES);
  for (const s of sizes) if (!(s in SIZES)) throw new Error(`--sizes: unknown size ${s} (sizes are ${Object.keys(SIZES).join(', ')})`);
  return { sizes, keep: a.includes('--keep') };
}

/** Runs a node script with the probe loaded and returns its own wall time and peak RSS. */
function node(script: string, argv: string[], label: string): Measure {
  const probe = join(mkdtempSync(join(tmpdir(), 'caseaudit-probe-')), 'probe.jsonl');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', PROBE, script, ...argv], { encoding: 'utf8', env: { ...process.env, CASEAUDIT_BENCH_PROBE: probe, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const wall = performance.now() - t0;
  const ok = r.status === 0 || r.status === 1; // 1 = findings at --fail-on, still a completed audit
  if (!ok) process.stderr.write(`bench: ${label} exited ${r.status}: ${r.stderr.split('\n').slice(0, 3).join(' | ')}\n`);
  let rss: number | null = null;
  if (existsSync(probe)) {
    const lines = readFileSync(probe, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { maxRssKb: number });
    rss = Math.max(...lines.map((l) => l.maxRssKb)) / 1024;
  }
  return { ms: wall, maxRssMb: rss, ok };
}

function pandasAvailable(): boolean {
  return existsSync(PANDAS) && spawnSync('/usr/bin/python3', ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
}

function pandas(dir: string): Measure {
  const wrapper = 'import resource,runpy,sys,json\nsys.argv=sys.argv[1:]\ntry:\n  runpy.run_path(sys.argv[0], run_name="__main__")\nfinally:\n  sys.stderr.write(json.dumps({"maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss})+"\\n")';
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/python3', ['-c', wrapper, PANDAS, dir, '--as-at', AS_AT], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  const m = /\{"maxRssKb": (\d+)\}/.exec(r.stderr);
  if (r.status !== 0) process.stderr.write(`bench: pandas exited ${r.status}: ${r.stderr.split('\n').slice(-3).join(' | ')}\n`);
  return { ms, maxRssMb: m ? Number(m[1]) / 1024 : null, ok: r.status === 0 };
}

function countRows(dir: string): { rows: number; bytes: number } {
  let rows = 0, bytes = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
    const text = readFileSync(join(dir, f));
    bytes += statSync(join(dir, f)).size;
    for (const b of text) if (b === 10) rows++;
    rows--; // header
  }
  return { rows, bytes };
}

const fmtMs = (m: Measure | undefined) => (m ? `${(m.ms / 1000).toFixed(2)} s${m.ok ? '' : ' (failed)'}` : '—');
const fmtRss = (m: Measure | undefined) => (m?.maxRssMb != null ? `${m.maxRssMb.toFixed(0)} MB` : '—');
const ratio = (a: Measure | undefined, b: Measure | undefined) => (a && b && a.ok && b.ok ? a.ms / b.ms : null);
const fmtRatio = (r: number | null) => (r === null ? '—' : r.toFixed(2));

async function main(): Promise<void> {
  const { sizes, keep } = args();
  const work = mkdtempSync(join(tmpdir(), 'caseaudit-bench-'));
  const withPandas = pandasAvailable();
  if (!withPandas) process.stderr.write('bench: python3 cannot import pandas (apt-get install -y python3-pandas); the pandas column is skipped\n');
  const results: Record<string, unknown> = { machine: { cpus: cpus().length, node: process.version }, asAt: AS_AT, sizes: {} as Record<string, unknown> };
  const table: string[][] = [['size', 'rows', 'MB', 'bare parse', 'audit (JSON)', 'pandas', 'audit RSS', 'audit ÷ parse', 'caseaudit ÷ pandas']];
  const bySize: Record<string, { parse: Measure; audit: Measure; pandas?: Measure; rows: number }> = {};
  for (const size of sizes) {
    const dir = join(work, size);
    process.stderr.write(`bench: generating ${size} (${SIZES[size]} children)…\n`);
    const g = spawnSync(process.execPath, [BIN, 'generate', '--out', dir, '--seed', '7', '--children', String(SIZES[size]), '--as-at', AS_AT], { encoding: 'utf8' });
    if (g.status !== 0) throw new Error(`generate failed: ${g.stderr}`);
    const { rows, bytes } = countRows(dir);
    process.stderr.write(`bench: ${size}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB; measuring…\n`);
    const parse = node(BARE, [dir], `bare parse ${size}`);
    const audit = node(BIN, ['audit', dir, '--as-at', AS_AT, '--format', 'json', '--out', join(work, `out-${size}`), '--quiet'], `audit ${size}`);
    const pd = withPandas ? pandas(dir) : undefined;
    bySize[size] = { parse, audit, rows, ...(pd ? { pandas: pd } : {}) };
    (results.sizes as Record<string, unknown>)[size] = { rows, bytes, bareParse: parse, auditJson: audit, pandas: pd ?? null, auditOverParse: ratio(audit, parse), caseauditOverPandas: ratio(audit, pd) };
    table.push([size, String(rows), (bytes / 1e6).toFixed(1), fmtMs(parse), fmtMs(audit), fmtMs(pd), fmtRss(audit), fmtRatio(ratio(audit, parse)), fmtRatio(ratio(audit, pd))]);
  }

  // The demo report as HTML + PDF, browser start included (target under 5 s).
  const demo = node(BIN, ['audit', join(ROOT, 'fixtures', 'demo'), '--format', 'html,pdf', '--out', join(work, 'demo'), '--quiet'], 'demo pdf');
  results.demoHtmlPdf = demo;

  // Batch: the same medium export four times, with 1 and then 2 workers.
  const batchSize = sizes.includes('100k') ? '100k' : sizes[0]!;
  const exportsDir = join(work, 'batch-in');
  mkdirSync(exportsDir);
  for (let i = 1; i <= 4; i++) cpSync(join(work, batchSize), join(exportsDir, `council-${i}`), { recursive: true });
  const b1 = node(BIN, ['batch', exportsDir, '--out', join(work, 'batch1'), '--jobs', '1', '--format', 'json', '--as-at', AS_AT], 'batch 1');
  const b2 = node(BIN, ['batch', exportsDir, '--out', join(work, 'batch2'), '--jobs', '2', '--format', 'json', '--as-at', AS_AT], 'batch 2');
  const speedup = ratio(b1, b2);
  results.batch = { exports: 4, size: batchSize, oneWorker: b1, twoWorkers: b2, speedup };

  // The parsers side by side (bench/parsers.ts) on the largest size measured, 1M when it ran.
  const parserSize = sizes.includes('1M') ? '1M' : sizes[sizes.length - 1]!;
  const pr = spawnSync(process.execPath, [PARSERS, join(work, parserSize), '--runs', '3', '--json'], { encoding: 'utf8' });
  if (pr.status !== 0) process.stderr.write(`bench: parsers exited ${pr.status}: ${pr.stderr.split('\n').slice(0, 3).join(' | ')}\n`);
  const parsers = pr.status === 0 ? JSON.parse(pr.stdout) as Record<string, { seconds: number }> : null;
  results.parsers = parsers ? { size: parserSize, ...parsers } : null;
  const secs = (name: string) => (parsers?.[name] ? `${parsers[name]!.seconds.toFixed(2)} s` : '—');

  const scaling = bySize['1M'] && bySize['100k'] ? ratio(bySize['1M'].audit, bySize['100k'].audit) : null;
  results.scaling1Mover100k = scaling;
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  const out = [
    '', lines[0]!, widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1), '',
    `demo report HTML + PDF (browser start included): ${fmtMs(demo)}  (target < 5 s)`,
    `batch of 4 × ${batchSize}: 1 worker ${fmtMs(b1)}, 2 workers ${fmtMs(b2)}; speed-up ${fmtRatio(speedup)}×  (target ≥ 1.7×)`,
    `scaling 1M ÷ 100k: ${fmtRatio(scaling)}  (target ≤ 12)`,
    formatSupervisionBench(benchSupervision()),
    `parsers at ${parserSize}: csv-parse ${secs('csv-parse')}, csv-parse+info ${secs('csv-parse+info')}, ours ${secs('ours')}  (median of 3 passes)`,
    ...(bySize['1M'] ? [
      `at 1M rows: audit ÷ bare parse ${fmtRatio(ratio(bySize['1M'].audit, bySize['1M'].parse))} (target ≤ 1.3); caseaudit ÷ pandas ${fmtRatio(ratio(bySize['1M'].audit, bySize['1M'].pandas))} (target < 1); peak RSS ${fmtRss(bySize['1M'].audit)} (target ≤ 1024 MB)`,
    ] : []),
    '',
  ];
  process.stdout.write(out.join('\n'));
  const resultsPath = join(ROOT, 'bench', 'results.json');
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`wrote ${resultsPath}\n`);
  if (!keep) rmSync(work, { recursive: true, force: true });
  else process.stdout.write(`data kept in ${work}\n`);
}

await main();
