#!/usr/bin/env node
// Thin shim: the CLI lives in src/cli/main.ts and returns the exit code. `npm run build` bundles
// it into dist/bundle/cli.js (scripts/bundle.mjs), which starts faster than the separate modules,
// and into dist/bundle/cli.cjs with a V8 code cache, which starts faster still: used when the cache
// was made for this Node and this bundle (src/cli/codeCache.ts, built as dist/bundle/start.cjs),
// else cli.js, the same code. With --debug, stack traces name the TypeScript sources: source maps
// are read only then, and must be switched on before the bundle loads (so --debug always takes cli.js).
//
// CommonJS (bin/package.json): a CommonJS main starts without Node's ES-module loader, about 40 of
// Node's internal modules (issue 24); the loader is brought in only when cli.js or an import() needs it.
'use strict';
const { join } = require('node:path');

async function main() {
  let cli = null;
  if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
  else {
    // A build without the loader (dist/bundle/start.cjs absent) starts the ES-module bundle, as before the cache.
    let loader;
    try {
      loader = require('../dist/bundle/start.cjs');
    } catch {
      loader = null;
    }
    const started = loader?.loadCachedCli(join(__dirname, '..', 'dist', 'bundle', 'cli.cjs'));
    if (process.env.CASEAUDIT_DEBUG_START)
      process.stderr.write(`caseaudit: code cache ${started?.use ?? 'no-loader'}\n`);
    cli = started?.cli ?? null;
  }
  const { run } = cli ?? (await import('../dist/bundle/cli.js'));

  const code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
  process.exitCode = code;
  // The command is done (every output written and closed, workers unref'd): exit now rather than
  // let Node wind down. Winding down runs the collector's pending tasks (at 1.1M rows a
  // mark-compact of the ~60 MB heap the audit leaves, 20-40 ms, issue 24) and frees the heap page
  // by page, work nobody needs. What was written to stdout and stderr is flushed first.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

/** Resolves once everything written to `stream` so far has been handed to the system (or the stream failed). */
function flushed(stream) {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

main();
