import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../src/api.js';
import { detectLayout } from '../src/load/detectLayout.js';
import { loadExport } from '../src/load/index.js';
import { excelSerialToIso } from '../src/load/xlsx.js';
import { toIso } from '../src/model/day.js';
import type { LoadedExport } from '../src/model/export.js';

const SAMPLE = 'fixtures/annex-a-sample/Annex_A_2024_Jan.xlsx';
const CSV_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'annex-a-csv');
const iso = (d: number | null) => (d === null ? null : toIso(d));
const tmpDirs: string[] = [];
afterAll(async () => { for (const d of tmpDirs) await rm(d, { recursive: true, force: true }); });

function plansOf(ex: LoadedExport, type: string) {
  return (ex.tables.plans ?? []).filter((p) => p.planType === type);
}

describe('Excel serial dates', () => {
  it('converts the 1900 date system, including the 1900 leap-year bug', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull(); // 1900-02-29 never existed
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45292)).toBe('2024-01-01');
    expect(excelSerialToIso(45292.75)).toBe('2024-01-01'); // the time of day is dropped
    expect(excelSerialToIso(43831, true)).toBe('2024-01-02'); // 1904 system: 1462 days later
  });
});

describe('Annex A sample workbook (shared/samples/annex-a)', () => {
  it('is detected as Annex A', async () => {
    expect((await detectLayout(SAMPLE)).layout).toBe('annex-a');
  });

  it('loads every list with the right row counts and dates', async () => {
    const ex = await loadExport(SAMPLE);
    expect(ex.layout).toBe('annex-a');
    expect(ex.tables.contacts).toHaveLength(5); // List 1
    expect(plansOf(ex, 'early_help')).toHaveLength(5); // List 2
    expect(ex.tables.referrals).toHaveLength(6); // List 3
    expect(ex.tables.assessments).toHaveLength(5); // List 4
    expect(ex.tables.section47).toHaveLength(5); // List 5
    expect(plansOf(ex, 'cin')).toHaveLength(5); // List 6
    expect(plansOf(ex, 'cp')).toHaveLength(7); // List 7
    expect(plansOf(ex, 'cla')).toHaveLength(5); // List 8
    expect(ex.tables.reviews).toHaveLength(10); // 5 CP plans with a review conference + 5 CLA reviews
    expect(ex.tables.visits).toHaveLength(17); // 5 (List 6) + 7 (List 7) + 5 (List 8)

    const cp = plansOf(ex, 'cp').find((p) => p.childId === '10721552')!;
    expect(cp).toMatchObject({ planId: 'CP-10721552-2020-11-23', category: 'Physical abuse', team: 'Locality 4 Unit 1' });
    expect(iso(cp.startDate)).toBe('2020-11-23');
    expect(iso(cp.endDate)).toBe('2021-02-16');
    expect(ex.tables.reviews!.filter((r) => r.planId === cp.planId).map((r) => iso(r.reviewDate))).toEqual(['2021-02-16']);
    const v = ex.tables.visits!.find((x) => x.childId === '10721552')!;
    expect([iso(v.visitDate), v.seen, v.seenAlone]).toEqual(['2021-01-22', true, true]);

    const a = ex.tables.assessments!.find((x) => x.childId === '15765513')!;
    expect([iso(a.startDate), iso(a.completionDate), a.team, a.workerId]).toEqual(['2020-02-26', '2021-02-02', 'Locality 4 Unit 2', 'Marty Gonsalves']);
    const s = ex.tables.section47!.find((x) => x.childId === '10273003')!;
    expect([iso(s.strategyDate), s.icpcDate, s.outcome]).toEqual(['2020-09-16', null, 'other']); // ICPC deemed unnecessary
    const s2 = ex.tables.section47!.find((x) => x.childId === '11641472')!;
    expect([iso(s2.icpcDate), s2.outcome]).toEqual(['2020-10-05', 'icpc']);
    const cla = plansOf(ex, 'cla').find((p) => p.childId === '3623204')!;
    expect([iso(cla.startDate), iso(cla.endDate)]).toEqual(['2008-10-22', '2020-09-22']);
    const child = ex.tables.children!.find((c) => c.childId === '9212044')!;
    expect([iso(child.dateOfBirth), child.gender, child.ethnicity]).toEqual(['2015-01-25', 'Female', 'WBRI']);

    // #N/A in List 6 "Allocated Worker" is blank: those CIN children are unallocated, not allocated to "#N/A".
    expect(ex.tables.allocations!.some((x) => x.workerId === '#N/A')).toBe(false);
    expect(ex.tables.allocations!.find((x) => x.childId === '12598894')).toBeUndefined();
    expect(ex.tables.allocations!.find((x) => x.childId === '1761444')?.workerId).toBe('Eugene Swift');
  });

  it('points data-quality issues at the sheet and its row number', async () => {
    const ex = await loadExport(SAMPLE);
    const g = ex.dq.issueGroups().find((x) => x.table === 'assessments' && x.code === 'unknown-code');
    // List 4's outcome column holds "CS Assessment Updated", which is neither yes nor no.
    expect(g?.count).toBe(5);
    expect(g?.examples[0]).toMatchObject({ file: 'Annex_A_2024_Jan.xlsx#List 4', line: 2, value: 'CS Assessment Updated' });
  });

  it('audits end to end, saying what Annex A cannot measure', async () => {
    const ex = await loadExport(SAMPLE);
    const r = audit(ex, { asAt: '2021-03-31' });
    expect(r.source.layout).toBe('annex-a');
    const byId = new Map(r.rules.map((x) => [x.id, x]));
    for (const id of ['caseloads', 'workforce']) {
      expect(byId.get(id)!.status).toBe('not-run');
      expect(byId.get(id)!.reason).toContain('Annex A has no workforce list');
    }
    const at = byId.get('assessment-timeliness')!;
    expect(at.status).toBe('ran');
    expect(at.limitations.join(' ')).toContain('seenWithinTarget and seenAlone cannot be measured from Annex A');
    // All 5 List 4 assessments were authorised in the period (2020-04-01 … 2021-03-31), each
    // more than 45 working days after its start (the earliest start is 2019-05-16, the latest 2020-02-26).
    expect([at.metrics.completedWithin45!.numerator, at.metrics.completedWithin45!.denominator]).toEqual([0, 5]);
    const pd = byId.get('plan-drift')!;
    expect(pd.status).toBe('ran');
    expect(pd.limitations.join(' ')).toContain('reviewsOnTime cannot be measured');
    expect(byId.get('allocation-delay')!.limitations.join(' ')).toContain('allocation delay (allocatedWithinTarget, medianDelay) cannot be measured');
    expect(byId.get('data-quality')!.status).toBe('ran');
  });
});

describe('Annex A lists saved as CSV (fixtures/annex-a-csv)', () => {
  it('reads header variations, lettered codes, serial dates, #N/A, NBSP and title rows', async () => {
    expect((await detectLayout(CSV_FIXTURE)).layout).toBe('annex-a');
    const ex = await loadExport(CSV_FIXTURE);
    expect(ex.layout).toBe('annex-a');
    const ref = Object.fromEntries(ex.tables.referrals!.map((r) => [r.childId, [iso(r.referralDate), r.outcome, r.source]]));
    expect(ref).toEqual({ C1: ['2024-01-01', null, '6: Police'], C2: ['2024-01-15', 'nfa', '2A: Schools'], C3: ['2024-02-10', null, '6: Police'] });
    const asm = Object.fromEntries(ex.tables.assessments!.map((a) => [a.childId, [iso(a.startDate), iso(a.completionDate), a.outcome]]));
    expect(asm).toEqual({ C1: ['2024-01-02', '2024-01-29', 'nfa'], C3: ['2024-02-12', null, 'other'] });
    const cp = plansOf(ex, 'cp').map((p) => [p.childId, iso(p.startDate), p.category]);
    expect(cp).toEqual([['C3', '2024-03-01', 'Neglect'], ['C4', '2023-06-01', 'Emotional abuse']]);
    const reviews = ex.tables.reviews!.map((r) => [r.planId, iso(r.reviewDate)]);
    expect(reviews).toEqual([['CP-C3-2024-03-01', '2024-05-31'], ['CP-C4-2023-06-01', '2023-11-30'], ['CLA-C5-2023-01-10', '2024-01-20']]);
    const visits = ex.tables.visits!.map((v) => [v.childId, iso(v.visitDate), v.seenAlone]);
    expect(visits).toEqual([['C3', '2024-03-15', true], ['C4', '2024-04-18', false], ['C5', '2024-03-01', null]]);
    // C4's CP list row has a blank worker (unallocated); C2's worker is #N/A.
    const alloc = ex.tables.allocations!.map((a) => [a.childId, a.workerId, iso(a.startDate)]).sort();
    expect(alloc).toEqual([['C1', 'W Smith', '2024-01-02'], ['C3', 'W Jones', '2024-03-01'], ['C5', 'W Brown', '2023-01-10']]);
    const kids = Object.fromEntries(ex.tables.children!.map((c) => [c.childId, [iso(c.dateOfBirth), c.disability, c.uasc]]));
    expect(kids).toEqual({
      C1: ['2015-04-03', false, null], C2: ['2016-07-01', null, null], C3: ['2010-02-01', true, null],
      C4: ['2012-05-05', false, null], C5: ['2008-09-09', false, true],
    });
    const bad = ex.dq.issueGroups().filter((g) => !g.informational);
    expect(bad).toEqual([]);
  });
});

describe('Annex A workbook with the variations real workbooks have', () => {
  it('reads an .xlsx with serial numbers, error cells, title rows and odd headers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'caseaudit-annexa-'));
    tmpDirs.push(dir);
    const wb = new ExcelJS.Workbook();
    const l4 = wb.addWorksheet('List 4');
    l4.addRow(['Annex A – List 4']);
    l4.addRow(['CHILD UNIQUE ID ', 'Age of Child (Years)', 'Continuous\u00a0Assessment Start Date', 'Child Seen During Continuous Assessment', 'continuous assessment date of authorisation', 'Was the child assessed as requiring LA children\u2019s social care support?', 'Allocated Team', 'Allocated Worker']);
    l4.addRow([1001, 7, 45299, 'a) Yes', new Date(Date.UTC(2024, 1, 20)), 'b) No', 'Team\u00a0A', { error: '#N/A' }]);
    l4.addRow(['1002', 9, '08/01/2024', 'Yes', '#N/A', 'a) Yes', 'Team A', 'Sam Worker']);
    l4.addRow([1003, 3, 'not a date', 'Yes', null, null, 'Team A', 'Sam Worker']);
    const l7 = wb.addWorksheet('List 7');
    l7.addRow(['Child Unique ID', 'Child Protection Plan Start Date', 'Date of the Last Statutory Visit', 'Was the Child Seen Alone?', 'Date of latest review conference', 'Allocated Team', 'Allocated Worker']);
    l7.addRow([1001, { formula: 'B3-10', result: new Date(Date.UTC(2024, 0, 5)) }, 45350, 'a) Yes', null, 'Team A', 'Sam Worker']);
    const path = join(dir, 'annex a.xlsx');
    await wb.xlsx.writeFile(path);

    const ex = await loadExport(path, { layout: 'annex-a' });
    const a = ex.tables.assessments!.map((x) => [x.childId, iso(x.startDate), iso(x.completionDate), x.outcome, x.team, x.workerId]);
    expect(a).toEqual([
      ['1001', '2024-01-08', '2024-02-20', 'nfa', 'Team A', null],
      ['1002', '2024-01-08', null, 'other', 'Team A', 'Sam Worker'],
      ['1003', null, null, null, 'Team A', 'Sam Worker'],
    ]);
    const badDate = ex.dq.issueGroups().find((g) => g.code === 'bad-date');
    expect(badDate?.examples[0]).toMatchObject({ file: 'annex a.xlsx#List 4', line: 5, value: 'not a date', column: 'Continuous\u00a0Assessment Start Date' });
    const cp = ex.tables.plans!.find((p) => p.planType === 'cp')!;
    expect([cp.planId, iso(cp.startDate)]).toEqual(['CP-1001-2024-01-05', '2024-01-05']);
    expect(ex.tables.visits!.map((v) => [iso(v.visitDate), v.seenAlone])).toEqual([['2024-02-28', true]]);
    // Child 1001 is on a CP plan: that list's worker wins over List 4's #N/A.
    expect(ex.tables.allocations!.map((x) => [x.childId, x.workerId, iso(x.startDate)]).sort()).toEqual([
      ['1001', 'Sam Worker', '2024-01-05'], ['1002', 'Sam Worker', '2024-01-08'], ['1003', 'Sam Worker', null],
    ]);
  });
});

describe('data-quality issues name the column of the user\'s own Annex A list', () => {
  it('a bad referral date is reported at "Date of Referral"\'s place in List 3 (column 6)', async () => {
    const { cp, readFile, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(join(tmpdir(), 'caseaudit-annex-col-'));
    tmpDirs.push(dir);
    await cp(CSV_FIXTURE, dir, { recursive: true });
    const path = join(dir, 'List 3.csv');
    await writeFile(path, (await readFile(path, 'utf8')).replace('2016-07-01,7,15/01/2024', '2016-07-01,7,31/02/2024'));
    const ex = await loadExport(dir, { layout: 'annex-a' });
    const bad = ex.dq.issueGroups().find((g) => g.table === 'referrals' && g.code === 'bad-date');
    expect(bad?.examples[0]).toMatchObject({ file: 'List 3.csv', column: 'Date of Referral', columnIndex: 6, value: '31/02/2024' });
  });
});
