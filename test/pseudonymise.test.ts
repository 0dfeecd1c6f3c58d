/**
 * --pseudonymise: ids become keyed codes, dates of birth months, names and excerpts go — in every
 * output format, which the scan at the end proves by reading every byte the CLI writes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excerptsOf } from '../src/engine/run.js';
import type { AuditResult, EvidenceRow } from '../src/engine/types.js';
import { pseudonymise, UnknownKeyError } from '../src/privacy/pseudonymise.js';
import { keySubjects } from '../src/engine/ruleFacts.js';
import { RULES } from '../rules/index.js';

const SUBJECTS = keySubjects(RULES);
import { FORMAT_NAMES } from '../src/report/index.js';
import { runAll } from './helpers/rules.js';

const KEY = 'fictional-test-key-0123456789';
const OTHER_KEY = 'another-fictional-key-987654321';
const BIN = resolve('bin/caseaudit.js');

/** A small export planted so every rule has evidence; every id is fictional and distinctive. */
const FILES: Record<string, string> = {
  'children.csv': `child_id,date_of_birth,gender
ZQ-CHILD-001,2011-02-17,F
ZQ-CHILD-002,2013-07-23,M
ZQ-CHILD-003,2009-11-29,F
ZQ-CHILD-004,2016-04-13,M
ZQ-CHILD-005,2014-08-19,F
`,
  'workers.csv': `worker_id,team,role,fte,start_date,end_date,agency,qualified_date
ZQ-WORKER-01,North,Social Worker,1,2019-01-01,,Y,2018-07-01
ZQ-WORKER-02,South,Social Worker,0.1,2023-10-01,,N,2023-09-01
ZQ-WORKER-03,South,Social Worker,1,2019-01-01,2023-09-30,N,2015-07-01
`,
  'allocations.csv': `child_id,worker_id,start_date,end_date
ZQ-CHILD-001,ZQ-WORKER-01,2023-06-01,
ZQ-CHILD-002,ZQ-WORKER-02,2024-01-22,
ZQ-CHILD-004,ZQ-WORKER-02,2021-01-01,
`,
  'plans.csv': `plan_id,child_id,plan_type,start_date,end_date,end_reason,team
ZQ-PLAN-001,ZQ-CHILD-001,cp,2023-06-01,,,North
ZQ-PLAN-002,ZQ-CHILD-002,cin,2024-01-08,,,South
ZQ-PLAN-003,ZQ-CHILD-003,cla,2022-01-01,,,North
ZQ-PLAN-004,ZQ-CHILD-004,cp,2021-01-01,,,South
ZQ-PLAN-005,ZQ-CHILD-005,cin,2022-06-01,2023-08-01,step_down,South
ZQ-PLAN-006,ZQ-CHILD-001,cp,2020-01-01,2020-06-01,closed,North
`,
  'reviews.csv': `plan_id,review_date
ZQ-PLAN-001,2023-10-01
`,
  'visits.csv': `child_id,visit_date,worker_id,seen,seen_alone
ZQ-CHILD-001,2023-07-01,ZQ-WORKER-01,Y,N
`,
  'assessments.csv': `assessment_id,child_id,referral_id,start_date,completion_date,worker_id,team,seen_date,seen_alone_date,outcome
ZQ-ASMT-001,ZQ-CHILD-001,ZQ-REF-002,2023-05-01,2023-08-30,ZQ-WORKER-01,North,,,cp
ZQ-ASMT-002,ZQ-CHILD-002,,2024-01-02,,ZQ-WORKER-02,South,,,
`,
  'referrals.csv': `referral_id,child_id,referral_date,team,outcome
ZQ-REF-001,ZQ-CHILD-005,2023-10-01,South,assessment
ZQ-REF-002,ZQ-CHILD-001,2023-04-15,North,assessment
ZQ-REF-003,ZQ-CHILD-001,2023-09-01,North,assessment
`,
  'section47.csv': `s47_id,child_id,strategy_date,icpc_date,outcome,team
ZQ-S47-001,ZQ-CHILD-001,2023-05-10,2023-07-01,icpc,North
`,
  'supervisions.csv': `supervision_id,worker_id,supervision_date,child_id,supervisor_id,type,record_text,actions
ZQ-SUP-001,ZQ-WORKER-01,2023-07-01,ZQ-CHILD-001,ZQ-SUPER-01,case,Discussed the case with ZQ-WORKER-01.,
ZQ-SUP-002,ZQ-WORKER-01,2023-08-01,ZQ-CHILD-001,ZQ-SUPER-01,case,Discussed the case with ZQ-WORKER-01.,
`,
  'contacts.csv': `contact_id,child_id,contact_date,source
ZQ-CON-001,ZQ-CHILD-001,2023-04-10,school
`,
};
const RAW_IDS = [
  ...new Set(
    Object.values(FILES)
      .join('\n')
      .match(/ZQ-[A-Z0-9]+-\d+/g)!,
  ),
];
const BIRTH_DATES = ['2011-02-17', '2013-07-23', '2009-11-29', '2016-04-13', '2014-08-19'];

function exportDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-pseudo-'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  return dir;
}

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CASEAUDIT_KEY: undefined, NO_COLOR: '1', ...env },
  });
  expect(r.signal).toBeNull();
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The text of every output file: PDFs through pdftotext, everything else as bytes read as latin1 + utf8. */
function outputTexts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, f);
    if (!existsSync(path) || !readFileSync(path).length) continue;
    const bytes = readFileSync(path);
    out.set(
      f,
      f.endsWith('.pdf')
        ? execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
        : `${bytes.toString('utf8')}\n${bytes.toString('latin1')}`,
    );
  }
  return out;
}

function records() {
  // The same planted export as in-memory records, for the library-level tests.
  const parse = (text: string) => {
    const [head, ...lines] = text.trim().split('\n');
    const cols = head!.split(',');
    return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
  };
  return Object.fromEntries(Object.entries(FILES).map(([f, t]) => [f.replace('.csv', ''), parse(t)]));
}

function allRows(r: AuditResult): EvidenceRow[] {
  return r.rules.flatMap((x) => [...x.findings.flatMap((f) => f.evidence), ...x.breakdowns.flatMap((b) => b.rows)]);
}

describe('pseudonymise (library)', () => {
  const raw = runAll(records(), '2024-03-31');
  const a = pseudonymise(raw, KEY, SUBJECTS);

  it('replaces child and worker ids with keyed codes: C- and W- plus 12 hex characters', () => {
    const rows = allRows(a);
    const children = rows.map((r) => r.childId).filter((x) => x !== undefined && x !== null);
    const workers = rows.flatMap((r) => [r.workerId, r.supervisorId]).filter((x) => x !== undefined && x !== null);
    expect(children.length).toBeGreaterThan(5);
    expect(workers.length).toBeGreaterThan(0);
    for (const c of children) expect(c).toMatch(/^C-[0-9a-f]{12}$/);
    for (const w of workers) expect(w).toMatch(/^W-[0-9a-f]{12}$/);
    expect(a.pseudonymised).toBe(true);
  });

  it('codes are stable for the same key (so trends work) and differ for another key', () => {
    const again = pseudonymise(runAll(records(), '2024-03-31'), KEY, SUBJECTS);
    expect(JSON.stringify(again)).toBe(JSON.stringify(a));
    const other = pseudonymise(raw, OTHER_KEY, SUBJECTS);
    const keysA = allRows(a)
      .map((r) => r.key)
      .sort();
    const keysB = allRows(other)
      .map((r) => r.key)
      .sort();
    expect(keysA).toHaveLength(keysB.length);
    expect(keysA.filter((k) => keysB.includes(k) && /[CWPARSV]-[0-9a-f]{12}/.test(k))).toEqual([]);
  });

  it('codes the ids inside evidence keys the same way as the id columns', () => {
    const rows = allRows(a).filter(
      (r) => r.key.startsWith('allocation-delay/unallocated/') || r.key.startsWith('caseloads/worker/'),
    );
    expect(rows.length).toBe(2);
    for (const r of rows)
      expect(r.key).toMatch(
        r.childId ? `allocation-delay/unallocated/${r.childId as string}` : `caseloads/worker/${r.workerId as string}`,
      );
    expect(rows.map((r) => r.key).join(' ')).toMatch(
      /^[a-z-]+\/[a-z]+\/[CW]-[0-9a-f]{12} [a-z-]+\/[a-z]+\/[CW]-[0-9a-f]{12}$/,
    );
    const plan = allRows(a).find((r) => r.key.startsWith('plan-drift/late-review/'));
    expect(plan?.key).toMatch(/^plan-drift\/late-review\/P-[0-9a-f]{12}\/2023-10-01$/);
  });

  it('makes dates of birth month-only and leaves names and free text out', () => {
    const withPersonal = structuredClone(raw);
    const f = withPersonal.rules.find((r) => r.findings.length > 0)!.findings[0]!;
    f.columns.push(
      { key: 'dateOfBirth', label: 'Born', type: 'date' },
      { key: 'childName', label: 'Name', type: 'text' },
    );
    f.evidence[0] = {
      ...f.evidence[0]!,
      dateOfBirth: '2011-02-17',
      childName: 'Fictional Name',
      recordText: 'free text',
    };
    const p = pseudonymise(withPersonal, KEY, SUBJECTS);
    const pf = p.rules.find((r) => r.id === withPersonal.rules.find((x) => x.findings.length > 0)!.id)!.findings[0]!;
    expect(pf.evidence[0]!.dateOfBirth).toBe('2011-02');
    expect(pf.evidence[0]).not.toHaveProperty('childName');
    expect(pf.evidence[0]).not.toHaveProperty('recordText');
    expect(pf.columns.map((c) => c.key)).not.toContain('childName');
    expect(pf.columns.find((c) => c.key === 'dateOfBirth')!.type).toBe('text');
  });

  it('is pure (the input is untouched) and excerptsOf yields nothing for the result', () => {
    const before = JSON.stringify(raw);
    const p = pseudonymise(raw, KEY, SUBJECTS);
    expect(JSON.stringify(raw)).toBe(before);
    expect(excerptsOf(p).size).toBe(0);
  });

  it('withholds data-quality values that could be ids or dates of birth, keeping their place', () => {
    const bad = records();
    (bad.plans as Record<string, string>[]).push({
      plan_id: 'ZQ-PLAN-001',
      child_id: 'ZQ-CHILD-404',
      plan_type: 'cp',
      start_date: '2024-01-01',
    });
    (bad.children as Record<string, string>[]).push({
      child_id: 'ZQ-CHILD-009',
      date_of_birth: '31/02/2012',
      gender: 'F',
    });
    const p = pseudonymise(runAll(bad, '2024-03-31'), KEY, SUBJECTS);
    const text = JSON.stringify(p.dataQuality);
    for (const id of ['ZQ-PLAN-001', 'ZQ-CHILD-404', '31/02/2012']) expect(text).not.toContain(id);
    const dup = p.dataQuality.issues.find((g) => g.code === 'duplicate-id')!;
    expect(dup.examples[0]).toMatchObject({ file: 'plans.csv', line: 8, value: '(withheld)' });
  });

  it('refuses a missing or short key', () => {
    expect(() => pseudonymise(raw, '', SUBJECTS)).toThrow(/needs a key/);
    // A key of a finding no rule declares is refused, never passed through with its id in it.
    const stray = structuredClone(raw);
    const f = stray.rules.find((r) => r.findings.length > 0)!.findings[0]!;
    f.evidence[0]!.key = `${f.evidence[0]!.key.split('/')[0]}/undeclared-segment/C123456`;
    expect(() => pseudonymise(stray, KEY, SUBJECTS)).toThrow(UnknownKeyError);
    expect(() => pseudonymise(raw, 'short', SUBJECTS)).toThrow(/at least 16 characters/);
  });
});

describe('caseaudit audit --pseudonymise', () => {
  it('is refused without a key: exit 2, one line', () => {
    const r = cli([
      'audit',
      exportDir(),
      '--as-at',
      '2024-03-31',
      '--pseudonymise',
      '--out',
      mkdtempSync(join(tmpdir(), 'caseaudit-o-')),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('caseaudit: --pseudonymise needs a key: set CASEAUDIT_KEY or give --key-file <path>\n');
  });

  it('refuses --key-file without --pseudonymise, and an unreadable key file, each in one line', () => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'caseaudit-k-')), 'key');
    writeFileSync(keyFile, `${KEY}\n`);
    const a = cli(['audit', exportDir(), '--key-file', keyFile, '--out', mkdtempSync(join(tmpdir(), 'caseaudit-o-'))]);
    expect(a.code).toBe(2);
    expect(a.err).toBe('caseaudit: --key-file is only used with --pseudonymise\n');
    const b = cli([
      'audit',
      exportDir(),
      '--pseudonymise',
      '--key-file',
      '/no/such/key',
      '--out',
      mkdtempSync(join(tmpdir(), 'caseaudit-o-')),
    ]);
    expect(b.code).toBe(2);
    expect(b.err).toBe('caseaudit: --key-file: /no/such/key: cannot be read (ENOENT)\n');
  });

  it('gives the same codes from CASEAUDIT_KEY and from a key file holding the same key', () => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'caseaudit-k-')), 'key');
    writeFileSync(keyFile, `${KEY}\n`);
    const ex = exportDir();
    const o1 = mkdtempSync(join(tmpdir(), 'caseaudit-o-')),
      o2 = mkdtempSync(join(tmpdir(), 'caseaudit-o-'));
    expect(
      cli(['audit', ex, '--as-at', '2024-03-31', '--pseudonymise', '--out', o1], { CASEAUDIT_KEY: KEY }).code,
    ).toBe(0);
    expect(cli(['audit', ex, '--as-at', '2024-03-31', '--pseudonymise', '--key-file', keyFile, '--out', o2]).code).toBe(
      0,
    );
    expect(readFileSync(join(o1, 'findings.json'))).toEqual(readFileSync(join(o2, 'findings.json')));
  });

  it('every output file, in every format, holds no raw id and no date of birth', () => {
    const ex = exportDir();
    const formats = FORMAT_NAMES();
    // Control: without --pseudonymise the same run does name the planted ids, so the scan can fail.
    const plain = mkdtempSync(join(tmpdir(), 'caseaudit-plain-'));
    cli(['audit', ex, '--as-at', '2024-03-31', '--format', 'json', '--out', plain]);
    const plainJson = readFileSync(join(plain, 'findings.json'), 'utf8');
    for (const id of ['ZQ-CHILD-001', 'ZQ-WORKER-01', 'ZQ-PLAN-001', 'ZQ-ASMT-001', 'ZQ-REF-003', 'ZQ-S47-001'])
      expect(plainJson).toContain(id);

    const out = mkdtempSync(join(tmpdir(), 'caseaudit-pseudo-out-'));
    const r = cli(
      ['audit', ex, '--as-at', '2024-03-31', '--format', formats.join(','), '--out', out, '--pseudonymise', '-q'],
      { CASEAUDIT_KEY: KEY },
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const texts = outputTexts(out);
    const kinds = new Set([...texts.keys()].map((f) => f.slice(f.lastIndexOf('.'))));
    // One file at least per format that was asked for.
    for (const ext of ['.json', '.html', '.csv', '.md', '.xml', '.pdf'].filter((e) =>
      formats.some(
        (f) => ({ json: '.json', html: '.html', csv: '.csv', md: '.md', junit: '.xml', pdf: '.pdf' })[f] === e,
      ),
    )) {
      expect(kinds.has(ext), `an output file ${ext}`).toBe(true);
    }
    for (const [file, text] of texts) {
      for (const id of RAW_IDS) expect(text.includes(id), `${id} in ${file}`).toBe(false);
      for (const dob of BIRTH_DATES) expect(text.includes(dob), `${dob} in ${file}`).toBe(false);
    }
    // The terminal summary is pseudonymised too.
    for (const id of RAW_IDS) expect(r.out.includes(id), `${id} on stdout`).toBe(false);
    expect(texts.get('findings.json')).toMatch(/"childId": "C-[0-9a-f]{12}"/);
  });
});
