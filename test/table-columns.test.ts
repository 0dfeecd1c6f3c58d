import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, loadExport, rules as registry } from '../src/api.js';
import { parseConfig } from '../src/config/load.js';
import { columnTables } from '../src/engine/run.js';
import { loadExport as loadFolder } from '../src/load/index.js';
import { heldColumns, TableColumns } from '../src/load/tableColumns.js';

/** A table's CSV text from its rows (header first). */
const csv = (rows: string[][]): string => rows.map((r) => r.join(',')).join('\n') + '\n';

/**
 * A table held as typed columns (issue 24) must be the same table as its rows: the same values,
 * the same data-quality issues, the same audit; and the seven-metric run's readers must read the
 * columns without making rows.
 */
function exportDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-columns-'));
  writeFileSync(
    join(dir, 'workers.csv'),
    csv([
      ['worker_id', 'team', 'fte', 'start_date', 'end_date'],
      ['W1', 'Alpha', '0.5', '2020-01-01', ''],
      ['W2', 'Alpha', '', '2020-01-01', ''],
      ['W3', 'Beta', '1', '2020-01-01', '2024-01-31'],
    ]),
  );
  const allocations: string[][] = [['child_id', 'worker_id', 'start_date', 'end_date']];
  for (let i = 0; i < 40; i++)
    allocations.push([`C${i % 25}`, `W${(i % 3) + 1}`, `2023-${String((i % 12) + 1).padStart(2, '0')}-01`, '']);
  allocations.push(
    ['C1', 'W9', '2023-05-01', ''], // unknown worker
    ['C2', 'W1', '2023-05-01', '2023-04-01'], // end before start
    ['C3', 'W2', '2024-06-01', ''], // after as-at
    ['C4', 'W2', '2023-02-01', '2024-05-01'], // end after as-at
    ['', 'W1', '2023-01-01', ''], // blank child
    ['C5', 'W1', 'not a date', ''], // bad date
    ['C6', 'W2', '31/01/2024', ''], // another spelling
    ['C7', 'W3', '2023-03-01'], // ragged
  );
  writeFileSync(join(dir, 'allocations.csv'), csv(allocations));
  writeFileSync(
    join(dir, 'plans.csv'),
    csv([
      ['plan_id', 'child_id', 'plan_type', 'start_date', 'end_date', 'team'],
      ['P1', 'C1', 'CP', '2023-01-01', '', 'Alpha'],
      ['P2', 'C2', 'CIN', '2023-06-01', '', 'Beta'],
    ]),
  );
  return dir;
}

describe('tables held as typed columns', () => {
  it('holds the same rows and logs the same issues as rows do', async () => {
    const dir = exportDir();
    const rows = await loadFolder(dir);
    const cols = await loadFolder(dir, { columns: ['allocations'] });
    const held = heldColumns(cols, 'allocations')!;
    expect(held).toBeInstanceOf(TableColumns);
    expect(held.count).toBe(48);
    expect(cols.dq.issueGroups()).toEqual(rows.dq.issueGroups());
    expect(cols.dq.tableList()).toEqual(rows.dq.tableList());
    expect(held.rowsMade).toBe(false);
    // The end before its start was blanked in the columns by the relation checks.
    expect(cols.tables.allocations).toEqual(rows.tables.allocations);
    expect(held.rowsMade).toBe(true);
    expect(Object.keys(cols.tables)).toEqual(Object.keys(rows.tables));
  });

  it('audits to the same result, with trends, and the seven-metric readers make no rows', async () => {
    const dir = exportDir();
    const asAt = '2024-03-31';
    for (const trends of [false, true]) {
      // The same tables read (auditFor), as rows: without rulesOnly nothing is held as columns.
      const plain = await loadExport(dir, { auditFor: { rules: ['caseloads'], asAt, threads: false } });
      expect(heldColumns(plain, 'allocations')).toBeUndefined();
      const held = await loadExport(dir, { auditFor: { rules: ['caseloads'], asAt, rulesOnly: true, threads: false } });
      expect(heldColumns(held, 'allocations')).toBeDefined();
      const a = audit(plain, { rules: ['caseloads'], asAt, trends });
      const b = audit(held, { rules: ['caseloads'], asAt, trends });
      expect(JSON.stringify(b) === JSON.stringify(a)).toBe(true);
      expect(b.rules.find((r) => r.id === 'caseloads')!.metrics.overTarget!.value).toBe(1);
      expect(heldColumns(held, 'allocations')!.rowsMade).toBe(false);
      // Rows made after the audit carry what it blanked (dates after as-at), as the rows did.
      expect(held.tables.allocations).toEqual(plain.tables.allocations);
    }
  });

  it('the seven-metric rules on the demo export: the same result from columns as from rows, no rows made', async () => {
    const rules = ['assessment-timeliness', 'threshold-consistency', 'caseloads'];
    const asAt = '2024-03-31';
    for (const trends of [false, true]) {
      const plain = await loadExport('fixtures/demo', { auditFor: { rules, asAt, threads: false } });
      const held = await loadExport('fixtures/demo', { auditFor: { rules, asAt, threads: false, rulesOnly: true } });
      const tables = ['workers', 'referrals', 'assessments', 'section47', 'plans', 'allocations'] as const;
      for (const t of tables) expect(heldColumns(held, t), t).toBeDefined();
      const a = audit(plain, { rules, asAt, trends });
      const b = audit(held, { rules, asAt, trends });
      expect(a.rules.flatMap((r) => r.findings).length).toBeGreaterThan(3);
      expect(JSON.stringify(b) === JSON.stringify(a)).toBe(true);
      for (const t of tables) expect(heldColumns(held, t)!.rowsMade, t).toBe(false);
    }
  });

  it('plans and workers read as columns by the seven-metric rules: repeated ids, repeats, step-downs, dates after as-at', async () => {
    const dir = exportDir();
    writeFileSync(
      join(dir, 'workers.csv'),
      csv([
        ['worker_id', 'team', 'fte', 'start_date', 'end_date'],
        ['W1', 'Alpha', '0.5', '2020-01-01', ''],
        ['W2', 'Alpha', '', '2020-01-01', ''],
        ['W3', 'Beta', '1', '2020-01-01', '2024-01-31'], // left before as-at
        ['W1', 'Gamma', '2', '2019-01-01', ''], // repeated id: the first row is the worker
        ['W4', 'Beta', '1', '2024-05-01', ''], // starts after as-at
        ['W5', '', 'x', '', '2024-06-30'], // ends after as-at
      ]),
    );
    const plans: string[][] = [['plan_id', 'child_id', 'plan_type', 'start_date', 'end_date', 'end_reason', 'team']];
    for (let i = 0; i < 30; i++) {
      const m = String((i % 12) + 1).padStart(2, '0');
      plans.push([
        `P${i}`,
        `C${i % 9}`,
        i % 3 === 0 ? 'CIN' : 'CP',
        `2022-${m}-03`,
        `2023-${m}-20`,
        'step_down',
        'Alpha',
      ]);
      plans.push([`Q${i}`, `C${i % 9}`, 'CP', `2023-${m}-05`, i % 4 ? '' : '2024-05-01', '', i % 5 ? 'Beta' : '']);
    }
    plans.push(
      ['P3', 'C1', 'CP', '2023-09-09', '', '', 'Alpha'], // repeated id: not a second plan
      ['', 'C2', 'CP', '2023-10-10', '', '', 'Beta'], // no id
      ['Q40', 'C3', 'CP', '2024-06-01', '', '', 'Beta'], // starts after as-at
      ['Q41', '', 'CP', '2023-11-11', '2023-12-12', 'step_down', 'Beta'], // no child
    );
    writeFileSync(join(dir, 'plans.csv'), csv(plans));
    writeFileSync(
      join(dir, 'referrals.csv'),
      csv([
        ['referral_id', 'child_id', 'referral_date', 'team'],
        ...Array.from({ length: 40 }, (_, i) => [
          `R${i}`,
          `C${i % 9}`,
          `2023-${String((i % 12) + 1).padStart(2, '0')}-25`,
          'Alpha',
        ]),
      ]),
    );
    writeFileSync(
      join(dir, 'assessments.csv'),
      csv([
        ['assessment_id', 'child_id', 'start_date'],
        ['A1', 'C1', '2023-05-01'],
      ]),
    );
    writeFileSync(
      join(dir, 'section47.csv'),
      csv([
        ['s47_id', 'child_id', 'strategy_date'],
        ['S1', 'C1', '2023-05-01'],
      ]),
    );
    const rules = ['assessment-timeliness', 'threshold-consistency', 'caseloads'];
    const asAt = '2024-03-31';
    for (const trends of [false, true]) {
      const plain = await loadExport(dir, { auditFor: { rules, asAt, threads: false } });
      const held = await loadExport(dir, { auditFor: { rules, asAt, threads: false, rulesOnly: true } });
      expect(heldColumns(plain, 'plans')).toBeUndefined();
      expect(held.dq.issueGroups()).toEqual(plain.dq.issueGroups());
      const a = audit(plain, { rules, asAt, trends });
      const b = audit(held, { rules, asAt, trends });
      const tc = a.rules.find((r) => r.id === 'threshold-consistency')!;
      expect(tc.metrics.repeatCpPlans!.numerator).toBeGreaterThan(0);
      expect(tc.metrics.stepDownReturns!.value).toBeGreaterThan(0);
      expect(a.rules.find((r) => r.id === 'caseloads')!.limitations.join(' ')).toContain('not employed');
      expect(JSON.stringify(b) === JSON.stringify(a)).toBe(true);
      expect(JSON.stringify(b.children) === JSON.stringify(a.children)).toBe(true);
      for (const t of ['plans', 'workers'] as const) expect(heldColumns(held, t)!.rowsMade, t).toBe(false);
      // Made after the audit, the rows are the rows (dates after as-at blanked as theirs were).
      expect(held.tables.plans).toEqual(plain.tables.plans);
      expect(held.tables.workers).toEqual(plain.tables.workers);
    }
  });

  it('is asked only for tables every selected rule reading them reads as columns', () => {
    for (const r of registry)
      for (const t of r.columnTables ?? []) expect([...r.tables, ...(r.optionalTables ?? [])]).toContain(t);
    const config = parseConfig({});
    expect(columnTables(registry, config, ['caseloads'])).toEqual(['workers', 'allocations']);
    // The seven-metric run reads all six of its tables as columns.
    expect(columnTables(registry, config, ['assessment-timeliness', 'threshold-consistency', 'caseloads'])).toEqual([
      'workers',
      'referrals',
      'assessments',
      'section47',
      'plans',
      'allocations',
    ]);
    // allocation-delay reads allocations as rows: with it, they are rows (its rows are not the workers).
    expect(columnTables(registry, config, ['caseloads', 'allocation-delay'])).toEqual(['workers']);
    expect(columnTables(registry, config, undefined)).toEqual(['referrals', 'assessments', 'section47']);
  });

  it('writes a value set through the columns into rows already made', () => {
    const cols = TableColumns.fromRows('allocations', [
      { line: 2, childId: 'C1', workerId: 'W1', startDate: 100, endDate: 200 },
      { line: 3, childId: null, workerId: 'W2', startDate: null, endDate: null },
    ]);
    expect(cols.get(1, 'childId')).toBeNull();
    expect(cols.get(1, 'startDate')).toBeNull();
    expect(Array.from(cols.days('endDate'))).toEqual([200, -0x80000000]);
    cols.set(0, 'endDate', null);
    expect(cols.rows()[0]!.endDate).toBeNull();
    expect(cols.get(0, 'endDate')).toBeNull();
  });

  it('grows past its first capacity and keeps every row', () => {
    const cols = new TableColumns('allocations', 2);
    for (let i = 0; i < 9; i++)
      cols.add(i + 2, { cellValue: (slot) => (slot === 0 ? `C${i}` : slot === 1 ? null : slot === 2 ? i : null) });
    expect(cols.count).toBe(9);
    expect(cols.rows().map((r) => [r.line, r.childId, r.workerId, r.startDate, r.endDate])).toEqual(
      Array.from({ length: 9 }, (_, i) => [i + 2, `C${i}`, null, i, null]),
    );
  });

  it('holds numbered ids as numbers and reads every id back as it was spelt', () => {
    const ids = ['A0000007', null, 'A0000010', 'A0000000', 'A0012345'];
    const cols = new TableColumns('assessments', 2);
    const keys = ['assessmentId', 'childId', 'referralId'];
    const at = (i: number) => ({
      cellValue: (slot: number) => (slot === 0 ? ids[i] : slot === 1 ? `C${i}` : slot === 2 ? `R00${i}` : null),
    });
    for (let i = 0; i < ids.length; i++) cols.add(i + 2, at(i));
    const idAt = cols.text('assessmentId');
    const blank = cols.blank('assessmentId');
    expect(ids.map((_, i) => idAt(i))).toEqual(ids);
    expect(ids.map((_, i) => blank(i))).toEqual(ids.map((v) => v === null));
    expect(ids.map((_, i) => cols.get(i, 'assessmentId'))).toEqual(ids);
    expect(cols.idsIncrease('assessmentId')).toBe(false);
    expect(cols.idsIncrease('childId')).toBeUndefined();
    // An id spelt another way turns the column into strings; every id reads as before.
    cols.set(1, 'assessmentId', 'X-1');
    expect(cols.idsIncrease('assessmentId')).toBeUndefined();
    expect(cols.strings('assessmentId').slice(0, ids.length)).toEqual([
      'A0000007',
      'X-1',
      'A0000010',
      'A0000000',
      'A0012345',
    ]);
    expect(cols.rows().map((r) => keys.map((k) => (r as unknown as Record<string, unknown>)[k]))).toEqual(
      ids.map((_, i) => [i === 1 ? 'X-1' : ids[i], `C${i}`, `R00${i}`]),
    );
  });

  it('reads ids of other lengths, prefixes or spellings as they were, numbered or not', () => {
    const cases: (string | null)[][] = [
      ['R1', 'R2', 'R10'], // lengths differ: strings from the third
      ['R01', 'Q02'], // prefixes differ
      ['7', '8'], // no prefix: strings from the first
      ['ABCDE1', 'ABCDE2'], // prefix too long
      ['R12345678', 'R1'], // too many digits
      [null, 'ref9', 'ref0', null, 'ref3'],
      [' R1', 'R1 '],
    ];
    for (const ids of cases) {
      const cols = new TableColumns('referrals', 1);
      for (let i = 0; i < ids.length; i++) cols.add(i + 2, { cellValue: (slot) => (slot === 0 ? ids[i] : null) });
      const idAt = cols.text('referralId');
      expect(
        ids.map((_, i) => idAt(i)),
        ids.join(),
      ).toEqual(ids);
      expect(cols.rows().map((r) => r.referralId)).toEqual(ids);
      const inc = ids.filter((v) => v !== null).every((v, i, a) => i === 0 || v > a[i - 1]!);
      const known = cols.idsIncrease('referralId');
      if (known !== undefined) expect(known, ids.join()).toBe(inc);
    }
  });
});
