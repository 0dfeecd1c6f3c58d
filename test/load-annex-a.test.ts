import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../src/api.js';
import { generateExport } from '../src/generate/index.js';
import { detectLayout } from '../src/load/detectLayout.js';
import { loadExport } from '../src/load/index.js';
import { excelSerialToIso, readWorkbook } from '../src/load/xlsx.js';
import { toIso } from '../src/model/day.js';
import type { LoadedExport } from '../src/model/export.js';

const CSV_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'annex-a-csv');
const iso = (d: number | null) => (d === null ? null : toIso(d));
const tmpDirs: string[] = [];
afterAll(async () => {
  for (const d of tmpDirs) await rm(d, { recursive: true, force: true });
});

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

  it('drops the time of a date-formatted cell, even a second before midnight', async () => {
    // A date and time cell of 31/03/2024 23:59:59 was read as 2024-04-01: a second's slack
    // meant for float error moved it to the next day.
    const dir = await mkdtemp(join(tmpdir(), 'caseaudit-xlsx-time-'));
    tmpDirs.push(dir);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('List 1');
    ws.addRow(['Date of Contact']);
    for (const t of ['00:00:00', '12:30:00', '23:59:59', '23:59:59.990'])
      ws.addRow([new Date(`2024-03-31T${t}Z`)]).getCell(1).numFmt = 'dd/mm/yyyy hh:mm:ss';
    ws.addRow([45382.9999999999]).getCell(1).numFmt = 'dd/mm/yyyy'; // 2024-04-01 with float error
    const file = join(dir, 'times.xlsx');
    await wb.xlsx.writeFile(file);
    const read = await readWorkbook(file, 1e7);
    expect(read.sheets[0]!.rows.map((r) => r.cells[0])).toEqual([
      'Date of Contact',
      '2024-03-31',
      '2024-03-31',
      '2024-03-31',
      '2024-03-31',
      '2024-04-01',
    ]);
  });
});

describe('Annex A workbook written by generate --workbook', () => {
  // The same fictional council as Annex A lists saved as CSV and as one .xlsx workbook: the
  // workbook reader must read what the CSV reader reads, row for row.
  let root = '';
  const load = async (workbook: boolean) => {
    if (!root) {
      root = await mkdtemp(join(tmpdir(), 'caseaudit-annex-wb-'));
      tmpDirs.push(root);
    }
    const out = join(root, workbook ? 'wb' : 'csv');
    await generateExport({ out, layout: 'annex-a', workbook, children: 150, seed: 11 });
    return loadExport(workbook ? join(out, 'Annex_A.xlsx') : out);
  };

  it('is detected as Annex A and reads every list as the CSV lists of the same council', async () => {
    const [wb, csv] = [await load(true), await load(false)];
    expect((await detectLayout(join(root, 'wb', 'Annex_A.xlsx'))).layout).toBe('annex-a');
    expect((await detectLayout(join(root, 'wb'))).layout).toBe('annex-a');
    expect(wb.layout).toBe('annex-a');
    const strip = (ex: LoadedExport) =>
      Object.fromEntries(
        Object.entries(ex.tables).map(([t, rows]) => [
          t,
          (rows as { line: number }[]).map(({ line: _line, ...r }) => r),
        ]),
      );
    expect(strip(wb)).toEqual(strip(csv));
    expect(plansOf(wb, 'cp').length).toBeGreaterThan(5);
    expect(wb.tables.reviews!.length).toBeGreaterThan(5);
    expect(wb.dq.issueGroups().filter((g) => !g.informational)).toEqual([]);
    // Issues point at the workbook's sheet and row.
    expect(wb.dq.tables.get('referrals')!.file).toBe('Annex_A.xlsx#List 3');
  });

  it('audits to the same result as the CSV lists', async () => {
    const [wb, csv] = [await load(true), await load(false)];
    const a = audit(wb, { asAt: '2024-03-31' }),
      b = audit(csv, { asAt: '2024-03-31' });
    expect(a.rules.map((r) => [r.id, r.metrics, r.findings.map((f) => f.evidence)])).toEqual(
      b.rules.map((r) => [r.id, r.metrics, r.findings.map((f) => f.evidence)]),
    );
  });
});

describe('why a measure is not measured on Annex A', () => {
  // The reason read "(Annex A Lists 6–8 give each child's current plan only gives only the latest)":
  // the layout's own sentence with a fragment glued on.
  it('gives the layout’s reason as it stands, once', async () => {
    const out = await mkdtemp(join(tmpdir(), 'caseaudit-annex-why-'));
    tmpDirs.push(out);
    await generateExport({ out, layout: 'annex-a', children: 150, seed: 11 });
    const r = audit(await loadExport(out), { asAt: '2024-03-31' });
    const m = r.rules.find((x) => x.id === 'threshold-consistency')!.metrics.cpStartsChange!;
    expect(m.value).toBeNull();
    expect(m.note).toContain(
      "every plans record over time, not only each child's latest (Annex A Lists 6–8 give each child's current plan only)",
    );
    for (const rule of r.rules)
      for (const x of Object.values(rule.metrics)) expect(x.note ?? '').not.toMatch(/gives only the latest\)/);
  });
});

describe('Annex A lists saved as CSV (fixtures/annex-a-csv)', () => {
  it('reads header variations, lettered codes, serial dates, #N/A, NBSP and title rows', async () => {
    expect((await detectLayout(CSV_FIXTURE)).layout).toBe('annex-a');
    const ex = await loadExport(CSV_FIXTURE);
    expect(ex.layout).toBe('annex-a');
    const ref = Object.fromEntries(
      ex.tables.referrals!.map((r) => [r.childId, [iso(r.referralDate), r.outcome, r.source]]),
    );
    expect(ref).toEqual({
      C1: ['2024-01-01', null, '6: Police'],
      C2: ['2024-01-15', 'nfa', '2A: Schools'],
      C3: ['2024-02-10', null, '6: Police'],
    });
    const asm = Object.fromEntries(
      ex.tables.assessments!.map((a) => [a.childId, [iso(a.startDate), iso(a.completionDate), a.outcome]]),
    );
    expect(asm).toEqual({ C1: ['2024-01-02', '2024-01-29', 'nfa'], C3: ['2024-02-12', null, 'other'] });
    const cp = plansOf(ex, 'cp').map((p) => [p.childId, iso(p.startDate), p.category]);
    expect(cp).toEqual([
      ['C3', '2024-03-01', 'Neglect'],
      ['C4', '2023-06-01', 'Emotional abuse'],
    ]);
    const reviews = ex.tables.reviews!.map((r) => [r.planId, iso(r.reviewDate)]);
    expect(reviews).toEqual([
      ['CP-C3-2024-03-01', '2024-05-31'],
      ['CP-C4-2023-06-01', '2023-11-30'],
      ['CLA-C5-2023-01-10', '2024-01-20'],
    ]);
    const visits = ex.tables.visits!.map((v) => [v.childId, iso(v.visitDate), v.seenAlone]);
    expect(visits).toEqual([
      ['C3', '2024-03-15', true],
      ['C4', '2024-04-18', false],
      ['C5', '2024-03-01', null],
    ]);
    // C4's CP list row has a blank worker (unallocated); C2's worker is #N/A.
    const alloc = ex.tables.allocations!.map((a) => [a.childId, a.workerId, iso(a.startDate)]).sort();
    expect(alloc).toEqual([
      ['C1', 'W Smith', '2024-01-02'],
      ['C3', 'W Jones', '2024-03-01'],
      ['C5', 'W Brown', '2023-01-10'],
    ]);
    const kids = Object.fromEntries(
      ex.tables.children!.map((c) => [c.childId, [iso(c.dateOfBirth), c.disability, c.uasc]]),
    );
    expect(kids).toEqual({
      C1: ['2015-04-03', false, null],
      C2: ['2016-07-01', null, null],
      C3: ['2010-02-01', true, null],
      C4: ['2012-05-05', false, null],
      C5: ['2008-09-09', false, true],
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
    l4.addRow([
      'CHILD UNIQUE ID ',
      'Age of Child (Years)',
      'Continuous\u00a0Assessment Start Date',
      'Child Seen During Continuous Assessment',
      'continuous assessment date of authorisation',
      'Was the child assessed as requiring LA children\u2019s social care support?',
      'Allocated Team',
      'Allocated Worker',
    ]);
    l4.addRow([1001, 7, 45299, 'a) Yes', new Date(Date.UTC(2024, 1, 20)), 'b) No', 'Team\u00a0A', { error: '#N/A' }]);
    l4.addRow(['1002', 9, '08/01/2024', 'Yes', '#N/A', 'a) Yes', 'Team A', 'Sam Worker']);
    l4.addRow([1003, 3, 'not a date', 'Yes', null, null, 'Team A', 'Sam Worker']);
    const l7 = wb.addWorksheet('List 7');
    l7.addRow([
      'Child Unique ID',
      'Child Protection Plan Start Date',
      'Date of the Last Statutory Visit',
      'Was the Child Seen Alone?',
      'Date of latest review conference',
      'Allocated Team',
      'Allocated Worker',
    ]);
    l7.addRow([
      1001,
      { formula: 'B3-10', result: new Date(Date.UTC(2024, 0, 5)) },
      45350,
      'a) Yes',
      null,
      'Team A',
      'Sam Worker',
    ]);
    const path = join(dir, 'annex a.xlsx');
    await wb.xlsx.writeFile(path);

    const ex = await loadExport(path, { layout: 'annex-a' });
    const a = ex.tables.assessments!.map((x) => [
      x.childId,
      iso(x.startDate),
      iso(x.completionDate),
      x.outcome,
      x.team,
      x.workerId,
    ]);
    expect(a).toEqual([
      ['1001', '2024-01-08', '2024-02-20', 'nfa', 'Team A', null],
      ['1002', '2024-01-08', null, 'other', 'Team A', 'Sam Worker'],
      ['1003', null, null, null, 'Team A', 'Sam Worker'],
    ]);
    const badDate = ex.dq.issueGroups().find((g) => g.code === 'bad-date');
    expect(badDate?.examples[0]).toMatchObject({
      file: 'annex a.xlsx#List 4',
      line: 5,
      value: 'not a date',
      column: 'Continuous\u00a0Assessment Start Date',
    });
    const cp = ex.tables.plans!.find((p) => p.planType === 'cp')!;
    expect([cp.planId, iso(cp.startDate)]).toEqual(['CP-1001-2024-01-05', '2024-01-05']);
    expect(ex.tables.visits!.map((v) => [iso(v.visitDate), v.seenAlone])).toEqual([['2024-02-28', true]]);
    // Child 1001 is on a CP plan: that list's worker wins over List 4's #N/A.
    expect(ex.tables.allocations!.map((x) => [x.childId, x.workerId, iso(x.startDate)]).sort()).toEqual([
      ['1001', 'Sam Worker', '2024-01-05'],
      ['1002', 'Sam Worker', '2024-01-08'],
      ['1003', 'Sam Worker', null],
    ]);
  });
});

describe("data-quality issues name the column of the user's own Annex A list", () => {
  it('a bad referral date is reported at "Date of Referral"\'s place in List 3 (column 6)', async () => {
    const { cp, readFile, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(join(tmpdir(), 'caseaudit-annex-col-'));
    tmpDirs.push(dir);
    await cp(CSV_FIXTURE, dir, { recursive: true });
    const path = join(dir, 'List 3.csv');
    await writeFile(path, (await readFile(path, 'utf8')).replace('2016-07-01,7,15/01/2024', '2016-07-01,7,31/02/2024'));
    const ex = await loadExport(dir, { layout: 'annex-a' });
    const bad = ex.dq.issueGroups().find((g) => g.table === 'referrals' && g.code === 'bad-date');
    expect(bad?.examples[0]).toMatchObject({
      file: 'List 3.csv',
      column: 'Date of Referral',
      columnIndex: 6,
      value: '31/02/2024',
    });
  });
});
