/**
 * Start-up work an audit does not need (issue 24, the seven-metric run): the HTML templates and
 * Handlebars are not in the CLI's static import graph (they load with --format html/pdf or the
 * child command's HTML), nor are the generator, the batch runner, csv-parse (init), the Annex A,
 * SSD and returns readers, the XML parser or the rules (each loads when a command runs it);
 * today's date in Europe/London, which loads the time-zone data, is worked out only when no as-at
 * date is given; and a zod schema (rule options,
 * the lexicon, the config, suppressions) is built only when something is parsed with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { RULES } from '../rules/index.js';
import { lexiconSchema } from '../rules/lib/supervisionLexicon.js';
import { ConfigError, parseConfig } from '../src/config/load.js';
import { configSchema } from '../src/config/schema.js';
import { resolveAsAt } from '../src/engine/asAt.js';
import { resolveRuleOptions } from '../src/engine/run.js';
import { exportFromRecords } from '../src/load/fromRecords.js';
import { parseIsoDay } from '../src/model/day.js';

/**
 * Whether a z.lazy schema has been built: zod 4 (pinned in package.json) keeps the built inner
 * schema on the lazy schema's def (`_cachedInner`) from its first use on.
 */
function built(schema: z.ZodType): boolean {
  const def = schema.def as { type: string; _cachedInner?: unknown };
  if (def.type !== 'lazy') throw new Error('not a z.lazy schema');
  return def._cachedInner !== undefined;
}

/** A static import or re-export of a relative file (`import … from "./x"`, `import "./x"`). */
const STATIC_IMPORT = /(?:^|[\s;}])(?:import|export)\s[^;(]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm;
/** The same, or an `import("./x")` left for when it runs. */
const ANY_IMPORT =
  /(?:^|[\s;}])(?:import|export)\s[^;(]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"|\bimport\("(\.[^"]+)"\)/gm;

/** Every file the bundle's entry reaches through `pattern`'s imports, followed through. */
function graphOf(entry: string, pattern: RegExp): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) visit(resolve(dirname(file), m[1] ?? m[2] ?? m[3]!));
  };
  visit(entry);
  return seen;
}

/** Every file the bundle's entry loads before running: its static imports, followed through. */
const staticGraph = (entry: string): Set<string> => graphOf(entry, STATIC_IMPORT);

/** Every file the bundle's entry can load: its static imports and its import()s, followed through. */
const wholeGraph = (entry: string): Set<string> => graphOf(entry, ANY_IMPORT);

/**
 * Whether a bundled file holds the module esbuild marks with `marker` (`// dist/src/…`, `// node_modules/…`).
 * esbuild writes a module's path relative to the project, so a package reached through a linked
 * node_modules (a git worktree sharing another checkout's) is marked `// ../../main/node_modules/…`:
 * any path before `node_modules/` is accepted, else the checks below could not fail in such a worktree.
 */
function holds(code: string, marker: string): boolean {
  if (!marker.startsWith('// node_modules/')) return code.includes(marker);
  const rest = marker.slice('// '.length).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^// (?:[^\\n]*/)?${rest}`, 'm').test(code);
}

describe('start-up', () => {
  it('the CLI bundle loads Handlebars and the report templates only when a command asks for them', () => {
    const graph = staticGraph(resolve('dist/bundle/cli.js'));
    expect(graph.size).toBeGreaterThan(1);
    const loaded = [...graph].map((f) => readFileSync(f, 'utf8'));
    // The file markers esbuild writes before each bundled module.
    expect(loaded.some((c) => c.includes('// dist/src/engine/run.js'))).toBe(true);
    expect(loaded.filter((c) => holds(c, '// node_modules/handlebars/'))).toEqual([]);
    expect(loaded.filter((c) => c.includes('// dist/src/report/html/templates.js'))).toEqual([]);
    // …while the HTML renderer and the child command still reach them, when they run.
    expect(loaded.some((c) => /import\("\.\/(?:chunks\/)?html-[^"]+\.js"\)/.test(c))).toBe(true);
    expect(loaded.some((c) => /import\("\.\/(?:chunks\/)?chronology-[^"]+\.js"\)/.test(c))).toBe(true);
  });

  it('the generator, batch runner, csv-parse, the Annex A, SSD and returns readers, the XML parser and the rules load only when used', () => {
    const graph = staticGraph(resolve('dist/bundle/cli.js'));
    const loaded = [...graph].map((f) => readFileSync(f, 'utf8'));
    const lazy = [
      '// dist/src/generate/index.js',
      '// dist/src/batch/runBatch.js',
      '// node_modules/csv-parse/',
      '// dist/src/load/annexA/index.js',
      '// dist/src/load/ssd/index.js',
      '// dist/src/load/returns/index.js',
      '// dist/src/load/returns/xmlStream.js',
      '// node_modules/saxes/',
      // Every rule: the CLI loads those its command runs (rules/registry.ts).
      ...RULES.map((r) => `// dist/rules/${r.id}.js`),
      '// dist/rules/lib/supervisionText.js',
    ];
    for (const marker of lazy)
      expect(
        loaded.filter((c) => holds(c, marker)),
        marker,
      ).toEqual([]);
    // They are still in the bundle, behind an import() the command or layout makes when it runs.
    const all = readdirSync(resolve('dist/bundle/chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(resolve('dist/bundle/chunks', f), 'utf8'));
    for (const marker of lazy)
      expect(
        all.some((c) => holds(c, marker)),
        marker,
      ).toBe(true);
    // What detecting a layout needs stays: returns are told apart without their readers.
    expect(loaded.some((c) => c.includes('// dist/src/load/returns/detect.js'))).toBe(true);
  });

  it('no command loads rules/index.ts (its top level awaits every rule): only the batch worker holds it', () => {
    const graph = wholeGraph(resolve('dist/bundle/cli.js'));
    const loaded = [...graph].map((f) => readFileSync(f, 'utf8'));
    // The whole graph: the rules, the generator and the chronology, behind their import()s, are in it.
    for (const marker of ['// dist/rules/caseloads.js', '// dist/src/generate/index.js', '// dist/src/childrenApi.js'])
      expect(
        loaded.some((c) => c.includes(marker)),
        marker,
      ).toBe(true);
    expect(loaded.filter((c) => c.includes('// dist/rules/index.js'))).toEqual([]);
    expect(loaded.filter((c) => c.includes('// dist/src/api.js'))).toEqual([]);
    // (the batch worker's audits are the library's, with every rule; the prepare worker's registry
    // entry is rules/registry.ts, which loads its job's rule alone)
    const batch = [...staticGraph(resolve('dist/bundle/worker.js'))].map((f) => readFileSync(f, 'utf8'));
    expect(batch.some((c) => c.includes('// dist/rules/index.js'))).toBe(true);
    const registry = [...wholeGraph(resolve('dist/bundle/ruleRegistry.js'))].map((f) => readFileSync(f, 'utf8'));
    expect(registry.filter((c) => c.includes('// dist/rules/index.js'))).toEqual([]);
  });

  it('options are parsed, and their schemas built, only for the rules that run or that the config sets', () => {
    const schemaOf = (id: string) => RULES.find((r) => r.id === id)!.options;
    const only = ['caseloads'];
    const some = resolveRuleOptions(RULES, {}, { only });
    expect([...some.keys()]).toEqual(['data-quality', 'caseloads']);
    expect(built(schemaOf('caseloads'))).toBe(true);
    for (const id of ['plan-drift', 'supervision-quality', 'threshold-consistency', 'workforce'])
      expect(built(schemaOf(id)), id).toBe(false);
    // The lexicon's schema is parsed only when a lexicon is read (the supervision rule's options).
    expect(built(lexiconSchema)).toBe(false);
    // A rule that does not run is still checked when the config sets its options, in the same words.
    const bad = { rules: { 'plan-drift': { options: { maxOverdueReviews: -1 } } } };
    const words = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    const scoped = words(() => resolveRuleOptions(RULES, bad, { only }));
    expect(scoped).toBe(words(() => resolveRuleOptions(RULES, bad)));
    expect(scoped).toMatch(/^config: rules\.plan-drift\.options\.maxOverdueReviews: /);
    // With valid options it is parsed too, and its defaults come with them.
    const set = resolveRuleOptions(RULES, { rules: { 'plan-drift': { options: { cpLongMonths: 30 } } } }, { only });
    expect(set.get('plan-drift')).toMatchObject({ cpLongMonths: 30, cpFirstReviewMonths: 3 });
    // A rule switched off in config does not run: nothing to parse. Without a scope, every rule.
    expect([
      ...resolveRuleOptions(RULES, { rules: { caseloads: { enabled: false } } }, { only: undefined }).keys(),
    ]).not.toContain('caseloads');
    expect(resolveRuleOptions(RULES, {}).size).toBe(RULES.length);
  });

  it('an empty config is answered without building the config schema, as the schema would answer it', () => {
    expect(parseConfig({})).toEqual({});
    expect(built(configSchema)).toBe(false);
    expect(configSchema.parse({})).toEqual(parseConfig({}));
    // Anything else goes through the schema: its errors are unchanged.
    expect(() => parseConfig({ periodMonth: 3 })).toThrow(/config: \(top level\): .*"periodMonth"/);
    expect(() => parseConfig(Object.create(null) as object)).not.toThrow();
  });

  it('today is worked out only when neither the command line nor the config gives the as-at date', () => {
    const ex = exportFromRecords({
      referrals: [{ referral_id: 'R1', child_id: 'C1', referral_date: '2024-01-10' }],
    });
    const never = (): number => {
      throw new Error('today asked for');
    };
    expect(resolveAsAt(ex, '2024-03-31', undefined, never)).toEqual({
      asAt: parseIsoDay('2024-03-31'),
      source: 'command line',
    });
    expect(resolveAsAt(ex, undefined, '2024-02-29', never)).toEqual({
      asAt: parseIsoDay('2024-02-29'),
      source: 'config',
    });
    let asked = 0;
    const today = () => (asked++, parseIsoDay('2024-06-01')!);
    expect(resolveAsAt(ex, undefined, undefined, today)).toEqual({
      asAt: parseIsoDay('2024-01-10'),
      source: 'latest event in export',
    });
    expect(asked).toBe(1);
  });

  it("the prepare worker's rule registry is bundled: the same rules, loaded from the worker's own chunks", async () => {
    const registry = resolve('dist/bundle/ruleRegistry.js');
    // The rules are import()s of rules/registry.ts, which rules/index.ts awaits as it loads.
    const graph = wholeGraph(registry);
    // Every file it loads is in the bundle (no dist/rules/ module, no file of zod's own)...
    expect([...graph].filter((f) => !f.startsWith(resolve('dist/bundle') + '/'))).toEqual([]);
    const loaded = [...graph].map((f) => readFileSync(f, 'utf8'));
    expect(loaded.some((c) => c.includes('// dist/rules/supervision-quality.js'))).toBe(true);
    expect(loaded.some((c) => holds(c, '// node_modules/zod/'))).toBe(true);
    // ...and the engine modules the bundled worker has loaded already are the same chunks, not copies.
    const worker = staticGraph(resolve('dist/bundle/prepareWorker.js'));
    const shared = [...graph].filter((f) => worker.has(f));
    expect(shared.length).toBeGreaterThan(0);
    const copies = (marker: string): number =>
      [...graph, ...worker].filter((f, i, all) => all.indexOf(f) === i && readFileSync(f, 'utf8').includes(marker))
        .length;
    expect(copies('// dist/src/engine/prepareShare.js')).toBe(1);
    type Loader = { loadRules: (ids?: readonly string[]) => Promise<readonly { id: string }[]> };
    const { loadRules } = (await import(registry)) as Loader;
    expect((await loadRules()).map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect((await loadRules(['supervision-quality'])).map((r) => r.id)).toEqual(['supervision-quality']);
    // The worker loads its job's rule alone: the supervision rule's chunk holds no other rule.
    const own = [...graph].find((f) => readFileSync(f, 'utf8').includes('// dist/rules/supervision-quality.js'))!;
    const ownGraph = [...staticGraph(own)].map((f) => readFileSync(f, 'utf8'));
    for (const other of ['caseloads', 'plan-drift', 'workforce', 'threshold-consistency'])
      expect(
        ownGraph.some((c) => c.includes(`// dist/rules/${other}.js`)),
        other,
      ).toBe(false);
  });
});
