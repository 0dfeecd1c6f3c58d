/**
 * V8's settings for a caseaudit process (bin/v8Flags.cjs, issue 18 s18-v8): set by bin/caseaudit.js
 * before the CLI loads, by the build before it writes the code cache, and by the bench's fresh loads
 * before they read. V8 itself shows that they are in force: it rejects a code cache made under other
 * flags, so the built cache is rejected by a plain process and accepted once the settings are applied,
 * and the spawned CLI starting from that cache (test/code-cache.test.ts) has them set.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliV8, timeLoadFresh } from '../bench/returnsLoad.js';
import { generateExport } from '../src/generate/index.js';

/** How a fresh process, with or without the CLI's settings applied first, starts the built CLI from its cache. */
function cacheUse(withSettings: boolean): string {
  const code = `${withSettings ? `require(${JSON.stringify(resolve('bin/v8Flags.cjs'))}).applyCliV8Flags();` : ''}
    const { loadCachedCli } = require(${JSON.stringify(resolve('dist/bundle/start.cjs'))});
    process.stdout.write(loadCachedCli(${JSON.stringify(resolve('dist/bundle/cli.cjs'))}).use);`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe("the CLI's V8 settings", () => {
  it('are the doubled interrupt budget, and nothing V8 sizes at start-up (set at run time, it would not apply)', () => {
    expect(cliV8.CLI_V8_FLAGS).toEqual(['--interrupt-budget=135168']);
    expect(cliV8.CLI_V8_FLAGS.some((f) => /semi-space|old-space/.test(f))).toBe(false);
  });

  it('are in force in V8 once applied: the built code cache, made under them, is rejected without them', () => {
    expect(cacheUse(false)).toBe('rejected');
    expect(cacheUse(true)).toBe('used');
  });

  it("are what the bench's fresh loads run with, the canonical CSVs and the returns alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseaudit-v8-'));
    await generateExport({ out: join(dir, 'canonical'), children: 40, seed: 3 });
    await generateExport({ out: join(dir, 'returns'), children: 40, seed: 3, layout: 'returns' });
    expect(readdirSync(join(dir, 'returns')).some((f) => f.endsWith('.xml'))).toBe(true);
    for (const [sub, layout] of [
      ['canonical', 'canonical'],
      ['returns', 'returns'],
    ] as const) {
      const loaded = timeLoadFresh(join(dir, sub), layout);
      expect(loaded.rows).toBeGreaterThan(0);
      expect(loaded.v8).toEqual(['--interrupt-budget=135168']);
    }
  });
});
