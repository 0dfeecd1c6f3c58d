#!/usr/bin/env node
// Thin shim: the CLI lives in src/cli/main.ts and returns the exit code.
import { run } from '../dist/src/cli/main.js';

const code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
process.exitCode = code;
