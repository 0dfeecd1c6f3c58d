/**
 * A file read whole and the same file streamed in 1 MB pieces must give the same rows, issues and
 * encoding: the loader reads ordinary files whole and streams only very large ones.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvInto } from '../src/load/csvFile.js';
import { DataQualityLog } from '../src/load/issues.js';
import { readRawCsv } from '../src/load/ssd/rawCsv.js';
import { TableBuilder } from '../src/load/tableBuilder.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-csvfile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(path: string, wholeFileBytes: number) {
  const dq = new DataQualityLog();
  const b = new TableBuilder('visits', 'visits.csv', dq);
  const encoding = await readCsvInto(path, b, dq, { maxBytes: 1 << 30, wholeFileBytes });
  return { encoding, rows: b.rows, issues: dq.issueGroups() };
}

describe('whole-file and streamed reading agree', () => {
  // Over 2 MB, so the streamed read crosses chunk boundaries (inside multi-byte characters too).
  const body = Array.from(
    { length: 60_000 },
    (_, i) =>
      `C${String(i % 977).padStart(5, '0')},${(i % 28) + 1}/0${(i % 9) + 1}/2023 1${i % 10}:15,W0${i % 40},${i % 3 ? 'Y' : 'N'},${i % 7 ? 'yes' : 'maybe'}`,
  );
  it.each([
    [
      'UTF-8 with a BOM and multi-byte text',
      '\uFEFFchild_id,visit_date,worker_id,seen,seen_alone\n',
      'utf8',
      (s: string) => s.replace(/W01,/g, 'Wé01,'),
    ],
    [
      'Windows-1252 (a late non-UTF-8 byte)',
      'child_id,visit_date,worker_id,seen,seen_alone\n',
      'latin1',
      (s: string) => s.replace(/W03,/g, 'W£03,'),
    ],
  ])('%s', async (_name, header, encoding, twist) => {
    const path = join(dir, `${encoding}.csv`);
    await writeFile(path, Buffer.from(twist(`${header}${body.join('\n')}\n`), encoding as BufferEncoding));
    const whole = await read(path, 1 << 30);
    const streamed = await read(path, 0);
    expect(whole.rows.length).toBe(60_000);
    expect(whole.encoding).toBe(encoding === 'utf8' ? 'utf-8' : 'windows-1252');
    expect(whole.issues.some((g) => g.code === 'bad-flag')).toBe(true);
    expect(streamed).toEqual(whole);
  });
});

describe('a small file, read whole and parsed a piece at a time', () => {
  it('gives every record whole across the pieces: quoted line breaks, quotes, multi-byte characters', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => [
      `C${i}`,
      `note ${i}: é£ "quoted"\nsecond line ${'x'.repeat(i % 50)}`,
      String(i % 7),
    ]);
    const text = `id,note,n\n${records.map(([a, b, c]) => `${a},"${b!.replace(/"/g, '""')}",${c}`).join('\r\n')}\n`;
    // Several of the parser's 64 KB pieces (records and characters cut between them), in a file read whole.
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 65_536);
    const path = join(dir, 'notes.csv');
    await writeFile(path, text);
    const raw = await readRawCsv(path, 'notes.csv', 'visits', new DataQualityLog(), 1 << 30);
    expect(raw.header).toEqual(['id', 'note', 'n']);
    expect(raw.rows.map((r) => r.cells)).toEqual(records);
    // Each record takes two lines (its note's line break): record i starts on line 2 + 2i.
    expect(raw.rows.map((r) => r.line)).toEqual(records.map((_, i) => 2 + 2 * i));
  });
});
