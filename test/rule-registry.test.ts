/**
 * The rule registry (rules/registry.ts, issue 24): the only list of rules. Each line's id and facts
 * agree with its rule's own definition; rules/index.ts is that list loaded, naming no rule itself;
 * nothing the CLI runs, at start or when a command loads it, imports rules/index.ts (whose top level
 * awaits every rule); an audit of some rules loads only those (and data-quality); the CLI's answer
 * for a selection is byte for byte the library's with every rule loaded; and a rule that cannot be
 * loaded is named in one line with no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { loadRules, loadRulesFor, PER_CHILD_RULE_IDS, RULE_IDS } from '../rules/registry.js';
import { audit, loadExport, render } from '../src/api.js';
import { importsOf } from './helpers/imports.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'caseaudit.js');
const tmp = (p: string): string => mkdtempSync(join(tmpdir(), `caseaudit-${p}-`));

function cli(args: readonly string[], bin = BIN, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Every project file `entry` can load, its static and dynamic imports followed through, each with
 * the chain of imports that reaches it (for the message when one should not be there).
 */
function reachable(entry: string, read: (file: string) => string | null): Map<string, string> {
  const chain = new Map<string, string>([[entry, entry]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const text = read(file);
    if (text === null) continue;
    for (const target of importsOf(file, text)) {
      if (chain.has(target)) continue;
      chain.set(target, `${chain.get(file)!} -> ${target}`);
      queue.push(target);
    }
  }
  return chain;
}

const readSource = (file: string): string | null => {
  try {
    return readFileSync(join(ROOT, file), 'utf8');
  } catch {
    return null; // a JSON file or a package: not a project module
  }
};

describe('the rule registry loaded on demand', () => {
  it("lists each rule once, in the report's order, with the always-on and per-child facts of the rule's own definition", async () => {
    const loaded = await loadRules();
    expect(loaded.map((r) => r.id)).toEqual(RULE_IDS);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(PER_CHILD_RULE_IDS).toEqual(loaded.filter((r) => r.perChild).map((r) => r.id));
    const alwaysOn = (await loadRulesFor([], {})).map((r) => r.id);
    expect(alwaysOn).toEqual(loaded.filter((r) => r.alwaysOn).map((r) => r.id));
    expect(alwaysOn.length).toBeGreaterThan(0);
  });

  it("rules/index.ts is the registry's rules loaded, and lists none itself", async () => {
    const loaded = await loadRules();
    expect(RULES.length).toBe(loaded.length);
    loaded.forEach((r, i) => expect(RULES[i], r.id).toBe(r));
    // Its only imports are the registry and the rule type: a rule listed there too would be a
    // second list to keep in step.
    expect(importsOf('rules/index.ts', readFileSync(join(ROOT, 'rules/index.ts'), 'utf8')).sort()).toEqual([
      'rules/registry.ts',
      'src/engine/rule.ts',
    ]);
  });

  it("nothing in the CLI's graph, static or loaded by a command, imports rules/index.ts or src/api.ts", () => {
    const graph = reachable('src/cli/main.ts', readSource);
    // The walk reaches what commands load when they run (import()), not only the static graph.
    for (const lazy of ['src/childrenApi.ts', 'src/generate/index.ts', 'src/batch/runBatch.ts', 'rules/caseloads.ts'])
      expect(graph.has(lazy), lazy).toBe(true);
    const bad = ['rules/index.ts', 'src/api.ts', 'src/index.ts'].flatMap((f) => (graph.has(f) ? [graph.get(f)!] : []));
    expect(bad).toEqual([]);
    // …and the check would name the chain of a module that did.
    const toy: Record<string, string> = {
      'src/cli/main.ts': "const m = await import('./x.js');",
      'src/cli/x.ts': "import { RULES } from '../../rules/index.js';",
    };
    expect(reachable('src/cli/main.ts', (f) => toy[f] ?? null).get('rules/index.ts')).toBe(
      'src/cli/main.ts -> src/cli/x.ts -> rules/index.ts',
    );
  });

  it('loads the selected rules and those always on, in the report order; every rule when the config sets any', async () => {
    const ids = async (only: readonly string[] | undefined, config = {}) =>
      (await loadRulesFor(only, config)).map((r) => r.id);
    expect(await ids(['threshold-consistency', 'caseloads', 'assessment-timeliness'])).toEqual([
      'data-quality',
      'assessment-timeliness',
      'caseloads',
      'threshold-consistency',
    ]);
    expect(await ids(undefined)).toEqual(RULE_IDS);
    // A config naming any rule is checked against every rule (its unknown ids, the rules' options).
    expect(await ids(['caseloads'], { rules: { workforce: { enabled: false } } })).toEqual(RULE_IDS);
    expect((await loadRules(['workforce', 'caseloads'])).map((r) => r.id)).toEqual(['caseloads', 'workforce']);
  });

  it("the CLI's findings.json for a selection of rules, plain and pseudonymised, is the library's with every rule loaded", async () => {
    const rules = ['assessment-timeliness', 'caseloads', 'threshold-consistency'];
    const key = 'a test key for the registry, long enough';
    for (const pseudonymise of [false, true]) {
      const out = tmp('registry');
      try {
        const r = cli(
          [
            'audit',
            'fixtures/demo',
            '--as-at',
            '2024-03-31',
            '--rules',
            rules.join(','),
            '--format',
            'json',
            '--quiet',
            '--out',
            out,
            ...(pseudonymise ? ['--pseudonymise'] : []),
          ],
          BIN,
          pseudonymise ? { CASEAUDIT_KEY: key } : {},
        );
        expect(r.code, r.stderr).not.toBe(2);
        const ex = await loadExport(join(ROOT, 'fixtures/demo'), {
          auditFor: { config: {}, rules, asAt: '2024-03-31', rulesOnly: true },
        });
        ex.source = 'fixtures/demo';
        const result = audit(ex, {
          config: {},
          asAt: '2024-03-31',
          rules,
          ...(pseudonymise ? { pseudonymiseKey: key } : {}),
        });
        const [json] = await render(result, ['json']);
        expect(readFileSync(join(out, 'findings.json'), 'utf8')).toBe(json!.content);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
  });

  it('a rule whose module cannot be loaded is named in one line, without a stack trace; the other rules still run', () => {
    // A copy of the built CLI without the code-cache loader runs the ES-module bundle, whose rules
    // are chunks loaded by import(): the supervision rule's chunk is taken away.
    const dir = tmp('broken-rule');
    try {
      cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
      cpSync(join(ROOT, 'dist', 'bundle'), join(dir, 'dist', 'bundle'), { recursive: true });
      cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
      for (const d of ['data', 'templates', 'node_modules']) symlinkSync(join(ROOT, d), join(dir, d));
      rmSync(join(dir, 'dist', 'bundle', 'start.cjs'));
      const chunks = join(dir, 'dist', 'bundle', 'chunks');
      const rule = readdirSync(chunks).filter(
        (f) =>
          f.endsWith('.js') && readFileSync(join(chunks, f), 'utf8').includes('// dist/rules/supervision-quality.js'),
      );
      expect(rule.length).toBe(1);
      rmSync(join(chunks, rule[0]!));
      const out = join(dir, 'out');
      mkdirSync(out);
      const bin = join(dir, 'bin', 'caseaudit.js');
      const args = ['audit', join(ROOT, 'fixtures/mini'), '--as-at', '2024-03-31', '--format', 'json', '--out', out];
      const broken = cli([...args, '--rules', 'supervision-quality'], bin);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/^caseaudit: internal error: the supervision-quality rule could not be loaded \(/);
      expect(broken.stderr).not.toMatch(/^\s+at /m);
      const other = cli([...args, '--rules', 'caseloads'], bin);
      expect(other.code, other.stderr).not.toBe(2);
      expect(
        JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')).rules.map((r: { id: string }) => r.id),
      ).toEqual(['data-quality', 'caseloads']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
