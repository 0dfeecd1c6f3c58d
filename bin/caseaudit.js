#!/usr/bin/env node
// Thin shim: the CLI lives in src/cli/main.ts and returns the exit code. `npm run build` bundles
// it into dist/bundle/cli.js (scripts/bundle.mjs), which starts faster than the separate modules.
// With --debug, stack traces name the TypeScript sources: source maps are read only then, and
// must be switched on before the bundle loads.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { run } = await import('../dist/bundle/cli.js');

const code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
process.exitCode = code;
