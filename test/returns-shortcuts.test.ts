/**
 * The returns reader's speed shortcuts against the answers of the plain paths they stand in for
 * (issue 18, reading speed): the duplicate-id check skipped only for ids that cannot repeat
 * (children listed in id order, made plan ids), the year merge looking up only the records of
 * children in more than one file, a child's records put in line order without Array.sort, and
 * the census scanner's shared leaf texts (dates and short codes found by a number).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/model/issues.js';
import { type CinReadOptions, readCinCensus } from '../src/load/returns/cinCensus.js';
import { loadReturns } from '../src/load/returns/index.js';
import type { CinCensusRead } from '../src/load/returns/cinCensus.js';
import { sharedChildren } from '../src/load/returns/unique.js';
import type { LoadedExport } from '../src/model/export.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-returns-shortcuts-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
const put = (name: string, text: string) => writeFileSync(join(dir, name), text);
const duplicates = (ex: LoadedExport) =>
  ex.dq
    .issueGroups()
    .filter((g) => g.code === 'duplicate-id')
    .flatMap((g) => g.examples.map((e) => [g.table, e.value, e.line]));

const census = (year: number, children: string) => `<?xml version="1.0"?>
<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${year}</Year><ReferenceDate>${year}-03-31</ReferenceDate></CollectionDetails></Header>
<Children>${children}
</Children></Message>`;
const child = (id: string, details = '') => `
<Child><ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2015-05-01</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>${details}</Child>`;
const referral = (date: string, inner = '') =>
  `<CINdetails><CINreferralDate>${date}</CINreferralDate><ReferralSource>1A</ReferralSource>${inner}<ReferralNFA>false</ReferralNFA></CINdetails>`;
const cp = (start: string) =>
  `<ChildProtectionPlans><CPPstartDate>${start}</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse></ChildProtectionPlans>`;

describe('the duplicate-id check, skipped only where no id can repeat', () => {
  it('finds no duplicate among children in id order and made plan ids', async () => {
    put(
      'c.xml',
      census(2024, child('A1', referral('2024-01-02', cp('2024-01-09'))) + child('A2', referral('2024-01-03'))),
    );
    // Open episodes only: the file's name gives its year (ssda903Year.ts).
    put('e_2023-24.csv', 'CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC\nA1,01/02/2024,S,C2,N1,U1,,\n');
    const ex = await loadReturns(dir);
    expect(ex.tables.children!.map((c) => c.childId)).toEqual(['A1', 'A2']);
    expect(ex.tables.plans!.map((p) => p.planId)).toEqual(['CP-A1-2024-01-09', 'CLA-A1-2024-02-01']);
    expect(duplicates(ex)).toEqual([]);
  });

  it('still reports a child listed twice in a row in one census (not "in id order")', async () => {
    put('c.xml', census(2024, child('A1') + child('A1') + child('B2')));
    const ex = await loadReturns(dir);
    expect(duplicates(ex)).toEqual([['children', 'A1', 5]]);
    expect(ex.tables.children!.map((c) => c.childId)).toEqual(['A1', null, 'B2']);
  });

  it("still reports a 903 header's child twice, or once with a no-break space the loader reads as a space", async () => {
    put('h.csv', 'CHILD,SEX,DOB,ETHNIC\n101,1,01/01/2015,WBRI\n101,1,01/01/2015,WBRI\n');
    expect(duplicates(await loadReturns(dir))).toEqual([['children', '101', 3]]);
    // In id order as written, but the same id once the no-break space is read as a space.
    put('h.csv', 'CHILD,SEX,DOB,ETHNIC\n1 02,1,01/01/2015,WBRI\n1\u00a002,1,01/01/2015,WBRI\n');
    expect(duplicates(await loadReturns(dir))).toEqual([['children', '1 02', 3]]);
  });

  it('still reports two 903 periods of care whose made ids a no-break space joins', async () => {
    put(
      'e_2023-24.csv',
      'CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC\n1 2,01/02/2024,S,C2,N1,U1,,\n1\u00a02,01/02/2024,S,C2,N1,U1,,\n',
    );
    const ex = await loadReturns(dir);
    expect(duplicates(ex).filter((d) => d[0] === 'plans')).toEqual([['plans', 'CLA-1 2-2024-02-01', 3]]);
  });
});

describe('the year merge, looking up only children in more than one file', () => {
  it('drops an older record a newer year holds, whoever the child, and keeps the rest', async () => {
    put(
      'new.xml',
      census(2024, child('', referral('2023-07-01')) + child('A1', referral('2023-06-01', cp('2023-06-20')))),
    );
    put(
      'old.xml',
      census(
        2023,
        child('', referral('2023-07-01')) +
          child('A1', referral('2022-12-01') + referral('2023-06-01', cp('2023-06-20'))) +
          child('Z9', referral('2023-06-01')),
      ),
    );
    const ex = await loadReturns(dir);
    expect(ex.tables.referrals!.map((r) => [r.referralId, r.line])).toEqual([
      ['REF--2023-07-01', 4],
      ['REF-A1-2023-06-01', 5],
      ['REF-A1-2022-12-01', 5],
      ['REF-Z9-2023-06-01', 6],
    ]);
    expect(ex.tables.plans!.map((p) => p.planId)).toEqual(['CP-A1-2023-06-20']);
    expect(ex.dq.tables.get('plans')!.file).toBe('new.xml');
  });
});

describe("the children merge, a census's children in id order searched there", () => {
  it("drops a 903 header's child a newer or same-year census holds, keeps the others, in order or not", async () => {
    // Many census children, few header rows: the census's keys are searched in order (merge.ts).
    const ids = Array.from({ length: 40 }, (_, i) => `C${String(i * 2 + 10).padStart(3, '0')}`);
    put('c.xml', census(2024, ids.map((id) => child(id)).join('')));
    put(
      'h_2023-24.csv',
      'CHILD,SEX,DOB,ETHNIC\nC099,2,01/01/2016,WBRI\nC012,2,01/01/2016,WBRI\nC009,1,01/01/2014,WBRI\nC088,1,01/01/2014,WBRI\nC010,2,01/01/2016,WBRI\n',
    );
    const ex = await loadReturns(dir);
    const kids = ex.tables.children!;
    expect(kids.map((c) => c.childId)).toEqual([...ids, 'C099', 'C009']);
    // The census's copy of a child both hold (its birth date), not the header's.
    expect(kids.filter((c) => c.childId === 'C012' || c.childId === 'C010').map((c) => c.line)).toEqual([4, 5]);
    expect(duplicates(ex)).toEqual([]);
  });
});

describe('the year merge, by child', () => {
  it("drops the older year's copies of a child with more than 64 records, and keeps its own and other children's", async () => {
    const date = (i: number) =>
      `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`;
    const refs = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `\n${referral(date(from + i))}`).join('');
    // A1 has 70 referrals in both years, plus one more (index 70) in the older; B2 is in both with
    // one referral each, the older's its own; C3 only in the older year.
    put('new.xml', census(2024, child('A1', refs(0, 70)) + child('B2', referral('2023-05-05'))));
    put(
      'old.xml',
      census(
        2023,
        child('A1', refs(0, 71)) +
          child('B2', referral('2022-05-05') + referral('2023-05-05')) +
          child('C3', referral('2022-09-09')),
      ),
    );
    const ex = await loadReturns(dir);
    const ids = ex.tables.referrals!.map((r) => r.referralId);
    expect(ids).toHaveLength(70 + 1 + 1 + 1 + 1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(70)).toEqual([
      'REF-B2-2023-05-05',
      `REF-A1-${date(70)}`,
      'REF-B2-2022-05-05',
      'REF-C3-2022-09-09',
    ]);
    expect(ex.tables.referrals!.slice(70).map((r) => r.line)).toEqual([75, 75, 76, 77]);
  });
});

describe("a child's records in line order", () => {
  it('names records inside a referral after it, and more than 64 records of one child in order', async () => {
    // Each referral closes after the assessment inside it: its records are put back in line order.
    const many = Array.from({ length: 70 }, (_, i) => {
      const d = `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`;
      return `\n${referral(d, `<Assessments><AssessmentActualStartDate>${d}</AssessmentActualStartDate></Assessments>`)}`;
    });
    put('c.xml', census(2024, child('A1', many.join(''))));
    const ex = await loadReturns(dir);
    const refs = ex.tables.referrals!;
    expect(refs).toHaveLength(70);
    expect(refs.map((r) => r.line)).toEqual(Array.from({ length: 70 }, (_, i) => 5 + i));
    expect(ex.tables.assessments!.map((a) => [a.referralId, a.line])).toEqual(refs.map((r) => [r.referralId, r.line]));
    expect(refs[13]!.referralId).toBe('REF-A1-2023-02-02');
  });
});

describe('the census scanner shares leaf texts by a number made from them', () => {
  async function both(path: string) {
    const read = async (o: CinReadOptions) => {
      const r = await readCinCensus(path, new DataQualityLog(), Infinity, o);
      return r.tables.referrals.records.map((x) => x.cells);
    };
    const scan = await read({ engine: 'scan' });
    expect(scan).toEqual(await read({ engine: 'generic' }));
    return scan;
  }

  it('keeps apart codes and dates that a careless number would join', async () => {
    const codes = ['0', '00', '000', '0000', '1A', 'A1', '\u007f', 'é', 'éé', 'ABCDE'];
    const dates = ['2024-01-05', '2024-1a-05', '2024-01-5', '1999-12-31', '2024/01/05', '0000-00-00'];
    const refs = codes.map(
      (c, i) =>
        `<CINdetails><CINreferralDate>${dates[i % dates.length]}</CINreferralDate><ReferralSource>${c}</ReferralSource></CINdetails>`,
    );
    put('c.xml', census(2024, child('A1', refs.join('')) + child('A2', refs.join(''))));
    const cells = await both(join(dir, 'c.xml'));
    const expected = codes.map((c, i) => [dates[i % dates.length], c]);
    expect(cells.map((c) => [c[2], c[3]])).toEqual([...expected, ...expected]);
  });
});

describe('children several census files hold (sharedChildren)', () => {
  /** The plain definition: every key met twice, over the files' keys one after another. */
  const plain = (files: string[][]) => {
    const once = new Set<string>(),
      more = new Set<string>();
    for (const k of files.flat())
      if (once.has(k)) more.add(k);
      else once.add(k);
    return [...more].sort();
  };
  const read = (keys: string[]) =>
    ({
      tables: {
        children: {
          built: {
            keys,
            ordered: keys.every((k, i) => i === 0 || k > keys[i - 1]!),
            plainKeys: true,
            rows: [],
            adds: [],
          },
        },
      },
    }) as unknown as CinCensusRead;
  const cases: string[][][] = [
    [['a', 'b', 'c']],
    [['a', 'b', 'b']],
    [
      ['a', 'b'],
      ['b', 'c', 'd', 'e'],
    ],
    [['a', 'b', 'b'], ['b', 'c', 'd', 'd'], ['x']],
    [['a', 'c'], ['b', 'c', 'e', 'f'], ['a', 'f'], []],
    [['d', 'c', 'b', 'a'], ['a']],
  ];
  for (const files of cases)
    it(`${JSON.stringify(files)}`, () => {
      expect([...sharedChildren(files.map(read))].sort()).toEqual(plain(files));
    });
});

describe('the unknown-child check, skipped only for census records (their child is loaded with them)', () => {
  const unknownChildren = (ex: LoadedExport) =>
    ex.dq
      .issueGroups()
      .filter((g) => g.code === 'unknown-child')
      .flatMap((g) => g.examples.map((e) => [g.table, e.value, e.line]));
  const twoChildren = census(
    2024,
    child('A1', referral('2024-01-02', cp('2024-01-09'))) +
      child(' A2\u00a0', referral('2024-01-03')) +
      child('', referral('2024-01-04')),
  );

  it('finds none for census records, padded ids and a blank one included, and still checks the 903 after them', async () => {
    put('c.xml', twoChildren);
    // A period of care of a child in no census and no 903 header: its row comes after the census plans.
    put('e_2023-24.csv', 'CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC\nB7,01/02/2024,S,C2,N1,U1,,\n');
    const ex = await loadReturns(dir);
    expect(ex.tables.referrals!.map((r) => r.childId)).toEqual(['A1', 'A2', null]);
    expect(ex.tables.plans!.map((p) => p.childId)).toEqual(['A1', 'B7']);
    expect(unknownChildren(ex)).toEqual([['plans', 'B7', 2]]);
  });

  it('still checks census records when a canonical children file replaces the census children', async () => {
    put('c.xml', twoChildren);
    put('children.csv', 'child_id,date_of_birth\nA1,2015-05-01\n');
    expect(unknownChildren(await loadReturns(dir))).toEqual([['referrals', 'A2', 5]]);
  });

  it('still checks census records when a config value map rewrites a child id', async () => {
    put('c.xml', twoChildren);
    const ex = await loadReturns(dir, { mapping: { referrals: { values: { child_id: { A1: 'Z9' } } } } });
    expect(ex.tables.referrals!.map((r) => r.childId)).toEqual(['Z9', 'A2', null]);
    expect(unknownChildren(ex)).toEqual([['referrals', 'Z9', 4]]);
  });
});

describe('the end-before-start check, skipped only for census rows made with their ends in order', () => {
  const endsBefore = (ex: LoadedExport) =>
    ex.dq
      .issueGroups()
      .filter((g) => g.code === 'end-before-start')
      .flatMap((g) => g.examples.map((e) => [g.table, e.value, e.line]));
  const cin = (start: string, end: string) =>
    `<CINPlanDates><CINPlanStartDate>${start}</CINPlanStartDate><CINPlanEndDate>${end}</CINPlanEndDate></CINPlanDates>`;

  it('finds none where every census plan ends after it starts', async () => {
    put('c.xml', census(2024, child('A1', referral('2024-01-02', cin('2024-01-09', '2024-02-01')))));
    const ex = await loadReturns(dir);
    expect(ex.tables.plans!.map((p) => p.planId)).toEqual(['CIN-A1-2024-01-09']);
    expect(ex.tables.plans![0]!.endDate).not.toBeNull();
    expect(endsBefore(ex)).toEqual([]);
  });

  it('still reports, and blanks, a census plan or assessment ending before it starts, among others that do not', async () => {
    const assessment = `<Assessments><AssessmentActualStartDate>2024-01-05</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-01-04</AssessmentAuthorisationDate></Assessments>`;
    put(
      'c.xml',
      census(
        2024,
        child('A1', referral('2024-01-02', cin('2024-01-09', '2024-02-01'))) +
          child('A2', referral('2024-01-03', assessment + cin('2024-01-09', '2024-01-08'))),
      ),
    );
    const ex = await loadReturns(dir);
    expect(endsBefore(ex)).toEqual([
      ['assessments', '2024-01-04', 5],
      ['plans', '2024-01-08', 5],
    ]);
    expect(ex.tables.plans!.map((p) => p.endDate === null)).toEqual([false, true]);
    expect(ex.tables.assessments!.map((a) => a.completionDate)).toEqual([null]);
  });
});

describe("the unknown-plan check, skipped only for the returns' reviews (read inside their plans)", () => {
  const unknownPlans = (ex: LoadedExport) =>
    ex.dq
      .issueGroups()
      .filter((g) => g.code === 'unknown-plan')
      .flatMap((g) => g.examples.map((e) => [g.table, e.value, e.line]));
  const reviewed = census(
    2024,
    child(
      'A1',
      referral(
        '2024-01-02',
        `<ChildProtectionPlans><CPPstartDate>2024-01-09</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><Reviews><CPPreviewDate>2024-02-01</CPPreviewDate></Reviews></ChildProtectionPlans>`,
      ),
    ),
  );

  it('finds none for a census review and a 903 review placed in a period of care', async () => {
    put('c.xml', reviewed);
    put('e_2023-24.csv', 'CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC\nB7,01/02/2024,S,C2,N1,U1,,\n');
    put('r_2023-24.csv', 'CHILD,DOB,REVIEW,REVIEW_CODE\nB7,01/01/2015,01/03/2024,PN1\n');
    const ex = await loadReturns(dir);
    expect(ex.tables.reviews!.map((r) => r.planId)).toEqual(['CP-A1-2024-01-09', 'CLA-B7-2024-02-01']);
    expect(unknownPlans(ex)).toEqual([]);
  });

  it('still checks them when a canonical plans file replaces the plans', async () => {
    put('c.xml', reviewed);
    put('plans.csv', 'plan_id,child_id,plan_type,start_date\nP1,A1,cp,2024-01-09\n');
    expect(unknownPlans(await loadReturns(dir))).toEqual([['reviews', 'CP-A1-2024-01-09', 4]]);
  });

  it('still checks them when a config value map rewrites a plan id', async () => {
    put('c.xml', reviewed);
    const ex = await loadReturns(dir, { mapping: { reviews: { values: { plan_id: { 'CP-A1-2024-01-09': 'P9' } } } } });
    expect(unknownPlans(ex)).toEqual([['reviews', 'P9', 4]]);
  });
});
