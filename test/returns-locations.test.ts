/**
 * A returns folder merges files into one table (the children of a CIN census and of an SSDA903
 * header): every issue must name the row's own file and column, and rows with issues are counted
 * per file (line 4 of the census and line 4 of the header are two rows). Found on the public
 * samples, where a repeated 903 child was reported in "cin-2022.xml, SSDA903_2020_header.csv".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/load/issues.js';
import { loadReturns } from '../src/load/returns/index.js';
import { assembleExport, type TableSource } from '../src/load/ssd/assemble.js';
import type { LoadedExport } from '../src/model/export.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-returns-where-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
const put = (name: string, text: string) => writeFileSync(join(dir, name), text);
const issues = (ex: LoadedExport, code: string) => ex.dq.issueGroups().filter((g) => g.code === code);

// The census child opens on line 4, with a birth date that is not a date.
const CENSUS = `<?xml version="1.0"?>
<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2023</Year><ReferenceDate>2023-03-31</ReferenceDate></CollectionDetails></Header>
<Children>
<Child><ChildIdentifiers><LAchildID>A1</LAchildID><PersonBirthDate>2015-13-45</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics></Child></Children></Message>`;
// The header repeats child B1 on line 4.
const HEADER =
  'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nB1,2,01/01/2015,WBRI,,,\nC1,1,01/02/2016,WBRI,,,\nB1,2,01/01/2015,WBRI,,,\n';

describe('issues in a table read from several returns', () => {
  it('name the row’s own file and column, and count each file’s rows apart', async () => {
    put('census.xml', CENSUS);
    put('header.csv', HEADER);
    const ex = await loadReturns(dir);
    expect(ex.dq.tables.get('children')!.file).toBe('census.xml, header.csv');
    const dup = issues(ex, 'duplicate-id')[0]!;
    expect(dup.examples.map((e) => [e.file, e.line, e.column, e.columnIndex, e.message])).toEqual([
      ['header.csv', 4, 'CHILD', 1, "same child_id as line 2; this row's id is ignored"],
    ]);
    const bad = issues(ex, 'bad-date').find((g) => g.table === 'children')!;
    expect(bad.examples.map((e) => [e.file, e.line])).toEqual([['census.xml', 4]]);
    // Two rows: census.xml line 4 and header.csv line 4.
    expect(ex.dq.rowsWithIssues('children')).toBe(2);
  });

  it('name the earlier row’s file when it is another file (two sources of one table)', () => {
    const dq = new DataQualityLog();
    const source = (file: string, ids: string[]): TableSource => ({
      table: 'children',
      file,
      headerLine: 1,
      labels: { child_id: 'ID' },
      positions: { child_id: 2 },
      records: ids.map((id, i) => ({ line: i + 2, values: { child_id: id } })),
    });
    assembleExport([source('a.csv', ['X', 'Y']), source('b.csv', ['Y'])], { source: dir, layout: 'ssd', dq });
    const e = dq.issueGroups().find((g) => g.code === 'duplicate-id')!.examples;
    expect(e.map((x) => [x.file, x.line, x.column, x.columnIndex, x.message])).toEqual([
      ['b.csv', 2, 'ID', 2, "same child_id as a.csv line 3; this row's id is ignored"],
    ]);
  });
});
