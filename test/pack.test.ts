/**
 * The package as a user gets it: `npm pack`, installed into an empty folder, runs from there.
 * Catches a `files` list that leaves out something the CLI reads at run time (templates, data,
 * the bundle's chunks) and a dependency that is only a devDependency.
 *
 * The pack runs with --ignore-scripts: `npm test` has just built dist/, and the `prepack` build
 * would delete dist/bundle while other test files spawn it. The install prefers npm's cache
 * (filled by `npm ci`) and reaches the registry only for what the cache lacks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'caseaudit-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm pack', () => {
  it('gives a tarball that installs into an empty folder and audits the demo export from there', () => {
    const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
    expect(packed.err.replace(/npm (notice|warn).*\n?/g, '')).toBe('');
    expect(packed.code).toBe(0);
    const [info] = JSON.parse(packed.out) as { filename: string; files: { path: string }[] }[];
    const paths = info.files.map((f) => f.path);
    // What the CLI reads at run time, and the docs the README links to.
    for (const p of [
      'bin/caseaudit.js',
      // bin/caseaudit.js is CommonJS by this file, and starts the code cache's loader from start.cjs.
      'bin/package.json',
      'dist/bundle/start.cjs',
      'dist/bundle/cli.js',
      'dist/bundle/cli.cjs',
      'dist/bundle/cli.cjs.cache',
      'dist/src/index.js',
      'dist/rules/index.js',
      'docs/data-contract.md',
      'docs/rules.md',
      'docs/output.md',
      'docs/architecture.md',
      'package.json',
      'README.md',
    ]) {
      expect(paths).toContain(p);
    }
    expect(paths.some((p) => p.startsWith('templates/'))).toBe(true);
    expect(paths.some((p) => p.startsWith('data/'))).toBe(true);
    // No tests, fixtures or benchmark in the package.
    expect(paths.filter((p) => /^(test|fixtures|bench|dist\/bench|src|rules)\//.test(p))).toEqual([]);

    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "empty", "private": true }\n');
    const installed = npm(
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, info.filename)],
      app,
    );
    expect(installed.err.replace(/npm (notice|warn).*\n?/g, '')).toBe('');
    expect(installed.code).toBe(0);

    const bin = join(app, 'node_modules', '.bin', 'caseaudit');
    const version = spawnSync(bin, ['--version'], { cwd: app, encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);

    const out = join(app, 'report');
    const audit = spawnSync(
      bin,
      [
        'audit',
        join(ROOT, 'fixtures/demo'),
        '--as-at',
        '2024-03-31',
        '--format',
        'json,md,csv',
        '--out',
        out,
        '--quiet',
      ],
      { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(audit.stderr).toBe('');
    expect(audit.status).toBe(0);
    expect(existsSync(join(out, 'findings.json'))).toBe(true);
    const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8'));
    expect(json).toMatchObject({ tool: { name: 'caseaudit' }, asAt: '2024-03-31' });
    expect(json.rules.filter((r: { status: string }) => r.status === 'ran').length).toBeGreaterThan(5);
    expect(readdirSync(out)).toContain('summary.md');
  }, 600_000);
});
