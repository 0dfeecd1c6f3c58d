/**
 * The census rows' lists over a census of several 1 MB chunks: every row and key as the records
 * have them, in order, no slot left empty, whatever the mix of records in the first chunk. (The
 * lists were once sized from the first chunk's share of the file, and these cases had the guess
 * low, high and about right; they are kept since the lists grow a row at a time again, s18-scan.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CIN_TABLES, readCinBuilt } from '../src/load/returns/cinBuild.js';
import { readCinRecords } from '../src/load/returns/cinCensus.js';
import { CIN_HEAD } from './helpers/cinXml.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-cin-reserve-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A child with a referral, and `assessments` assessments in it. */
const child = (id: string, assessments: number) =>
  `  <Child><ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2015-01-02</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>` +
  `<CINdetails><CINreferralDate>2024-01-05</CINreferralDate><ReferralSource>1A</ReferralSource>` +
  Array.from(
    { length: assessments },
    (_, i) =>
      `<Assessments><AssessmentActualStartDate>2024-01-${String(6 + i).padStart(2, '0')}</AssessmentActualStartDate></Assessments>`,
  ).join('') +
  `<ReferralNFA>false</ReferralNFA></CINdetails></Child>\n`;
/** A census of `n` children (over the scanner's 1 MB first chunk), child i with `assessments(i)`. */
function census(n: number, assessments: (i: number) => number): string {
  const kids: string[] = [];
  for (let i = 0; i < n; i++) kids.push(child(`C${String(i).padStart(6, '0')}`, assessments(i)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Message>${CIN_HEAD}<Children>\n${kids.join('')}</Children></Message>\n`;
}

describe('the census rows’ lists, over several chunks', () => {
  it.each([
    ['only after the first chunk', (i: number) => (i < 4_000 ? 0 : 2)],
    ['only in the first chunk', (i: number) => (i < 4_000 ? 3 : 0)],
    ['throughout', (i: number) => i % 3],
  ])('gives every row and key as the records have them, assessments %s', async (_, assessments) => {
    const path = join(dir, 'census.xml');
    const text = census(9_000, assessments);
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    writeFileSync(path, text);
    const built = await readCinBuilt(path, Infinity);
    const records = await readCinRecords(path, Infinity);
    for (const t of CIN_TABLES) {
      const b = built.tables[t].built!;
      const want = records.tables[t].records;
      expect(b.rows.length, t).toBe(want.length);
      expect([...b.keys], t).toEqual(want.map((r) => r.key));
      // No slot left empty, and each row its own record's (its line).
      for (let i = 0; i < b.rows.length; i++) {
        expect(i in b.rows, `${t} ${i}`).toBe(true);
        expect((b.rows[i] as { line: number }).line).toBe(want[i]!.line);
      }
    }
    expect(records.tables.assessments.records.length).toBeGreaterThan(0);
  });
});
