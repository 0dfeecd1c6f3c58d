/**
 * `caseaudit child` reading one child's rows, with and without --findings, and `caseaudit sample
 * --pseudonymise` whose codes `caseaudit child --pseudonymise` finds: the built binary, spawned.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const DEMO = resolve('fixtures/demo');
const KEY = 'a-key-long-enough-for-the-cli-test';

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'caseaudit-cli-')),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let findings: string;
beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'caseaudit-out-'));
  const r = cli(['audit', DEMO, '--as-at', '2024-03-31', '--format', 'json', '--out', out, '--quiet']);
  expect(r.code).toBe(0);
  findings = join(out, 'findings.json');
});

/** A child the demo's audit tracks, with concerns from more than one rule. */
function tracked(): string {
  const f = JSON.parse(readFileSync(findings, 'utf8')) as { children: { childId: string; rules: number }[] };
  return f.children.find((c) => c.rules > 1)!.childId;
}

describe("caseaudit child from one child's rows", () => {
  it('with --as-at: the concerns of the rules judging a child by their own records, severities left to --findings', () => {
    const id = tracked();
    const r = cli(['child', DEMO, id, '--as-at', '2024-03-31']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('From the rules that judge a child by their own records (');
    expect(r.out).toMatch(/^- [a-z-]+ [a-z-]+ \(severity with --findings\): /m);
  });

  it("with --findings: the report's concerns and severities, as at its date", () => {
    const id = tracked();
    const r = cli(['child', DEMO, id, '--findings', findings]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`# Chronology of child ${id}, as at 2024-03-31`);
    expect(r.out).toContain(`From the audit in ${findings}.`);
    expect(r.out).toMatch(/^- [a-z-]+ [a-z-]+ \((high|medium|low|info)\): /m);
    expect(r.out).not.toContain('severity with --findings');
  });

  it('with --as-at: finds a child whose id holds a quote (doubled in the file), as the whole read does', () => {
    // The rows are looked for by the id's bytes, but a quote is written twice in a quoted cell.
    const ex = mkdtempSync(join(tmpdir(), 'caseaudit-quote-id-'));
    writeFileSync(join(ex, 'children.csv'), 'child_id,date_of_birth\n"FICT""C1",2015-05-01\nFICT-C2,2016-06-01\n');
    writeFileSync(
      join(ex, 'visits.csv'),
      'child_id,visit_date,seen,seen_alone\n"FICT""C1",2024-01-10,Y,Y\nFICT-C2,2024-01-11,Y,N\n',
    );
    const whole = cli(['child', ex, 'FICT"C1']);
    const rows = cli(['child', ex, 'FICT"C1', '--as-at', '2024-01-11']);
    expect(rows.err).toBe('');
    expect(rows.code).toBe(0);
    expect(rows.out).toContain('| 2024-01-10 | Visit |');
    // The same events as when the whole export is read (the concerns' wording differs by design).
    expect(rows.out.split('## Events')[1]).toBe(whole.out.split('## Events')[1]);
  });

  it('prints no terminal control character from the export (an id or team holding ESC or BEL)', () => {
    // `caseaudit child` prints its Markdown to the terminal: ESC [ … could recolour or rewrite it.
    const ex = mkdtempSync(join(tmpdir(), 'caseaudit-control-'));
    writeFileSync(
      join(ex, 'plans.csv'),
      'plan_id,child_id,plan_type,start_date,end_date,end_reason,team\nP\u0001X,C\u001b[31mRED,cp,2023-01-05,,,Team\u0007Bell\n',
    );
    writeFileSync(join(ex, 'reviews.csv'), 'plan_id,review_date\nP\u0001X,2023-03-01\n');
    const r = cli(['child', ex, 'C\u001b[31mRED', '--as-at', '2024-03-31']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('# Chronology of child C\\\\x1B\\[31mRED, as at 2024-03-31');
    expect(r.out).toContain('Team\\\\x07Bell');
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const out = mkdtempSync(join(tmpdir(), 'caseaudit-control-out-'));
    expect(cli(['audit', ex, '--as-at', '2024-03-31', '--format', 'md', '--out', out, '-q']).code).toBe(0);
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).toContain('C\\\\x1B\\[31mRED');
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('a findings.json of another as-at date is one line, exit 2', () => {
    const r = cli(['child', DEMO, tracked(), '--findings', findings, '--as-at', '2024-02-29']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`caseaudit: ${findings}: is an audit as at 2024-03-31, not 2024-02-29\n`);
  });
});

describe('caseaudit sample --pseudonymise', () => {
  it('writes no id, name, birth date or free text; child --pseudonymise finds a child by the code', () => {
    const r = cli(['sample', DEMO, '--size', '12', '--seed', '5', '--as-at', '2024-03-31', '--pseudonymise'], {
      CASEAUDIT_KEY: KEY,
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const rows = r.out.trimEnd().split('\r\n').slice(2);
    expect(rows).toHaveLength(12);
    // no id of the demo's children, workers or records, and no date at all in a row
    expect(r.out).not.toMatch(/\b[CWPARSK]\d{4,}\b|\bSV\d+/);
    for (const row of rows) expect(row).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}/);
    for (const row of rows) expect(row).toMatch(/^C-[0-9a-f]{12},[^,]*,(W-[0-9a-f]{12})?,/);
    // the same draw as without --pseudonymise, coded
    const plain = cli(['sample', DEMO, '--size', '12', '--seed', '5', '--as-at', '2024-03-31']);
    expect(
      plain.out
        .split('\r\n')
        .slice(2)
        .map((l) => l.split(',').slice(3).join(',')),
    ).toEqual(
      r.out
        .split('\r\n')
        .slice(2)
        .map((l) => l.split(',').slice(3).join(',')),
    );
    const code = rows[0]!.split(',')[0]!;
    const c = cli(['child', DEMO, code, '--as-at', '2024-03-31', '--pseudonymise'], { CASEAUDIT_KEY: KEY });
    expect(c.err).toBe('');
    expect(c.code).toBe(0);
    expect(c.out).toContain(`# Chronology of child ${code}, as at 2024-03-31`);
    expect(c.out).not.toMatch(/\b[CWPARSK]\d{4,}\b|\bSV\d+/);
  });

  it('a raw id under --pseudonymise is not found (exit 2)', () => {
    const r = cli(['child', DEMO, 'C000131', '--as-at', '2024-03-31', '--pseudonymise'], { CASEAUDIT_KEY: KEY });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^caseaudit: child "C000131" is not in this export, which holds 300 children \(under --pseudonymise/,
    );
  });
});
