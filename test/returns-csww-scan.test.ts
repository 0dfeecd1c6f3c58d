/**
 * The workforce census read by the census scanner (src/load/returns/cinScan.ts) and, for a file
 * outside its plain subset, by the generic XML reader: the same workers, census facts and logged
 * issues (unknown elements with their first line, in the order met) either way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/model/issues.js';
import { readWorkforceCensus } from '../src/load/returns/workforceCensus.js';
import { scanCinCensus } from '../src/load/returns/cinScan.js';
import { Fallback } from '../src/load/returns/xmlFast.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-csww-scan-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A census; `odd` goes on the first line (a comment sends it to the generic reader). */
const census = (odd = '') => `<?xml version="1.0" encoding="UTF-8"?>
<Message>${odd}
  <Header><CollectionDetails><Collection>CSWW</Collection><Year>2023</Year><ReferenceDate>2023-09-30</ReferenceDate></CollectionDetails></Header>
  <LALevelVacancies><NumberOfVacancies>4.5</NumberOfVacancies><Mystery>1</Mystery></LALevelVacancies>
  <CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW1</SWENo><FTE>0.5</FTE><OrgRole>5</OrgRole>
    <RoleStartDate>2023-01-09</RoleStartDate><StartOrigin>1</StartOrigin><Cases30>12</Cases30><CFKSSstatus>1</CFKSSstatus></CSWWWorker>
  <CSWWWorker><AgencyWorker>1</AgencyWorker><SWENo>SW2</SWENo><FTE>0</FTE><FTE30>0.8</FTE30><Extra>x</Extra>
    <RoleStartDate>2010-01-01</RoleStartDate><RoleEndDate>2023-06-30</RoleEndDate><Mystery>2</Mystery></CSWWWorker>
</Message>
`;

async function read(text: string) {
  const path = join(dir, 'csww.xml');
  writeFileSync(path, text);
  const dq = new DataQualityLog();
  const r = await readWorkforceCensus(path, dq);
  const issues = dq.issueGroups().flatMap((g) => g.examples.map((e) => [g.code, e.value, e.line]));
  return { r: JSON.parse(JSON.stringify(r, (_, v: unknown) => (v instanceof Map ? [...v] : v))) as unknown, issues };
}

/** Whether the scanner reads `text` itself (true) or gives it to the generic reader. */
async function scanned(text: string): Promise<boolean> {
  const path = join(dir, 'probe.xml');
  writeFileSync(path, text);
  const sink = { note() {}, enter() {}, close() {} };
  try {
    await scanCinCensus(path, 'probe.xml', sink);
    return true;
  } catch (e) {
    if (e instanceof Fallback) return false;
    throw e;
  }
}

describe('workforce census: scanner and generic reader', () => {
  it('read the same workers, facts and issues', async () => {
    const plain = census();
    const odd = census('<!-- exported by hand -->');
    expect(await scanned(plain)).toBe(true);
    expect(await scanned(odd)).toBe(false);
    const a = await read(plain),
      b = await read(odd);
    expect(a).toEqual(b);
    // Unknown elements listed once each, with their first line.
    expect(a.issues).toHaveLength(2);
    expect(a.issues).toEqual(
      expect.arrayContaining([
        ['unknown-column', 'Mystery', 4],
        ['unknown-column', 'Extra', 7],
      ]),
    );
  });
});
