/**
 * Issue 24: DuckDB as the benchmark's peer, what an analyst today would reach for instead of
 * caseaudit. Two passes, each timed from the instance's creation (DuckDB's start is part of its time):
 * - `metrics`: the seven headline metrics of ../shared/bench/pandas_reference.py in SQL over the
 *   same CSVs (bench/duckdbSql.ts), with a working-day calendar table built from the project's
 *   bank holidays; printed as JSON in the pandas script's shape;
 * - `read`: every CSV of the export into an in-memory DuckDB table, every column of every row
 *   materialised and typed as DuckDB detects: the floor of a columnar engine (duckdbReadAll).
 *
 * Usage: node dist/bench/duckdb.js metrics EXPORT_DIR --as-at YYYY-MM-DD [--out FILE] [--check FINDINGS_JSON]
 *        node dist/bench/duckdb.js read EXPORT_DIR [--threads N] [--schema FILE]
 *        node dist/bench/duckdb.js schema EXPORT_DIR --out FILE   (duckdbSchema: what `read --schema` reads)
 * With --check, the metrics are compared with caseaudit's findings.json: exit 1 and one line per
 * value on disagreement. Usage mistakes exit 2 with one line.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection, DuckDBInstance as Instance } from '@duckdb/node-api';
import { calendarSql, DATE_MACRO, lit, metricQueries, periodSql, readCsv, readCsvTyped } from './duckdbSql.js';
import { compareWithFindingsFile, formatAgreement, type PeerMetric, type PeerMetrics } from './peerAgreement.js';

/**
 * @duckdb/node-api is CommonJS (about 180 files). Imported from ESM, Node first scans every one of
 * them with its CommonJS export lexer, which cost about 0.2 s of CPU per process on this machine
 * (0.40 against 0.18 s for the load, docs/performance-history.md): a start the peer need not pay, so
 * it is required, as a CommonJS script would load it.
 */
const { DuckDBInstance } = createRequire(import.meta.url)('@duckdb/node-api') as typeof import('@duckdb/node-api');

/** The tables the seven metrics read. */
export const METRIC_TABLES = ['assessments', 'referrals', 'plans', 'section47', 'allocations', 'workers'] as const;

/**
 * An in-memory instance on the machine's cores (DuckDB's default), and, for children's data, no
 * extension fetched or loaded behind the user's back: CSV reading is built in.
 */
async function open(threads?: number): Promise<{ instance: Instance; db: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    ...(threads ? { threads: String(threads) } : {}),
  });
  return { instance, db: await instance.connect() };
}

type Row = Record<string, number | null>;

async function one(db: DuckDBConnection, sql: string): Promise<Row> {
  const rows = (await db.runAndReadAll(sql)).getRowObjects();
  const row: Row = {};
  for (const [k, v] of Object.entries(rows[0] ?? {})) row[k] = v === null ? null : Number(v);
  return row;
}

const share = (num: number, den: number): PeerMetric => ({
  value: den ? num / den : null,
  numerator: num,
  denominator: den,
});

/** The seven metrics, keyed `rule.metric` as in caseaudit's findings.json. */
export async function duckdbMetrics(dir: string, asAt: string): Promise<PeerMetrics> {
  if (!/^\d{4}-\d\d-\d\d$/.test(asAt)) throw new Error(`--as-at: expected YYYY-MM-DD, got ${asAt}`);
  const { instance, db } = await open();
  try {
    for (const sql of [DATE_MACRO, ...calendarSql(), periodSql(asAt)]) await db.run(sql);
    const q = metricQueries((table) => readCsv(join(dir, `${table}.csv`)));
    const a = await one(db, q.assessments!);
    const r = await one(db, q.referrals!);
    const p = await one(db, q.plans!);
    const s = await one(db, q.section47!);
    const c = await one(db, q.caseloads!);
    const cur = p.cur ?? 0;
    const prior = p.prior ?? 0;
    return {
      'assessment-timeliness.completedWithin45': share(a.num ?? 0, a.den ?? 0),
      'threshold-consistency.rereferralRate': share(r.num ?? 0, r.den ?? 0),
      'threshold-consistency.repeatCpPlans': share(p.rep ?? 0, cur),
      // caseaudit gives this change's counts too (starts in the period over the year before).
      'threshold-consistency.cpStartsChange': {
        value: prior ? cur / prior - 1 : null,
        numerator: cur,
        denominator: prior,
      },
      'threshold-consistency.lateIcpc': share(s.num ?? 0, s.den ?? 0),
      'caseloads.averagePerFte': { value: c.holding ? c.load! / c.fte! : null },
      'caseloads.overTarget': { value: c.over ?? 0 },
    };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** A quoted SQL identifier. */
const ident = (s: string): string => `"${s.replace(/"/g, '""')}"`;

const csvFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .sort();

/**
 * Each table's `read_csv(...)` call with everything DuckDB's sniffer found written out (dialect,
 * columns and their types, date format, `auto_detect = false`): sniff_csv's own `Prompt`.
 */
export type Schema = Record<string, string>;

/**
 * DuckDB's sniffer run once over each CSV, as an analyst who reads a council's export every month
 * writes its schema down once: reading with it, DuckDB parses and builds every value as before but
 * samples nothing (the sampling was about a sixth of a one-thread read's CPU at 1M rows). The
 * benchmark makes it before its rounds, untimed, so the floor is the read alone.
 */
export async function duckdbSchema(dir: string): Promise<Schema> {
  const { instance, db } = await open();
  try {
    const schema: Schema = {};
    for (const f of csvFiles(dir)) {
      const r = await db.runAndReadAll(`SELECT Prompt FROM sniff_csv(${lit(join(dir, f))}, header = true)`);
      const prompt = String(r.getRows()[0]?.[0] ?? '');
      const call = /^FROM (read_csv\(.*\));?\s*$/s.exec(prompt)?.[1];
      if (!call) throw new Error(`sniff_csv gave no read_csv call for ${f}`);
      schema[basename(f, '.csv')] = call;
    }
    return schema;
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

export interface ReadAll {
  /** Rows of each table, as DuckDB counted them while creating it. */
  tables: Record<string, number>;
  rows: number;
  /** Columns of each table as created: every column of the CSV's header. */
  columns: Record<string, number>;
  /** Tables read as text because a value past the sniffer's sample did not fit its detected type. */
  asText: string[];
}

/**
 * The floor of a columnar engine, as an analyst writes it: each CSV into an in-memory table,
 * `CREATE TABLE t AS SELECT * FROM read_csv(file)`, every column of every row materialised and
 * typed as DuckDB's sniffer detects. Not a `count(*)`, which DuckDB answers without building a
 * single column (about 0.4 of this pass's CPU at 1M rows). The row count is the CREATE's own result,
 * not a second query. With `schema` (duckdbSchema) each file is read as DuckDB's sniffer found it
 * once before, without sampling it again. `threads` caps DuckDB's threads (default: the machine's cores): the benchmark
 * also reads with one, which on a busy two-core machine finishes sooner. Where a value the sniffer did not sample breaks its type (DuckDB stops the
 * read), that file is read again as text, as an analyst would; only the table's name is kept, never
 * DuckDB's message, which quotes the row.
 */
export async function duckdbReadAll(dir: string, threads?: number, schema?: Schema): Promise<ReadAll> {
  const { instance, db } = await open(threads);
  try {
    const out: ReadAll = { tables: {}, rows: 0, columns: {}, asText: [] };
    for (const f of csvFiles(dir)) {
      const name = basename(f, '.csv');
      const create = (from: string) =>
        db.runAndReadAll(`CREATE OR REPLACE TABLE ${ident(name)} AS SELECT * FROM ${from}`);
      let created;
      try {
        created = await create(schema?.[name] ?? readCsvTyped(join(dir, f)));
      } catch {
        out.asText.push(name);
        created = await create(readCsv(join(dir, f)));
      }
      const n = Number(created.getRows()[0]?.[0] ?? 0);
      out.tables[name] = n;
      out.rows += n;
    }
    // What was built, from DuckDB's catalogue: one query for every table.
    const cols = await db.runAndReadAll('SELECT table_name, column_count FROM duckdb_tables()');
    for (const [t, c] of cols.getRows()) out.columns[String(t)] = Number(c);
    return out;
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

class Usage extends Error {}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Usage(`${name}: expected a value`);
  return v;
}

async function main(argv: string[]): Promise<number> {
  const [pass, dir] = argv;
  if ((pass !== 'metrics' && pass !== 'read' && pass !== 'schema') || !dir || dir.startsWith('--'))
    throw new Usage(
      'usage: duckdb.js metrics EXPORT_DIR --as-at YYYY-MM-DD [--out FILE] [--check FINDINGS] | read EXPORT_DIR [--threads N] [--schema FILE] | schema EXPORT_DIR --out FILE',
    );
  if (pass === 'schema') {
    const out = option(argv, '--out');
    if (!out) throw new Usage('schema: --out FILE expected');
    writeFileSync(out, `${JSON.stringify(await duckdbSchema(dir), null, 1)}\n`);
    return 0;
  }
  if (pass === 'read') {
    const schemaFile = option(argv, '--schema');
    const schema = schemaFile ? (JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema) : undefined;
    const t = option(argv, '--threads');
    if (t !== undefined && !/^[1-9]\d{0,2}$/.test(t))
      throw new Usage('--threads: expected a whole number of at least 1');
    process.stdout.write(
      `${JSON.stringify(await duckdbReadAll(dir, t === undefined ? undefined : Number(t), schema))}\n`,
    );
    return 0;
  }
  const asAt = option(argv, '--as-at');
  if (!asAt || !/^\d{4}-\d\d-\d\d$/.test(asAt)) throw new Usage('--as-at: expected a date YYYY-MM-DD');
  const t0 = performance.now();
  const metrics = await duckdbMetrics(dir, asAt);
  // `_seconds`: DuckDB's own time, start included, as the pandas script prints it.
  const text = `${JSON.stringify({ ...metrics, _seconds: Math.round(performance.now() - t0) / 1000 }, null, 2)}\n`;
  const out = option(argv, '--out');
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  const check = option(argv, '--check');
  if (!check) return 0;
  const agreement = compareWithFindingsFile('DuckDB', metrics, check);
  const line = formatAgreement(basename(resolve(dir)), 'DuckDB', agreement);
  const ok = agreement.compared > 0 && agreement.agree === agreement.compared;
  (ok ? process.stdout : process.stderr).write(`${line}\n`);
  return ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (e) {
    // A usage mistake or what DuckDB says of a missing file or table: one line, no stack.
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`duckdb.js: ${message.split('\n')[0]}\n`);
    process.exitCode = 2;
  }
}
