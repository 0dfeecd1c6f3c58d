/**
 * Under --pseudonymise an id a rule names in its prose (a metric's note, a limitation) is coded
 * even when no evidence row holds it: caseloads names the workers with open allocations who are
 * not in the workers table, or not employed on the as-at date, while they are under target (so in
 * no finding). The net that codes ids in prose knew only the evidence's ids, so these came out raw
 * in findings.json and the HTML report, and an id holding a space was never matched at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idCoder } from '../src/privacy/pseudonymise.js';
import { scrubDeep } from '../src/privacy/scrubIds.js';

const BIN = resolve('bin/caseaudit.js');
const DEMO = resolve('fixtures/demo');
const KEY = 'fictional-named-key-0123456789';
const UNKNOWN = 'ZQ-UNKNOWN-99';
const LEFT = 'ZQ Left Worker';

function exportWithStrayWorkers(unknown = UNKNOWN): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-named-'));
  writeFileSync(
    join(dir, 'workers.csv'),
    `worker_id,team,fte,start_date,end_date\nFICT-W-01,North,1,2020-01-01,\n${LEFT},North,1,2020-01-01,2023-06-30\n`,
  );
  writeFileSync(
    join(dir, 'allocations.csv'),
    'child_id,worker_id,start_date,end_date\n' +
      `FICT-C-001,FICT-W-01,2024-01-05,\nFICT-C-002,${unknown},2024-01-06,\nFICT-C-003,${LEFT},2023-01-06,\n`,
  );
  return dir;
}

function audit(ex: string, extra: string[]): { out: string; stdout: string; stderr: string } {
  const out = mkdtempSync(join(tmpdir(), 'caseaudit-named-out-'));
  const r = spawnSync(
    process.execPath,
    [BIN, 'audit', ex, '--as-at', '2024-03-31', '--format', 'json,html,md,csv', '--out', out, '-q', ...extra],
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', CASEAUDIT_KEY: KEY } },
  );
  expect(r.error).toBeUndefined();
  return { out, stdout: r.stdout, stderr: r.stderr };
}

const everything = (r: { out: string; stdout: string; stderr: string }): string =>
  [r.stdout, r.stderr, ...readdirSync(r.out).map((f) => readFileSync(join(r.out, f), 'utf8'))].join('\n');

const caseloadsNote = (out: string): string => {
  const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as {
    rules: { id: string; metrics: Record<string, { note?: string }> }[];
  };
  return json.rules.find((r) => r.id === 'caseloads')!.metrics.averagePerFte!.note!;
};

describe('--pseudonymise codes the ids a rule names only in its prose', () => {
  it('a worker not in the workers table, and one who has left, are named by their codes', () => {
    const ex = exportWithStrayWorkers();
    // Control: without the option the note names both workers, so the scan below can fail.
    const plain = audit(ex, []);
    expect(caseloadsNote(plain.out)).toContain(`(${UNKNOWN})`);
    expect(caseloadsNote(plain.out)).toContain(`(${LEFT})`);

    const coded = audit(ex, ['--pseudonymise']);
    const text = everything(coded);
    expect(text).not.toContain(UNKNOWN);
    expect(text).not.toContain(LEFT);
    const code = idCoder(KEY);
    const note = caseloadsNote(coded.out);
    expect(note).toContain(`not in the workers table (${code('W', UNKNOWN)})`);
    expect(note).toContain(`not employed on that date (${code('W', LEFT)})`);
  }, 120_000);

  it('an id of digits only is coded in its list, and the counts beside it are left alone', () => {
    const coded = audit(exportWithStrayWorkers('1'), ['--pseudonymise']);
    const code = idCoder(KEY);
    const stray = (status: string, id: string) =>
      `1 worker with allocations open on 2024-03-31 is ${status} (${code('W', id)}); their children are still counted, with FTE 1.`;
    expect(caseloadsNote(coded.out)).toBe(
      `${stray('not in the workers table', '1')} ${stray('not employed on that date', LEFT)}`,
    );
  }, 120_000);
});

describe('--pseudonymise with ids of digits only', () => {
  it('leaves every message, note and limitation as it is without the option (no rule names an id there)', () => {
    // The demo with its children and workers numbered 1, 2, …: the net under the coded fields used
    // to code every number in the prose that equals some id ("more than C-… working days").
    const ex = mkdtempSync(join(tmpdir(), 'caseaudit-digits-'));
    for (const f of readdirSync(DEMO))
      if (f.endsWith('.csv'))
        writeFileSync(
          join(ex, f),
          readFileSync(join(DEMO, f), 'utf8').replace(/(^|,)[CW]0*(\d+)(?=[,\r\n])/gm, '$1$2'),
        );
    const prose = (out: string) => {
      const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as {
        rules: {
          findings: { message: string }[];
          metrics: Record<string, { note?: string }>;
          limitations: string[];
        }[];
      };
      return json.rules.flatMap((r) => [
        ...r.findings.map((f) => f.message),
        ...Object.values(r.metrics).map((m) => m.note ?? ''),
        ...r.limitations,
      ]);
    };
    const plain = prose(audit(ex, []).out);
    expect(plain.join('\n')).toMatch(/more than 45 working days/);
    expect(prose(audit(ex, ['--pseudonymise']).out)).toEqual(plain);
  }, 120_000);
});

describe('the net under the coded fields (scrubDeep)', () => {
  it('replaces ids holding separators whole, at word boundaries only, longest first; never a count', () => {
    const seen = new Map([
      ['Jane Smith', 'W-1'],
      ['Jane Smithson', 'W-2'],
      ['A (B)', 'W-3'],
      ['45', 'W-4'],
      ['W9', 'W-5'],
    ]);
    const prose = 'Jane Smith, Jane Smithson and A (B) held 45 cases; W9. MaryJane Smith and Jane Smiths did not.';
    expect(scrubDeep({ note: prose, list: [prose] }, seen)).toEqual({
      note: 'W-1, W-2 and W-3 held 45 cases; W-5. MaryJane Smith and Jane Smiths did not.',
      list: ['W-1, W-2 and W-3 held 45 cases; W-5. MaryJane Smith and Jane Smiths did not.'],
    });
  });
});

describe('--pseudonymise and the data-quality messages', () => {
  it("an SSDA903 review no period of care holds: its message names no child, the row's place is kept", () => {
    const ex = mkdtempSync(join(tmpdir(), 'caseaudit-903-review-'));
    writeFileSync(
      join(ex, 'SSDA903_2024_header.csv'),
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n700001,1,01/01/2015,WBRI,,,\n',
    );
    writeFileSync(
      join(ex, 'SSDA903_2024_episodes.csv'),
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
        '700001,01/05/2023,P,C2,N1,U1,PR1,,,,,,\n',
    );
    writeFileSync(
      join(ex, 'SSDA903_2024_reviews.csv'),
      'CHILD,DOB,REVIEW,REVIEW_CODE\n700001,01/01/2015,01/06/2023,PN1\nZQ903CHILD9,01/01/2015,01/07/2023,PN1\n',
    );
    const coded = audit(ex, ['--pseudonymise']);
    expect(everything(coded)).not.toContain('ZQ903CHILD9');
    const json = JSON.parse(readFileSync(join(coded.out, 'findings.json'), 'utf8')) as {
      dataQuality: { issues: { code: string; examples: { file: string; line: number; message: string }[] }[] };
    };
    const example = json.dataQuality.issues.find((g) => g.code === 'unknown-plan')!.examples[0]!;
    expect([example.file, example.line]).toEqual(['SSDA903_2024_reviews.csv', 3]);
    expect(example.message).toMatch(/no period of care/);
  }, 120_000);
});
