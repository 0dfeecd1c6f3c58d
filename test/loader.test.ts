import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_ROW, type CellReader } from '../src/load/newRow.js';
import { decodeRows, encodeRows } from '../src/load/rowColumns.js';
import { TABLE_NAMES, TABLE_SPECS } from '../src/model/schema.js';
import { describe, expect, it } from 'vitest';
import { loadExport } from '../src/load/index.js';
import { toIso } from '../src/model/day.js';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-load-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const PLANS = 'plan_id,child_id,plan_type,start_date\r\nP1,C1,cp,2024-01-05\r\nP2,C2,CIN,06/02/2024\r\n';

function utf16(text: string, le: boolean, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (!le)
    for (let i = 0; i < body.length; i += 2) {
      const t = body[i]!;
      body[i] = body[i + 1]!;
      body[i + 1] = t;
    }
  return Buffer.concat([bom ? Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), body]);
}

describe('encodings', () => {
  it.each([
    ['UTF-8 without BOM', Buffer.from(PLANS, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLANS, 'utf8')])],
    ['UTF-16 LE with BOM', utf16(PLANS, true, true)],
    ['UTF-16 BE with BOM', utf16(PLANS, false, true)],
    ['UTF-16 LE without BOM', utf16(PLANS, true, false)],
  ])('%s', async (_name, bytes) => {
    const ex = await loadExport(folder({ 'plans.csv': bytes }));
    const plans = ex.tables.plans!;
    expect(plans.map((p) => [p.planId, p.planType, p.startDate === null ? null : toIso(p.startDate)])).toEqual([
      ['P1', 'cp', '2024-01-05'],
      ['P2', 'cin', '2024-02-06'],
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, and says so', async () => {
    const bytes = Buffer.from('worker_id,team\nW1,Caf\xe9 Team \x80\n', 'latin1');
    const ex = await loadExport(folder({ 'workers.csv': bytes }));
    expect(ex.tables.workers![0]!.team).toBe('Café Team €');
    expect(ex.dq.issueGroups().some((g) => g.code === 'encoding-fallback')).toBe(true);
    expect(ex.dq.tables.get('workers')!.encoding).toBe('windows-1252');
  });
});

describe('delimiters, headers and rows', () => {
  it('reads tab-separated files and matches header aliases case- and punctuation-insensitively', async () => {
    const ex = await loadExport(
      folder({ 'Plans.TSV': 'Plan ID\tChild Unique ID\tPLAN-TYPE\tStart_Date\nP1\tC1\tcp\t2024-01-05\n' }),
    );
    expect(ex.tables.plans![0]).toMatchObject({ planId: 'P1', childId: 'C1', planType: 'cp' });
  });

  it('reports bad values at file, line and column and treats them as blank', async () => {
    const ex = await loadExport(
      folder({ 'plans.csv': 'plan_id,child_id,plan_type,start_date\nP1,C1,cp,2024-01-05\nP2,C2,banana,31/02/2024\n' }),
    );
    const p2 = ex.tables.plans![1]!;
    expect(p2.planType).toBeNull();
    expect(p2.startDate).toBeNull();
    const groups = ex.dq.issueGroups();
    const code = groups.find((g) => g.code === 'unknown-code')!;
    expect(code.examples[0]).toMatchObject({
      file: 'plans.csv',
      line: 3,
      columnIndex: 3,
      column: 'plan_type',
      value: 'banana',
    });
    const date = groups.find((g) => g.code === 'bad-date')!;
    expect(date.examples[0]).toMatchObject({ line: 3, columnIndex: 4, value: '31/02/2024' });
    expect(ex.dq.tables.get('plans')).toMatchObject({ rowsRead: 2, status: 'loaded' });
    expect(ex.dq.rowsWithIssues('plans')).toBe(1);
  });

  it('keeps ragged rows, reading missing cells as blank, and reports them', async () => {
    const ex = await loadExport(
      folder({
        'plans.csv':
          'plan_id,child_id,plan_type,start_date,end_date\nP1,C1,cp\nP2,C2,cin,2024-01-01,2024-02-01,extra\n',
      }),
    );
    expect(ex.tables.plans!.length).toBe(2);
    expect(ex.tables.plans![0]!.startDate).toBeNull();
    const ragged = ex.dq.issueGroups().find((g) => g.code === 'ragged-row')!;
    expect(ragged.count).toBe(2);
    expect(ragged.examples.map((e) => e.line)).toEqual([2, 3]);
  });

  it('gives the starting line of rows after a quoted multi-line cell', async () => {
    const ex = await loadExport(
      folder({
        'supervisions.csv': 'worker_id,supervision_date,record_text\nW1,2024-01-01,"line one\nline two"\nW2,bad,x\n',
      }),
    );
    expect(ex.tables.supervisions![0]!.recordText).toBe('line one\nline two');
    const bad = ex.dq.issueGroups().find((g) => g.code === 'bad-date')!;
    expect(bad.examples[0]!.line).toBe(4);
  });

  it('stops a table with a missing required column, naming file, column and aliases', async () => {
    const ex = await loadExport(folder({ 'plans.csv': 'plan_id,child_id,start_date\nP1,C1,2024-01-01\n' }));
    expect(ex.tables.plans).toBeUndefined();
    expect(ex.absent.plans).toMatch(
      /plans\.csv: required column "plan_type" not found \(accepted headers: plan_type, type, plan type\)/,
    );
  });

  it('marks tables with no file as missing and ignores unknown columns once', async () => {
    const ex = await loadExport(folder({ 'workers.csv': 'worker_id,shoe_size\nW1,9\nW2,10\n' }));
    expect(ex.absent.plans).toBe('no plans.csv in the export');
    const unknown = ex.dq.issueGroups().filter((g) => g.code === 'unknown-column');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.count).toBe(1);
    expect(ex.dq.rowsWithIssues('workers')).toBe(0);
  });

  it('reports an unclosed quote and keeps the rows before it', async () => {
    const ex = await loadExport(folder({ 'workers.csv': 'worker_id,team\nW1,North\nW2,"South\n' }));
    expect(ex.tables.workers!.map((w) => w.workerId)).toEqual(['W1']);
    expect(ex.dq.issueGroups().some((g) => g.code === 'malformed-csv')).toBe(true);
  });

  it('cross-row checks: duplicate ids, end before start, unknown children', async () => {
    const ex = await loadExport(
      folder({
        'children.csv': 'child_id\nC1\nC2\n',
        'plans.csv':
          'plan_id,child_id,plan_type,start_date,end_date\nP1,C1,cp,2024-01-05,2023-01-01\nP1,C2,cin,2024-01-05,\nP3,C9,cin,2024-01-05,\n',
      }),
    );
    const [p1, dup, p3] = ex.tables.plans!;
    expect(p1!.endDate).toBeNull();
    expect(dup!.planId).toBeNull();
    expect(p3!.childId).toBe('C9');
    const codes = ex.dq
      .issueGroups()
      .map((g) => g.code)
      .sort();
    expect(codes).toEqual(['duplicate-id', 'end-before-start', 'unknown-child']);
  });

  // relations.ts finds repeats with one Set pass and looks up first lines after: the same issues,
  // in row order, each naming the first row, as one pass with a map gave them.
  it('lists every repeated id in row order against its first row, and blanks the repeats', async () => {
    const ex = await loadExport(
      folder({
        'plans.csv':
          'plan_id,child_id,plan_type,start_date\nP2,C1,cp,2024-01-05\nP1,C1,cp,2024-01-05\nP2,C1,cp,2024-01-06\n' +
          ',C1,cp,2024-01-06\nP1,C1,cin,2024-01-07\nP2,C1,cin,2024-01-08\nP3,C1,cin,2024-01-08\n',
      }),
    );
    expect(ex.tables.plans!.map((p) => p.planId)).toEqual(['P2', 'P1', null, null, null, null, 'P3']);
    const dup = ex.dq.issueGroups().find((g) => g.code === 'duplicate-id')!;
    expect(dup.count).toBe(3);
    expect(dup.examples.map((e) => [e.line, e.value, e.message])).toEqual([
      [4, 'P2', "same plan_id as line 2; this row's id is ignored"],
      [6, 'P1', "same plan_id as line 3; this row's id is ignored"],
      [7, 'P2', "same plan_id as line 2; this row's id is ignored"],
    ]);
  });

  it('refuses a file above the size limit with a clear error', async () => {
    const ex = await loadExport(folder({ 'workers.csv': `worker_id\n${'W\n'.repeat(1000)}` }), { maxBytes: 100 });
    expect(ex.tables.workers).toBeUndefined();
    expect(ex.absent.workers).toMatch(/larger than the limit of 100 bytes/);
  });

  it('reads a folder given as a missing path as a clear error', async () => {
    await expect(loadExport('/nonexistent/caseaudit/export')).rejects.toThrow(/no such folder/);
  });

  it('a directory named like a table is reported, not a crash', async () => {
    const dir = folder({});
    mkdirSync(join(dir, 'plans.csv'));
    const ex = await loadExport(dir);
    expect(ex.absent.plans).toMatch(/is a directory/);
  });
});

describe('row factories (src/load/newRow.ts)', () => {
  it('read every column of TABLE_SPECS from its own slot, as its own kind, and nothing else', () => {
    const asKind = (kind: string) => (slot: number) => `${kind}:${slot}`;
    const recorder = {
      id: asKind('id'),
      text: asKind('text'),
      date: asKind('date'),
      code: asKind('code'),
      flag: asKind('flag'),
      fraction: asKind('fraction'),
      count: asKind('count'),
    } as unknown as CellReader;
    for (const t of TABLE_NAMES) {
      const row = BUILD_ROW[t](recorder, 7) as unknown as Record<string, unknown>;
      const columns = TABLE_SPECS[t].columns;
      expect(Object.keys(row), t).toEqual(['line', ...columns.map((c) => c.key)]);
      expect(row.line).toBe(7);
      columns.forEach((c, slot) => expect(row[c.key], `${t}.${c.key}`).toBe(`${c.kind.type}:${slot}`));
    }
  });
});

describe('rows as columns (src/load/rowColumns.ts)', () => {
  it('decodeRows(encodeRows(rows)) gives every table of the demo back equal, key order included', async () => {
    const ex = await loadExport(resolve('fixtures/demo'));
    for (const t of TABLE_NAMES) {
      const rows = ex.tables[t]!;
      expect(rows.length, t).toBeGreaterThan(0);
      const back = decodeRows(encodeRows(t, rows));
      expect(back, t).toEqual(rows);
      back.forEach((r, i) => expect(Object.keys(r)).toEqual(Object.keys(rows[i]!)));
    }
  });
});
