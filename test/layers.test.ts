/**
 * Dependencies point down only (docs/architecture.md): model ← load ← config ← engine ← rules ←
 * report, privacy, ci ← api, generate ← batch ← cli. Every relative import in src/ and rules/ is
 * checked against these ranks; an import of a higher layer fails with the file and the import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from './helpers/imports.js';

const ROOT = resolve(import.meta.dirname, '..');
const RANKS: readonly [prefix: string, rank: number][] = [
  ['src/model/', 0],
  ['src/load/', 1],
  ['src/config/', 2],
  ['src/engine/', 3],
  ['rules/', 4],
  ['src/report/', 5],
  ['src/privacy/', 5],
  ['src/ci/', 5],
  ['src/api.ts', 6],
  ['src/auditApi.ts', 6],
  ['src/childrenApi.ts', 6],
  ['src/index.ts', 6],
  ['src/generate/', 6],
  ['src/batch/', 7],
  ['src/cli/', 8],
];

function rankOf(file: string): number | null {
  for (const [prefix, rank] of RANKS) if (file === prefix || file.startsWith(prefix)) return rank;
  return null;
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((f) => {
    const rel = join(dir, f);
    if (statSync(join(ROOT, rel)).isDirectory()) return sources(rel);
    return rel.endsWith('.ts') ? [rel] : [];
  });
}

export function violations(files: readonly string[], read: (f: string) => string): string[] {
  const bad: string[] = [];
  for (const f of files) {
    const mine = rankOf(f);
    if (mine === null) continue;
    for (const target of importsOf(f, read(f))) {
      const theirs = rankOf(target);
      if (theirs !== null && theirs > mine) bad.push(`${f} imports ${target}`);
    }
  }
  return bad;
}

describe('layers', () => {
  it('no module in src/ or rules/ imports a higher layer', () => {
    const files = [...sources('src'), ...sources('rules')];
    expect(files.length).toBeGreaterThan(50);
    expect(violations(files, (f) => readFileSync(join(ROOT, f), 'utf8'))).toEqual([]);
  });

  it('the check catches an upward import, static or dynamic', () => {
    const text: Record<string, string> = {
      'src/engine/x.ts': "import { RULES } from '../../rules/index.js';",
      'src/model/y.ts': "import type { TableLog } from '../load/issues.js';\nconst m = await import('../cli/main.js');",
      'src/load/z.ts': "import { dayFromYmd } from '../model/day.js';",
    };
    expect(violations(Object.keys(text), (f) => text[f]!)).toEqual([
      'src/engine/x.ts imports rules/index.ts',
      'src/model/y.ts imports src/load/issues.ts',
      'src/model/y.ts imports src/cli/main.ts',
    ]);
  });
});
