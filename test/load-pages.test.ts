// The seven-metric run's memory churn (issue 24): CSV bytes decoded in 64 KB pieces, a load's files
// streamed through one reused piece buffer (ReadBuffers), and dates in the export's own spellings
// read straight to their day (isoDay). Each must leave every value, line and issue as it was.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCsv, readCsvInto } from '../src/load/csvFile.js';
import { DataQualityLog } from '../src/load/issues.js';
import { loadCsvFolder, readTableFile } from '../src/load/loadExport.js';
import { ReadBuffers } from '../src/load/regularFile.js';
import { heldColumns } from '../src/load/tableColumns.js';
import { TableBuilder } from '../src/load/tableBuilder.js';
import { isValueError, isoDay, parseDate, parseDateGeneral } from '../src/load/values.js';
import { dayFromYmd } from '../src/model/day.js';
import type { TableName } from '../src/model/tables.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-pages-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('isoDay', () => {
  it('reads the export’s two spellings to their day', () => {
    expect(isoDay('2023-11-10')).toBe(dayFromYmd(2023, 11, 10));
    expect(isoDay('2023-11-10T16:57:00Z')).toBe(dayFromYmd(2023, 11, 10));
    expect(isoDay('2024-02-29')).toBe(dayFromYmd(2024, 2, 29));
  });

  it('leaves anything it does not answer exactly to parseDate, and answers as parseDate does', () => {
    // Near misses of both forms: impossible days, years at and past the plausible range, other
    // separators, spaces, a time without Z or with a fraction, non-digits, other lengths.
    const dates = ['-11-10', '-01-31', '-06-30', '-12-31', '-02-29', '-04-31', '-00-10', '-13-01', '-12-00', '-1-10'];
    const years = ['2023', '2024', '1909', '1910', '2100', '2101', '0000', '20a3'];
    const cells: string[] = [];
    for (const d of dates) {
      for (const y of years) {
        const s = `${y}${d}`;
        cells.push(s, `${s}T16:57:00Z`, `${s}T16:57:00`, `${s} 16:57:00Z`, `${s}T16:57:00.5Z`, `${s}T1x:57:00Z`);
        cells.push(` ${s}`, `${s} `, `${s}\u00a0`, s.replace(/-/g, '/'), s.slice(0, 9), `${s}Z`, `${s}T16:57Z`);
      }
    }
    let answered = 0;
    for (const raw of cells) {
      const fast = isoDay(raw);
      const want = parseDate(raw);
      expect(parseDateGeneral(raw)).toEqual(want);
      if (fast === undefined) continue;
      answered++;
      expect([raw, fast]).toEqual([raw, want]);
    }
    // It answers the two plain forms of every real date in range: four a year in 2023, 1910 and 2100
    // (none of them leap years), five in 2024 (29 February): 17 dates, 34 cells.
    expect(answered).toBe(34);
    expect(cells.filter((c) => isValueError(parseDate(c))).length).toBeGreaterThan(100);
  });
});

describe('a load streams its files through one piece buffer', () => {
  it('opens a file without reading it whole, and hands out the same 1 MB buffer every time', async () => {
    // Memory just read into is slow to read the first time on this machine (issue 24): a load's
    // files are not read whole into buffers of their size but streamed through one buffer.
    const path = join(dir, 'piece-referrals.csv');
    await writeFile(
      path,
      'referral_id,child_id,referral_date,source,team,outcome\nR1,C1,2023-05-01,Police,Team 1,nfa\n',
    );
    const buffers = new ReadBuffers();
    const opened = await openCsv(path, 'referrals.csv', { maxBytes: 1 << 30 }, buffers);
    try {
      expect(opened.whole).toBeNull();
      expect(opened.buffers).toBe(buffers);
    } finally {
      await opened.file.fh.close();
    }
    const piece = buffers.piece();
    expect(piece.length).toBe(1 << 20);
    expect(buffers.piece()).toBe(piece);
    // Without a load's buffers (one file read on its own, the worker's reads) the file is read whole.
    const alone = await openCsv(path, 'referrals.csv', { maxBytes: 1 << 30 });
    try {
      expect(alone.whole?.length).toBe((await readFile(path)).length);
    } finally {
      await alone.file.fh.close();
    }
  });

  it('gives a file of several pieces the rows, issues and column sizes of reading it whole', async () => {
    // 2.6 MB: a quoted cell with a line break, a two-byte character and a bad date in the rows that
    // straddle each 1 MB boundary; held as columns, which are sized by the first 64 KB's lines.
    const rows = Array.from({ length: 60_000 }, (_, i) =>
      i % 997 === 0
        ? `W${i},"Team ${i % 9}\nnorth",Social worker é,1,31/02/2020`
        : `W${i},Team ${i % 9},Social worker${i % 3 === 0 ? ' é' : ''},0.5,2020-01-0${1 + (i % 9)}`,
    );
    const folder = join(dir, 'pieces');
    await mkdir(folder);
    const text = `worker_id,team,role,fte,start_date\n${rows.join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(2.5 * (1 << 20));
    await writeFile(join(folder, 'workers.csv'), text);
    const streamed = await loadCsvFolder(folder, { tables: ['workers'], columns: ['workers'] });
    const dq = new DataQualityLog();
    const whole = await readTableFile(
      'workers',
      join(folder, 'workers.csv'),
      dq,
      {},
      undefined,
      undefined,
      undefined,
      true,
    );
    const held = heldColumns(streamed, 'workers')!;
    expect(held.count).toBe(60_000);
    expect(held.lines.length).toBe(whole.columns!.lines.length);
    expect(held.lines.length).toBeLessThan(65_536); // the estimate, not grown from 4,096 by doubling
    expect(held.rows()).toEqual(whole.columns!.rows());
    expect(streamed.dq.issueGroups().filter((g) => g.table === 'workers')).toEqual(dq.issueGroups());
    expect(dq.issueGroups().some((g) => g.code === 'bad-date')).toBe(true);
  });

  it('reads a file of several pieces that is not UTF-8 as Windows-1252, as a whole read does', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `R${i},C${i % 700},2023-05-01,Sch\xe9ols ${i},Team 1,nfa`);
    const folder = join(dir, 'cp1252');
    await mkdir(folder);
    const bytes = Buffer.from(
      `referral_id,child_id,referral_date,source,team,outcome\n${lines.join('\n')}\n`,
      'latin1',
    );
    expect(bytes.length).toBeGreaterThan(2 * (1 << 20));
    await writeFile(join(folder, 'referrals.csv'), bytes);
    const streamed = await loadCsvFolder(folder, { tables: ['referrals'] });
    const dq = new DataQualityLog();
    const whole = await readTableFile('referrals', join(folder, 'referrals.csv'), dq, {});
    expect(streamed.tables.referrals).toEqual(whole.rows);
    expect(streamed.tables.referrals![1]!.source).toBe('Sch\u00e9ols 1');
    expect(streamed.dq.issueGroups().filter((g) => g.table === 'referrals')).toEqual(dq.issueGroups());
    expect(dq.issueGroups().some((g) => g.code === 'encoding-fallback')).toBe(true);
  });
});

describe('a load that reuses its read buffer', () => {
  // Read in the tables' order: a long workers file first leaves its bytes in the piece buffer that
  // the shorter files after it are read into; the bytes past a file's own length must never be read.
  const files: Record<string, string> = {
    'workers.csv': `worker_id,team,role,fte\n${Array.from({ length: 40_000 }, (_, i) => `W${i},Team ${i % 9},Social worker,1`).join('\n')}\n`,
    'referrals.csv':
      'referral_id,child_id,referral_date,source,team,outcome\nR1,C1,2023-05-01,Police,Team 1,assessment\nR2,C2,31/02/2024,Schools,Team 2,nfa',
    'assessments.csv': `assessment_id,child_id,referral_id,start_date,completion_date,worker_id,team,seen_date,seen_alone_date,outcome\nA1,C1,R1,2023-05-02,2023-06-01T10:00:00Z,W1,Team 1,2023-05-03,,cin\n`,
    'plans.csv': `plan_id,child_id,plan_type,start_date,end_date,end_reason,category,team\nP1,C1,cp,2023-06-02,,,Neglect,Team 1\n`,
  };
  const tables: TableName[] = ['workers', 'referrals', 'assessments', 'plans'];

  it('gives each table the rows and issues of reading its file alone', async () => {
    const folder = join(dir, 'reuse');
    await mkdir(folder);
    for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
    const loaded = await loadCsvFolder(folder, { tables });
    for (const t of tables) {
      const dq = new DataQualityLog();
      const alone = await readTableFile(t, join(folder, `${t}.csv`), dq, {});
      expect([t, loaded.tables[t]]).toEqual([t, alone.rows]);
      const issues = loaded.dq.issueGroups().filter((g) => g.table === t);
      expect([t, issues]).toEqual([t, dq.issueGroups()]);
    }
    expect(loaded.tables.workers).toHaveLength(40_000);
    expect(loaded.tables.referrals).toHaveLength(2);
    expect(loaded.tables.referrals![1]!.referralDate).toBeNull();
    expect(loaded.tables.assessments![0]!.completionDate).toBe(dayFromYmd(2023, 6, 1));
    expect(loaded.tables.plans).toHaveLength(1);
  });
});

describe('bytes decoded in 64 KB pieces', () => {
  it('reads characters of two and four bytes cut by a piece boundary', async () => {
    // Each line is 32 bytes but for its text cell; the text cells' lengths shift every boundary of
    // 65,536 bytes through the characters' bytes over the file's 1.2 MB.
    const texts = ['é', '😀', 'aé', 'a😀', 'aaé', 'aa😀', 'Ecole é', 'x'];
    const lines = Array.from({ length: 40_000 }, (_, i) => {
      const source = `${texts[i % texts.length]!}${'é'.repeat(i % 5)}`;
      return `CT${String(i).padStart(7, '0')},C${String(i % 999).padStart(6, '0')},2023-05-01,${source},NFA`;
    });
    const path = join(dir, 'contacts.csv');
    await writeFile(path, `contact_id,child_id,contact_date,source,outcome\n${lines.join('\n')}\n`);
    const dq = new DataQualityLog();
    const b = new TableBuilder('contacts', 'contacts.csv', dq);
    expect(await readCsvInto(path, b, dq, { maxBytes: 1 << 30 })).toBe('utf-8');
    expect(b.rows.map((r) => r.source)).toEqual(lines.map((l) => l.split(',')[3]));
    expect(b.rows.map((r) => r.line)).toEqual(lines.map((_, i) => i + 2));
    expect(dq.issueGroups()).toEqual([]);
  });
});
