/**
 * The census's element numbers (cinCensusSchema.ts' El: the record builder branches on them, the
 * scanner keeps each shared name's with it) and the scanner's buffers kept from one read to the
 * next (cinScan.ts): the same records whatever was read before, at once, or given up on. And the
 * made ids' keys (cinBuild.ts), listed only once something reads them: the records' own keys.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CIN_ELEMENTS, El, elementCode } from '../src/load/returns/cinCensusSchema.js';
import { CIN_TABLES, readCinBuilt, type ValueMaps } from '../src/load/returns/cinBuild.js';
import { readCinRecords } from '../src/load/returns/cinCensus.js';
import { CinRecords } from '../src/load/returns/cinRecords.js';
import { scanCinCensus } from '../src/load/returns/cinScan.js';
import { ScanNames } from '../src/load/returns/cinScanTexts.js';
import { NO_DAY } from '../src/load/returns/types.js';
import { Fallback } from '../src/load/returns/xmlFast.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-cin-codes-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every element the builder acts on (cinRecords.ts' enter and close), by hand. */
const READ = [
  'LAchildID',
  'PersonBirthDate',
  'Ethnicity',
  'GenderCurrent',
  'Sex',
  'Disability',
  'Child',
  'CINreferralDate',
  'ReferralSource',
  'ReferralNFA',
  'CINdetails',
  'AssessmentActualStartDate',
  'CINPlanStartDate',
  'CPPstartDate',
  'AssessmentAuthorisationDate',
  'S47ActualStartDate',
  'CINPlanEndDate',
  'CPPendDate',
  'DateOfInitialCPC',
  'InitialCategoryOfAbuse',
  'NumberOfPreviousCPP',
  'CPPreviewDate',
  'Assessments',
  'Section47',
  'CINPlanDates',
  'ChildProtectionPlans',
];

describe('element numbers', () => {
  it('gives each element the builder acts on a number of its own, and every other name El.other', () => {
    const codes = READ.map(elementCode);
    expect(codes.every((c) => c !== El.other)).toBe(true);
    expect(new Set(codes).size).toBe(READ.length);
    for (const n of CIN_ELEMENTS) if (!READ.includes(n)) expect(elementCode(n), n).toBe(El.other);
    for (const n of ['Unknown', 'child', 'LAchildid', 'Children', 'CollectionDetails', 'Year', 'constructor', ''])
      expect(elementCode(n), n).toBe(El.other);
  });

  it('keeps each name the scanner shares with its number', () => {
    const names = new ScanNames();
    for (const n of [...CIN_ELEMENTS, 'Unknown', 'toString']) {
      const b = Buffer.from(`<${n}>`, 'latin1');
      const named = names.at(b, 1, b.length - 1);
      expect(named.name).toBe(n);
      expect(named.code, n).toBe(elementCode(n));
      // Found again in its slot: the same object.
      expect(names.at(b, 1, b.length - 1)).toBe(named);
    }
  });

  it('builds a child’s records from names with their numbers, whichever reader gives them', () => {
    const events: [string, string, string][] = [
      ['LAchildID', 'ChildIdentifiers', 'C1'],
      ['PersonBirthDate', 'ChildIdentifiers', '2015-01-02'],
      ['Sex', 'ChildIdentifiers', 'F'],
      ['Ethnicity', 'ChildCharacteristics', 'WBRI'],
      ['Disability', 'Disabilities', 'HAND'],
      ['CINreferralDate', 'CINdetails', '2024-01-05'],
      ['ReferralSource', 'CINdetails', '1A'],
      ['CPPstartDate', 'ChildProtectionPlans', '2024-01-20'],
      ['InitialCategoryOfAbuse', 'ChildProtectionPlans', 'PHY'],
      ['NumberOfPreviousCPP', 'ChildProtectionPlans', '2'],
      ['CPPreviewDate', 'Reviews', '2024-03-01'],
      ['Unknown', 'ChildProtectionPlans', 'x'],
    ];
    // `open` looks the number up (as the generic reader's names are); `enter` is given it.
    const run = (byOpen: boolean) => {
      const r = new CinRecords();
      const open = (n: string, line: number) => (byOpen ? r.open(n, line) : r.enter(n, line, elementCode(n)));
      const close = (n: string, parent: string, text: string, line: number) =>
        r.close(n, parent, true, text, line, NO_DAY, elementCode(n));
      open('Child', 1);
      for (const [i, [n, p, t]] of events.slice(0, 5).entries()) close(n, p, t, 2 + i);
      open('CINdetails', 10);
      for (const [i, [n, p, t]] of events.slice(5, 7).entries()) close(n, p, t, 11 + i);
      open('ChildProtectionPlans', 13);
      for (const [i, [n, p, t]] of events.slice(7).entries()) close(n, p, t, 14 + i);
      close('ChildProtectionPlans', 'CINdetails', '', 20);
      close('CINdetails', 'Child', '', 21);
      close('Child', 'Children', '', 22);
      return { tables: r.tables, previousCp: [...r.previousCp], gender: r.genderElement };
    };
    const byName = run(true);
    expect(run(false)).toEqual(byName);
    expect(byName.tables.children.records[0]!.cells).toEqual(['C1', '2015-01-02', 'Female', 'WBRI', 'Y']);
    expect(byName.tables.plans.records.map((p) => p.key)).toEqual(['CP-C1-2024-01-20']);
    expect(byName.tables.reviews.records.map((p) => p.cells)).toEqual([['CP-C1-2024-01-20', '2024-03-01']]);
    expect(byName.previousCp).toEqual(['CP-C1-2024-01-20']);
    expect(byName.gender).toBe('Sex');
  });
});

// Censuses of more than three of the scanner's 1 MB chunks, so every kept buffer is read into.
const head = `<Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>`;
const child = (id: string, date: string) =>
  `  <Child><ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2015-01-02</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>` +
  `<CINdetails><CINreferralDate>${date}</CINreferralDate><ReferralSource>1A</ReferralSource>` +
  `<Assessments><AssessmentActualStartDate>${date}</AssessmentActualStartDate></Assessments><ReferralNFA>false</ReferralNFA></CINdetails></Child>\n`;
function census(prefix: string, n: number, date: string, tail = ''): string {
  const kids: string[] = [];
  for (let i = 0; i < n; i++) kids.push(child(`${prefix}${String(i).padStart(6, '0')}`, date));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Message>${head}<Children>\n${kids.join('')}${tail}</Children></Message>\n`;
}

/** The records as the generic reader gives them. */
async function generic(path: string) {
  const r = await readCinRecords(path, Infinity, { engine: 'generic' });
  return { tables: r.tables, previousCp: [...r.previousCp], unknown: [...r.unknown] };
}

/** The records as the scanner gives them, with no fallback (which would hide a spoilt read). */
async function scan(path: string) {
  const r = new CinRecords();
  await scanCinCensus(path, 'f.xml', r);
  return { tables: r.tables, previousCp: [...r.previousCp], unknown: [...r.unknown] };
}

describe('the scanner’s buffers, kept from one read to the next', () => {
  it('reads each census as the generic reader does, after another, at once with another, and after one given up on', async () => {
    const a = join(dir, 'a.xml'),
      b = join(dir, 'b.xml'),
      bad = join(dir, 'bad.xml');
    writeFileSync(a, census('A', 9_000, '2024-01-05'));
    writeFileSync(b, census('B', 8_000, '2023-11-30'));
    // Plain for its first 3 MB, then a comment (outside the scanner's subset): it gives up there.
    writeFileSync(bad, census('Z', 9_000, '2024-02-02', '<!-- x -->\n'));
    const want = { a: await generic(a), b: await generic(b) };
    expect(want.a.tables.children.records.length).toBe(9_000);
    expect(want.b.tables.children.records.length).toBe(8_000);
    expect(await scan(a)).toEqual(want.a);
    expect(await scan(b)).toEqual(want.b);
    expect(await scan(a)).toEqual(want.a);
    const [x, y] = await Promise.all([scan(b), scan(a)]);
    expect(x).toEqual(want.b);
    expect(y).toEqual(want.a);
    await expect(scan(bad)).rejects.toBeInstanceOf(Fallback);
    expect(await scan(b)).toEqual(want.b);
    expect(await scan(a)).toEqual(want.a);
  });
});

describe('the made ids’ keys, listed only when read', () => {
  /** Each table's keys built into rows (cinBuild.ts) and as the records' own keys (no sinks). */
  async function both(text: string, values: ValueMaps = {}) {
    const path = join(dir, 'keys.xml');
    writeFileSync(path, text);
    const built = await readCinBuilt(path, Infinity, values);
    const records = await readCinRecords(path, Infinity);
    return CIN_TABLES.map((t) => ({
      t,
      built: [...built.tables[t].built!.keys],
      rows: built.tables[t].built!.rows.length,
      records: records.tables[t].records.map((r) => r.key),
    }));
  }

  it('gives every key as the records have it: plain ids, a child met again, ids the TableBuilder reads apart', async () => {
    // C01 and C02 met again after C03 (IdMaker then reads the keys: listed from there on).
    const ids = ['C01', 'C02', 'C03', ' C04 ', 'C\u00a005', 'C06', 'C01', 'C02', 'C07'];
    const text = census('', 0, '', ids.map((id, i) => child(id, `2024-01-${String(10 + i)}`)).join(''));
    for (const { t, built, rows, records } of await both(text)) {
      expect(built, t).toEqual(records);
      expect(built.length, t).toBe(rows);
    }
    // A config value map renaming one id of each table: that row's id is not its key.
    const renamed = await both(text, {
      referrals: { referral_id: { 'REF-C03-2024-01-12': 'R' } },
      assessments: { assessment_id: { 'ASM-C03-2024-01-12': 'A' } },
    });
    for (const { t, built, records } of renamed) expect(built, t).toEqual(records);
    const plain = await both(census('P', 40, '2024-02-03'));
    expect(plain.find((x) => x.t === 'assessments')!.built).toHaveLength(40);
    for (const { t, built, records } of plain) expect(built, t).toEqual(records);
  });
});
