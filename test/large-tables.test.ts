/**
 * Issue 19 item 2: a large council's tables (500,000 rows) load in every layout. Spreading a big
 * row array into push() overflowed the call stack past about 120,000 rows. The files are written
 * to a temp folder here; there is no timing assertion (speed is `npm run bench`'s business).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const ROWS = 500_000;
const root = mkdtempSync(join(tmpdir(), 'caseaudit-large-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** One table of ROWS rows, built as one string (no per-row writes). */
function writeTable(dir: string, file: string, header: string, row: (i: number) => string): void {
  const lines = [header];
  for (let i = 0; i < ROWS; i++) lines.push(row(i));
  writeFileSync(join(dir, file), `${lines.join('\n')}\n`);
}

const id = (i: number): string => `C${String(i).padStart(7, '0')}`;

const LAYOUTS: Record<string, { table: string; write: (dir: string) => void }> = {
  canonical: {
    table: 'children',
    write: (d) => writeTable(d, 'children.csv', 'child_id,date_of_birth,gender', (i) => `${id(i)},16/05/2015,Male`),
  },
  ssd: {
    table: 'children',
    write: (d) =>
      writeTable(
        d,
        'ssd_person.csv',
        'pers_person_id,pers_sex,pers_ethnicity,pers_dob',
        (i) => `${id(i)},Male,WBRI,16/05/2015`,
      ),
  },
  // 500,000 contacts of 5,000 children: Annex A rebuilds a child table from every list.
  'annex-a': {
    table: 'contacts',
    write: (d) =>
      writeTable(
        d,
        'List 1.csv',
        'Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source',
        (i) => `${id(i % 5000)},a) Male,WBRI,16/05/2015,8,24/06/2023,Police`,
      ),
  },
};

describe('500,000-row tables', () => {
  it.each(Object.entries(LAYOUTS))(
    '%s: every row is read, no crash',
    (layout, { table, write }) => {
      const dir = join(root, layout);
      const out = join(root, `${layout}-out`);
      mkdirSync(dir, { recursive: true });
      write(dir);
      const r = spawnSync(
        process.execPath,
        [BIN, 'audit', dir, '--layout', layout, '--as-at', '2024-03-31', '--format', 'json', '--out', out, '-q'],
        { encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1' } },
      );
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as {
        dataQuality: { tables: { table: string; rowsRead: number }[] };
      };
      expect(json.dataQuality.tables.find((t) => t.table === table)?.rowsRead).toBe(ROWS);
      rmSync(dir, { recursive: true, force: true });
    },
    300_000,
  );
});
