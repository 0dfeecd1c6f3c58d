/**
 * `npm run bench`: measures, in one run and side by side on the same generated files, a bare
 * csv-parse pass (the parser's floor), the full audit with JSON (and with --no-threads), the full
 * audit with the HTML and PDF report (50 evidence rows per finding printed, the default), the
 * audit of the rules whose metrics the analyst's pandas script (../shared/bench) computes next to
 * that script — checking the two give the same numbers — the demo report as HTML + PDF, batch
 * mode with 1 and 2 workers (and two separate processes, the machine's own ceiling), and the CSV
 * parsers side by side (bench/parsers.ts). Prints a table of wall time and peak RSS with the
 * ratios issue 11 sets targets for, and writes bench/results.json. Not part of `npm test`.
 *
 * The full audit is measured with trends (the default) and with --no-trends in the same rounds:
 * the time and peak-RSS ratios are issue 21's overhead targets (≤ 1.5× time, ≤ +20% memory).
 *
 * Options: --sizes 10k,100k,1M (default all three), --runs N (rounds per size, median shown;
 * default 3), --keep (leave the generated data), --trends-only (only the audit with and without
 * trends: a quick check of that overhead), --children-only (one child's chronology against the
 * full audit, and the profiles' share of it: bench/childrenBench.ts). Neither writes results.json; nor does
 * --duckdb-only (only caseaudit against DuckDB), nor --returns-only (only the statutory returns
 * against the canonical CSVs: bench/returns.ts, then the issue's literal case at the sizes of
 * --scale, fitted as a fixed and a per-row part: bench/returnsScale.ts).
 *
 * Issue 24: DuckDB is the peer an analyst would reach for today (bench/duckdb.ts). In each round
 * DuckDB reads every table (with the schema its sniffer wrote once before the rounds, on its
 * default threads, then on one; the faster is the floor) just before the full audit, and computes the seven metrics just after
 * caseaudit's same-metrics run (with --no-trends: DuckDB and pandas compute headline values only;
 * the same run with trends, the default, follows DuckDB's and is reported beside it); bench/duckdbSummary.ts gives the ratios round by round and checks
 * that every value agrees (the bench exits 1 when one does not).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchSupervision, formatSupervisionBench } from './supervision.js';
import { formatAccuracy, measureAccuracy } from './supervisionAccuracy.js';
import { benchReturns, formatReturnsBench, parseScale } from './returns.js';
import { benchScale, formatScale } from './returnsScale.js';
import { benchChildren } from './childrenBench.js';
import { duckdbAgrees, type DuckdbRound, formatDuckdb, summariseDuckdb } from './duckdbSummary.js';
import { fmtMs, fmtRatio, fmtRss, type Measure, median, pairedRatios, ratio } from './stats.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'caseaudit.js');
const PROBE = join(ROOT, 'dist', 'bench', 'rssProbe.js');
const BARE = join(ROOT, 'dist', 'bench', 'bareParse.js');
const PARSERS = join(ROOT, 'dist', 'bench', 'parsers.js');
const CHILDREN = join(ROOT, 'dist', 'bench', 'children.js');
const DUCKDB = join(ROOT, 'dist', 'bench', 'duckdb.js');
const PANDAS = resolve(ROOT, '..', 'shared', 'bench', 'pandas_reference.py');
const AS_AT = '2024-03-31';

/** The rules whose metrics the pandas reference computes: the like-for-like run selects these. */
const PANDAS_RULES = 'assessment-timeliness,threshold-consistency,caseloads';
/** Exports in the batch measurement (copies of the 100k export). */
const BATCH_EXPORTS = 8;

// Children per size: the generator writes about 9.3 rows per child across the 11 tables.
const SIZES: Record<string, number> = { '10k': 1_100, '100k': 11_000, '1M': 108_000 };

const USAGE = `Usage: npm run bench -- [options]   (or: node dist/bench/bench.js [options])

Measures caseaudit against its peers on generated exports, in alternating rounds, and writes
bench/results.json (a full run only).

Options:
  --sizes 10k,100k,1M   sizes to measure (default all three)
  --runs N              rounds per size, median shown (default 3)
  --keep                leave the generated data
  --trends-only         only the audit with and without trends
  --children-only       only one child's chronology against the full audit
  --duckdb-only         only caseaudit against DuckDB
  --returns-only        only reading the statutory returns against the canonical CSVs
                        (50,000 children; --runs rounds), then the issue's literal case
                        against them at several sizes: the fixed and per-row parts
  --scale LIST          with --returns-only: those sizes, in children (default
                        10000,50000,200000)
  -h, --help            this text
`;

const FLAGS = new Set([
  '--sizes',
  '--runs',
  '--keep',
  '--trends-only',
  '--children-only',
  '--duckdb-only',
  '--returns-only',
  '--scale',
]);

function args(): {
  sizes: string[];
  keep: boolean;
  runs: number;
  trendsOnly: boolean;
  childrenOnly: boolean;
  duckdbOnly: boolean;
  returnsOnly: boolean;
  scale: number[];
} {
  const a = process.argv.slice(2);
  if (a.includes('--help') || a.includes('-h')) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  // An unknown option is a mistake, not a request for the full (long) benchmark.
  const unknown = a.filter(
    (x, k) => x.startsWith('-') && !FLAGS.has(x) && !['--sizes', '--runs', '--scale'].includes(a[k - 1] ?? ''),
  );
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown option ${unknown[0]} (see --help)\n`);
    process.exit(2);
  }
  const i = a.indexOf('--sizes');
  const sizes = i >= 0 && a[i + 1] ? a[i + 1]!.split(',') : Object.keys(SIZES);
  for (const s of sizes)
    if (!(s in SIZES)) throw new Error(`--sizes: unknown size ${s} (sizes are ${Object.keys(SIZES).join(', ')})`);
  const r = a.indexOf('--runs');
  const runs = r >= 0 ? Number(a[r + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: a whole number of at least 1');
  return {
    sizes,
    keep: a.includes('--keep'),
    runs,
    trendsOnly: a.includes('--trends-only'),
    childrenOnly: a.includes('--children-only'),
    duckdbOnly: a.includes('--duckdb-only'),
    returnsOnly: a.includes('--returns-only'),
    scale: parseScale(a.includes('--scale') ? (a[a.indexOf('--scale') + 1] ?? '') : '10000,50000,200000'),
  };
}

/** Runs a node script with the probe loaded and returns its own wall time and peak RSS. */
function node(script: string, argv: string[], label: string): Measure {
  const probeDir = mkdtempSync(join(tmpdir(), 'caseaudit-probe-'));
  const probe = join(probeDir, 'probe.jsonl');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', PROBE, script, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, CASEAUDIT_BENCH_PROBE: probe, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
  });
  const wall = performance.now() - t0;
  const ok = r.status === 0 || r.status === 1; // 1 = findings at --fail-on, still a completed audit
  if (!ok)
    process.stderr.write(`bench: ${label} exited ${r.status}: ${r.stderr.split('\n').slice(0, 3).join(' | ')}\n`);
  let rss: number | null = null;
  if (existsSync(probe)) {
    const lines = readFileSync(probe, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { maxRssKb: number });
    rss = Math.max(...lines.map((l) => l.maxRssKb)) / 1024;
  }
  rmSync(probeDir, { recursive: true, force: true }); // one folder per measured run: leave none behind
  return { ms: wall, maxRssMb: rss, ok };
}

function pandasAvailable(): boolean {
  return (
    existsSync(PANDAS) && spawnSync('/usr/bin/python3', ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0
  );
}

function pandas(
  dir: string,
): Measure & { metrics: Record<string, { value: number | null; numerator?: number; denominator?: number }> | null } {
  const wrapper =
    'import resource,runpy,sys,json\nsys.argv=sys.argv[1:]\ntry:\n  runpy.run_path(sys.argv[0], run_name="__main__")\nfinally:\n  sys.stderr.write(json.dumps({"maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss})+"\\n")';
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/python3', ['-c', wrapper, PANDAS, dir, '--as-at', AS_AT], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - t0;
  const m = /\{"maxRssKb": (\d+)\}/.exec(r.stderr);
  if (r.status !== 0)
    process.stderr.write(`bench: pandas exited ${r.status}: ${r.stderr.split('\n').slice(-3).join(' | ')}\n`);
  let metrics: Record<string, { value: number | null }> | null;
  try {
    metrics = r.status === 0 ? (JSON.parse(r.stdout) as Record<string, { value: number | null }>) : null;
  } catch {
    metrics = null;
  }
  return { ms, maxRssMb: m ? Number(m[1]) / 1024 : null, ok: r.status === 0, metrics };
}

/**
 * Whether caseaudit and the pandas script give the same numbers for the metrics both compute:
 * the comparison is only fair if they answer the same question.
 */
function agreement(
  pd: ReturnType<typeof pandas>,
  findingsPath: string,
): { compared: number; agree: number; differ: string[] } {
  const out = { compared: 0, agree: 0, differ: [] as string[] };
  if (!pd.metrics || !existsSync(findingsPath)) return out;
  const result = JSON.parse(readFileSync(findingsPath, 'utf8')) as {
    rules: {
      id: string;
      metrics: Record<string, { value: number | null; numerator?: number; denominator?: number }>;
    }[];
  };
  for (const [key, theirs] of Object.entries(pd.metrics)) {
    if (key.startsWith('_')) continue;
    const [ruleId, metricId] = key.split('.') as [string, string];
    const ours = result.rules.find((r) => r.id === ruleId)?.metrics[metricId];
    out.compared++;
    // caseaudit rounds values in its JSON (shares to 6 places, averages to 4); counts must be exact.
    const same = (a: number | null | undefined, b: number | null | undefined) =>
      (a == null && b == null) || (a != null && b != null && Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(b)));
    if (
      ours &&
      same(ours.value, theirs.value) &&
      (theirs.numerator === undefined ||
        (ours.numerator === theirs.numerator && ours.denominator === theirs.denominator))
    )
      out.agree++;
    else
      out.differ.push(
        `${key}: caseaudit ${ours?.numerator ?? ''}${ours?.numerator !== undefined ? '/' : ''}${ours?.denominator ?? ''} ${ours?.value ?? 'none'}, pandas ${theirs.numerator ?? ''}${theirs.numerator !== undefined ? '/' : ''}${theirs.denominator ?? ''} ${theirs.value}`,
      );
  }
  return out;
}

/** Runs commands at the same time and returns the wall time until the last one finishes. */
async function concurrently(commands: string[][], label: string): Promise<Measure> {
  const t0 = performance.now();
  const codes = await Promise.all(
    commands.map(
      (argv) =>
        new Promise<number | null>((done) => {
          const child = spawn(process.execPath, argv, { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
          child.on('exit', (code) => done(code));
        }),
    ),
  );
  const ok = codes.every((c) => c === 0 || c === 1);
  if (!ok) process.stderr.write(`bench: ${label} exited ${codes.join(', ')}\n`);
  return { ms: performance.now() - t0, maxRssMb: null, ok };
}

function countRows(dir: string): { rows: number; bytes: number } {
  let rows = 0,
    bytes = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
    const text = readFileSync(join(dir, f));
    bytes += statSync(join(dir, f)).size;
    for (const b of text) if (b === 10) rows++;
    rows--; // header
  }
  return { rows, bytes };
}

async function main(): Promise<void> {
  const { sizes, keep, runs, trendsOnly, childrenOnly, duckdbOnly, returnsOnly, scale } = args();
  if (returnsOnly) {
    process.stdout.write(
      `load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}\n`,
    );
    process.stdout.write(`${formatReturnsBench(await benchReturns(50_000, runs))}\n\n`);
    process.stdout.write(`${formatScale(await benchScale(scale, runs))}\n`);
    process.stdout.write(
      `load average at the end ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}\n`,
    );
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'caseaudit-bench-'));
  if (childrenOnly) {
    const lines: string[] = [];
    for (const size of sizes) {
      const dir = join(work, size);
      const g = spawnSync(
        process.execPath,
        [BIN, 'generate', '--out', dir, '--seed', '7', '--children', String(SIZES[size]), '--as-at', AS_AT],
        { encoding: 'utf8' },
      );
      if (g.status !== 0) throw new Error(`generate failed: ${g.stderr}`);
      lines.push(...benchChildren({ bin: BIN, childrenScript: CHILDREN, asAt: AS_AT, node }, size, dir, work, runs));
    }
    process.stdout.write(`${['', ...lines, ''].join('\n')}`);
    if (!keep) rmSync(work, { recursive: true, force: true });
    return;
  }
  const withPandas = !trendsOnly && !duckdbOnly && pandasAvailable();
  if (!withPandas && !duckdbOnly)
    process.stderr.write(
      'bench: python3 cannot import pandas (apt-get install -y python3-pandas); the pandas column is skipped\n',
    );
  const results: Record<string, unknown> = {
    machine: { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg() },
    asAt: AS_AT,
    runsPerSize: runs,
    sizes: {} as Record<string, unknown>,
  };
  const table: string[][] = [
    [
      'size',
      'rows',
      'MB',
      'bare parse',
      'audit (JSON)',
      'one thread',
      'audit RSS',
      'audit ÷ parse',
      'HTML+PDF',
      'pandas',
      'same metrics',
      'same ÷ pandas',
      'full ÷ pandas',
      'no trends',
      'RSS no trends',
      'trends ÷ none',
      'RSS ÷ none',
    ],
  ];
  const trendLines: string[] = [];
  const bySize: Record<string, { parse: Measure; audit: Measure; pandas?: Measure; same: Measure; rows: number }> = {};
  const agreements: string[] = [];
  const childLines: string[] = [];
  const pairedBySize: Record<string, NonNullable<ReturnType<typeof pairedRatios>>> = {};
  const duckLines: string[] = [];
  let duckAgree = true;
  for (const size of sizes) {
    const dir = join(work, size);
    process.stderr.write(`bench: generating ${size} (${SIZES[size]} children)…\n`);
    const g = spawnSync(
      process.execPath,
      [BIN, 'generate', '--out', dir, '--seed', '7', '--children', String(SIZES[size]), '--as-at', AS_AT],
      { encoding: 'utf8' },
    );
    if (g.status !== 0) throw new Error(`generate failed: ${g.stderr}`);
    const { rows, bytes } = countRows(dir);
    process.stderr.write(`bench: ${size}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB; measuring…\n`);
    const skipped: Measure = {
      ms: 0,
      maxRssMb: null,
      ok: false,
      note: 'not measured (--trends-only or --duckdb-only)',
    };
    const rounds: {
      parse: Measure;
      audit: Measure;
      noTrends: Measure;
      oneThread: Measure;
      report: Measure;
      same: Measure;
      pd?: ReturnType<typeof pandas>;
      duck?: DuckdbRound;
    }[] = [];
    // DuckDB's reading of each CSV written down once, untimed (bench/duckdb.ts, duckdbSchema): the
    // floor is then the read alone, as a monthly analyst's script with its schema runs it.
    const schemaFile = join(work, `duckdb-schema-${size}.json`);
    if (!trendsOnly) {
      const sch = spawnSync(process.execPath, [DUCKDB, 'schema', dir, '--out', schemaFile], { encoding: 'utf8' });
      if (sch.status !== 0) throw new Error(`duckdb schema failed: ${sch.stderr.split('\n')[0]}`);
    }
    for (let round = 0; round < runs; round++) {
      const load = loadavg()[0]!;
      // DuckDB reading every table, just before the full audit it is the floor for.
      const readArgs = ['read', dir, '--schema', schemaFile];
      const read = trendsOnly ? skipped : node(DUCKDB, readArgs, `duckdb read ${size}`);
      // And on one thread: on a busy two-core machine DuckDB's second thread can cost more than it
      // gives; the round's floor is the faster read (bench/duckdbSummary.ts, readFloor).
      const readOne = trendsOnly
        ? skipped
        : node(DUCKDB, [...readArgs, '--threads', '1'], `duckdb read 1 thread ${size}`);
      const audit = node(
        BIN,
        ['audit', dir, '--as-at', AS_AT, '--format', 'json', '--out', join(work, `out-${size}`), '--quiet'],
        `audit ${size}`,
      );
      // Right after it, so a slow spell of the shared machine touches both alike.
      const noTrends = node(
        BIN,
        [
          'audit',
          dir,
          '--as-at',
          AS_AT,
          '--format',
          'json',
          '--out',
          join(work, `out0-${size}`),
          '--quiet',
          '--no-trends',
        ],
        `audit no trends ${size}`,
      );
      if (trendsOnly) {
        rounds.push({ parse: skipped, audit, noTrends, oneThread: skipped, report: skipped, same: skipped });
        continue;
      }
      const pd = withPandas ? pandas(dir) : undefined;
      // Like for like: caseaudit asked for the rules whose metrics the pandas script computes, with
      // --no-trends, because pandas and DuckDB compute the headline values only (issue 24 measured
      // 1.33 s against DuckDB's 0.93 s before trends existed). The default run, with each metric's
      // twelve month-end points (SPEC §9), is measured too, just after DuckDB's (sameTrends).
      const sameArgs = ['audit', dir, '--as-at', AS_AT, '--rules', PANDAS_RULES, '--format', 'json', '--quiet'];
      const same = node(BIN, [...sameArgs, '--out', join(work, `same-${size}`), '--no-trends'], `same metrics ${size}`);
      // DuckDB's seven metrics right after caseaudit's (and pandas just before them).
      const metrics = node(
        DUCKDB,
        ['metrics', dir, '--as-at', AS_AT, '--out', join(work, `duckdb-${size}.json`)],
        `duckdb metrics ${size}`,
      );
      const sameTrends = node(
        BIN,
        [...sameArgs, '--out', join(work, `same-trends-${size}`)],
        `same metrics with trends ${size}`,
      );
      const duck: DuckdbRound = { audit, noTrends, read, readOne, same, metrics, sameTrends, load };
      if (duckdbOnly) {
        rounds.push({ parse: skipped, audit, noTrends, oneThread: skipped, report: skipped, same, duck });
        continue;
      }
      rounds.push({
        audit,
        noTrends,
        parse: node(BARE, [dir], `bare parse ${size}`),
        oneThread: node(
          BIN,
          [
            'audit',
            dir,
            '--as-at',
            AS_AT,
            '--format',
            'json',
            '--out',
            join(work, `out1-${size}`),
            '--quiet',
            '--no-threads',
          ],
          `audit one thread ${size}`,
        ),
        // The QA officer's run: the findings report as HTML and PDF, browser start included.
        report: node(
          BIN,
          ['audit', dir, '--as-at', AS_AT, '--format', 'html,pdf', '--out', join(work, `report-${size}`), '--quiet'],
          `audit html+pdf ${size}`,
        ),
        same,
        duck,
        ...(pd ? { pd } : {}),
      });
    }
    const duckRounds = rounds.flatMap((r) => (r.duck ? [r.duck] : []));
    const duck = duckRounds.length
      ? summariseDuckdb(duckRounds, join(work, `duckdb-${size}.json`), join(work, `same-${size}`, 'findings.json'))
      : null;
    if (duck) {
      duckLines.push(...formatDuckdb(size, duckRounds, duck));
      duckAgree &&= duckdbAgrees(duck);
    }
    if (duckdbOnly) continue;
    const parse = median(rounds.map((r) => r.parse));
    const audit = median(rounds.map((r) => r.audit));
    const noTrends = median(rounds.map((r) => r.noTrends));
    const trendTime = pairedRatios(rounds.map((r) => [r.audit, r.noTrends]));
    const trendRss = audit.maxRssMb !== null && noTrends.maxRssMb !== null ? audit.maxRssMb / noTrends.maxRssMb : null;
    trendLines.push(
      `${size}: trends cost ×${trendTime ? `${fmtRatio(trendTime.median)} time (round by round ${fmtRatio(trendTime.min)}–${fmtRatio(trendTime.max)})` : '—'}, ×${fmtRatio(trendRss)} peak RSS (${fmtRss(audit)} against ${fmtRss(noTrends)})  (targets ≤ 1.5 and ≤ 1.2)`,
    );
    const oneThread = median(rounds.map((r) => r.oneThread));
    const report = median(rounds.map((r) => r.report));
    const same = median(rounds.map((r) => r.same));
    const pd = withPandas ? { ...median(rounds.map((r) => r.pd!)), metrics: rounds[0]!.pd!.metrics } : undefined;
    // Same metrics and pandas run back to back in each round: their per-round ratio.
    const paired = withPandas ? pairedRatios(rounds.map((r) => [r.same, r.pd])) : null;
    if (paired) pairedBySize[size] = paired;
    const agree = pd ? agreement(pd, join(work, `same-${size}`, 'findings.json')) : null;
    if (agree)
      agreements.push(
        `${size}: caseaudit and pandas agree on ${agree.agree} of ${agree.compared} metrics${agree.differ.length ? `; differ: ${agree.differ.join('; ')}` : ''}`,
      );
    const sameJson =
      trendsOnly ||
      readFileSync(join(work, `out-${size}`, 'findings.json'), 'utf8') ===
        readFileSync(join(work, `out1-${size}`, 'findings.json'), 'utf8');
    if (!sameJson)
      process.stderr.write(`bench: ${size}: the threaded and one-thread audits wrote different findings.json\n`);
    bySize[size] = { parse, audit, rows, same, ...(pd ? { pandas: pd } : {}) };
    // Children to track (issue 20): the profiles' share of a full audit, and one child's chronology
    // (the first child to track) from the CLI, as a user runs it.
    const first = (
      JSON.parse(readFileSync(join(work, `out-${size}`, 'findings.json'), 'utf8')) as {
        children?: { childId: string }[];
      }
    ).children?.[0]?.childId;
    const pr = spawnSync(process.execPath, [CHILDREN, dir, AS_AT], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const profiles =
      pr.status === 0 ? (JSON.parse(pr.stdout) as { profilesMs: number; share: number; profiles: number }) : null;
    const child = first
      ? median(Array.from({ length: runs }, () => node(BIN, ['child', dir, first, '--as-at', AS_AT], `child ${size}`)))
      : null;
    childLines.push(
      `${size}: profiles ${profiles ? `${profiles.profiles} children, ${profiles.profilesMs.toFixed(0)} ms = ${(profiles.share * 100).toFixed(1)}% of load + audit (target ≤ 10%)` : '—'}; chronology of one child (caseaudit child) ${fmtMs(child ?? undefined)}`,
    );
    const { metrics: _m, ...pdMeasure } = pd ?? { metrics: null };
    (results.sizes as Record<string, unknown>)[size] = {
      rows,
      bytes,
      bareParse: parse,
      auditJson: audit,
      auditNoTrends: noTrends,
      trendsOverNone: trendTime,
      trendsRssOverNone: trendRss,
      auditOneThread: oneThread,
      auditHtmlPdf: report,
      threadedEqualsOneThread: sameJson,
      sameMetrics: same,
      pandas: pd ? pdMeasure : null,
      pandasAgreement: agree,
      auditOverParse: ratio(audit, parse),
      sameMetricsOverPandas: ratio(same, pd),
      fullAuditOverPandas: ratio(audit, pd),
      sameMetricsOverPandasPaired: paired,
      children: { profiles: profiles, chronology: child },
      duckdb: duck,
    };
    table.push([
      size,
      String(rows),
      (bytes / 1e6).toFixed(1),
      fmtMs(parse),
      fmtMs(audit),
      fmtMs(oneThread),
      fmtRss(audit),
      fmtRatio(ratio(audit, parse)),
      fmtMs(report),
      fmtMs(pd),
      fmtMs(same),
      fmtRatio(ratio(same, pd)),
      fmtRatio(ratio(audit, pd)),
      fmtMs(noTrends),
      fmtRss(noTrends),
      fmtRatio(trendTime?.median ?? null),
      fmtRatio(trendRss),
    ]);
  }

  if (!duckAgree) {
    process.stderr.write('bench: DuckDB and caseaudit disagree on a metric (the DISAGREE line below)\n');
    process.exitCode = 1;
  }
  if (duckdbOnly) {
    process.stdout.write(`${['', ...duckLines, ''].join('\n')}`);
    if (!keep) rmSync(work, { recursive: true, force: true });
    return;
  }
  if (trendsOnly) {
    process.stdout.write(`${['', ...trendLines, ''].join('\n')}`);
    if (!keep) rmSync(work, { recursive: true, force: true });
    return;
  }
  // The demo report as HTML + PDF, browser start included (target under 5 s).
  const demo = node(
    BIN,
    ['audit', join(ROOT, 'fixtures', 'demo'), '--format', 'html,pdf', '--out', join(work, 'demo'), '--quiet'],
    'demo pdf',
  );
  results.demoHtmlPdf = demo;

  // Batch: the same medium export eight times, with 1 and then 2 workers; and, as the ceiling this
  // machine allows, two independent processes each auditing half with one worker.
  const batchSize = sizes.includes('100k') ? '100k' : sizes[0]!;
  const exportsDir = join(work, 'batch-in');
  const halves = [join(work, 'batch-half-1'), join(work, 'batch-half-2')];
  for (const d of [exportsDir, ...halves]) mkdirSync(d);
  for (let i = 1; i <= BATCH_EXPORTS; i++) {
    cpSync(join(work, batchSize), join(exportsDir, `council-${i}`), { recursive: true });
    cpSync(join(work, batchSize), join(halves[i % 2]!, `council-${i}`), { recursive: true });
  }
  const batchArgs = (dir: string, out: string, jobs: number) => [
    BIN,
    'batch',
    dir,
    '--out',
    join(work, out),
    '--jobs',
    String(jobs),
    '--format',
    'json',
    '--as-at',
    AS_AT,
    '--quiet',
  ];
  const batchRounds: { b1: Measure; b2: Measure; procs: Measure }[] = [];
  for (let round = 0; round < runs; round++) {
    batchRounds.push({
      b1: node(BIN, batchArgs(exportsDir, 'batch1', 1).slice(1), 'batch 1'),
      b2: node(BIN, batchArgs(exportsDir, 'batch2', 2).slice(1), 'batch 2'),
      procs: await concurrently(
        halves.map((h, i) => batchArgs(h, `batch-proc-${i}`, 1)),
        'two processes',
      ),
    });
  }
  const b1 = median(batchRounds.map((r) => r.b1));
  const b2 = median(batchRounds.map((r) => r.b2));
  const procs = median(batchRounds.map((r) => r.procs));
  const speedup = ratio(b1, b2);
  const ceiling = ratio(b1, procs);
  results.batch = {
    exports: BATCH_EXPORTS,
    size: batchSize,
    oneWorker: b1,
    twoWorkers: b2,
    twoProcesses: procs,
    speedup,
    twoProcessSpeedup: ceiling,
  };

  // The parsers side by side (bench/parsers.ts) on the largest size measured, 1M when it ran.
  const parserSize = sizes.includes('1M') ? '1M' : sizes[sizes.length - 1]!;
  const pr = spawnSync(process.execPath, [PARSERS, join(work, parserSize), '--runs', '3', '--json'], {
    encoding: 'utf8',
  });
  if (pr.status !== 0)
    process.stderr.write(`bench: parsers exited ${pr.status}: ${pr.stderr.split('\n').slice(0, 3).join(' | ')}\n`);
  const parsers = pr.status === 0 ? (JSON.parse(pr.stdout) as Record<string, { seconds: number }>) : null;
  results.parsers = parsers ? { size: parserSize, ...parsers } : null;
  const secs = (name: string) => (parsers?.[name] ? `${parsers[name]!.seconds.toFixed(2)} s` : '—');

  const scaling = bySize['1M'] && bySize['100k'] ? ratio(bySize['1M'].audit, bySize['100k'].audit) : null;
  results.scaling1Mover100k = scaling;
  (results.machine as Record<string, unknown>).loadAverageAtEnd = loadavg();
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  const out = [
    '',
    `Wall time: median of ${runs} interleaved round${runs === 1 ? '' : 's'} per size (peak RSS: the largest).`,
    lines[0]!,
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...lines.slice(1),
    '',
    `demo report HTML + PDF (browser start included): ${fmtMs(demo)}  (target < 5 s)`,
    `batch of ${BATCH_EXPORTS} × ${batchSize}: 1 worker ${fmtMs(b1)}, 2 workers ${fmtMs(b2)}; speed-up ${fmtRatio(speedup)}×  (target ≥ 1.7×)`,
    `  the same exports as two independent processes of one worker each: ${fmtMs(procs)}; speed-up ${fmtRatio(ceiling)}× (what this machine gives two separate programs)`,
    `scaling 1M ÷ 100k: ${fmtRatio(scaling)}  (target ≤ 12)`,
    ...trendLines,
    ...agreements,
    ...duckLines,
    ...childLines,
    formatSupervisionBench(benchSupervision()),
    formatAccuracy(measureAccuracy('test')),
    formatAccuracy(measureAccuracy('outside')),
    formatReturnsBench(await benchReturns()),
    `parsers at ${parserSize}: csv-parse ${secs('csv-parse')}, csv-parse+info ${secs('csv-parse+info')}, ours ${secs('ours')}  (median of 3 passes)`,
    ...(bySize['1M']
      ? [
          `at 1M rows: audit ÷ bare parse ${fmtRatio(ratio(bySize['1M'].audit, bySize['1M'].parse))} (target ≤ 1.3); caseaudit ÷ pandas on the same metrics ${fmtRatio(ratio(bySize['1M'].same, bySize['1M'].pandas))} (target < 1; round by round ${pairedBySize['1M'] ? `${fmtRatio(pairedBySize['1M'].min)}–${fmtRatio(pairedBySize['1M'].max)}, median ${fmtRatio(pairedBySize['1M'].median)}` : '—'}), full audit of every table ÷ pandas ${fmtRatio(ratio(bySize['1M'].audit, bySize['1M'].pandas))}; peak RSS ${fmtRss(bySize['1M'].audit)} (target ≤ 1024 MB)`,
        ]
      : []),
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
