/**
 * docs/ ships with the package for users who never see the project's internal notes: its tables,
 * layouts and rule facts are generated from the code (scripts/docs.mjs) and must not drift from it.
 * Runs the script against dist/ (built by `npm test`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/docs.mjs');
const DOCS = resolve('docs');
const temp: string[] = [];
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

function docsCheck(dir: string) {
  const r = spawnSync(process.execPath, [SCRIPT, '--check', '--docs', dir], { encoding: 'utf8' });
  return { code: r.status, err: r.stderr };
}

function copyOfDocs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-docs-'));
  temp.push(dir);
  cpSync(DOCS, dir, { recursive: true });
  return dir;
}

describe('docs/', () => {
  it('agrees with the schema, the layout registry and the rule registry', () => {
    const r = docsCheck(DOCS);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('fails, naming the file, when a generated column alias is edited by hand', () => {
    const dir = copyOfDocs();
    const file = join(dir, 'data-contract.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('`pers_dob`');
    writeFileSync(file, text.replace('`pers_dob`', '`person_dob`'));
    const r = docsCheck(dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/docs\/data-contract\.md disagrees with the code/);
  });

  it('fails when a rule default in rules.md is edited by hand', () => {
    const dir = copyOfDocs();
    const file = join(dir, 'rules.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"maxWorkingDays": 45');
    writeFileSync(file, text.replace('"maxWorkingDays": 45', '"maxWorkingDays": 40'));
    const r = docsCheck(dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/docs\/rules\.md disagrees with the code/);
  });

  it('fails when the generated block is missing', () => {
    const dir = copyOfDocs();
    const file = join(dir, 'rules.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<!-- /generated:rules -->', ''));
    const r = docsCheck(dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/rules\.md: no <!-- generated:rules -->/);
  });

  it('documents every canonical column, layout, rule and metric', async () => {
    const { TABLE_SPECS } = await import('../src/model/schema.js');
    const { LAYOUT_NAMES } = await import('../src/load/layouts/index.js');
    const { RULES } = await import('../rules/index.js');
    const contract = readFileSync(join(DOCS, 'data-contract.md'), 'utf8');
    const rules = readFileSync(join(DOCS, 'rules.md'), 'utf8');
    for (const t of Object.values(TABLE_SPECS)) {
      expect(contract).toContain(`### \`${t.name}\``);
      for (const c of t.columns)
        expect(contract).toMatch(new RegExp(`\\| \`${c.name}\` \\| ${c.required ? 'yes' : ''} \\|`));
    }
    for (const l of LAYOUT_NAMES) expect(contract).toContain(`### \`${l}\``);
    for (const r of RULES) {
      expect(rules).toContain(`## \`${r.id}\`: `);
      for (const m of Object.keys(r.metrics)) expect(rules).toMatch(new RegExp(`\\| \`${m}\` \\| \\w`));
    }
  });

  it("gives each finding's evidence key as the rules write it (every key of the golden audits fits)", () => {
    const rules = readFileSync(join(DOCS, 'rules.md'), 'utf8');
    // rules.md: `## \`rule\`: …` sections, each with `| \`finding\` | metric | \`key shape\` |` rows.
    const shapes = new Map<string, RegExp>();
    for (const section of rules.split(/^## /m).slice(1)) {
      const rule = /^`([^`]+)`/.exec(section)![1]!;
      for (const [, finding, shape] of section.matchAll(/^\| `([a-z-]+)` \| [^|]+ \| `([^`]+)` \|$/gm)) {
        // A data-quality issue about a whole file (file-empty) has no column: its last segment is blank.
        const parts = shape!
          .split('/')
          .map((p) =>
            p === '<column>' ? '[^/]*' : /^<[^>]+>$/.test(p) ? '[^/]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          );
        shapes.set(`${rule}/${finding}`, new RegExp(`^${parts.join('/')}$`));
      }
    }
    expect(rules).toContain('`plan-drift/late-review/<plan id>/<review date>`');
    expect(rules).toContain('`data-quality/table/<table>`');
    expect(rules).toContain('`data-quality/<table>/<issue code>/<column>`');
    const goldens = ['demo.json', 'mini.json', 'ssd-small.json', 'annex-a-csv.json'].map((f) => join('test/golden', f));
    const bad = join('test/golden/bad');
    goldens.push(...readdirSync(bad).map((f) => join(bad, f)));
    let checked = 0;
    const seen = new Set<string>();
    for (const file of goldens) {
      const result = JSON.parse(readFileSync(file, 'utf8')) as {
        rules?: { id: string; findings: { id: string; evidence: { key: string }[] }[] }[];
      };
      for (const r of result.rules ?? [])
        for (const f of r.findings) {
          const shape = shapes.get(`${r.id}/${f.id}`);
          expect(shape, `${r.id}/${f.id} in rules.md`).toBeDefined();
          seen.add(`${r.id}/${f.id}`);
          for (const row of f.evidence) {
            expect(row.key, `${file}: ${r.id}/${f.id}`).toMatch(shape!);
            checked++;
          }
        }
    }
    expect(checked).toBeGreaterThan(100);
    for (const f of ['plan-drift/late-reviews', 'data-quality/data-quality-issues', 'data-quality/tables-not-loaded'])
      expect(seen).toContain(f);
  });

  it('lists every rule option, those with no default too', async () => {
    const z = await import('zod');
    const { RULES } = await import('../rules/index.js');
    const rules = readFileSync(join(DOCS, 'rules.md'), 'utf8');
    for (const r of RULES) {
      const section = rules.split(/^## /m).find((s) => s.startsWith(`\`${r.id}\`:`))!;
      const schema = z.toJSONSchema(r.options, { io: 'input', unrepresentable: 'any' }) as {
        properties: Record<string, unknown>;
      };
      for (const name of Object.keys(schema.properties))
        expect(section, `${r.id}.${name}`).toMatch(new RegExp(`"${name}":|\`${name}\``));
    }
    expect(rules).toContain('Options with no default (unset unless the config gives them): `lexicon` (string).');
  });

  it("names every config key in the README's Config section", async () => {
    const z = await import('zod');
    const { configSchema } = await import('../src/config/schema.js');
    type Props = { properties?: Record<string, Props> };
    const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Props;
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Config ('), readme.indexOf('### Supervision records'));
    const keys = [
      ...Object.keys(schema.properties!),
      ...Object.keys(schema.properties!.report!.properties!).map((k) => `report.${k}`),
    ];
    expect(keys).toEqual(expect.arrayContaining(['england', 'maxFileMb', 'layout', 'report.marking']));
    for (const key of keys) {
      const [top, sub] = key.split('.');
      expect(section, key).toContain(`\`${top}\``);
      if (sub) expect(section, key).toMatch(new RegExp(`\`(report\\.)?${sub}\``));
    }
  });

  it('stands on its own: no pointer to the internal notes, and every relative link resolves', () => {
    for (const name of readdirSync(DOCS)) {
      const text = readFileSync(join(DOCS, name), 'utf8');
      expect(text, name).not.toMatch(/SPEC|\.\.\/shared/);
      for (const [, target] of text.matchAll(/\]\(([^)#:]+)(#[^)]*)?\)/g)) {
        expect(existsSync(resolve(DOCS, target!)), `${name} → ${target}`).toBe(true);
      }
    }
  });

  it('is what the README points to, not the internal notes', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).not.toMatch(/\.\.\/shared\/SPEC|SPEC\.md|SPEC §/);
    for (const f of ['data-contract.md', 'rules.md', 'output.md', 'architecture.md'])
      expect(readme).toContain(`docs/${f}`);
    for (const [, target] of readme.matchAll(/\]\((docs\/[^)#]+)(#[^)]*)?\)/g))
      expect(existsSync(resolve(dirname('README.md'), target!)), target).toBe(true);
    expect(readme).toContain('Adding a layout is one module plus one registry line');
  });
});
