/**
 * Issue 19: a bounded fuzz run. Arbitrary bytes in each table, and damaged or random .xlsx
 * workbooks, are loaded, audited with --pseudonymise and rendered; the only way to fail is a
 * clean InputError (one line in the CLI). No other exception, no hang (vitest's timeout), and no
 * planted id in the pseudonymised outputs. numRuns keeps the whole file to well under a minute.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, loadExport, render } from '../src/api.js';
import { InputError } from '../src/load/csvFile.js';
import { generateExport } from '../src/generate/index.js';
import { readWorkbook } from '../src/load/xlsx.js';
import { TABLE_NAMES } from '../src/model/schema.js';

const KEY = 'fictional-fuzz-key-0123456789';
const root = mkdtempSync(join(tmpdir(), 'caseaudit-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const HEADERS: Record<string, string> = {
  children: 'child_id,date_of_birth,gender',
  plans: 'plan_id,child_id,plan_type,start_date,end_date,team',
  visits: 'child_id,visit_date,worker_id,seen,seen_alone',
  workers: 'worker_id,team,role,fte,start_date,end_date,agency',
};

/** Loads, audits (pseudonymised) and renders; returns the text of every output, or null for a clean refusal. */
async function auditText(dir: string): Promise<string | null> {
  try {
    const ex = await loadExport(dir, { layout: 'canonical' });
    const result = audit(ex, { asAt: '2024-03-31', pseudonymiseKey: KEY });
    const files = await render(result, ['json', 'csv', 'md', 'html']);
    return files
      .map((f) => (typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('latin1')))
      .join('\n');
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}

describe('fuzz: arbitrary bytes per table', () => {
  it.each([...TABLE_NAMES])(
    '%s.csv',
    async (table) => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, withHeader) => {
          const dir = join(root, `t${n++}`);
          mkdirSync(dir);
          // A planted id in a well-formed row first, then the junk: the id may never be printed.
          // Only id columns hold it: team names, for one, are kept by design.
          const header = HEADERS[table] ?? 'child_id,plan_id,worker_id';
          const planted = header
            .split(',')
            .map((c) => (c.endsWith('_id') ? 'ZQFUZZ0001' : ''))
            .join(',');
          const head = withHeader ? `${header}\n${planted}\n` : '';
          writeFileSync(join(dir, `${table}.csv`), Buffer.concat([Buffer.from(head), bytes]));
          const text = await auditText(dir);
          if (text !== null) expect(text).not.toContain('ZQFUZZ0001');
        }),
        { numRuns: 12 },
      );
    },
    120_000,
  );
});

describe('fuzz: damaged and random workbooks', () => {
  // A real workbook: the generator's own Annex A workbook (the public sample is not in the project).
  let sample: Buffer = Buffer.alloc(0);
  beforeAll(async () => {
    const out = join(root, 'annex-a-workbook');
    await generateExport({ out, layout: 'annex-a', workbook: true, children: 40, seed: 3 });
    sample = readFileSync(
      join(
        out,
        readdirSync(out).find((f) => f.endsWith('.xlsx'))!,
      ),
    );
  }, 120_000);
  const read = async (bytes: Uint8Array): Promise<void> => {
    const path = join(root, `w${n++}.xlsx`);
    writeFileSync(path, bytes);
    try {
      await readWorkbook(path, 1 << 30);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  };

  it('a real workbook with bytes overwritten anywhere reads or is refused cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: sample.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        async (flips) => {
          const b = Buffer.from(sample);
          for (const [at, v] of flips) b[at] = v;
          await read(b);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('random bytes, and random bytes after a zip signature, are refused cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, zipLike) => {
        await read(
          zipLike
            ? Buffer.concat([
                Buffer.from([0x50, 0x4b, 0x03, 0x04]),
                bytes,
                Buffer.from([0x50, 0x4b, 0x05, 0x06]),
                Buffer.alloc(18),
              ])
            : bytes,
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
