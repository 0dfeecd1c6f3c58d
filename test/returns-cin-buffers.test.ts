/**
 * The census scanner's buffers kept from one read to the next (cinScan.ts): the same records
 * whatever was read before, at once, or given up on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCinRecords } from '../src/load/returns/cinCensus.js';
import { CinRecords } from '../src/load/returns/cinRecords.js';
import { scanCinCensus } from '../src/load/returns/cinScan.js';
import { Fallback } from '../src/load/returns/xmlFast.js';
import { cinCensus } from './helpers/cinXml.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-cin-buffers-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Censuses of more than three of the scanner's 1 MB chunks, so every kept buffer is read into.

/** The records as the generic reader gives them. */
async function generic(path: string) {
  const r = await readCinRecords(path, Infinity, { engine: 'generic' });
  return { tables: r.tables, previousCp: [...r.previousCp], unknown: [...r.unknown] };
}

/** The records as the scanner gives them, with no fallback (which would hide a spoilt read). */
async function scan(path: string) {
  const r = new CinRecords();
  await scanCinCensus(path, 'f.xml', r);
  return { tables: r.tables, previousCp: [...r.previousCp], unknown: [...r.unknown] };
}

describe('the scanner’s buffers, kept from one read to the next', () => {
  it('reads each census as the generic reader does, after another, at once with another, and after one given up on', async () => {
    const a = join(dir, 'a.xml'),
      b = join(dir, 'b.xml'),
      bad = join(dir, 'bad.xml');
    writeFileSync(a, cinCensus('A', 9_000, '2024-01-05'));
    writeFileSync(b, cinCensus('B', 8_000, '2023-11-30'));
    // Plain for its first 3 MB, then a comment (outside the scanner's subset): it gives up there.
    writeFileSync(bad, cinCensus('Z', 9_000, '2024-02-02', '<!-- x -->\n'));
    const want = { a: await generic(a), b: await generic(b) };
    expect(want.a.tables.children.records.length).toBe(9_000);
    expect(want.b.tables.children.records.length).toBe(8_000);
    expect(await scan(a)).toEqual(want.a);
    expect(await scan(b)).toEqual(want.b);
    expect(await scan(a)).toEqual(want.a);
    const [x, y] = await Promise.all([scan(b), scan(a)]);
    expect(x).toEqual(want.b);
    expect(y).toEqual(want.a);
    await expect(scan(bad)).rejects.toBeInstanceOf(Fallback);
    expect(await scan(b)).toEqual(want.b);
    expect(await scan(a)).toEqual(want.a);
  });
});
