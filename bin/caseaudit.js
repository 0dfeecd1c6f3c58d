#!/usr/bin/env node
// Thin shim: the CLI lives in src/cli/main.ts and returns the exit code. `npm run build` bundles
// it into dist/bundle/cli.js (scripts/bundle.mjs), which starts faster than the separate modules,
// and into dist/bundle/cli.cjs with a V8 code cache, which starts faster still: used when the cache
// was made for this Node and this bundle (src/cli/codeCache.ts), else cli.js, the same code.
// With --debug, stack traces name the TypeScript sources: source maps are read only then, and
// must be switched on before the bundle loads (so --debug always takes cli.js).
import { fileURLToPath } from 'node:url';

let cli = null;
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
else {
  // A build without the loader (dist/src absent) starts the ES-module bundle, as before the cache.
  const loader = await import('../dist/src/cli/codeCache.js').catch(() => null);
  const started = loader?.loadCachedCli(fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url)));
  if (process.env.CASEAUDIT_DEBUG_START) process.stderr.write(`caseaudit: code cache ${started?.use ?? 'no-loader'}\n`);
  cli = started?.cli ?? null;
}
const { run } = cli ?? (await import('../dist/bundle/cli.js'));

const code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
process.exitCode = code;
