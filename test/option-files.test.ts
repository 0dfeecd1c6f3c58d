/**
 * The files a user writes for the CLI besides the export: the config (`--config`), suppressions
 * (`--suppressions`) and earlier findings (`--baseline`, `diff`). A mistake in any of them exits 2
 * with one line naming the file and, for JSON that does not parse, the line and column and what
 * was expected; never a stack trace, never the text around the mistake (it may hold a child's id).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const DEMO = resolve('fixtures/demo');
const dir = mkdtempSync(join(tmpdir(), 'caseaudit-optfiles-'));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Exit 2 and exactly this one line on stderr. */
function expectLine(r: ReturnType<typeof cli>, line: string): void {
  expect(r.err).toBe(`caseaudit: ${line}\n`);
  expect(r.code).toBe(2);
}

const audit = (...args: string[]) =>
  cli(['audit', DEMO, '--as-at', '2024-03-31', '--out', join(dir, 'out'), '-q', '--rules', 'caseloads', ...args]);

let findings: string;
beforeAll(() => {
  const r = cli(['audit', DEMO, '--as-at', '2024-03-31', '--out', join(dir, 'base'), '-q']);
  expect(r.code).toBe(0);
  findings = readFileSync(join(dir, 'base', 'findings.json'), 'utf8');
});

describe('JSON that does not parse names line, column and what was expected', () => {
  it('config: a comma too many in a list, a comment, an empty file', () => {
    const list = file('list.json', '{\n  "rules": {\n    "caseloads": { "options": { "target": 18, } }\n  }\n}\n');
    expectLine(
      audit('--config', list),
      `${list}: not valid JSON at line 3, column 47 (expected a key in double quotes)`,
    );
    const arr = file('arr.json', '{ "council": "X", "budgets": [1,] }');
    expectLine(
      audit('--config', arr),
      `${arr}: not valid JSON at line 1, column 33 (expected a value: a comma too many, or a value missing)`,
    );
    const comment = file('comment.json', '// our settings\n{}\n');
    expectLine(audit('--config', comment), `${comment}: not valid JSON at line 1, column 1 (JSON has no comments)`);
    const empty = file('empty.json', '');
    expectLine(audit('--config', empty), `${empty}: not valid JSON: the file is empty`);
  });

  it('never quotes the text around the mistake', () => {
    const p = file('leak.json', '{ "council": "X", "rules": { "C000042 Jane Doe" } }');
    const r = audit('--config', p);
    expectLine(r, `${p}: not valid JSON at line 1, column 49 (expected ":" after the key)`);
    expect(r.err).not.toContain('C000042');
  });

  it('suppressions: line and column, as for the config', () => {
    const p = file(
      'sup.json',
      '[\n  { "rule": "caseloads", "key": "k", "reason": "r", "who": "w", "expires": "2024-06-30" },\n]\n',
    );
    expectLine(
      audit('--suppressions', p),
      `${p}: not valid JSON at line 3, column 1 (expected a value: a comma too many, or a value missing)`,
    );
  });

  it('baseline and diff: line and column; a findings.json saved with a byte order mark is read', () => {
    const cut = file('cut.json', findings.slice(0, 200));
    const r = audit('--baseline', cut);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(
        `^caseaudit: ${cut}: not valid JSON at line \\d+, column \\d+ \\([^)]+\\); expected a findings\\.json written by caseaudit\\n$`,
      ),
    );
    const bom = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(findings)]));
    const d = cli(['diff', join(dir, 'base', 'findings.json'), bom]);
    expect(d.err).toBe('');
    expect(d.code).toBe(0);
  });
});

describe('suppressions that could never apply', () => {
  const item = (rule: string, expires: string) =>
    JSON.stringify({ rule, key: 'caseloads/worker/W00001', reason: 'agreed', who: 'QA', expires });

  it('an unknown rule id names the item and the rules there are', () => {
    const p = file('typo.json', `[${item('caseloads', '2024-06-30')},${item('caseload', '2024-06-30')}]`);
    const r = audit('--suppressions', p);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(
        `^caseaudit: ${p}: 1\\.rule: no such rule "caseload" \\(rules are: data-quality, .*caseloads.*\\)\\n$`,
      ),
    );
    const wrapped = file('typo2.json', `{ "suppressions": [${item('caseload', '2024-06-30')}] }`);
    expect(audit('--suppressions', wrapped).err).toMatch(/: suppressions\.0\.rule: no such rule "caseload"/);
  });

  it('an expiry date the calendar does not have', () => {
    const p = file('june31.json', `[${item('caseloads', '2024-06-31')}]`);
    expectLine(audit('--suppressions', p), `${p}: 0.expires: not a date in the calendar`);
  });

  it('a good file is still read', () => {
    const p = file('good.json', `[${item('caseloads', '2024-06-30')}]`);
    const r = audit('--suppressions', p);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('budgets that could never be met', () => {
  it('a share given as a percentage names the key and the range', () => {
    const p = file('pct.json', JSON.stringify({ budgets: { 'caseloads.averagePerFte': { max: 18 } } }));
    expect(audit('--config', p).code).toBe(0);
    const share = file(
      'share.json',
      JSON.stringify({ budgets: { 'allocation-delay.allocatedWithinTarget': { min: 90 } } }),
    );
    expectLine(
      audit('--config', share, '--rules', 'allocation-delay'),
      `${share}: budgets.allocation-delay.allocatedWithinTarget.min: 90 is not a share; allocatedWithinTarget is a share from 0 to 1 (0.9 for 90%)`,
    );
  });

  it('a min above its max', () => {
    const p = file('minmax.json', JSON.stringify({ budgets: { 'caseloads.averagePerFte': { min: 20, max: 10 } } }));
    expectLine(audit('--config', p), `${p}: budgets.caseloads.averagePerFte: "min" is above "max"`);
  });
});

describe('a config mistake found after the file is read names the file', () => {
  it('--config: an unknown rule, a rule option out of range, a budget on no metric, an asAt not in the calendar', () => {
    const cases: [object, string][] = [
      [{ rules: { caseload: { enabled: false } } }, 'rules.caseload: no such rule (rules are: '],
      [{ rules: { caseloads: { options: { target: -5 } } } }, 'rules.caseloads.options.target: Too small'],
      [
        { budgets: { 'caseloads.averagePerFt': { max: 18 } } },
        'budgets.caseloads.averagePerFt: rule caseloads has no metric',
      ],
      [{ asAt: '2024-02-31' }, 'asAt: "2024-02-31" is not a valid date'],
    ];
    for (const [config, start] of cases) {
      const p = file('later.json', JSON.stringify(config));
      const r = cli(['audit', DEMO, '--out', join(dir, 'out'), '-q', '--config', p]);
      expect(r.code).toBe(2);
      expect(r.err.startsWith(`caseaudit: ${p}: ${start}`), r.err).toBe(true);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('the config read from the current folder', () => {
    file('caseaudit.config.json', JSON.stringify({ rules: { caseload: {} } }));
    try {
      const r = cli(['audit', DEMO, '--as-at', '2024-03-31', '--out', join(dir, 'out'), '-q']);
      expect(r.err).toMatch(
        new RegExp(`^caseaudit: ${join(dir, 'caseaudit.config.json')}: rules\\.caseload: no such rule`),
      );
      expect(r.code).toBe(2);
    } finally {
      rmSync(join(dir, 'caseaudit.config.json'));
    }
  });
});
