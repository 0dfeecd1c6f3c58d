/**
 * A census's made ids and child ids taken as plain cells without reading them again
 * (src/load/returns/cinRows.ts, `made` and `child`; cinRecords.ts finds both once per child):
 * rows built that way are the TableBuilder's rows, and each table's plainKeys is whether its keys
 * really hold no no-break space, for child ids of every kind a reader treats apart (a no-break
 * space inside or at an end, padding, short, blank, a letter outside ASCII).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport } from '../src/generate/index.js';
import { CIN_TABLES, readCinBuilt, type ValueMaps } from '../src/load/returns/cinBuild.js';

let dir: string;
let census: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-cin-ids-'));
  await generateExport({ out: join(dir, 'gen'), children: 300, seed: 7, layout: 'returns' });
  const newest = readdirSync(join(dir, 'gen'))
    .filter((f) => f.startsWith('cin_census_'))
    .sort()
    .pop()!;
  census = readFileSync(join(dir, 'gen', newest), 'utf8');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ODD_IDS = [
  'C\u00a0000001',
  'C000002\u00a0',
  '\u00a0C3',
  ' C000004 ',
  'A1',
  'X',
  '',
  'ABCD',
  'ABCDE',
  'Cé0006',
  'C0',
];

/** The census with the first children's ids replaced, one by each of ODD_IDS in turn. */
function oddIds(text: string): string {
  let i = 0;
  return text.replace(/<LAchildID>[^<]*<\/LAchildID>/g, (m) =>
    i < ODD_IDS.length * 3 ? `<LAchildID>${ODD_IDS[i++ % ODD_IDS.length]}</LAchildID>` : m,
  );
}

/** A config value map for every census table that maps nothing: every row is the TableBuilder's. */
const EVERY_ROW_BY_BUILDER: ValueMaps = Object.fromEntries(CIN_TABLES.map((t) => [t, {}]));

describe("a census's made ids and child ids, taken as plain once per child", () => {
  it('give the TableBuilder rows and issues, and plainKeys as the keys are', async () => {
    const path = join(dir, 'odd.xml');
    writeFileSync(path, oddIds(census), 'utf8');
    const fast = await readCinBuilt(path, Infinity);
    const slow = await readCinBuilt(path, Infinity, EVERY_ROW_BY_BUILDER);
    let nbsp = 0;
    for (const t of CIN_TABLES) {
      const f = fast.tables[t].built!,
        s = slow.tables[t].built!;
      expect(f.rows.length, t).toBeGreaterThan(0);
      expect(JSON.stringify(f.rows), t).toBe(JSON.stringify(s.rows));
      expect(JSON.stringify(f.adds), t).toBe(JSON.stringify(s.adds));
      expect(f.keys, t).toEqual(s.keys);
      const plain = f.keys.every((k) => !k.includes('\u00a0'));
      if (!plain) nbsp++;
      expect(f.plainKeys, t).toBe(plain);
      expect(s.plainKeys, t).toBe(plain);
    }
    // The odd ids reached the made ids of more than the children table.
    expect(nbsp).toBeGreaterThan(1);
  });

  it('a census with no odd id: every table has plain keys', async () => {
    const path = join(dir, 'plain.xml');
    writeFileSync(path, census, 'utf8');
    const fast = await readCinBuilt(path, Infinity);
    for (const t of CIN_TABLES) expect(fast.tables[t].built!.plainKeys, t).toBe(true);
  });
});
