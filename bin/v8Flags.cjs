// V8's settings for every caseaudit process, set in one place (issue 18, s18-v8; the measures are in
// docs/performance-history.md). bin/caseaudit.js applies them before the CLI is loaded,
// scripts/codeCache.mjs before it writes the code cache (V8 rejects a cache made under other flags),
// and the bench's fresh loads (bench/returnsLoad.ts) before they read, so both sides of its
// comparison run as the CLI does.
//
// --interrupt-budget doubled (V8 11.3's default 67,584 bytes of bytecode run before a function is
// considered for TurboFan): a short run compiles fewer functions that it then barely uses (a fresh
// literal returns load 72-73 compiles -> 50-57), for about 5-9% less process CPU on its helper
// threads; the main thread runs a little longer in Sparkplug code. Read at run time, so
// v8.setFlagsFromString here takes effect (the young generation's sizes would not: V8 sizes the heap
// when the process starts).
'use strict';

const CLI_V8_FLAGS = Object.freeze(['--interrupt-budget=135168']);

function applyCliV8Flags() {
  require('node:v8').setFlagsFromString(CLI_V8_FLAGS.join(' '));
}

module.exports = { CLI_V8_FLAGS, applyCliV8Flags };
