/**
 * The newest date of a 903 file's columns, which gives its year when its name does not
 * (ssda903Tables.ts' year()): compared by day whatever the spelling, DD/MM/YYYY read from its
 * characters and any other date the loader reads (YYYY-MM-DD, a day or month of one digit) as
 * isoDate reads it; blanks and junk are not dates.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/model/issues.js';
import { readCsv, Table903File } from '../src/load/returns/ssda903Tables.js';

const dir = mkdtempSync(join(tmpdir(), 'caseaudit-903-newest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An episodes file (no year in its name) whose DEC cells are `ends`, one episode each. */
async function episodes(name: string, ends: readonly string[]): Promise<Table903File> {
  const lines = ['CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN'];
  for (const [i, end] of ends.entries()) lines.push(`C${100 + i},01/05/2020,S,C2,N1,U1,PR1,${end},E11,,,,`);
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return new Table903File('episodes', await readCsv(path, new DataQualityLog(), Infinity), '');
}

describe("a 903 file's newest date, compared by day", () => {
  it('finds it among DD/MM/YYYY, YYYY-MM-DD and one-digit days and months, skipping what is no date', async () => {
    // 9 April 2024 (written 9/4/2024) is the newest: the year ending 31 March 2025.
    const f = await episodes('episodes-a.csv', ['05/06/2023', '2024-01-10', '', 'junk', '9/4/2024', '31/03/2024']);
    expect(f.referenceDate()).toBe('2025-03-31');
    // Written as YYYY-MM-DD, after DD/MM/YYYY dates of the year before.
    const g = await episodes('episodes-b.csv', ['31/03/2023', '2023-04-01', '30/02/2024', '15/03/2023']);
    expect(g.referenceDate()).toBe('2024-03-31');
    // Only DD/MM/YYYY, the newest first.
    const h = await episodes('episodes-c.csv', ['31/03/2022', '01/04/2021', '30/09/2021']);
    expect(h.referenceDate()).toBe('2022-03-31');
  });
});
