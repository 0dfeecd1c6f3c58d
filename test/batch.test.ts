/**
 * `caseaudit batch`: the built binary spawned over copies of fixtures/mini plus broken inputs, and
 * the library pieces (discovery, comparison, runBatch) with known answers.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Comparison, csvCell } from '../src/batch/comparison.js';
import type { AuditResult } from '../src/engine/types.js';
import { discoverExports } from '../src/batch/discover.js';
import { runBatch } from '../src/batch/runBatch.js';
import { run } from '../src/cli/main.js';

const BIN = resolve('bin/caseaudit.js');
const MINI = resolve('fixtures/mini');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A temp folder `in/` holding north and south (copies of mini) and broken (plans.csv lacks plan_type). */
function threeExports(): string {
  const root = mkdtempSync(join(tmpdir(), 'caseaudit-batch-'));
  cpSync(MINI, join(root, 'in', 'north'), { recursive: true });
  cpSync(MINI, join(root, 'in', 'south'), { recursive: true });
  cpSync(MINI, join(root, 'in', 'broken'), { recursive: true });
  writeFileSync(join(root, 'in', 'broken', 'plans.csv'), 'plan_id,child_id,start_date\nP1,C001,2024-01-01\n');
  return root;
}

const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const findings = (p: string) => readJson<AuditResult>(p);
const comparison = (p: string) => readJson<Comparison>(p);

describe('caseaudit batch (built binary)', () => {
  it('audits the good exports, lists the broken one with its reason, and exits 2', () => {
    const root = threeExports();
    const r = cli(['batch', 'in', '--out', 'out', '--as-at', '2024-03-31', '--jobs', '2', '--format', 'json'], root);
    expect(r.code).toBe(2);
    // Each good export has its own report, the same as `caseaudit audit` writes.
    for (const name of ['north', 'south']) {
      const f = findings(join(root, 'out', name, 'findings.json'));
      expect(f.asAt).toBe('2024-03-31');
      expect(f.source.export).toBe(join('in', name));
    }
    const single = mkdtempSync(join(tmpdir(), 'caseaudit-batch-single-'));
    cli(['audit', join(root, 'in', 'north'), '--as-at', '2024-03-31', '--out', single], root);
    const auditRules = findings(join(single, 'findings.json')).rules;
    const batchRules = findings(join(root, 'out', 'north', 'findings.json')).rules;
    expect(batchRules).toEqual(auditRules);

    const c = comparison(join(root, 'out', 'comparison.json'));
    expect(c.exports.map((e) => e.name)).toEqual(['broken', 'north', 'south']);
    expect(c.columns).toEqual(['north', 'south']);
    const broken = c.exports[0];
    expect(broken.status).toBe('error');
    expect(broken.reason).toMatch(/^plans\.csv: required column "plan_type" not found/);
    expect(c.exports[1]).toMatchObject({ status: 'ok', asAt: '2024-03-31', period: { start: '2023-04-01', end: '2024-03-31' } });
    // mini: A001 takes 38 and A002 35 working days, both within 45 → 2 of 2; England 85.7%.
    const within45 = c.metrics.find((m) => m.key === 'assessment-timeliness.completedWithin45');
    expect(within45?.england?.value).toBe(0.857);
    expect(within45?.values).toEqual([
      { export: 'north', value: 1, rag: 'green', numerator: 2, denominator: 2 },
      { export: 'south', value: 1, rag: 'green', numerator: 2, denominator: 2 },
    ]);
    // Every metric of the single audit is a row, with that audit's value in each column.
    for (const rule of auditRules.filter((x) => x.status === 'ran')) {
      for (const [id, m] of Object.entries(rule.metrics)) {
        const row = c.metrics.find((x) => x.key === `${rule.id}.${id}`);
        expect(row, `${rule.id}.${id}`).toBeDefined();
        expect(row?.values.map((v) => v?.value)).toEqual([m.value, m.value]);
      }
    }
    // Metrics follow rule order: data-quality (first in the registry) before assessment-timeliness.
    const keys: string[] = c.metrics.map((m) => m.key);
    expect(keys[0]).toBe('data-quality.rowsWithIssues');
    expect(keys.indexOf('assessment-timeliness.completedWithin45')).toBeLessThan(keys.indexOf('assessment-timeliness.openOverdue'));

    const csv = readFileSync(join(root, 'out', 'comparison.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFmetric,label,unit,england,north,south\r\n')).toBe(true);
    expect(csv).toMatch(/\r\nassessment-timeliness\.completedWithin45,[^\r\n]*,share,0\.857,1,1\r\n/);

    const html = readFileSync(join(root, 'out', 'comparison.html'), 'utf8');
    expect(html).toMatch(/Could not be audited \(1\)/);
    expect(html).toContain('plans.csv: required column &quot;plan_type&quot; not found');
    expect(html).toMatch(/<span class="rag">Green<\/span>/);
    expect(html).not.toMatch(/<script/i);

    expect(r.out).toMatch(/Batch: 2 of 3 exports audited/);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^caseaudit: broken: plans\.csv: required column "plan_type" not found/)]);
  });

  it('reports a path that does not exist and a glob, still writing the others', () => {
    const root = threeExports();
    const r = cli(['batch', 'in/z*', 'in/?orth', 'in/s*', 'missing-export', '--out', 'out', '--as-at', '2024-03-31', '--format', 'json'], root);
    expect(r.code).toBe(2);
    const c = comparison(join(root, 'out', 'comparison.json'));
    expect(c.exports.map((e) => [e.name, e.status, e.reason ?? null])).toEqual([
      ['missing-export', 'error', 'missing-export: no such folder'],
      ['north', 'ok', null],
      ['south', 'ok', null],
      ['z_', 'error', 'in/z*: matched nothing'],
    ]);
    expect(c.columns).toEqual(['north', 'south']);
    expect(existsSync(join(root, 'out', 'north', 'findings.json'))).toBe(true);
    expect(existsSync(join(root, 'out', 'broken'))).toBe(false);
  });

  it('writes byte-identical comparison files whatever the number of workers', () => {
    const root = threeExports();
    cli(['batch', 'in', '--out', 'a', '--as-at', '2024-03-31', '--jobs', '1', '--format', 'json'], root);
    cli(['batch', 'in', '--out', 'b', '--as-at', '2024-03-31', '--jobs', '3', '--format', 'json'], root);
    for (const f of ['comparison.json', 'comparison.csv', 'comparison.html', 'north/findings.json']) {
      expect(readFileSync(join(root, 'b', f)), f).toEqual(readFileSync(join(root, 'a', f)));
    }
  });

  it('exits 0 when every export is audited, 1 with --fail-on when findings reach it', () => {
    const root = mkdtempSync(join(tmpdir(), 'caseaudit-batch-'));
    cpSync(MINI, join(root, 'in', 'north'), { recursive: true });
    cpSync(MINI, join(root, 'in', 'south'), { recursive: true });
    const ok = cli(['batch', 'in', '--out', 'ok', '--as-at', '2024-03-31', '--format', 'json'], root);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    const fail = cli(['batch', 'in', '--out', 'fail', '--as-at', '2024-03-31', '--format', 'json', '--fail-on', 'high'], root);
    expect(fail.code).toBe(1);
    const c = comparison(join(root, 'fail', 'comparison.json'));
    const high = findings(join(root, 'fail', 'north', 'findings.json')).rules
      .flatMap((x) => x.findings).filter((f) => f.severity === 'high').length;
    expect(high).toBeGreaterThan(0);
    expect(c.exports[0].failing).toBe(high);
    expect(c.exports[0].findings.high).toBe(high);
  });

  it('does not audit its own output folder when it lies inside the input folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'caseaudit-batch-'));
    cpSync(MINI, join(root, 'in', 'north'), { recursive: true });
    mkdirSync(join(root, 'in', 'report', 'north'), { recursive: true });
    writeFileSync(join(root, 'in', 'report', 'stale.csv'), 'x\n1\n');
    const r = cli(['batch', 'in', '--out', 'in/report', '--as-at', '2024-03-31', '--format', 'json'], root);
    expect(r.code).toBe(0);
    expect(comparison(join(root, 'in', 'report', 'comparison.json')).exports.map((e) => e.name)).toEqual(['north']);
  });

  it('rejects an unknown format or rule before auditing anything (exit 2)', () => {
    const root = threeExports();
    const f = cli(['batch', 'in', '--out', 'out', '--format', 'docx'], root);
    expect(f.code).toBe(2);
    expect(f.err).toMatch(/--format: unknown format "docx"/);
    const j = cli(['batch', 'in', '--out', 'out', '--jobs', '0'], root);
    expect(j.code).toBe(2);
    expect(j.err).toMatch(/--jobs: "0" is not a whole number/);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('has a help text with examples', () => {
    const h = cli(['batch', '--help'], tmpdir());
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/Examples:\n\s+\$ caseaudit batch /);
  });
});

describe('batch discovery', () => {
  it('finds exports one level down, expands * and ?, skips duplicates and names clashes apart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'caseaudit-discover-'));
    for (const d of ['a/north', 'a/south', 'b/north', 'a/empty', 'c/deep/x']) mkdirSync(join(root, d), { recursive: true });
    for (const d of ['a/north', 'a/south', 'b/north']) writeFileSync(join(root, d, 'plans.csv'), 'plan_id\n');
    writeFileSync(join(root, 'c', 'deep', 'x', 'plans.csv'), 'plan_id\n');
    const found = await discoverExports(['a', 'b/nort?', 'a/sou*', 'c', 'nowhere'], root);
    expect(found.map((f) => [f.name, f.source, f.error ?? null])).toEqual([
      ['north', join('a', 'north'), null],
      ['south', join('a', 'south'), null],
      ['north-2', join('b', 'north'), null],
      ['c', 'c', 'c: no CSV or xlsx files in this folder or the folders inside it'],
      ['nowhere', 'nowhere', 'nowhere: no such folder'],
    ]);
  });
});

describe('comparison CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula, and quotes separators', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(null)).toBe('');
  });
});

describe('runBatch (library, as the benchmark calls it)', () => {
  it('returns each export with its status and timing, and the exit code', async () => {
    const root = threeExports();
    const res = await runBatch({ inputs: ['in'], out: 'out', jobs: 2, formats: ['json'], asAt: '2024-03-31', cwd: root });
    expect(res.exitCode).toBe(2);
    expect(res.workers).toBe(2);
    expect(res.exports.map((e) => [e.name, e.status])).toEqual([['broken', 'error'], ['north', 'ok'], ['south', 'ok']]);
    for (const e of res.exports) expect(e.ms).toBeGreaterThan(0);
    expect(res.exports[1]!.written).toEqual(['north/findings.json']);
    expect(res.written.map((w) => w.slice(root.length + 1))).toEqual([join('out', 'comparison.json'), join('out', 'comparison.csv'), join('out', 'comparison.html')]);
  });

  it('escapes export paths in the HTML comparison', async () => {
    const root = mkdtempSync(join(tmpdir(), 'caseaudit-batch-'));
    cpSync(MINI, join(root, 'in', '<i>x'), { recursive: true });
    const res = await runBatch({ inputs: ['in'], out: 'out', jobs: 1, formats: ['json'], asAt: '2024-03-31', cwd: root });
    expect(res.exports[0]!.name).toBe('_i_x');
    const html = readFileSync(join(root, 'out', 'comparison.html'), 'utf8');
    expect(html).toContain('in/&lt;i&gt;x');
    expect(html).not.toContain('<i>x');
  });

  it('draws a progress bar on stderr only when it is a TTY', async () => {
    const root = threeExports();
    const capture = (tty: boolean) => {
      const err: string[] = [];
      const out: string[] = [];
      return { err, out, io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s), isTTY: tty }, cwd: root } };
    };
    const tty = capture(true);
    expect(await run(['batch', 'in', '--out', 'o1', '--as-at', '2024-03-31', '--format', 'json'], tty.io)).toBe(2);
    expect(tty.err.join('')).toMatch(/\[#{24}\] 3\/3 exports/);
    const pipe = capture(false);
    expect(await run(['batch', 'in', '--out', 'o2', '--as-at', '2024-03-31', '--format', 'json'], pipe.io)).toBe(2);
    expect(pipe.err.join('')).not.toMatch(/exports/);
  });
});
