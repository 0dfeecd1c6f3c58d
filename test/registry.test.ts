/**
 * One place per concept (issue 16): every rule declares its metrics (with what each needs) and its
 * findings (metric, key segment, subject); everything else — not measured, the pseudonymiser, the
 * ground truth, the England figures, the layouts' choices — is derived. A new rule or layout is one
 * module plus one registry line: the toys in test/toys prove it end to end.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { audit } from '../src/engine/run.js';
import { factProblems, keySubjects, metricIds } from '../src/engine/ruleFacts.js';
import type { AnyRule } from '../src/engine/rule.js';
import { findingIds } from '../src/generate/groundTruth.js';
import { GENERATE_LAYOUTS, LAYOUT_WRITERS } from '../src/generate/layoutWriters.js';
import { loadExport } from '../src/load/index.js';
import { LAYOUTS, LAYOUT_NAMES } from '../src/load/layouts/index.js';
import { parseIsoDay } from '../src/model/day.js';
import { pseudonymise } from '../src/privacy/pseudonymise.js';
import toyLayout from './toys/toyLayout.js';
import toyRule from './toys/toyRule.js';

const AS_AT = parseIsoDay('2024-03-31')!;

describe('rule facts', () => {
  it('are consistent in the registry', () => {
    expect(factProblems(RULES)).toEqual([]);
  });

  it('match what each rule reports on the demo council: every metric, finding and key declared', async () => {
    const ex = await loadExport('fixtures/demo');
    const result = audit(ex, RULES, { asAt: AS_AT, asAtSource: 'command line', config: {} });
    let keys = 0;
    for (const r of result.rules) {
      const rule = RULES.find((x) => x.id === r.id)!;
      expect(Object.keys(r.metrics).sort(), r.id).toEqual(Object.keys(rule.metrics).sort());
      for (const f of r.findings) {
        const facts = rule.findings[f.id];
        expect(facts, `${r.id}/${f.id} is not declared`).toBeDefined();
        expect(f.metric ?? null, `${r.id}/${f.id}`).toBe(facts!.metric);
        for (const row of f.evidence) {
          expect(facts!.key === '*' || row.key.startsWith(`${r.id}/${facts!.key}/`), row.key).toBe(true);
          keys++;
        }
      }
      for (const b of r.breakdowns)
        for (const c of b.columns)
          if (c.metric) expect(rule.metrics[c.metric], `${r.id}/${b.id}.${c.key}`).toBeDefined();
    }
    expect(keys).toBeGreaterThan(100);
  });

  it('name every finding the findings declare a subject for, and a factProblems check catches a bad one', () => {
    expect(keySubjects(RULES).get('plan-drift/overdue')).toBe('plan');
    const broken = {
      ...toyRule,
      findings: { x: { metric: 'nope', key: '*', subject: 'child' } },
    } as unknown as AnyRule;
    expect(factProblems([broken])).toEqual([
      'toy-uasc/x: informs metric nope, which the rule does not declare',
      'toy-uasc/x: a key naming a child needs a fixed segment',
    ]);
  });

  it("derive the ground truth's findings and check the England figures name real metrics", () => {
    const found = findingIds(RULES);
    expect(found['plan-drift']).toEqual(Object.keys(RULES.find((r) => r.id === 'plan-drift')!.findings));
    // Planted otherwise (data quality) or checked through the expected figures (workforce).
    expect(Object.keys(found)).toEqual(
      RULES.map((r) => r.id).filter((id) => id !== 'data-quality' && id !== 'workforce'),
    );
    // A new rule's findings are in the ground truth with no edit to the generator.
    expect(findingIds([...RULES, toyRule as AnyRule])['toy-uasc']).toEqual(Object.keys(toyRule.findings));
    const england = JSON.parse(readFileSync('data/england.json', 'utf8')) as Record<string, unknown>;
    const ids = new Set(metricIds(RULES));
    for (const k of Object.keys(england)) expect(ids.has(k), k).toBe(true);
  });
});

describe('layouts', () => {
  it('have distinct names, and generate writes only layouts the registry reads', () => {
    expect(new Set(LAYOUT_NAMES).size).toBe(LAYOUTS.length);
    // generate's choices are its writer registry's names (plus its own canonical CSVs)
    expect(GENERATE_LAYOUTS).toEqual(['canonical', ...Object.keys(LAYOUT_WRITERS)]);
    for (const g of GENERATE_LAYOUTS) expect(LAYOUT_NAMES).toContain(g);
  });

  it("are generate --layout's choices in its help (spawned CLI)", () => {
    const help = spawnSync(process.execPath, [resolve('bin/caseaudit.js'), 'generate', '--help'], {
      encoding: 'utf8',
    }).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`(choices: ${GENERATE_LAYOUTS.map((g) => `"${g}"`).join(', ')}`);
  });
});

describe('a new rule and a new layout: one module and one registry line each', () => {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-toy-'));
  writeFileSync(join(dir, 'kids.txt'), 'K1|2010-01-02|Y\nK2|2011-03-04|N\nK3|2012-05-06|Y\n');

  it('the toy layout is detected, loaded and audited by the toy rule, which the pseudonymiser knows', async () => {
    const layouts = [...LAYOUTS, toyLayout]; // the one registry line
    const rules = [...RULES, toyRule as AnyRule]; // the one registry line
    const ex = await loadExport(dir, { layouts });
    expect(ex.layout).toBe('toy-kids');
    const result = audit(ex, rules, { asAt: AS_AT, asAtSource: 'command line', config: {} });
    const toy = result.rules.find((r) => r.id === 'toy-uasc')!;
    expect(toy.metrics.uascShare).toMatchObject({ numerator: 2, denominator: 3 });
    expect(toy.findings[0]!.evidence.map((e) => e.key)).toEqual(['toy-uasc/child/K1', 'toy-uasc/child/K3']);
    const coded = pseudonymise(result, 'a-key-of-sixteen-chars', keySubjects(rules));
    const text = JSON.stringify(coded.rules.find((r) => r.id === 'toy-uasc'));
    expect(text).not.toMatch(/K1|K3/);
    // The rules that need tables this layout lacks are not run, saying what they need.
    expect(result.rules.find((r) => r.id === 'plan-drift')!.status).toBe('not-run');
  });

  it('a metric whose column the layout does not carry is not measured, naming the column', async () => {
    writeFileSync(join(dir, 'kids.txt'), 'K1|2010-01-02\nK2|2011-03-04\n');
    const bare = {
      ...toyLayout,
      load: async (path: string) => {
        const ex = await toyLayout.load(path, {});
        ex.dq.tables.get('children')!.columnsUsed = ['child_id', 'date_of_birth'];
        return ex;
      },
    };
    const ex = await loadExport(dir, { layouts: [...LAYOUTS, bare] });
    const result = audit(ex, [...RULES, toyRule as AnyRule], { asAt: AS_AT, asAtSource: 'command line', config: {} });
    const m = result.rules.find((r) => r.id === 'toy-uasc')!.metrics.uascShare!;
    expect(m).toMatchObject({ value: null, verdict: 'not-measured' });
    expect(m.note).toContain('children.uasc');
  });
});
