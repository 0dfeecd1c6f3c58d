/** Budgets, JUnit, baselines, diff and suppressions, through the built CLI as a manager's CI runs it. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const MINI = resolve('fixtures/mini');
const tmp = () => mkdtempSync(join(tmpdir(), 'caseaudit-ci-'));

function cli(args: string[], cwd = tmp()) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, cwd };
}

function withConfig(config: unknown): string {
  const cwd = tmp();
  writeFileSync(join(cwd, 'caseaudit.config.json'), JSON.stringify(config));
  return cwd;
}

/** mini changed a month later: C005 starts a CIN plan and is never allocated; C002's allocation is now on time. */
function laterExport(): string {
  const dir = tmp();
  cpSync(MINI, dir, { recursive: true });
  appendFileSync(join(dir, 'children.csv'), 'C005,2016-04-04,M\n');
  appendFileSync(join(dir, 'plans.csv'), 'P005,C005,cin,2024-02-01,,,North\n');
  const alloc = readFileSync(join(dir, 'allocations.csv'), 'utf8').replace(
    'C002,W02,2024-01-22,',
    'C002,W02,2024-01-08,',
  );
  writeFileSync(join(dir, 'allocations.csv'), alloc);
  return dir;
}

describe('budgets', () => {
  it('pass → exit 0; broken → exit 1, listed first', () => {
    const ok = cli(
      ['audit', MINI, '--as-at', '2024-03-31', '--out', 'o'],
      withConfig({ budgets: { 'allocation-delay.allocatedWithinTarget': { min: 0.6 } } }),
    );
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Budgets: 0 broken of 1/);
    const bad = cli(
      ['audit', MINI, '--as-at', '2024-03-31', '--out', 'o'],
      withConfig({
        budgets: {
          'allocation-delay.allocatedWithinTarget': { min: 0.9 },
          'data-quality.rowsWithIssues': { max: 0.5 },
        },
      }),
    );
    expect(bad.code).toBe(1);
    const lines = bad.out.split('\n');
    const budgetLine = lines.findIndex((l) => l.startsWith('Budgets:'));
    expect(lines[budgetLine]).toBe('Budgets: 1 broken of 2');
    expect(lines[budgetLine + 1]).toMatch(
      /^FAIL allocation-delay\.allocatedWithinTarget is 67% \(2 of 3\); budget at least 90% — broken$/,
    );
    expect(budgetLine).toBeLessThan(lines.findIndex((l) => /data-quality:/.test(l)));
    const json = JSON.parse(readFileSync(join(bad.cwd, 'o', 'findings.json'), 'utf8'));
    expect(json.budgets.map((b: { key: string; status: string }) => [b.key, b.status])).toEqual([
      ['allocation-delay.allocatedWithinTarget', 'fail'],
      ['data-quality.rowsWithIssues', 'pass'],
    ]);
  });

  it('a budget on an unknown rule or metric is a config error (exit 2)', () => {
    const a = cli(['audit', MINI, '--as-at', '2024-03-31'], withConfig({ budgets: { 'nope.metric': { max: 1 } } }));
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/budgets\.nope\.metric: no rule "nope"/);
    const b = cli(['audit', MINI, '--as-at', '2024-03-31'], withConfig({ budgets: { 'caseloads.nope': { max: 1 } } }));
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/rule caseloads has no metric "nope"/);
  });
});

describe('junit', () => {
  it('writes one test case per budget and per rule, failures with message and counts', () => {
    const r = cli(
      ['audit', MINI, '--as-at', '2024-03-31', '--format', 'junit', '--out', 'o'],
      withConfig({ budgets: { 'allocation-delay.allocatedWithinTarget': { min: 0.9 } } }),
    );
    expect(r.code).toBe(1);
    const xml = readFileSync(join(r.cwd, 'o', 'junit.xml'), 'utf8');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suites = [doc.testsuites.testsuite].flat();
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['caseaudit budgets', 'caseaudit rules']);
    const budget = [suites[0].testcase].flat()[0];
    expect(budget.name).toBe('allocation-delay.allocatedWithinTarget');
    expect(budget.failure.message).toMatch(/67% \(2 of 3\); budget at least 90%/);
    const rules = [suites[1].testcase].flat() as {
      name: string;
      failure?: { message: string };
      skipped?: { message: string };
    }[];
    const json = JSON.parse(cli(['rules', '--json']).out) as unknown[];
    expect(rules).toHaveLength(json.length);
    const alloc = rules.find((c) => c.name.startsWith('allocation-delay:'))!;
    expect(alloc.failure!.message).toMatch(/allocatedWithinTarget = 67% \(2 of 3\)/);
    const notRun = rules.filter((c) => c.skipped);
    expect(notRun.length).toBeGreaterThan(0); // mini has no visits, reviews or supervisions
    expect(Number(doc.testsuites.tests)).toBe(rules.length + 1);
    expect(Number(doc.testsuites.failures)).toBe(
      suites.reduce((s: number, x: { failures: string }) => s + Number(x.failures), 0),
    );
  });
});

describe('baseline and diff', () => {
  it('lists children newly flagged and no longer flagged, and metric changes', () => {
    const first = cli(['audit', MINI, '--as-at', '2024-03-31', '--out', 'old']);
    const oldJson = join(first.cwd, 'old', 'findings.json');
    const second = cli(['audit', laterExport(), '--as-at', '2024-03-31', '--out', 'new', '--baseline', oldJson]);
    expect(second.code).toBe(0);
    const cur = JSON.parse(readFileSync(join(second.cwd, 'new', 'findings.json'), 'utf8'));
    const change = cur.baseline.rules['allocation-delay'];
    expect(change.newlyFlagged).toEqual(['allocation-delay/plan/P005', 'allocation-delay/unallocated/C005']);
    expect(change.noLongerFlagged).toEqual(['allocation-delay/plan/P002']);
    expect(change.newlyFlaggedChildren).toEqual(['C005']);
    expect(change.noLongerFlaggedChildren).toEqual(['C002']);
    expect(cur.baseline.metrics['allocation-delay.unallocatedOpen']).toEqual({ previous: 0, current: 1, change: 1 });
    const diff = cli(['diff', oldJson, join(second.cwd, 'new', 'findings.json'), '--json']);
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.out)).toEqual(cur.baseline);
    const text = cli(['diff', oldJson, join(second.cwd, 'new', 'findings.json')]);
    expect(text.out).toMatch(/allocation-delay: 2 newly flagged, 1 no longer flagged/);
    expect(text.out).toMatch(/children newly flagged: C005/);
  });

  it('refuses a baseline from another council or schema version', () => {
    const a = cli(['audit', MINI, '--as-at', '2024-03-31', '--out', 'o'], withConfig({ council: 'Anyshire' }));
    const other = join(a.cwd, 'o', 'findings.json');
    const b = cli(
      ['audit', MINI, '--as-at', '2024-03-31', '--out', 'o', '--baseline', other],
      withConfig({ council: 'Otherton' }),
    );
    expect(b.code).toBe(2);
    expect(b.err).toMatch(
      /baseline is for "Anyshire", this audit is for "Otherton"; refusing to compare different councils/,
    );
    const v2 = JSON.parse(readFileSync(other, 'utf8'));
    v2.schemaVersion = 2;
    writeFileSync(other, JSON.stringify(v2));
    const c = cli(['diff', other, other]);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/schema version 2 cannot be compared with schema version 1/);
  });
});

describe('suppressions', () => {
  function run(list: unknown) {
    const cwd = tmp();
    writeFileSync(join(cwd, 'ack.json'), JSON.stringify(list));
    const r = cli(['audit', MINI, '--as-at', '2024-03-31', '--out', 'o', '--suppressions', 'ack.json'], cwd);
    return { ...r, json: JSON.parse(readFileSync(join(cwd, 'o', 'findings.json'), 'utf8')) };
  }
  const finding = (json: {
    rules: {
      id: string;
      findings: { id: string; evidence: { key: string }[]; suppressed?: { row: { key: string }; who: string }[] }[];
    }[];
  }) => json.rules.find((r) => r.id === 'allocation-delay')!.findings.find((f) => f.id === 'delayed-allocation')!;
  const entry = {
    rule: 'allocation-delay',
    key: 'allocation-delay/plan/P002',
    reason: 'Agreed delay while the family moved',
    who: 'Team manager, South',
    expires: '2024-06-30',
  };

  it('moves an acknowledged item to suppressed, counted and listed, never hidden', () => {
    const r = run([entry]);
    const f = finding(r.json);
    expect(f.evidence.map((e) => e.key)).not.toContain('allocation-delay/plan/P002');
    expect(f.suppressed!.map((s) => [s.row.key, s.who])).toEqual([
      ['allocation-delay/plan/P002', 'Team manager, South'],
    ]);
    expect(r.json.suppressions).toEqual({ file: 'ack.json', applied: 1, expired: 0, changed: 0, unmatched: 0 });
    expect(r.out).toMatch(/Suppressed: 1 item\(s\) acknowledged in ack\.json/);
  });

  it('brings an item back when it expires before the as-at date or its values change', () => {
    const expired = run([{ ...entry, expires: '2024-03-30' }]);
    expect(finding(expired.json).evidence.map((e) => e.key)).toContain('allocation-delay/plan/P002');
    expect(expired.json.suppressions.expired).toBe(1);
    const changed = run([{ ...entry, values: { delay: 3 } }]);
    expect(finding(changed.json).evidence.map((e) => e.key)).toContain('allocation-delay/plan/P002');
    expect(changed.json.suppressions.changed).toBe(1);
  });

  it('rejects a malformed suppressions file naming the entry and field', () => {
    const cwd = tmp();
    writeFileSync(join(cwd, 'ack.json'), JSON.stringify([{ ...entry, expires: '30/06/2024' }]));
    const r = cli(['audit', MINI, '--as-at', '2024-03-31', '--suppressions', 'ack.json'], cwd);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ack\.json: .*expires: expected a date as YYYY-MM-DD/);
  });
});

describe('budgets, acknowledged items and changes in every human-readable view', () => {
  it('lists broken budgets first in Markdown and HTML, and suppressed items in Markdown, HTML and the worklist', () => {
    const first = cli(['audit', MINI, '--as-at', '2024-03-31', '--out', 'old']);
    const cwd = withConfig({ budgets: { 'allocation-delay.allocatedWithinTarget': { min: 0.9 } } });
    writeFileSync(
      join(cwd, 'ack.json'),
      JSON.stringify([
        {
          rule: 'allocation-delay',
          key: 'allocation-delay/plan/P005',
          reason: 'Agreed with the family',
          who: 'Team manager',
          expires: '2024-06-30',
        },
      ]),
    );
    const r = cli(
      [
        'audit',
        laterExport(),
        '--as-at',
        '2024-03-31',
        '--format',
        'md,html,csv',
        '--out',
        'o',
        '--suppressions',
        'ack.json',
        '--baseline',
        join(first.cwd, 'old', 'findings.json'),
      ],
      cwd,
    );
    expect(r.code).toBe(1);
    const md = readFileSync(join(cwd, 'o', 'summary.md'), 'utf8');
    expect(md.indexOf('## Budgets')).toBeGreaterThan(-1);
    expect(md.indexOf('## Budgets')).toBeLessThan(md.indexOf('## Readiness by judgement area'));
    expect(md).toMatch(/\| BROKEN \| allocation-delay\.allocatedWithinTarget \|/);
    expect(md).toMatch(/## Acknowledged items \(suppressed\)[\s\S]*allocation-delay\/plan\/P005[\s\S]*Team manager/);
    expect(md).toMatch(/## Changes since 2024-03-31[\s\S]*allocation-delay\.unallocatedOpen \| 0 \| 1 \| \+1/);
    expect(md).not.toMatch(/assessment-timeliness\.seenWithinTarget \|/);
    const html = readFileSync(join(cwd, 'o', 'report.html'), 'utf8');
    expect(html.indexOf('id="ci-budgets"')).toBeGreaterThan(-1);
    expect(html.indexOf('id="ci-budgets"')).toBeLessThan(html.indexOf('id="improve"'));
    expect(html).toMatch(/Acknowledged items \(suppressed\)[\s\S]*Agreed with the family/);
    const csv = readFileSync(join(cwd, 'o', 'worklist-allocation-delay.csv'), 'utf8');
    expect(csv).toMatch(/delayed-allocation \(acknowledged\),P005,.*Team manager,Agreed with the family,2024-06-30/);
  });
});
