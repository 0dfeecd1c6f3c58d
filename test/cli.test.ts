/** The CLI as a user runs it: the built binary, spawned, with its exit codes and messages. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const MINI = resolve('fixtures/mini');

function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? mkdtempSync(join(tmpdir(), 'caseaudit-cli-')),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...opts.env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'caseaudit-out-'));
}

describe('caseaudit CLI', () => {
  it('audits an export and writes findings.json of the SPEC §5 shape (exit 0)', () => {
    const out = tmp();
    const r = cli(['audit', MINI, '--as-at', '2024-03-31', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/As at 2024-03-31 \(command line\); period 2023-04-01 to 2024-03-31/);
    const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8'));
    expect(json).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'caseaudit' },
      asAt: '2024-03-31',
      period: { start: '2023-04-01', end: '2024-03-31' },
    });
    expect(Array.isArray(json.rules)).toBe(true);
    for (const rule of json.rules) expect(['ran', 'not-run', 'error']).toContain(rule.status);
    expect(json.dataQuality.rowsRead).toBe(17);
  });

  it('runs from the bundle, whose supervision worker answers with --threads always and gives the same bytes as one thread', () => {
    const threaded = tmp(),
      single = tmp();
    const a = cli(
      ['audit', resolve('fixtures/demo'), '--threads', 'always', '--format', 'json,md', '--out', threaded, '--quiet'],
      { env: { CASEAUDIT_DEBUG_PREPARE: '1' } },
    );
    expect(a.code).toBe(0);
    // The bundled CLI started the bundled worker (dist/bundle/prepareWorker.js), which answered.
    expect(a.err).toMatch(/prepare supervision-quality \(dist\/bundle\/prepareWorker\.js\): waited \d+ ms; answered/);
    const b = cli(
      ['audit', resolve('fixtures/demo'), '--threads', 'never', '--format', 'json,md', '--out', single, '--quiet'],
      { env: { CASEAUDIT_DEBUG_PREPARE: '1' } },
    );
    expect(b.err).toBe('');
    for (const f of ['findings.json', 'summary.md'])
      expect(readFileSync(join(threaded, f))).toEqual(readFileSync(join(single, f)));
    expect(readFileSync(BIN, 'utf8')).toMatch(/dist\/bundle\/cli\.js/);
    expect(cli(['audit', MINI, '--threads', 'sometimes']).err).toMatch(
      /'--threads <when>' argument 'sometimes' is invalid/,
    );
  });

  it('with --debug, shows the stack of an error in the TypeScript sources, and without it no stack', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.json'), '{"rules": {"nope": {}}}');
    const debug = cli(['audit', MINI, '--config', join(dir, 'bad.json'), '--out', tmp(), '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.err).toMatch(/^caseaudit: .*bad\.json: rules\.nope: no such rule/);
    expect(debug.err).toMatch(/at resolveRuleOptions \(.*src[\\/]engine[\\/]run\.ts:\d+:\d+\)/);
    const plain = cli(['audit', MINI, '--config', join(dir, 'bad.json'), '--out', tmp()]);
    expect(plain.code).toBe(2);
    expect(plain.err).not.toMatch(/\n\s+at /);
  });

  it('refuses a --pdf-rows or report.pdfEvidenceRows that is not a whole number, in one line (exit 2)', () => {
    const bad = cli(['audit', MINI, '--pdf-rows', '-1', '--out', tmp()]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('caseaudit: --pdf-rows: "-1" is not a whole number (0 or more)\n');
    const dir = tmp();
    writeFileSync(join(dir, 'c.json'), '{"report": {"pdfEvidenceRows": 2.5}}');
    const cfg = cli(['audit', MINI, '--config', join(dir, 'c.json'), '--out', tmp()]);
    expect(cfg.code).toBe(2);
    expect(cfg.err).toMatch(/report\.pdfEvidenceRows/);
    expect(cfg.err.trim().split('\n')).toHaveLength(1);
  });

  it('writes byte-identical JSON on two runs', () => {
    const a = tmp(),
      b = tmp();
    cli(['audit', MINI, '--as-at', '2024-03-31', '--out', a]);
    cli(['audit', MINI, '--as-at', '2024-03-31', '--out', b]);
    expect(readFileSync(join(a, 'findings.json'))).toEqual(readFileSync(join(b, 'findings.json')));
  });

  it('uses the latest event date as as-at when none is given, and says so', () => {
    const r = cli(['audit', MINI, '--out', tmp()]);
    expect(r.out).toMatch(/As at 2024-01-10 \(latest event in export\)/);
  });

  it('exits 2 with one line naming file and column when a required column is missing', () => {
    const dir = tmp();
    cpSync(MINI, dir, { recursive: true });
    writeFileSync(join(dir, 'plans.csv'), 'plan_id,child_id,start_date\nP1,C001,2024-01-01\n');
    const r = cli(['audit', dir, '--as-at', '2024-03-31', '--out', tmp()]);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/plans\.csv: required column "plan_type" not found/);
    expect(r.err).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('exits 2 with one clear line, no stack trace, for a missing export folder', () => {
    const r = cli(['audit', '/no/such/export']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('caseaudit: /no/such/export: no such folder\n');
  });

  it('exits 2 for a bad --as-at, an unknown format and an unknown rule', () => {
    expect(cli(['audit', MINI, '--as-at', '31/03/2024']).err).toMatch(
      /--as-at: "31\/03\/2024" is not a date as YYYY-MM-DD/,
    );
    expect(cli(['audit', MINI, '--format', 'docx']).code).toBe(2);
    const r = cli(['audit', MINI, '--rules', 'nope']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--rules: no such rule "nope"/);
  });

  it('exits 2 naming the key for a config mistake, before reading any data', () => {
    const cwd = tmp();
    writeFileSync(join(cwd, 'caseaudit.config.json'), JSON.stringify({ asAt: '2024-03-31', rulez: {} }));
    const r = cli(['audit', MINI], { cwd });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/caseaudit\.config\.json: \(top level\): .*"rulez"/);
    writeFileSync(join(cwd, 'bad.json'), '{ "asAt": "2024-03-31", }');
    const r2 = cli(['audit', MINI, '--config', 'bad.json'], { cwd });
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/bad\.json: not valid JSON at line 1/);
  });

  it('exits 1 when findings reach --fail-on, 0 when they do not', () => {
    const dir = tmp();
    cpSync(MINI, dir, { recursive: true });
    writeFileSync(
      join(dir, 'visits.csv'),
      'child_id,visit_date,seen\nC001,2024-13-01,Y\nC001,not a date,Y\nC002,2024-01-30,maybe\n',
    );
    const high = cli([
      'audit',
      dir,
      '--as-at',
      '2024-03-31',
      '--out',
      tmp(),
      '--fail-on',
      'high',
      '--rules',
      'data-quality',
    ]);
    expect(high.code).toBe(1);
    expect(high.out).toMatch(/finding\(s\) at or above --fail-on high/);
    const none = cli([
      'audit',
      MINI,
      '--as-at',
      '2024-03-31',
      '--out',
      tmp(),
      '--rules',
      'data-quality',
      '--fail-on',
      'high',
    ]);
    expect(none.code).toBe(0);
  });

  it('prints no colour codes when output is not a terminal', () => {
    const r = cli(['audit', MINI, '--as-at', '2024-03-31', '--out', tmp()]);
    expect(r.out).not.toMatch(/\u001b\[/);
  });

  it('has help with an example for every command', () => {
    const top = cli(['--help']);
    expect(top.code).toBe(0);
    const commands = [...top.out.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['audit', 'validate', 'rules']));
    for (const c of commands) {
      const h = cli([c, '--help']);
      expect(h.code, c).toBe(0);
      expect(h.out, c).toMatch(/Examples?:\n\s+\$ caseaudit /);
    }
  });

  it('validate reports data quality and rules lists every rule with its options', () => {
    const v = cli(['validate', MINI]);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/plans\s+4 rows, 0 with errors/);
    const rules = cli(['rules', '--json']);
    const list = JSON.parse(rules.out) as { id: string; options: Record<string, unknown> }[];
    expect(list.map((r) => r.id)).toContain('data-quality');
    expect(list.find((r) => r.id === 'data-quality')!.options).toEqual({ maxRowsWithIssues: 0.05, tolerance: 0.05 });
    // An option with no default (supervision-quality's lexicon) is listed too, not left out.
    const sq = (list as { id: string; optionsWithoutDefault?: unknown }[]).find((r) => r.id === 'supervision-quality');
    expect(sq!.optionsWithoutDefault).toEqual([{ name: 'lexicon', type: 'string' }]);
    expect(list.find((r) => r.id === 'data-quality')).toMatchObject({ optionsWithoutDefault: [] });
    expect(cli(['rules']).out).toContain('  option lexicon (string): no default\n');
  });

  it('names the layout it detected in the summary, as docs/data-contract.md says', () => {
    for (const [fixture, layout] of [
      ['ssd-small', 'ssd'],
      ['annex-a-csv', 'annex-a'],
      ['mini', 'canonical'],
    ] as const) {
      const path = resolve('fixtures', fixture);
      const out = tmp();
      const a = cli(['audit', path, '--as-at', '2024-03-31', '--out', out]);
      expect(a.code, fixture).toBe(0);
      expect(a.out, fixture).toContain(`Export: ${path} (${layout})`);
      expect(JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')).source.layout).toBe(layout);
      expect(cli(['validate', path]).out, fixture).toContain(`\nLayout: ${layout}\n`);
    }
  });

  it('does not leave temporary files in the output folder', () => {
    const out = tmp();
    cli(['audit', MINI, '--as-at', '2024-03-31', '--out', out]);
    expect(existsSync(join(out, 'findings.json'))).toBe(true);
    const names = readdirSync(out);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
