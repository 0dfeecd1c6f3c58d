#!/usr/bin/env node
// Thin shim: the CLI lives in src/cli/main.ts and returns the exit code. `npm run build` bundles
// it into dist/bundle/cli.js (scripts/bundle.mjs), which starts faster than the separate modules.
import { run } from '../dist/bundle/cli.js';

const code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
process.exitCode = code;
