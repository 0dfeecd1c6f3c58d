/**
 * Two returns of one reference date are tied by file name (merge.ts, byFileName). Names with
 * capitals went to localeCompare, which follows LC_ALL/LANG: under tr_TR "I" is the capital of a
 * dotless ı, so "CIN_census_2024.xml" sorted before "cin_2024.xml" (after it in English), another
 * file won the merge and the JSON and Markdown differed. The CLI is run as a user runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CIN_HEAD } from './helpers/cinXml.js';

const BIN = resolve('bin/caseaudit.js');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-locale-order-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A 2024 census with child C1, born on `birth`, referred and assessed on 2024-01-08. */
const census = (birth: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Message>${CIN_HEAD}<Children>\n` +
  `<Child><ChildIdentifiers><LAchildID>C1</LAchildID><PersonBirthDate>${birth}</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>` +
  `<CINdetails><CINreferralDate>2024-01-08</CINreferralDate><ReferralSource>1A</ReferralSource>` +
  `<Assessments><AssessmentActualStartDate>2024-01-08</AssessmentActualStartDate></Assessments><ReferralNFA>false</ReferralNFA></CINdetails></Child>\n` +
  `</Children></Message>\n`;

const OUTPUTS = ['findings.json', 'metrics.csv', 'worklist-children.csv', 'summary.md'];

function audit(exportDir: string, name: string, env: Record<string, string>): Record<string, Buffer> {
  const out = join(dir, name);
  const r = spawnSync(process.execPath, [BIN, 'audit', exportDir, '--format', 'json,csv,md', '--out', out, '-q'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  return Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f))]));
}

describe('returns of one reference date, in any locale', () => {
  it('keeps the same file first, so the outputs are the same bytes under C and tr_TR', () => {
    const ex = join(dir, 'returns');
    mkdirSync(ex);
    writeFileSync(join(ex, 'CIN_census_2024.xml'), census('2015-01-02'));
    writeFileSync(join(ex, 'cin_2024.xml'), census('2016-06-01'));
    const c = audit(ex, 'c', { LC_ALL: 'C', LANG: 'C', TZ: 'UTC' });
    const tr = audit(ex, 'tr', { LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8', TZ: 'UTC' });
    // English collation puts cin_2024.xml first (case only breaks a tie): its record of C1 is kept.
    const json = JSON.parse(c['findings.json']!.toString('utf8')) as { asAtSource: string };
    expect(json.asAtSource).toBe('reference date of cin_2024.xml');
    for (const f of OUTPUTS) expect([f, tr[f]!.equals(c[f]!)]).toEqual([f, true]);
  });
});
