/**
 * A file read whole and the same file streamed in 1 MB pieces must give the same rows, issues and
 * encoding: the loader reads ordinary files whole and streams only very large ones.
 */
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvInto, streamOf } from '../src/load/csvFile.js';
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
    [
      // A decoder that carries bytes between pieces (TextDecoder's stream), the pieces read into one buffer.
      'UTF-16LE with a BOM and multi-byte text',
      '\uFEFFchild_id,visit_date,worker_id,seen,seen_alone\n',
      'utf16le',
      (s: string) => s.replace(/W01,/g, 'Wé01,'),
    ],
  ])('%s', async (_name, header, encoding, twist) => {
    const path = join(dir, `${encoding}.csv`);
    await writeFile(path, Buffer.from(twist(`${header}${body.join('\n')}\n`), encoding as BufferEncoding));
    const whole = await read(path, 1 << 30);
    const streamed = await read(path, 0);
    expect(whole.rows.length).toBe(60_000);
    expect(whole.encoding).toBe({ utf8: 'utf-8', latin1: 'windows-1252', utf16le: 'utf-16le' }[encoding]);
    expect(whole.issues.some((g) => g.code === 'bad-flag')).toBe(true);
    expect(streamed).toEqual(whole);
  });
});

describe('a streamed file', () => {
  it('comes in 1 MB pieces read into one buffer, the bytes as in the file', async () => {
    // 3.5 MB: three whole pieces and a short last one, from an offset (the byte-order mark skipped).
    const bytes = Buffer.alloc(3_500_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + (i >> 12)) & 0xff;
    const path = join(dir, 'bytes.bin');
    await writeFile(path, bytes);
    const fh = await open(path, 'r');
    try {
      const pieces: Buffer[] = [];
      const stores = new Set<ArrayBufferLike>();
      for await (const piece of streamOf(fh, 3, bytes.length)) {
        stores.add(piece.buffer);
        pieces.push(Buffer.from(piece)); // copied: a piece is good only until the next is read
      }
      expect(pieces.map((p) => p.length)).toEqual([1 << 20, 1 << 20, 1 << 20, bytes.length - 3 - 3 * (1 << 20)]);
      expect(Buffer.concat(pieces).equals(bytes.subarray(3))).toBe(true);
      // One buffer for every piece, not fresh memory for each (issue 24).
      expect(stores.size).toBe(1);
    } finally {
      await fh.close();
    }
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
