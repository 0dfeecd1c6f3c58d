/**
 * Issue 19 item 1: under --pseudonymise no input value that is an id, a name, a date of birth or
 * free text reaches any output. The demo export gets planted values in every table and every id,
 * birth-date, name and free-text column (unknown and duplicate ids, bad and valid birth dates, an
 * unused name column, supervision text), a suppressions file with a reason and a name, and — in a
 * second run — a file without its header row. Every byte written (PDF through pdftotext) and the
 * terminal are scanned for every raw id of the export and every planted value.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../src/load/csvParser.js';
import { TABLE_SPECS } from '../src/model/schema.js';
import type { TableName } from '../src/model/tables.js';
import { FORMAT_NAMES } from '../src/report/index.js';

const BIN = resolve('bin/caseaudit.js');
const DEMO = resolve('fixtures/demo');
const KEY = 'fictional-scan-key-0123456789';

/** Values planted below besides the ZQLEAK… ids: none may appear in any pseudonymised output. */
const PLANTED_OTHER = [
  '1912-03-14',
  '14/03/1912',
  '31/02/1913',
  '1913-02-31',
  'Zebedee Leakname',
  'ZQLEAKTEXT',
  'ZQLEAKACTION',
  'ZQLEAKREASON',
  'Zelda Leakwho',
];
/** Every planted value: the ZQLEAK… tokens as written into the export, and the others. */
function planted(dir: string): string[] {
  const text = readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  return [...new Set([...text.match(/ZQLEAK[A-Z0-9]+/g)!, ...PLANTED_OTHER])];
}

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  expect(r.error).toBeUndefined();
  return r;
}

/** Every value of an id, birth-date or free-text column in the demo export. */
function rawValues(): string[] {
  const out = new Set<string>();
  for (const spec of Object.values(TABLE_SPECS)) {
    const { records } = parseCsvText(readFileSync(join(DEMO, `${spec.name}.csv`), 'utf8'));
    const header = records[0]!.cells;
    spec.columns.forEach((c) => {
      const i = header.indexOf(c.name);
      const personal =
        c.kind.type === 'id' || c.name === 'date_of_birth' || c.name === 'record_text' || c.name === 'actions';
      if (i >= 0 && personal) for (const r of records.slice(1)) if (r.cells[i]) out.add(r.cells[i]!);
    });
  }
  return [...out];
}

const append = (dir: string, table: TableName, lines: string[]): void =>
  writeFileSync(
    join(dir, `${table}.csv`),
    `${readFileSync(join(dir, `${table}.csv`), 'utf8').replace(/\n?$/, '\n')}${lines.join('\n')}\n`,
  );

function plantedExport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-scan-'));
  cpSync(DEMO, dir, { recursive: true });
  // An unused column holding names: its values are never read, its header is shown.
  const children = readFileSync(join(dir, 'children.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(
    join(dir, 'children.csv'),
    `${children.map((l, i) => `${l},${i === 0 ? 'child_name' : i === 1 ? 'Zebedee Leakname' : ''}`).join('\n')}\n`,
  );
  append(dir, 'children', ['ZQLEAKCHILD1,14/03/1912,Male,WBRI,N,N,', 'C000001,31/02/1913,Male,WBRI,N,N,']);
  append(dir, 'workers', [
    'ZQLEAKWORKER1,Assessment North,Social Worker,1,01/01/2020,,No,01/01/2019',
    'W00001,Assessment North,Social Worker,1,01/01/2020,,No,01/01/2019',
  ]);
  append(dir, 'visits', ['ZQLEAKCHILD2,2024-01-10,ZQLEAKWORKER2,Y,N', 'ZQLEAKCHILD1,2023-04-10,ZQLEAKWORKER1,Y,N']);
  append(dir, 'allocations', ['ZQLEAKCHILD3,ZQLEAKWORKER3,2023-05-01,']);
  append(dir, 'plans', [
    'ZQLEAKPLAN1,ZQLEAKCHILD1,cp,2023-05-01,,,N1 Abuse or neglect,Assessment North',
    'P0000001,ZQLEAKCHILD4,cin,2023-05-01,,,,Assessment North',
  ]);
  append(dir, 'reviews', ['ZQLEAKPLAN2,2023-06-01']);
  append(dir, 'referrals', [
    'ZQLEAKREF1,ZQLEAKCHILD1,01/05/2023,Police,Assessment North,assessment',
    'R0000001,ZQLEAKCHILD5,01/05/2023,Police,Assessment North,assessment',
  ]);
  append(dir, 'assessments', [
    'ZQLEAKASMT1,ZQLEAKCHILD1,ZQLEAKREF1,2023-05-01,,ZQLEAKWORKER1,Assessment North,,,',
    'A0000001,ZQLEAKCHILD6,,2023-05-01,,ZQLEAKWORKER4,Assessment North,,,',
  ]);
  append(dir, 'section47', [
    'ZQLEAKS47,ZQLEAKCHILD1,01-May-2023,,icpc,Assessment North',
    'S0000001,ZQLEAKCHILD7,01-May-2023,,icpc,Assessment North',
  ]);
  append(dir, 'supervisions', [
    'ZQLEAKSUP1,ZQLEAKWORKER1,01/06/2023 10:00,ZQLEAKCHILD1,ZQLEAKSUPERVISOR1,case,"ZQLEAKTEXT: Zebedee Leakname said he felt safe. Analysis: risk reduced.","ZQLEAKACTION by 30/06/2023"',
    'SV00000001,ZQLEAKWORKER5,01/06/2023 10:00,ZQLEAKCHILD8,ZQLEAKSUPERVISOR2,case,ZQLEAKTEXT again,ZQLEAKACTION',
  ]);
  append(dir, 'contacts', [
    'ZQLEAKCONTACT1,ZQLEAKCHILD1,01.05.2023,Police,Signposted to universal services',
    'CT0000001,ZQLEAKCHILD9,01.05.2023,Police,Signposted to universal services',
  ]);
  return dir;
}

/** The text of every output: PDFs through pdftotext, everything else read as UTF-8 and Latin-1. */
function outputTexts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, f);
    if (!f.includes('.')) continue;
    const bytes = readFileSync(path);
    out.set(
      f,
      f.endsWith('.pdf')
        ? execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
        : `${bytes.toString('utf8')}\n${bytes.toString('latin1')}`,
    );
  }
  return out;
}

/** Whole-token matches only: `C000001` must not be found inside `C0000012`. */
function leaks(texts: Map<string, string>, values: readonly string[]): string[] {
  const found: string[] = [];
  for (const [file, text] of texts) {
    for (const v of values) {
      const at = text.indexOf(v);
      if (at < 0) continue;
      const re = new RegExp(`(^|[^A-Za-z0-9])${v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|[^A-Za-z0-9])`);
      if (re.test(text)) found.push(`${v} in ${file}`);
    }
  }
  return found;
}

const RAW = rawValues();

describe('--pseudonymise: a planted value in every table and column reaches no output', () => {
  it('the planted export, with suppressions, in every format and on the terminal', () => {
    const ex = plantedExport();
    // Control: without --pseudonymise the planted values do come out, so the scan can fail.
    const plain = mkdtempSync(join(tmpdir(), 'caseaudit-scan-plain-'));
    const p = cli(['audit', ex, '--as-at', '2024-03-31', '--format', 'json,csv', '--out', plain, '-q']);
    expect(p.stderr).toBe('');
    const PLANTED = planted(ex);
    expect(PLANTED.length).toBeGreaterThan(25);
    const plainLeaks = leaks(outputTexts(plain), PLANTED);
    for (const v of ['ZQLEAKCHILD2', 'ZQLEAKWORKER2', '31/02/1913'])
      expect(
        plainLeaks.some((l) => l.startsWith(`${v} `)),
        v,
      ).toBe(true);
    // A suppression of the first evidence row of every rule, with a reason and a name.
    const json = JSON.parse(readFileSync(join(plain, 'findings.json'), 'utf8')) as {
      rules: { id: string; findings: { evidence: { key: string }[] }[] }[];
    };
    const suppressions = json.rules.flatMap((r) =>
      r.findings.slice(0, 1).flatMap((f) =>
        f.evidence.slice(0, 1).map((e) => ({
          rule: r.id,
          key: e.key,
          reason: 'ZQLEAKREASON: Zebedee Leakname moved away',
          who: 'Zelda Leakwho',
          expires: '2030-01-01',
        })),
      ),
    );
    expect(suppressions.length).toBeGreaterThan(3);
    const supFile = join(ex, '..', `${ex.split('/').pop()}-suppressions.json`);
    writeFileSync(supFile, JSON.stringify(suppressions));

    const out = mkdtempSync(join(tmpdir(), 'caseaudit-scan-out-'));
    const r = cli(
      [
        'audit',
        ex,
        '--as-at',
        '2024-03-31',
        '--format',
        FORMAT_NAMES().join(','),
        '--out',
        out,
        '--suppressions',
        supFile,
        '--pseudonymise',
      ],
      { CASEAUDIT_KEY: KEY },
    );
    expect(r.stderr).toBe('');
    const texts = outputTexts(out);
    expect([...texts.keys()].some((f) => f.endsWith('.pdf'))).toBe(true);
    texts.set('(stdout)', r.stdout);
    expect(texts.get('findings.json')).toMatch(/"applied": [1-9]/);
    expect(leaks(texts, [...PLANTED, ...RAW])).toEqual([]);
  }, 300_000);

  it('a file without its header row: its first row is not reported as column names', () => {
    const ex = plantedExport();
    const PLANTED = planted(ex);
    const workers = readFileSync(join(ex, 'workers.csv'), 'utf8').split('\n');
    workers[1] = 'ZQLEAKWORKER1,Zebedee Leakname,Team Manager,1,30/09/2014,,No,17/07/2003';
    writeFileSync(join(ex, 'workers.csv'), workers.slice(1).join('\n'));
    const out = mkdtempSync(join(tmpdir(), 'caseaudit-scan-headerless-'));
    const r = cli(
      ['audit', ex, '--as-at', '2024-03-31', '--format', FORMAT_NAMES().join(','), '--out', out, '--pseudonymise'],
      { CASEAUDIT_KEY: KEY },
    );
    const texts = outputTexts(out);
    texts.set('(stdout)', r.stdout);
    texts.set('(stderr)', r.stderr);
    expect(texts.get('findings.json')).toMatch(/"status": "failed"/);
    expect(leaks(texts, [...PLANTED, ...RAW])).toEqual([]);
  }, 300_000);
});
