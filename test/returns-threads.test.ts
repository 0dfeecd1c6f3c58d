/**
 * The CIN census read on two threads (src/load/returns/cinThread.ts) and built into typed rows as
 * each file is read (cinBuild.ts): the merge keeps rows by key and replays only the kept rows'
 * issues, the duplicate-id check is skipped only where ids cannot repeat, and the built binary
 * gives byte-identical outputs with the census worker and without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReturns } from '../src/load/returns/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-cin-threads-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const census = (year: number, children: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n<Header><CollectionDetails><Collection>CIN</Collection><Year>${year}</Year>` +
  `<ReferenceDate>${year}-03-31</ReferenceDate></CollectionDetails></Header>\n<Children>\n${children}\n</Children>\n</Message>\n`;
const child = (id: string, birth: string, referral = '2023-01-05') =>
  `<Child>\n<ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>${birth}</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>\n` +
  `<CINdetails><CINreferralDate>${referral}</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>false</ReferralNFA></CINdetails>\n</Child>`;

function mk(name: string, files: Record<string, string>): string {
  const d = join(dir, name);
  mkdirSync(d);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(d, f), text);
  return d;
}

describe('years merged from rows built as each census is read', () => {
  it("reports an issue only for a record the merge keeps, at the older file's line", async () => {
    // C1 is in both years: the newer record wins, so the older one's bad birth date is not read.
    // C2 is only in the older year: its bad birth date is reported, in that file, at its line.
    const d = mk('merge', {
      'cin_2024.xml': census(2024, child('C1', '2015-01-02')),
      'cin_2023.xml': census(2023, [child('C1', 'not a date'), child('C2', '31/02/2016', '2022-06-01')].join('\n')),
    });
    const ex = await loadReturns(d, { threads: false });
    expect(ex.tables.children!.map((c) => [c.childId, c.dateOfBirth])).toEqual([
      ['C1', 16437],
      ['C2', null],
    ]);
    const bad = ex.dq.issueGroups().filter((g) => g.table === 'children' && g.code === 'bad-date');
    expect(bad.map((g) => [g.count, g.examples.map((e) => [e.file, e.line, e.value])])).toEqual([
      [1, [['cin_2023.xml', 9, '31/02/2016']]],
    ]);
    expect(ex.tables.referrals!.map((r) => r.referralId)).toEqual(['REF-C1-2023-01-05', 'REF-C2-2022-06-01']);
  });

  it('still finds duplicate referral ids when two child ids differ only by a no-break space', async () => {
    // "A\u00a0B" and "A B" make different keys but, read as ids, the same referral id.
    const d = mk('nbsp', {
      'cin_2024.xml': census(2024, [child('A\u00a0B', '2015-01-02'), child('A B', '2015-01-02')].join('\n')),
    });
    const ex = await loadReturns(d, { threads: false });
    const dup = ex.dq.issueGroups().filter((g) => g.code === 'duplicate-id');
    expect(dup.map((g) => [g.table, g.count])).toEqual([
      ['children', 1],
      ['referrals', 1],
    ]);
  });
});

describe('the built binary with and without the census worker', () => {
  const BIN = resolve('bin/caseaudit.js');
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...env },
    });

  it('gives byte-identical outputs, the worker reading some census files', () => {
    const ret = join(dir, 'generated');
    expect(run(['generate', '--layout', 'returns', '--out', ret, '--children', '400', '--seed', '7']).status).toBe(0);
    // Out-of-schema elements and a bad date in every census file: issues from both threads.
    const files = readdirSync(ret).filter((f) => f.startsWith('cin_census_') && f.endsWith('.xml'));
    expect(files.length).toBeGreaterThan(2);
    for (const f of files) {
      const p = join(ret, f);
      const text = readFileSync(p, 'utf8')
        .replace('<Ethnicity>', `<Favourite${f.slice(11, 15)}>x</Favourite${f.slice(11, 15)}><Ethnicity>`)
        .replace(/<PersonBirthDate>[^<]*</, '<PersonBirthDate>2016-02-30<');
      writeFileSync(p, text);
    }
    const outs: Record<string, string> = {};
    for (const threads of ['never', 'always']) {
      const out = join(dir, `out-${threads}`);
      const r = run(
        ['audit', ret, '--as-at', '2024-03-31', '--format', 'json,csv,md', '--out', out, '-q', '--threads', threads],
        { CASEAUDIT_DEBUG_CIN: '1' },
      );
      expect(r.status, r.stderr).toBe(0);
      const byWorker = r.stderr.split('\n').filter((l) => l.endsWith('read by the census worker'));
      if (threads === 'never') expect(byWorker).toEqual([]);
      else expect(byWorker.length).toBeGreaterThan(0);
      outs[threads] = readdirSync(out)
        .sort()
        .map((f) => `${f}\n${readFileSync(join(out, f), 'utf8')}`)
        .join('\n');
    }
    expect(outs.always).toContain('Favourite');
    expect(outs.always).toContain('2016-02-30');
    expect(outs.always).toBe(outs.never);
  });
});
