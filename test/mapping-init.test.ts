import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { generateExport } from '../src/generate/index.js';
import { loadExport } from '../src/load/index.js';
import { toIso } from '../src/model/day.js';

const tmpDirs: string[] = [];
afterAll(async () => {
  for (const d of tmpDirs) await rm(d, { recursive: true, force: true });
});

function io(cwd: string) {
  const out: string[] = [],
    err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd },
    out,
    err,
  };
}

/** An export from "another system": its own file names, headers and plan-type words. */
const OTHER_SYSTEM: Record<string, string> = {
  'Clients.csv': 'Client Ref,Date of Birth,Sex\nX1,2014-02-02,F\nX2,2011-03-03,M\nX3,2009-04-04,F\n',
  'Staff.csv': 'Staff No,Team,FTE,Agency?\nS1,North,1,N\nS2,North,0.5,Y\n',
  'CaseList_Plans.csv':
    'Plan Ref,Client Ref,Plan Category Type,Commenced,Ended,Team Name,Legacy Flag\nPL1,X1,CP Plan,2024-01-10,,North,1\nPL2,X2,Child in Need,2023-12-01,,North,0\nPL3,X3,Looked After (S20),2023-06-01,,North,1\n',
  'allocations_export.csv':
    'Client Ref,Staff No,Allocation Start,Allocation End\nX1,S1,2024-01-12,\nX2,S2,2023-12-01,\nX3,S1,2023-06-01,\n',
};

describe('caseaudit init on an export with renamed files and columns', () => {
  it('writes a best-guess mapping that then audits cleanly', async () => {
    const root = await mkdtemp(join(tmpdir(), 'caseaudit-init-'));
    tmpDirs.push(root);
    const exportDir = join(root, 'export');
    await mkdir(exportDir);
    for (const [f, body] of Object.entries(OTHER_SYSTEM)) await writeFile(join(exportDir, f), body);

    // Before init, nothing is recognised: an input error naming the files found, never an empty audit.
    await expect(loadExport(exportDir)).rejects.toThrow(
      /no table caseaudit reads was recognised \(found CaseList_Plans\.csv, Clients\.csv/,
    );

    const a = io(root);
    expect(await run(['init', 'export'], a.io)).toBe(0);
    const config = JSON.parse(await readFile(join(root, 'caseaudit.config.json'), 'utf8')) as {
      layout: string;
      mapping: Record<
        string,
        { file: string; columns: Record<string, string>; values?: Record<string, Record<string, string>> }
      >;
    };
    expect(config.layout).toBe('canonical');
    expect(config.mapping.plans).toEqual({
      file: 'CaseList_Plans.csv',
      columns: {
        plan_id: 'Plan Ref',
        child_id: 'Client Ref',
        plan_type: 'Plan Category Type',
        start_date: 'Commenced',
        end_date: 'Ended',
        team: 'Team Name',
      },
      values: { plan_type: { 'Looked After (S20)': 'cla' } },
    });
    expect(config.mapping.children!.columns).toEqual({
      child_id: 'Client Ref',
      date_of_birth: 'Date of Birth',
      gender: 'Sex',
    });
    expect(config.mapping.workers!.columns).toMatchObject({
      worker_id: 'Staff No',
      team: 'Team',
      fte: 'FTE',
      agency: 'Agency?',
    });
    expect(config.mapping.allocations).toMatchObject({
      file: 'allocations_export.csv',
      columns: {
        child_id: 'Client Ref',
        worker_id: 'Staff No',
        start_date: 'Allocation Start',
        end_date: 'Allocation End',
      },
    });
    const said = a.out.join('');
    expect(said).toContain('could not place: "Legacy Flag"');
    expect(said).toContain(
      'no file found for: contacts, referrals, assessments, section47, reviews, visits, supervisions',
    );

    // A second init does not overwrite the user's edits.
    expect(await run(['init', 'export'], io(root).io)).toBe(2);

    const ex = await loadExport(exportDir, { mapping: config.mapping as never });
    expect(ex.layout).toBe('mapped');
    expect(ex.tables.plans!.map((p) => [p.planId, p.planType, toIso(p.startDate!)])).toEqual([
      ['PL1', 'cp', '2024-01-10'],
      ['PL2', 'cin', '2023-12-01'],
      ['PL3', 'cla', '2023-06-01'],
    ]);

    const b = io(root);
    expect(
      await run(['audit', 'export', '--as-at', '2024-03-31', '--format', 'json', '--out', 'report', '-q'], b.io),
    ).toBe(0);
    const result = JSON.parse(await readFile(join(root, 'report', 'findings.json'), 'utf8')) as {
      rules: { id: string; status: string; metrics: Record<string, { value: number | null }> }[];
      dataQuality: { rowsWithIssues: number; issues: { code: string; informational: boolean }[] };
    };
    expect(result.dataQuality.issues.filter((i) => !i.informational)).toEqual([]);
    const caseloads = result.rules.find((r) => r.id === 'caseloads')!;
    expect(caseloads.status).toBe('ran');
    // S1 holds X1 and X3 at 1 FTE, S2 holds X2 at 0.5 FTE: 3 children over 1.5 FTE.
    expect(caseloads.metrics.averagePerFte!.value).toBeCloseTo(2, 10);
    expect(result.rules.find((r) => r.id === 'allocation-delay')!.metrics.unallocatedOpen!.value).toBe(0);
  });

  it('says when the export is SSD or Annex A and needs no mapping', async () => {
    const root = await mkdtemp(join(tmpdir(), 'caseaudit-init-'));
    tmpDirs.push(root);
    const a = io(root);
    expect(await run(['init', join(import.meta.dirname, '..', 'fixtures', 'ssd-small'), '--out', 'c.json'], a.io)).toBe(
      0,
    );
    expect(JSON.parse(await readFile(join(root, 'c.json'), 'utf8'))).toEqual({ layout: 'ssd' });
    expect(a.out.join('')).toContain('ssd layout');
  });
});

describe('--layout on audit', () => {
  it('reads an Annex A workbook and names the layout in the summary', async () => {
    const root = await mkdtemp(join(tmpdir(), 'caseaudit-layout-'));
    tmpDirs.push(root);
    // The project's own workbook (generate --workbook), not a copy of someone else's sample.
    await generateExport({ out: join(root, 'wb'), layout: 'annex-a', workbook: true, children: 40, seed: 5 });
    const a = io(root);
    const code = await run(
      ['audit', join(root, 'wb', 'Annex_A.xlsx'), '--layout', 'annex-a', '--as-at', '2024-03-31', '--out', 'r', '-q'],
      a.io,
    );
    expect(a.err.join('')).toBe('');
    expect(code).toBe(0);
    expect(a.out.join('')).toContain('(annex-a)');
    const b = io(root);
    expect(await run(['validate', join(import.meta.dirname, '..', 'fixtures', 'ssd-small')], b.io)).toBe(0);
    expect(b.out.join('')).toContain('Layout: ssd');
  });
});
