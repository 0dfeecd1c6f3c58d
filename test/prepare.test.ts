/**
 * Rules' per-row preparation in a worker thread (src/engine/prepare.ts) and loading only the
 * tables the selected rules use: both must be invisible in the answer. The threaded audit must
 * give byte-identical JSON to the single-threaded one, a worker answer for other rows or options
 * must be ignored, and a table not read must be listed, not silently dropped.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { audit, loadExport } from '../src/api.js';
import { lineCheck, optionsKey } from '../src/engine/prepare.js';
import { defineRule, type AnyRule } from '../src/engine/rule.js';
import { audit as runEngine, tablesNeeded } from '../src/engine/run.js';
import { generateExport } from '../src/generate/index.js';
import { parseIsoDay } from '../src/model/day.js';
import type { PreparedResult } from '../src/model/export.js';
import { renderJson } from '../src/report/json.js';

const AS_AT = '2024-03-31';
let dir: string;
let council: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-prepare-'));
  council = join(dir, 'council');
  await generateExport({ out: council, seed: 977, children: 1500, asAt: parseIsoDay(AS_AT)! });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('supervision text read in a worker thread', () => {
  it('gives the same JSON as reading it on the main thread, and the worker really answered', async () => {
    const threaded = await loadExport(council, { auditFor: { asAt: AS_AT, threads: true } });
    expect(threaded.prepared).toBeDefined();
    const single = await loadExport(council, { auditFor: { asAt: AS_AT, threads: false } });
    expect(single.prepared).toBeUndefined();
    const a = audit(threaded, { asAt: AS_AT });
    const b = audit(single, { asAt: AS_AT });
    // The answer the engine used came from the worker, for exactly these rows.
    const answer = threaded.prepared!.take('supervision-quality');
    expect(answer).toBeDefined();
    expect(answer!.rows).toBe(threaded.tables.supervisions!.length);
    expect(answer!.lineCheck).toBe(lineCheck(threaded.tables.supervisions!));
    expect(renderJson(a)).toBe(renderJson(b));
    const sq = a.rules.find((r) => r.id === 'supervision-quality')!;
    expect(sq.status).toBe('ran');
    expect(sq.metrics.recordsMeetingStandard!.denominator).toBeGreaterThan(100);
  });

  it('ignores an answer computed for other rows or other options', async () => {
    const ex = await loadExport(council);
    const honest = renderJson(audit(ex, { asAt: AS_AT }));
    const rows = ex.tables.supervisions!;
    const rule = RULES.find((r) => r.id === 'supervision-quality')!;
    const options = rule.options.parse({}) as Record<string, unknown>;
    // Every record scored as meeting nothing: if the engine used it, the metrics would change.
    // (The records scored and their previous records are the true ones: the rule relies on them.)
    const genuine = rule.prepare!.compute(rows as never, options) as { bits: Uint8Array; previous: Int32Array };
    const bogus = (over: Partial<PreparedResult>): PreparedResult => ({
      table: 'supervisions',
      optionsKey: optionsKey(options),
      rows: rows.length,
      lineCheck: lineCheck(rows),
      value: {
        bits: genuine.bits.map((x) => x & 128),
        previous: genuine.previous,
        similarity: new Float64Array(rows.length),
      },
      ...over,
    });
    for (const wrong of [
      { lineCheck: lineCheck(rows) ^ 1 },
      { rows: rows.length + 1 },
      { optionsKey: optionsKey({ ...options, copyThreshold: 0.5 }) },
    ]) {
      const again = await loadExport(council);
      again.prepared = { take: () => bogus(wrong) };
      expect(renderJson(audit(again, { asAt: AS_AT }))).toBe(honest);
    }
    // …and the same bogus answer with matching rows and options is used (the check is real).
    const used = await loadExport(council);
    used.prepared = { take: () => bogus({}) };
    const r = audit(used, { asAt: AS_AT }).rules.find((x) => x.id === 'supervision-quality')!;
    expect(r.metrics.childFocus!.numerator).toBe(0);
  });
});

describe('the supervisions table read by the worker for the main thread', () => {
  it('gives the same rows, data-quality issues and result as reading it on the main thread, for broken input too', async () => {
    const broken = join(dir, 'broken');
    await cp('fixtures/demo', broken, { recursive: true });
    const path = join(broken, 'supervisions.csv');
    const original = await readFile(path, 'utf8');
    const [header, first] = original.split('\n');
    const id = first!.split(',')[0]!;
    const bad = [
      `${id},W00012,11/08/2023,C000002,W00011,case,"Duplicate id, copied text.",Action by 30/08/2023.`,
      'SV-BAD-1,W00012,31/02/2023,C000002,W00011,case,Bad date.,',
      'SV-BAD-2,W00012,11/08/23,C999999,W00011,case,Two-digit year and unknown child.,',
      'SV-BAD-3,W99999,12/08/2023,C000002,W00011,weekly,Unknown worker and type code.,',
      'SV-BAD-4,W00012,13/08/2023,C000002',
      ',W00012,14/08/2023,C000002,W00011,case,Blank id — caf\u00e9.,,extra',
      'SV-BAD-5,W00012,15/08/2023,C000002,W00011,case,"Quote never closed',
    ];
    await writeFile(path, `${original.trimEnd()}\n${bad.join('\n')}\n`);
    expect(header).toContain('supervision_id');
    const threaded = await loadExport(broken, { auditFor: { asAt: AS_AT, threads: true } });
    const single = await loadExport(broken, { auditFor: { asAt: AS_AT, threads: false } });
    expect(threaded.tables.supervisions).toEqual(single.tables.supervisions);
    const a = audit(threaded, { asAt: AS_AT });
    expect(threaded.prepared!.take('supervision-quality')).toBeDefined();
    const b = audit(single, { asAt: AS_AT });
    expect(renderJson(a)).toBe(renderJson(b));
    const codes = a.dataQuality.issues.filter((g) => g.table === 'supervisions').map((g) => g.code);
    for (const c of [
      'duplicate-id',
      'bad-date',
      'two-digit-year',
      'unknown-child',
      'unknown-worker',
      'unknown-code',
      'ragged-row',
      'malformed-csv',
    ])
      expect(codes).toContain(c);
  });

  it('gives the same JSON threaded and not for every broken export in fixtures/bad', async () => {
    let compared = 0;
    for (const name of (await readdir('fixtures/bad')).sort()) {
      const path = join('fixtures/bad', name);
      if (!(await stat(path)).isDirectory()) continue;
      const both = await Promise.all(
        [true, false].map(async (threads) => {
          try {
            return renderJson(audit(await loadExport(path, { auditFor: { asAt: AS_AT, threads } }), { asAt: AS_AT }));
          } catch (e) {
            return `error: ${(e as Error).message}`;
          }
        }),
      );
      expect(both[0], name).toBe(both[1]);
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('falls back to the main thread when the worker cannot read the table (a file larger than the limit)', async () => {
    const ex = await loadExport(council, { maxBytes: 64 * 1024, auditFor: { asAt: AS_AT, threads: true } });
    const single = await loadExport(council, { maxBytes: 64 * 1024, auditFor: { asAt: AS_AT, threads: false } });
    expect(renderJson(audit(ex, { asAt: AS_AT }))).toBe(renderJson(audit(single, { asAt: AS_AT })));
    expect(ex.dq.tables.get('supervisions')!.status).toBe('failed');
  });
});

describe('a rule reads only the tables it declares', () => {
  it("turns reading an undeclared table into that rule's error, and the audit goes on", async () => {
    const sneaky = defineRule({
      id: 'sneaky',
      title: 'Sneaky',
      passTitle: 'ok',
      failTitle: 'not ok',
      area: ['leaders'],
      tables: ['workers'],
      description: 'Reads visits without declaring them.',
      options: z.object({}).strict(),
      metrics: {},
      findings: {},
      run(ctx) {
        return { metrics: {}, findings: [], limitations: [String(ctx.rows('visits').length)] };
      },
    });
    const ex = await loadExport('fixtures/demo');
    const rules = [RULES[0]!, sneaky as AnyRule, RULES.find((r) => r.id === 'workforce')!];
    const result = runEngine(ex, rules, { asAt: parseIsoDay(AS_AT)!, asAtSource: 'command line', config: {} });
    const s = result.rules.find((r) => r.id === 'sneaky')!;
    expect(s.status).toBe('error');
    expect(s.reason).toContain('reads the visits table without declaring it');
    expect(result.rules.find((r) => r.id === 'workforce')!.status).toBe('ran');
  });
});

describe('only the tables the selected rules use are read', () => {
  it('lists the tables each selection needs', () => {
    expect(tablesNeeded(RULES, {}, ['caseloads'])).toEqual(['workers', 'allocations']);
    expect(tablesNeeded(RULES, {}, ['assessment-timeliness', 'threshold-consistency', 'caseloads'])).toEqual([
      'workers',
      'referrals',
      'assessments',
      'section47',
      'plans',
      'allocations',
    ]);
    expect(tablesNeeded(RULES, {})).toBeNull();
    expect(tablesNeeded(RULES, {}, ['data-quality'])).toBeNull();
    expect(tablesNeeded(RULES, {}, ['data-quality', 'caseloads'])).toBeNull();
  });

  it('reads fewer tables with --rules and a fixed as-at date, lists the others as not read, and gets the same metrics', async () => {
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ['bin/caseaudit.js', 'audit', council, ...args], { encoding: 'utf8' });
    const full = cli(['--as-at', AS_AT, '--format', 'json', '--out', join(dir, 'full'), '--quiet']);
    const some = cli([
      '--as-at',
      AS_AT,
      '--rules',
      'caseloads',
      '--format',
      'json,md',
      '--out',
      join(dir, 'some'),
      '--quiet',
    ]);
    expect(full.status, full.stderr).toBeLessThan(2);
    expect(some.status, some.stderr).toBeLessThan(2);
    expect(some.stdout).toContain(
      'Not read (no selected rule uses them, and their data quality is not checked): assessments, children, contacts, plans, referrals, reviews, section47, supervisions, visits',
    );
    type J = {
      rules: { id: string; metrics: Record<string, { value: number | null }> }[];
      dataQuality: { tables: { table: string; status: string; rowsRead: number }[] };
    };
    const a = JSON.parse(await readFile(join(dir, 'full', 'findings.json'), 'utf8')) as J;
    const b = JSON.parse(await readFile(join(dir, 'some', 'findings.json'), 'utf8')) as J;
    const statusOf = (j: J, t: string) => j.dataQuality.tables.find((x) => x.table === t)!.status;
    expect(statusOf(b, 'supervisions')).toBe('not-read');
    expect(statusOf(b, 'workers')).toBe('loaded');
    expect(statusOf(a, 'supervisions')).toBe('loaded');
    expect(b.rules.find((r) => r.id === 'caseloads')!.metrics).toEqual(
      a.rules.find((r) => r.id === 'caseloads')!.metrics,
    );
    expect(await readFile(join(dir, 'some', 'summary.md'), 'utf8')).toContain('Not read (no selected rule uses them');
  });

  it('every rule alone, reading only its own tables, gives exactly what it gives in a full audit', async () => {
    const full = audit(await loadExport(council), { asAt: AS_AT });
    const ruleIds = RULES.filter((r) => !r.alwaysOn).map((r) => r.id);
    for (const id of ruleIds) {
      const ex = await loadExport(council, { auditFor: { asAt: AS_AT, rules: [id], threads: false } });
      expect(
        ex.dq.tableList().some((t) => t.status === 'not-read'),
        id,
      ).toBe(true);
      const alone = audit(ex, { asAt: AS_AT, rules: [id] }).rules.find((r) => r.id === id)!;
      const inFull = full.rules.find((r) => r.id === id)!;
      expect(alone.status, id).toBe('ran');
      expect({ metrics: alone.metrics, findings: alone.findings, breakdowns: alone.breakdowns }, id).toEqual({
        metrics: inFull.metrics,
        findings: inFull.findings,
        breakdowns: inFull.breakdowns,
      });
    }
  });

  it("batch reads only the selected rules' tables too", async () => {
    const r = spawnSync(
      process.execPath,
      [
        'bin/caseaudit.js',
        'batch',
        council,
        '--rules',
        'caseloads',
        '--as-at',
        AS_AT,
        '--format',
        'json',
        '--out',
        join(dir, 'batch'),
        '--quiet',
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBeLessThan(2);
    const j = JSON.parse(await readFile(join(dir, 'batch', 'council', 'findings.json'), 'utf8')) as {
      dataQuality: { tables: { table: string; status: string }[] };
    };
    expect(j.dataQuality.tables.filter((t) => t.status === 'not-read').map((t) => t.table)).toEqual([
      'assessments',
      'children',
      'contacts',
      'plans',
      'referrals',
      'reviews',
      'section47',
      'supervisions',
      'visits',
    ]);
  });

  it('reads every table when the as-at date is not fixed, since any table could set it', async () => {
    const r = spawnSync(
      process.execPath,
      [
        'bin/caseaudit.js',
        'audit',
        council,
        '--rules',
        'caseloads',
        '--format',
        'json',
        '--out',
        join(dir, 'open'),
        '--quiet',
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBeLessThan(2);
    const j = JSON.parse(await readFile(join(dir, 'open', 'findings.json'), 'utf8')) as {
      dataQuality: { tables: { status: string }[] };
    };
    expect(j.dataQuality.tables.every((t) => t.status === 'loaded')).toBe(true);
  });
});
