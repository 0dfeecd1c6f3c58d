/**
 * The supervision worker's path before its first part (issue 24, s24-wstart): the text it keeps is
 * read as slices of the parser's pieces (TableBuilder's `slices`), and the rows it hands over are
 * encoded with their text concatenated as met (rowColumns.ts). Both are faster paths to the same
 * answer: the same rows, issues and encoded columns as before.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/load/issues.js';
import { readTableFile } from '../src/load/loadExport.js';
import { decodeRows, encodeRows } from '../src/load/rowColumns.js';
import { IdPool } from '../src/load/tableBuilder.js';
import type { SupervisionRow } from '../src/model/tables.js';

const HEADER = 'supervision_id,worker_id,supervision_date,child_id,supervisor_id,type,record_text,actions\n';

/** A supervisions file of `n` records whose text takes the reader's every kind of cell. */
function supervisionsCsv(n: number): string {
  const texts = [
    'Short.',
    'We talked about Sam\u2019s wishes and feelings; Sam said she likes school and has joined the football club.',
    '"Quoted, with a comma and ""doubled"" quotes, and a line break\nwithin it, then more text after it."',
    '  padded with spaces and a no-break\u00a0space  ',
    '"' + 'a long reflective paragraph about the plan, '.repeat(40) + '"',
    '',
    'null',
  ];
  let out = HEADER;
  for (let i = 0; i < n; i++) {
    const text = texts[i % texts.length]!;
    const actions = i % 5 === 0 ? '' : `Action ${i}: social worker to visit within ${i % 20} days.`;
    const date = `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2024 10:00`;
    out += `SV${String(i).padStart(8, '0')},W${i % 40},${date},C${Math.floor(i / 3)},W${i % 7},${i % 4 === 0 ? 'personal' : 'case'},${text},${actions}\n`;
  }
  return out;
}

async function read(path: string, keepSlices?: readonly string[]) {
  const dq = new DataQualityLog();
  const got = await readTableFile('supervisions', path, dq, keepSlices ? { keepSlices } : {}, undefined, new IdPool());
  return { rows: got.rows as SupervisionRow[], issues: dq.exportTable('supervisions') };
}

describe('the worker keeps its text as slices of the parser pieces', () => {
  it('reads the same rows and issues as the copying reader, across many 64 KB pieces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseaudit-wstart-'));
    const path = join(dir, 'supervisions.csv');
    writeFileSync(path, supervisionsCsv(6_000));
    const copied = await read(path);
    const sliced = await read(path, ['recordText', 'actions']);
    expect(copied.rows.length).toBe(6_000);
    expect(sliced.rows).toEqual(copied.rows);
    expect(sliced.issues).toEqual(copied.issues);
    // Known answers, so both are not wrong alike: the quoted cell's doubled quotes and line break,
    // the padded cell trimmed, blank tokens as null.
    expect(sliced.rows[2]!.recordText).toBe(
      'Quoted, with a comma and "doubled" quotes, and a line break\nwithin it, then more text after it.',
    );
    expect(sliced.rows[3]!.recordText).toBe('padded with spaces and a no-break space');
    expect(sliced.rows[5]!.recordText).toBeNull();
    expect(sliced.rows[6]!.recordText).toBeNull();
    expect(sliced.rows[0]!.actions).toBeNull();
    expect(sliced.rows[1]!.actions).toBe('Action 1: social worker to visit within 1 days.');
  });
});

describe('rows encoded with their text concatenated as met (encodeRows)', () => {
  const n = 5_000;
  const rows: SupervisionRow[] = Array.from(
    { length: n },
    (_, i) =>
      ({
        supervisionId: i % 9 === 4 ? null : `SV${i}`,
        workerId: `W${i % 3}`,
        supervisionDate: 19_700 + (i % 50),
        childId: i % 11 === 0 ? null : `C${Math.floor(i / 3) % 17}`,
        supervisorId: null,
        type: 'case',
        recordText: `text ${i}`,
        actions: null,
        line: i + 2,
      }) as unknown as SupervisionRow,
  );
  const enc = encodeRows('supervisions', rows, ['recordText', 'actions']);

  it('a column of mostly distinct values: every value in row order, ends and nulls by row', () => {
    const col = enc.columns.supervisionId!;
    if (col.kind !== 'str') throw new Error('supervisionId not a text column');
    expect(col.codes).toBeNull();
    const values = rows.map((r) => r.supervisionId);
    expect(col.text).toBe(values.filter((v) => v !== null).join(''));
    let at = 0;
    const ends = values.map((v) => (at += v?.length ?? 0));
    expect(Array.from(col.ends)).toEqual(ends);
    expect(Array.from(col.nulls)).toEqual(values.map((v) => (v === null ? 1 : 0)));
  });

  it('a column of repeated values: its distinct values in the order first met, a code by row', () => {
    const col = enc.columns.childId!;
    if (col.kind !== 'str' || !col.codes) throw new Error('childId not a dictionary column');
    const distinct = [...new Set(rows.map((r) => r.childId).filter((v) => v !== null))];
    expect(col.text).toBe(distinct.join(''));
    let at = 0;
    expect(Array.from(col.ends)).toEqual(distinct.map((v) => (at += v!.length)));
    expect(Array.from(col.codes)).toEqual(rows.map((r) => (r.childId === null ? -1 : distinct.indexOf(r.childId))));
    const back = decodeRows<'supervisions'>(enc);
    expect(back.map((r) => [r.supervisionId, r.childId, r.workerId, r.supervisionDate, r.line])).toEqual(
      rows.map((r) => [r.supervisionId, r.childId, r.workerId, r.supervisionDate, r.line]),
    );
    expect(back.every((r) => r.recordText === null && r.actions === null)).toBe(true);
  });
});
