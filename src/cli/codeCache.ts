/**
 * Start-up from a V8 code cache (issue 24). Node 20 has no compile cache for ES modules, so the
 * build also writes the CLI as one CommonJS file (dist/bundle/cli.cjs) and a cache of its compiled
 * code (cli.cjs.cache, scripts/codeCache.mjs), made after an audit of fixtures/mini so it holds the
 * functions an audit compiles, not only the top level. bin/caseaudit.js runs the CLI from them when
 * the cache is valid, and the ES-module bundle (dist/bundle/cli.js) as before otherwise.
 *
 * Safe by construction: the cache is written only by the build, into dist/bundle/, never at run
 * time and never into the user's folders. Its stamp names the Node version, the architecture and
 * the SHA-256 of the exact source it was made from; V8 itself checks only the source's length, so a
 * rebuilt bundle of the same length must be caught here. Any mismatch, a missing or unreadable
 * file, or V8 rejecting the bytes (another V8 build or flags), and the CLI starts without it,
 * silently: the cache can only make start-up faster, never change what runs.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';
import type { CliIo } from './io.js';

export interface CliEntry {
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** How a start went: from the cache, or why not (CASEAUDIT_DEBUG_START prints it). */
export type CacheUse = 'used' | 'no-bundle' | 'no-cache' | 'stale' | 'rejected';

interface Stamp {
  node: string;
  arch: string;
  sha256: string;
}

/** The cache file: one line of JSON (the stamp), then V8's bytes. */
export const cacheFileOf = (bundle: string): string => `${bundle}.cache`;

/** The stamp of the bundle's bytes (hashed as read: hashing the decoded string encodes it again, 5-20 ms of a start). */
function stampOf(bytes: Buffer): Stamp {
  return {
    node: process.version,
    arch: process.arch,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The bundle's bytes and its source: ASCII (as the build writes it) decoded as one-byte text, with no UTF-8 decoding. */
function readBundle(bundle: string): { bytes: Buffer; source: string } {
  const bytes = readFileSync(bundle);
  return { bytes, source: bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8') };
}

/** The bundle wrapped as Node wraps a CommonJS module, so it runs with its own require and module. */
function compile(file: string, source: string, cachedData?: Buffer): vm.Script {
  return new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __caseauditImport) {${source}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  );
}

/**
 * The bundle's import() (scripts/bundle.mjs rewrites each one to call this): code from a cache has
 * no dynamic-import callback in Node 20, so the import is made here, by Node's own loader, for
 * Node's modules and the packages left outside the bundle (puppeteer-core, exceljs).
 */
const importFor = (specifier: string): Promise<unknown> => import(specifier);

function evaluate(script: vm.Script, file: string): CliEntry {
  const module = { exports: {} as CliEntry };
  const wrapper = script.runInThisContext() as (...a: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file), importFor);
  return module.exports;
}

/** The cache's V8 bytes when its stamp matches this Node and this source; else why not. */
function validCache(source: Buffer, cacheFile: string): Buffer | 'no-cache' | 'stale' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return 'no-cache';
  }
  const nl = bytes.indexOf(10);
  if (nl < 0) return 'stale';
  let stamp: Partial<Stamp>;
  try {
    stamp = JSON.parse(bytes.toString('utf8', 0, nl)) as Partial<Stamp>;
  } catch {
    return 'stale';
  }
  if (stamp.node !== process.version || stamp.arch !== process.arch) return 'stale';
  // The source's hash last: it is the only check that costs anything (about 3 ms for the bundle).
  if (stamp.sha256 !== stampOf(source).sha256) return 'stale';
  return bytes.subarray(nl + 1);
}

/**
 * The CLI run from `bundle` (a CommonJS file) with its code cache; null, with the reason, when the
 * cache cannot be used: the caller then starts the ES-module bundle, exactly as without a cache.
 */
export function loadCachedCli(bundle: string): { cli: CliEntry | null; use: CacheUse } {
  let read: { bytes: Buffer; source: string };
  try {
    read = readBundle(bundle);
  } catch {
    // Missing or unreadable (a folder, no permission): the ES-module bundle reports any real problem.
    return { cli: null, use: 'no-bundle' };
  }
  const cached = validCache(read.bytes, cacheFileOf(bundle));
  if (typeof cached === 'string') return { cli: null, use: cached };
  const script = compile(bundle, read.source, cached);
  // Rejected bytes (another V8 build or flags): nothing has run yet, so fall back cleanly.
  if (script.cachedDataRejected) return { cli: null, use: 'rejected' };
  return { cli: evaluate(script, bundle), use: 'used' };
}

/**
 * Writes `bundle`'s code cache (the build, scripts/codeCache.mjs): compiles and loads the bundle,
 * lets `warm` use it (an audit, so the functions an audit runs are compiled), then saves what V8
 * has compiled, under the stamp of this Node and this source.
 */
export async function writeCodeCache(bundle: string, warm: (cli: CliEntry) => Promise<void>): Promise<number> {
  const { bytes: sourceBytes, source } = readBundle(bundle);
  const script = compile(bundle, source);
  await warm(evaluate(script, bundle));
  const bytes = script.createCachedData();
  writeFileSync(
    cacheFileOf(bundle),
    Buffer.concat([Buffer.from(`${JSON.stringify(stampOf(sourceBytes))}\n`, 'utf8'), bytes]),
  );
  return bytes.length;
}
