/**
 * Issue 19 items 3-5: inputs that used to hang or exhaust memory end in one line. Only regular
 * files are read (a link to /dev/zero, a FIFO); an .xlsx that unpacks past the size or cell limit
 * is refused before exceljs sees it; a record longer than the limit is stopped at its line.
 * Every run is spawned with a timeout, so a hang fails the test instead of stalling the suite.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkZipLimits, MAX_CELLS, MAX_UNCOMPRESSED_BYTES, ZipLimitError } from '../src/load/zipGuard.js';

const BIN = resolve('bin/caseaudit.js');
const root = mkdtempSync(join(tmpdir(), 'caseaudit-special-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(args: string[], timeout = 60_000) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout,
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(r.error, 'the CLI did not finish in time').toBeUndefined();
  return r;
}

function expectOneLine(r: ReturnType<typeof run>, pattern: RegExp): void {
  expect(r.status).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

function exportWith(name: string, make: (dir: string) => void): string {
  const dir = join(root, name);
  mkdirSync(dir);
  make(dir);
  return dir;
}

const AUDIT = (dir: string): string[] => [
  'audit',
  dir,
  '--as-at',
  '2024-03-31',
  '--format',
  'json',
  '--out',
  join(root, 'out'),
  '-q',
];

describe('only regular files are read', () => {
  it('children.csv linked to /dev/zero is refused in one line', () => {
    const dir = exportWith('devzero', (d) => symlinkSync('/dev/zero', join(d, 'children.csv')));
    expectOneLine(run(AUDIT(dir), 30_000), /^caseaudit: children\.csv: is a device, expected a CSV file$/);
  });

  it('a FIFO is refused in one line instead of blocking', () => {
    const dir = exportWith('fifo', (d) => {
      expect(spawnSync('mkfifo', [join(d, 'plans.csv')]).status).toBe(0);
    });
    expectOneLine(run(AUDIT(dir), 30_000), /^caseaudit: plans\.csv: is a named pipe \(FIFO\), expected a CSV file$/);
  });

  it('an Annex A workbook that is a FIFO is refused too', () => {
    const dir = exportWith('fifo-xlsx', (d) => {
      expect(spawnSync('mkfifo', [join(d, 'Annex_A.xlsx')]).status).toBe(0);
    });
    expectOneLine(
      run([...AUDIT(dir), '--layout', 'annex-a'], 30_000),
      /Annex_A\.xlsx: is a named pipe \(FIFO\), expected an \.xlsx workbook$/,
    );
  });
});

interface Deflated {
  data: Buffer;
  crc: number;
  size: number;
}
const deflated = (raw: Buffer): Deflated => ({
  data: deflateRawSync(raw, { level: 9 }),
  crc: crc32(raw),
  size: raw.length,
});

/** `head`, then `fill` repeated to `size` bytes, then `tail`, deflated piece by piece (the whole is never in memory). */
async function deflatedRepeat(head: string, fill: Buffer, size: number, tail: string): Promise<Deflated> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((ok) => z.on('end', ok));
  let crc = crc32(head);
  z.write(head);
  for (let n = 0; n < size; n += fill.length) {
    crc = crc32(fill, crc);
    if (!z.write(fill)) await new Promise((ok) => z.once('drain', ok));
  }
  crc = crc32(tail, crc);
  z.end(tail);
  await done;
  return {
    data: Buffer.concat(out),
    crc,
    size: head.length + Math.ceil(size / fill.length) * fill.length + tail.length,
  };
}

/** A deflated zip written by hand: [name, entry][] → .xlsx bytes. */
function zip(entries: [string, Deflated][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, { data, crc, size }] of entries) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const WORKBOOK: [string, Deflated][] = (
  [
    [
      '[Content_Types].xml',
      Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    ],
    [
      '_rels/.rels',
      Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    ],
    [
      'xl/workbook.xml',
      Buffer.from(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="List 1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    ],
    [
      'xl/_rels/workbook.xml.rels',
      Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    ],
  ] as [string, Buffer][]
).map(([n, b]) => [n, deflated(b)]);
const SHEET_HEAD =
  '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">';
const SHEET_TAIL = '</row></sheetData></worksheet>';

describe('xlsx decompression bomb', () => {
  it('a sheet that unpacks past the size limit is refused in one line', async () => {
    // Well over the limit once unpacked, under a megabyte packed.
    const bomb = await deflatedRepeat(
      SHEET_HEAD,
      Buffer.alloc(1 << 20, 0x20),
      MAX_UNCOMPRESSED_BYTES + (64 << 20),
      SHEET_TAIL,
    );
    const dir = exportWith('bomb', (d) =>
      writeFileSync(join(d, 'Annex_A.xlsx'), zip([...WORKBOOK, ['xl/worksheets/sheet1.xml', bomb]])),
    );
    expectOneLine(
      run([...AUDIT(dir), '--layout', 'annex-a']),
      /Annex_A\.xlsx: not a readable \.xlsx workbook: expands to more than \d+ bytes when unpacked/,
    );
  });

  it('a sheet of more cells than the limit is refused in one line', async () => {
    const cell = Buffer.from('<c t="n"><v>1</v></c>'.repeat(1000));
    const cells = await deflatedRepeat(SHEET_HEAD, cell, ((MAX_CELLS + 1000) * cell.length) / 1000, SHEET_TAIL);
    const dir = exportWith('cells', (d) =>
      writeFileSync(join(d, 'Annex_A.xlsx'), zip([...WORKBOOK, ['xl/worksheets/sheet1.xml', cells]])),
    );
    expectOneLine(
      run([...AUDIT(dir), '--layout', 'annex-a']),
      /Annex_A\.xlsx: not a readable \.xlsx workbook: has more than \d+ cells/,
    );
  });

  it('counts what inflating gives, not what the directory claims', () => {
    const real = zip([['xl/worksheets/sheet1.xml', deflated(Buffer.alloc(4096, 0x20))]]);
    expect(() => checkZipLimits(real, { maxUncompressed: 4095, maxCells: 10 })).toThrow(ZipLimitError);
    expect(() => checkZipLimits(real, { maxUncompressed: 4096, maxCells: 10 })).not.toThrow();
    // A lying uncompressed size in both headers changes nothing.
    const liar = Buffer.from(real);
    liar.writeUInt32LE(10, 22);
    liar.writeUInt32LE(10, liar.length - 22 - 46 - 'xl/worksheets/sheet1.xml'.length + 24);
    expect(() => checkZipLimits(liar, { maxUncompressed: 4095, maxCells: 10 })).toThrow(ZipLimitError);
  });
});

describe('over-long records', () => {
  it('a 140 MB line is stopped at its line with the file named, rows before kept', () => {
    const dir = exportWith('long-line', (d) => {
      const fd = openSync(join(d, 'plans.csv'), 'w');
      writeSync(fd, 'plan_id,child_id,plan_type,start_date\nP1,C1,CIN,01/02/2024\nP2,C2,CIN,');
      const mb = Buffer.alloc(1 << 20, 0x61);
      for (let i = 0; i < 140; i++) writeSync(fd, mb);
      writeSync(fd, '\nP3,C3,CIN,01/02/2024\n');
      closeSync(fd);
    });
    const r = run(AUDIT(dir));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(readFileSync(join(root, 'out', 'findings.json'), 'utf8')) as {
      dataQuality: {
        issues: { code: string; examples: { file: string; line: number; message: string }[] }[];
        tables: { table: string; rowsRead: number }[];
      };
    };
    const issue = json.dataQuality.issues.find((g) => g.code === 'malformed-csv')!;
    expect(issue.examples[0]).toMatchObject({ file: 'plans.csv', line: 3 });
    expect(issue.examples[0]!.message).toMatch(
      /^the record starting on line 3 is longer than \d+ characters; 1 row before this point kept$/,
    );
    expect(json.dataQuality.tables.find((t) => t.table === 'plans')!.rowsRead).toBe(1);
  });

  it('an over-long first line (no header) is refused in one line', () => {
    const dir = exportWith('long-header', (d) => writeFileSync(join(d, 'plans.csv'), Buffer.alloc(40 << 20, 0x61)));
    expectOneLine(
      run(AUDIT(dir)),
      /^caseaudit: plans\.csv: not a readable CSV file \(the record starting on line 1 is longer than \d+ characters, line 1\)$/,
    );
  });
});
