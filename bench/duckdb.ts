/**
 * Issue 24: DuckDB as the benchmark's peer, what an analyst today would reach for instead of
 * caseaudit. Two passes, each timed from the instance's creation (DuckDB's start is part of its time):
 * - `metrics`: the seven headline metrics of ../shared/bench/pandas_reference.py in SQL over the
 *   same CSVs (bench/duckdbSql.ts), with a working-day calendar table built from the project's
 *   bank holidays; printed as JSON in the pandas script's shape;
 * - `read`: every CSV of the export into a DuckDB table, counting rows: the floor of a columnar engine.
 *
 * Usage: node dist/bench/duckdb.js metrics EXPORT_DIR --as-at YYYY-MM-DD [--out FILE] [--check FINDINGS_JSON]
 *        node dist/bench/duckdb.js read EXPORT_DIR
 * With --check, the metrics are compared with caseaudit's findings.json: exit 1 and one line per
 * value on disagreement. Usage mistakes exit 2 with one line.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { calendarSql, DATE_MACRO, metricQueries, periodSql, readCsv } from './duckdbSql.js';
import { compareWithFindingsFile, formatAgreement, type PeerMetric, type PeerMetrics } from './peerAgreement.js';

/** The tables the seven metrics read. */
export const METRIC_TABLES = ['assessments', 'referrals', 'plans', 'section47', 'allocations', 'workers'] as const;

/**
 * An in-memory instance on the machine's cores (DuckDB's default), and, for children's data, no
 * extension fetched or loaded behind the user's back: CSV reading is built in.
 */
async function open(): Promise<{ instance: DuckDBInstance; db: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
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

/** Every CSV of the export into a table of its own, and each table's row count. */
export async function duckdbReadAll(dir: string): Promise<{ tables: Record<string, number>; rows: number }> {
  const { instance, db } = await open();
  try {
    const tables: Record<string, number> = {};
    let rows = 0;
    const files = readdirSync(dir)
      .filter((n) => n.toLowerCase().endsWith('.csv'))
      .sort();
    for (const f of files) {
      const name = basename(f, '.csv').replace(/"/g, '""');
      await db.run(`CREATE TABLE "${name}" AS SELECT * FROM ${readCsv(join(dir, f))}`);
      const n = (await one(db, `SELECT CAST(count(*) AS BIGINT) AS n FROM "${name}"`)).n ?? 0;
      tables[name] = n;
      rows += n;
    }
    return { tables, rows };
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
  if ((pass !== 'metrics' && pass !== 'read') || !dir || dir.startsWith('--'))
    throw new Usage(
      'usage: duckdb.js metrics EXPORT_DIR --as-at YYYY-MM-DD [--out FILE] [--check FINDINGS] | read EXPORT_DIR',
    );
  if (pass === 'read') {
    process.stdout.write(`${JSON.stringify(await duckdbReadAll(dir))}\n`);
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
