/**
 * Reading the tables on two threads (issue 24, the seven-metric run): a worker reads a share of
 * the tables, balanced by bytes, and hands them over as columns (src/load/rowColumns.ts). Which
 * thread read a table must never show: the same rows, lines, data-quality issues, errors and
 * findings, for broken input too, and a worker that fails or is gone must leave its tables to the
 * main thread with the same result.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, loadExport } from '../src/api.js';
import {
  FREE,
  MAIN,
  planReads,
  planRequest,
  startReader,
  TableReader,
  THREAD_MIN_BYTES,
  WORKER,
} from '../src/engine/prepare.js';
import { generateExport } from '../src/generate/index.js';
import { loadCsvFolder } from '../src/load/loadExport.js';
import { decodeRows, encodeRows } from '../src/load/rowColumns.js';
import { parseIsoDay } from '../src/model/day.js';
import type { LoadedExport } from '../src/model/export.js';
import type { TableName, TableRows } from '../src/model/tables.js';
import { renderJson } from '../src/report/json.js';

const AS_AT = '2024-03-31';
const SEVEN = ['assessment-timeliness', 'threshold-consistency', 'caseloads'];
const SIX: TableName[] = ['workers', 'referrals', 'assessments', 'section47', 'plans', 'allocations'];
let dir: string;
let council: string;

/** Planted bad rows, each table's own kinds of trouble (appended after the generated rows). */
const BAD: Partial<Record<TableName, string[]>> = {
  referrals: [
    'R0000001,C000002,10/11/2023,Schools,Assessment North,assessment',
    'R-BAD-1,C000002,31/02/2023,Schools,Assessment North,assessment',
    'R-BAD-2,C000002,11/08/23,Police,,teleport',
    ',C000003,12/08/2023,Police,Assessment South,nfa,extra',
  ],
  assessments: [
    'A-BAD-1,C000002,R0000001,2023-13-01,2023-11-01,W00001,Assessment North,,,s47',
    'A-BAD-2,C000002,R-NOWHERE,2023-11-10,2023-11-01,W99999,Assessment North,2023-11-10',
    'A-BAD-3,C000002,R0000001,2023-11-10,,W00001,"Team, quoted",1900-01-01,,maybe',
  ],
  allocations: ['C000002,W00001,2023-02-30T10:00:00Z,', 'C000002,W99999,2023-01-01T10:00:00Z,2022-01-01T10:00:00Z'],
  plans: ['P-BAD-1,C000002,cin,2023-01-01,2022-01-01,step_down,N1 Abuse or neglect,Assessment South,x'],
  section47: ['S-BAD-1,C000002,21-Jul-23,01-Aug-2023,icpc,Assessment South', 'S-BAD-2,C000002,,,bogus,'],
  workers: ['W00001,Assessment North,Team Manager,abc,30/09/2014,,Maybe,17/07/2003'],
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-split-'));
  council = join(dir, 'council');
  // Large enough that id columns pass the encoder's 2,048-row sample (joined text, not a dictionary).
  await generateExport({ out: council, seed: 424, children: 5000, asAt: parseIsoDay(AS_AT)! });
  for (const [t, rows] of Object.entries(BAD)) {
    const path = join(council, `${t}.csv`);
    await writeFile(path, `${(await readFile(path, 'utf8')).trimEnd()}\n${rows.join('\n')}\n`);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Everything a load gives, in order (rows with their key order, issues, tables, columns found). */
function snapshot(ex: LoadedExport): string {
  return JSON.stringify({
    tables: Object.entries(ex.tables),
    absent: Object.entries(ex.absent),
    issues: ex.dq.issueGroups(),
    quality: [...ex.dq.tables],
    rowsWithIssues: SIX.map((t) => ex.dq.rowsWithIssues(t)),
    columnsAt: [...ex.dq.columnsAt].map(([t, m]) => [t, [...m]]),
  });
}

describe('the six tables read on two threads', () => {
  it('gives the same rows, issues and findings as one thread, with planted bad rows, and the worker really read some', async () => {
    const auditFor = { asAt: AS_AT, rules: SEVEN, rulesOnly: true };
    const two = await loadExport(council, { auditFor: { ...auditFor, threads: true } });
    const one = await loadExport(council, { auditFor: { ...auditFor, threads: false } });
    expect(one.prepared).toBeUndefined();
    const delivered = (two.prepared as TableReader).delivered;
    expect(delivered.length).toBeGreaterThan(0);
    expect(delivered.length).toBeLessThan(SIX.length);
    expect(snapshot(two)).toBe(snapshot(one));
    const codes = new Set(two.dq.issueGroups().map((g) => `${g.table}:${g.code}`));
    for (const c of [
      'referrals:duplicate-id',
      'referrals:bad-date',
      'referrals:two-digit-year',
      'referrals:unknown-code',
      'referrals:ragged-row',
      'assessments:bad-date',
      'assessments:end-before-start',
      'assessments:unknown-worker',
      'allocations:bad-date',
      'plans:end-before-start',
      'section47:two-digit-year',
      'workers:bad-number',
    ])
      expect(codes, c).toContain(c);
    const a = renderJson(audit(two, { asAt: AS_AT, rules: SEVEN, trends: false }));
    expect(a).toBe(renderJson(audit(one, { asAt: AS_AT, rules: SEVEN, trends: false })));
  });

  it('reads on the main thread, with the same result, the tables a worker could not read or never sent', async () => {
    const one = snapshot(await loadCsvFolder(council, { tables: SIX }));
    const files = new Map(SIX.map((t) => [t, join(council, `${t}.csv`)]));
    const sizes = new Map(await Promise.all(SIX.map(async (t) => [t, (await stat(files.get(t)!)).size] as const)));
    const three = { fixed: ['referrals', 'assessments', 'allocations'] as TableName[], shared: [] };
    const request = () => ({ ...planRequest(three, files, sizes), load: {}, registry: '' });
    // Gone before sending anything (as a crash would be): every table comes back to this thread.
    const gone = startReader(request(), 1_000)!;
    expect(gone).not.toBeNull();
    gone.cancel();
    expect(snapshot(await loadCsvFolder(council, { tables: SIX, delegated: gone.delegated() }))).toBe(one);
    expect(gone.delivered).toEqual([]);
    // Two tables it cannot read (files larger than its limit), the other it sends.
    const limit = 160_000;
    expect(three.fixed.map((t) => sizes.get(t)! > limit)).toEqual([true, true, false]);
    const refused = startReader({ ...request(), load: { maxBytes: limit } }, 1_000)!;
    const partly = await loadCsvFolder(council, { tables: SIX, delegated: refused.delegated() });
    expect(refused.delivered).toEqual(['allocations']);
    expect(snapshot(partly)).toBe(one);
  });

  it('lets the worker claim shared tables from the last while this thread has as many bytes left, and reads the rest here', async () => {
    const one = snapshot(await loadCsvFolder(council, { tables: SIX }));
    const files = new Map(SIX.map((t) => [t, join(council, `${t}.csv`)]));
    const sizes = new Map(await Promise.all(SIX.map(async (t) => [t, (await stat(files.get(t)!)).size] as const)));
    const req = { ...planRequest({ fixed: [], shared: SIX }, files, sizes), load: {}, registry: '' };
    const reader = startReader(req, 1_000)!;
    // Nothing claimed here until the worker is done: it stops where this thread would wait for it.
    await reader.exited;
    const worker = SIX.filter((_, k) => req.claims[k] === WORKER);
    const left = SIX.filter((_, k) => req.claims[k] === FREE);
    expect(worker.length).toBeGreaterThan(0);
    expect(left.length).toBeGreaterThan(0);
    expect(worker.length + left.length).toBe(SIX.length);
    const bytes = (ts: TableName[]) => ts.reduce((s, t) => s + sizes.get(t)!, 0);
    // Each table it took left at least its size to this thread.
    for (const t of worker) expect(bytes(left)).toBeGreaterThanOrEqual(sizes.get(t)!);
    expect(reader.delivered.sort()).toEqual([...worker].sort());
    const both = await loadCsvFolder(council, {
      tables: SIX,
      delegated: reader.delegated(),
      keep: (t) => reader.keep(t),
    });
    expect(snapshot(both)).toBe(one);
    expect(SIX.filter((_, k) => req.claims[k] === MAIN)).toEqual(left);
  });

  it('gives byte-identical findings from the CLI with --threads always and never', async () => {
    const run = (threads: string) =>
      spawnSync(
        process.execPath,
        [
          'bin/caseaudit.js',
          'audit',
          council,
          '--rules',
          SEVEN.join(','),
          '--as-at',
          AS_AT,
          '--format',
          'json,csv,md',
          '--no-trends',
          '--threads',
          threads,
          '--out',
          join(dir, threads),
          '--quiet',
        ],
        { encoding: 'utf8' },
      );
    for (const t of ['always', 'never']) {
      const r = run(t);
      expect(r.status, r.stderr).toBe(0);
    }
    const files = (await readdir(join(dir, 'never'))).sort();
    expect(files).toContain('findings.json');
    expect((await readdir(join(dir, 'always'))).sort()).toEqual(files);
    for (const f of files)
      expect(await readFile(join(dir, 'always', f), 'utf8'), f).toBe(await readFile(join(dir, 'never', f), 'utf8'));
  });
});

describe('which tables the worker reads (planReads)', () => {
  const MB = 1024 * 1024;
  // The six tables of the 1.1M-row export (bytes of each file).
  const sizes = new Map<TableName, number>([
    ['workers', 115_772],
    ['referrals', 3_637_750],
    ['assessments', 4_282_983],
    ['section47', 703_210],
    ['plans', 2_766_932],
    ['allocations', 3_291_375],
  ]);

  it('with --threads always claims a balanced share for the worker and shares the rest, smallest first', () => {
    // Largest first to the lighter thread: assessments here, referrals there, allocations there…
    expect(planReads(undefined, sizes, true)).toEqual({
      fixed: ['referrals', 'section47', 'allocations'],
      shared: ['workers', 'plans', 'assessments'],
    });
  });

  it('reads on one thread unless told to always (auto: two threads were not shown to pay)', () => {
    expect(planReads(undefined, sizes, false)).toEqual({ fixed: [], shared: [] });
    const big = new Map([...sizes].map(([t, b]) => [t, b * 100]));
    expect(planReads(undefined, big, false)).toEqual({ fixed: [], shared: [] });
    expect(planReads(undefined, new Map([['workers', 10]]), true)).toEqual({ fixed: [], shared: [] });
  });

  it('gives the worker the table it prepares, and no other: it scores it too, so it is the critical path already', () => {
    const job = { ruleId: 'supervision-quality', table: 'supervisions' as const, options: {}, holds: [] };
    const all = new Map([...sizes, ['supervisions', 69 * MB] as const]);
    expect(planReads(job, all, false)).toEqual({ fixed: ['supervisions'], shared: [] });
    // Too small to prepare in a worker: one thread, unless told to always.
    const little = new Map([...sizes, ['supervisions', THREAD_MIN_BYTES - 1] as const]);
    expect(planReads(job, little, false)).toEqual({ fixed: [], shared: [] });
    expect(planReads(job, little, true).fixed).toEqual(['supervisions']);
  });
});

describe('rows as columns: dictionaries and joined text', () => {
  it('gives back every value, null and key order, whether a column repeats or not', () => {
    const n = 5000;
    const rows = Array.from({ length: n }, (_, i): TableRows['referrals'] => ({
      line: i + 2,
      // distinct: joined text after the sample
      referralId: i % 7 === 0 ? null : `R${i}`,
      // repeats: a dictionary
      childId: `C${i % 40}`,
      referralDate: i % 5 === 0 ? null : 19_000 + i,
      source: i % 3 === 0 ? null : ['Police', 'Schools', 'Caf\u00e9 \u{1F600}'][i % 3]!,
      // repeats for the sample, then every value new: still a dictionary, and still exact
      team: i < 2100 ? 'North' : `Team ${i}`,
      outcome: null,
      referralsLast12Months: i % 2 ? i : null,
    }));
    const enc = encodeRows('referrals', rows);
    const str = (k: string) => enc.columns[k] as { codes: Int32Array | null };
    expect(str('referralId').codes).toBeNull();
    expect(str('childId').codes).not.toBeNull();
    expect(str('team').codes).not.toBeNull();
    const back = decodeRows<'referrals'>(structuredClone(enc));
    expect(JSON.stringify(back)).toBe(JSON.stringify(rows));
  });
});
