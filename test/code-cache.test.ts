/**
 * Start-up from the V8 code cache (issue 24, src/cli/codeCache.ts): used only when its stamp names
 * this Node and the exact source, and V8 accepts its bytes; otherwise the caller gets null and
 * starts the ES-module bundle, never an error. And the built CLI starts from it, with the same
 * outputs as the ES-module bundle.
 */
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileOf, loadCachedCli, writeCodeCache } from '../src/cli/codeCache.js';

const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };

/**
 * How a fresh process starts `bundle` (the built module, as bin/caseaudit.js loads it), and what
 * its run answers. A fresh process: this one compiled the bundle to write its cache, and V8's
 * in-memory compilation cache would then never look at the cache file.
 */
function startIn(bundle: string): string {
  const code = `const { loadCachedCli } = await import(${JSON.stringify(resolve('dist/src/cli/codeCache.js'))});
    const { cli, use } = loadCachedCli(${JSON.stringify(bundle)});
    process.stdout.write(use + (cli ? ' ' + (await cli.run(['a', 'b'], {})) : ''));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

/**
 * A CommonJS "bundle" whose run answers 40 + the number of arguments (after an import, as the CLI
 * makes them: through __caseauditImport), and its code cache.
 */
async function bundleWithCache(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-cache-'));
  const bundle = join(dir, 'cli.cjs');
  writeFileSync(
    bundle,
    "exports.run = async (argv) => 39 + (await __caseauditImport('node:path')).sep.length + argv.length;\n",
  );
  let warmed = 0;
  await writeCodeCache(bundle, async (cli) => {
    warmed = await cli.run(['a'], io);
  });
  expect(warmed).toBe(41);
  return bundle;
}

describe('code cache', () => {
  it('is used when its stamp matches this Node and this source', async () => {
    const bundle = await bundleWithCache();
    expect(startIn(bundle)).toBe('used 42');
  });

  it('is not used for a source changed since (same length: V8 alone would not notice)', async () => {
    const bundle = await bundleWithCache();
    const text = readFileSync(bundle, 'utf8');
    writeFileSync(bundle, text.replace('39', '49'));
    expect(loadCachedCli(bundle)).toEqual({ cli: null, use: 'stale' });
  });

  it('is not used when made by another Node, nor when missing, unreadable or cut short', async () => {
    const bundle = await bundleWithCache();
    const file = cacheFileOf(bundle);
    const bytes = readFileSync(file);
    const nl = bytes.indexOf(10);
    const stamp = JSON.parse(bytes.toString('utf8', 0, nl)) as { node: string };
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${JSON.stringify({ ...stamp, node: 'v0.0.1' })}\n`), bytes.subarray(nl + 1)]),
    );
    expect(loadCachedCli(bundle).use).toBe('stale');
    writeFileSync(file, 'not a stamp');
    expect(loadCachedCli(bundle).use).toBe('stale');
    // V8's own check: a payload shorter than its header says is rejected, and nothing has run.
    writeFileSync(file, bytes.subarray(0, nl + 1 + Math.floor((bytes.length - nl - 1) / 2)));
    expect(startIn(bundle)).toBe('rejected');
    expect(loadCachedCli(join(bundle, '..', 'none.cjs')).use).toBe('no-bundle');
    writeFileSync(file, '');
    expect(loadCachedCli(bundle).use).toBe('stale');
    expect(loadCachedCli(join(tmpdir(), 'caseaudit-no-such-bundle.cjs')).use).toBe('no-bundle');
    // A bundle that cannot be read (here a folder by its name) is no error either.
    const folder = join(mkdtempSync(join(tmpdir(), 'caseaudit-cache-')), 'cli.cjs');
    mkdirSync(folder);
    expect(loadCachedCli(folder)).toEqual({ cli: null, use: 'no-bundle' });
  });

  it('the built CLI starts from its cache and writes what the ES-module bundle writes', () => {
    const run = (extra: string[], env: Record<string, string>) => {
      const out = mkdtempSync(join(tmpdir(), 'caseaudit-out-'));
      const r = spawnSync(
        process.execPath,
        [
          resolve('bin/caseaudit.js'),
          'audit',
          resolve('fixtures/mini'),
          '--as-at',
          '2024-03-31',
          '--format',
          'json,csv,md',
          '--quiet',
          '--out',
          out,
          ...extra,
        ],
        { encoding: 'utf8', env: { ...process.env, ...env } },
      );
      expect(r.status).toBe(0);
      return { err: r.stderr, out };
    };
    const cached = run([], { CASEAUDIT_DEBUG_START: '1' });
    expect(cached.err).toBe('caseaudit: code cache used\n');
    // --debug always starts the ES-module bundle (source maps).
    const esm = run(['--debug'], {});
    for (const f of ['findings.json', 'summary.md', 'worklist-children.csv'])
      expect(readFileSync(join(cached.out, f)), f).toEqual(readFileSync(join(esm.out, f)));
    // A command that imports on demand (the key file is read through a dynamic import), from the cache.
    const key = join(mkdtempSync(join(tmpdir(), 'caseaudit-key-')), 'key.txt');
    writeFileSync(key, 'a key of twenty characters\n');
    const keyed = ['--pseudonymise', '--key-file', key];
    const cachedKeyed = run(keyed, { CASEAUDIT_DEBUG_START: '1' });
    expect(cachedKeyed.err).toBe('caseaudit: code cache used\n');
    const esmKeyed = run([...keyed, '--debug'], {});
    expect(readFileSync(join(cachedKeyed.out, 'findings.json'))).toEqual(
      readFileSync(join(esmKeyed.out, 'findings.json')),
    );
  });

  it('the built bundle is ASCII only, its regular expressions escaped to the same characters', () => {
    // Read at every start: ASCII decodes about 4× faster than UTF-8 with a few other characters.
    const bytes = readFileSync(resolve('dist/bundle/cli.cjs'));
    expect(isAscii(bytes)).toBe(true);
    // rules/lib/supervisionTokens.ts's separators, written with an en and an em dash.
    const text = bytes.toString('latin1');
    expect(text).toContain('.search(/[\\u2013\\u2014:;,]| - /)');
    // Without whitespace or comments (1.84 -> 1.25 MB read, decoded and hashed at every start);
    // lines are left only inside template literals (about 300 of the 49,000 written unminified).
    expect(text.split('\n').length).toBeLessThan(1_000);
    expect(bytes.length).toBeLessThan(1_500_000);
    expect('a \u2014 b'.search(/[\u2013\u2014:;,]| - /)).toBe(2);
  });

  it('bin/caseaudit.js starts the cached CLI as CommonJS, loading no module a seven-metric audit does not use', () => {
    // Node's ES-module loader (about 40 internal modules) is what an ES-module main costs before
    // any of the CLI runs; child_process (commander's, for subcommands run as executables) and
    // worker_threads (no worker is started) a few ms more. A preloaded script lists what was loaded.
    const dir = mkdtempSync(join(tmpdir(), 'caseaudit-start-'));
    const list = join(dir, 'modules.txt');
    const preload = join(dir, 'list.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`,
    );
    const args = ['audit', resolve('fixtures/mini'), '--as-at', '2024-03-31', '--no-trends', '--quiet'];
    const seven = ['--rules', 'assessment-timeliness,threshold-consistency,caseloads', '--format', 'json'];
    const r = spawnSync(
      process.execPath,
      ['--require', preload, resolve('bin/caseaudit.js'), ...args, ...seven, '--out', join(dir, 'out')],
      { encoding: 'utf8', env: { ...process.env, CASEAUDIT_DEBUG_START: '1' } },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('caseaudit: code cache used\n');
    const loaded = readFileSync(list, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule fs');
    expect(
      loaded.filter((m) => /esm\/(module_job|translators|resolve)$|child_process$|worker_threads$/.test(m)),
    ).toEqual([]);
  });
});
