/**
 * Issue 24: the benchmark's DuckDB peer answers the same question as caseaudit. Its seven SQL
 * metrics must equal caseaudit's on a generated council (mixed date forms, dirty rows), its
 * working-day calendar must count as src/model/calendar.ts does, and the agreement check must
 * catch a value that differs, in the library and from the command line (exit 1, one line per value).
 * The timing itself is `npm run bench`'s business.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbMetrics, duckdbReadAll, duckdbSchema } from '../bench/duckdb.js';
import { calendarSql } from '../bench/duckdbSql.js';
import {
  compareWithFindings,
  compareWithFindingsFile,
  formatAgreement,
  type PeerMetrics,
} from '../bench/peerAgreement.js';
import { wd } from '../src/model/calendar.js';
import { parseIsoDay } from '../src/model/day.js';

const BIN = resolve('bin/caseaudit.js');
const PEER = resolve('dist/bench/duckdb.js');
const AS_AT = '2024-03-31';
const RULES = 'assessment-timeliness,threshold-consistency,caseloads';
const KEYS = [
  'assessment-timeliness.completedWithin45',
  'threshold-consistency.rereferralRate',
  'threshold-consistency.repeatCpPlans',
  'threshold-consistency.cpStartsChange',
  'threshold-consistency.lateIcpc',
  'caseloads.averagePerFte',
  'caseloads.overTarget',
];

const work = mkdtempSync(join(tmpdir(), 'caseaudit-duckdb-'));
const dir = join(work, 'council');
const findings = join(work, 'same', 'findings.json');
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** The rows the generator says it wrote. */
let written = 0;

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

beforeAll(() => {
  const g = run(BIN, ['generate', '--out', dir, '--seed', '11', '--children', '900', '--as-at', AS_AT]);
  expect(g.status, g.stderr).toBe(0);
  written = Number(/Wrote (\d+) rows/.exec(g.stdout)?.[1]);
  const a = run(BIN, [
    'audit',
    dir,
    '--as-at',
    AS_AT,
    '--rules',
    RULES,
    '--format',
    'json',
    '--out',
    join(work, 'same'),
    '--quiet',
  ]);
  expect([0, 1], a.stderr).toContain(a.status);
});

/** A copy of caseaudit's findings with one rule's metric changed. */
function tampered(rule: string, metric: string, change: (m: Record<string, number | null>) => void): string {
  const json = JSON.parse(readFileSync(findings, 'utf8')) as {
    rules: { id: string; metrics: Record<string, Record<string, number | null>> }[];
  };
  change(json.rules.find((r) => r.id === rule)!.metrics[metric]!);
  const path = join(work, `tampered-${rule}-${metric}.json`);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('DuckDB peer against caseaudit on a generated council', () => {
  let metrics: PeerMetrics;
  beforeAll(async () => {
    metrics = await duckdbMetrics(dir, AS_AT);
  });

  it('computes the seven metrics, each with something to count', () => {
    expect(Object.keys(metrics).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) expect(metrics[key]!.value, key).not.toBeNull();
    for (const key of KEYS.filter((k) => metrics[k]!.denominator !== undefined))
      expect(metrics[key]!.denominator, key).toBeGreaterThan(0);
  });

  it("gives caseaudit's value, numerator and denominator for every one", () => {
    const a = compareWithFindingsFile('DuckDB', metrics, findings);
    expect(a.differ).toEqual([]);
    expect(a).toMatchObject({ compared: 7, agree: 7 });
    expect(formatAgreement('council', 'DuckDB', a)).toBe('council: caseaudit and DuckDB agree on 7 of 7 metrics');
  });

  it('is caught when a count or a value differs, with both sides in the line', () => {
    const ours = JSON.parse(readFileSync(findings, 'utf8')) as Parameters<typeof compareWithFindings>[2];
    const off = structuredClone(metrics);
    off['assessment-timeliness.completedWithin45']!.numerator! += 1;
    off['caseloads.averagePerFte']!.value = off['caseloads.averagePerFte']!.value! * 1.01;
    const a = compareWithFindings('DuckDB', off, ours);
    expect(a.agree).toBe(5);
    expect(a.differ).toHaveLength(2);
    const n = metrics['assessment-timeliness.completedWithin45']!;
    expect(a.differ[0]).toMatch(
      new RegExp(
        `^assessment-timeliness\\.completedWithin45: caseaudit ${n.numerator}/${n.denominator} .*, DuckDB ${n.numerator! + 1}/${n.denominator} `,
      ),
    );
    expect(a.differ[1]).toMatch(/^caseloads\.averagePerFte: caseaudit [\d.]+, DuckDB [\d.]+$/);
    expect(formatAgreement('council', 'DuckDB', a)).toMatch(
      /^council: caseaudit and DuckDB DISAGREE \(5 of 7 metrics agree\): /,
    );
    // A metric caseaudit did not compute (a peer with a wrong key) is a difference, not a pass.
    const extra = compareWithFindings('DuckDB', { 'caseloads.nonesuch': { value: 1 } }, ours);
    expect(extra).toEqual({ compared: 1, agree: 0, differ: ['caseloads.nonesuch: caseaudit not computed, DuckDB 1'] });
  });

  it('reads every table of the export, row for row and column for column, typed as DuckDB detects', async () => {
    const { tables, rows, columns, asText } = await duckdbReadAll(dir);
    expect(Object.keys(tables).sort()).toEqual([
      'allocations',
      'assessments',
      'children',
      'contacts',
      'plans',
      'referrals',
      'reviews',
      'section47',
      'supervisions',
      'visits',
      'workers',
    ]);
    // The generator's own count of the rows it wrote.
    expect(written).toBeGreaterThan(5000);
    expect(rows).toBe(written);
    expect(Object.values(tables).reduce((s, n) => s + n, 0)).toBe(rows);
    // Every column of the header was built (a table, not a count): the CSV's own header, counted.
    for (const t of Object.keys(tables)) {
      const header = readFileSync(join(dir, `${t}.csv`), 'utf8').split('\n', 1)[0]!;
      expect(columns[t], t).toBe(header.split(',').length);
    }
    // The generator writes one date style a file, so DuckDB's sniffer types every file.
    expect(asText).toEqual([]);
  });

  it("reads every table the same with the schema DuckDB's sniffer wrote down, sampling nothing", async () => {
    const schema = await duckdbSchema(dir);
    expect(Object.keys(schema).sort()).toEqual(Object.keys((await duckdbReadAll(dir)).tables).sort());
    for (const [t, call] of Object.entries(schema)) {
      expect(call, t).toMatch(new RegExp(`^read_csv\\('${join(dir, t)}\\.csv', auto_detect=false, .*columns=\\{.*\\}`));
    }
    // The generator writes each file's dates in one style, and the sniffer says which.
    expect(schema.visits).toMatch(/'visit_date': 'DATE'.*dateformat='/);
    const sniffed = await duckdbReadAll(dir);
    expect(await duckdbReadAll(dir, 1, schema)).toEqual(sniffed);
    expect(sniffed.rows).toBe(written);
  });

  it('reads a file as text when a value past the sniffed sample breaks its type, naming only the table', async () => {
    const odd = join(work, 'odd');
    mkdirSync(odd);
    // 30,000 ISO dates, then one that is not: the sniffer (20,480 rows sampled) types the column DATE.
    const lines = ['case_id,seen_date'];
    for (let i = 0; i < 30_000; i++) lines.push(`K${i},2024-01-${String((i % 28) + 1).padStart(2, '0')}`);
    lines.push('K30000,not a date', '');
    writeFileSync(join(odd, 'late.csv'), lines.join('\n'));
    writeFileSync(join(odd, 'plain.csv'), 'a,b\n1,2024-02-01\n2,2024-02-02\n');
    const r = await duckdbReadAll(odd);
    expect(r).toEqual({
      tables: { late: 30_001, plain: 2 },
      rows: 30_003,
      columns: { late: 2, plain: 2 },
      asText: ['late'],
    });
    // The same with the schema written down: its DATE column breaks the same way.
    const schema = await duckdbSchema(odd);
    expect(schema.late).toMatch(/'seen_date': 'DATE'/);
    expect(await duckdbReadAll(odd, undefined, schema)).toEqual(r);
  });
});

describe('the DuckDB working-day calendar', () => {
  it('counts working days a < x ≤ b as src/model/calendar.ts does, holidays and weekends out', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    try {
      for (const sql of calendarSql()) await db.run(sql);
      const pairs: [string, string, number][] = [
        ['2023-12-22', '2024-01-02', 4], // Christmas, Boxing Day and New Year's Day out
        ['2022-09-16', '2022-09-20', 1], // the state funeral (Mon 19th)
        ['2024-03-28', '2024-04-02', 1], // Good Friday and Easter Monday out: only Tue 2nd
        ['2024-01-02', '2023-12-22', -4], // the other way round: negative
        ['2024-03-04', '2024-03-04', 0],
        ['1910-01-03', '2100-12-31', wd(parseIsoDay('1910-01-03')!, parseIsoDay('2100-12-31')!)],
      ];
      for (const [a, b, known] of pairs) {
        const r = await db.runAndReadAll(
          `SELECT cb.n - ca.n AS wd FROM cal ca, cal cb WHERE ca.d = DATE '${a}' AND cb.d = DATE '${b}'`,
        );
        const got = Number(r.getRowObjects()[0]!.wd);
        expect(got, `${a} → ${b}`).toBe(known);
        expect(got, `${a} → ${b}`).toBe(wd(parseIsoDay(a)!, parseIsoDay(b)!));
      }
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });
});

describe('dist/bench/duckdb.js (the benchmark runs it)', () => {
  it('exits 0 and says so when every value agrees', () => {
    const r = run(PEER, ['metrics', dir, '--as-at', AS_AT, '--out', join(work, 'peer.json'), '--check', findings]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('council: caseaudit and DuckDB agree on 7 of 7 metrics\n');
    const written = JSON.parse(readFileSync(join(work, 'peer.json'), 'utf8')) as Record<string, unknown>;
    expect(
      Object.keys(written)
        .filter((k) => !k.startsWith('_'))
        .sort(),
    ).toEqual([...KEYS].sort());
    expect(typeof written._seconds).toBe('number');
  });

  it('exits 1 with one line naming the value that differs', () => {
    const bad = tampered('threshold-consistency', 'lateIcpc', (m) => {
      m.denominator = (m.denominator ?? 0) + 3;
    });
    const r = run(PEER, ['metrics', dir, '--as-at', AS_AT, '--out', join(work, 'peer2.json'), '--check', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^council: caseaudit and DuckDB DISAGREE \(6 of 7 metrics agree\): threshold-consistency\.lateIcpc: caseaudit \d+\/\d+ [\d.]+, DuckDB \d+\/\d+ [\d.]+\n$/,
    );
  });

  it('gives a one-line error and exit 2 for a usage mistake or a missing table', () => {
    const usage = run(PEER, ['metrics', dir, '--as-at', '31/03/2024']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('duckdb.js: --as-at: expected a date YYYY-MM-DD\n');
    const missing = run(PEER, ['metrics', work, '--as-at', AS_AT]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^duckdb\.js: .*assessments\.csv/);
  });
});
