/**
 * The made ids' keys (cinBuild.ts), listed only once something reads them: the records' own keys,
 * and none read by the merge of a single census (the literal case).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltTable, CIN_TABLES, readCinBuilt, type ValueMaps } from '../src/load/returns/cinBuild.js';
import { readCinRecords } from '../src/load/returns/cinCensus.js';
import { mergeNewestFirst } from '../src/load/returns/merge.js';
import type { ReturnRead } from '../src/load/returns/types.js';
import { cinCensus, cinChild } from './helpers/cinXml.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caseaudit-cin-keys-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The tables whose keys are made ids (listed only when read). */
const MADE_TABLES = ['referrals', 'assessments', 'section47', 'plans'] as const;

describe('the made ids’ keys, listed only when read', () => {
  /** Each table's keys built into rows (cinBuild.ts) and as the records' own keys (no sinks). */
  async function both(text: string, values: ValueMaps = {}) {
    const path = join(dir, 'keys.xml');
    writeFileSync(path, text);
    const built = await readCinBuilt(path, Infinity, values);
    const records = await readCinRecords(path, Infinity);
    return CIN_TABLES.map((t) => ({
      t,
      built: [...built.tables[t].built!.keys],
      rows: built.tables[t].built!.rows.length,
      records: records.tables[t].records.map((r) => r.key),
    }));
  }

  it('gives every key as the records have it: plain ids, a child met again, ids the TableBuilder reads apart', async () => {
    // C01 and C02 met again after C03 (IdMaker then reads the keys: listed from there on).
    const ids = ['C01', 'C02', 'C03', ' C04 ', 'C\u00a005', 'C06', 'C01', 'C02', 'C07'];
    const text = cinCensus('', 0, '', ids.map((id, i) => cinChild(id, `2024-01-${String(10 + i)}`)).join(''));
    for (const { t, built, rows, records } of await both(text)) {
      expect(built, t).toEqual(records);
      expect(built.length, t).toBe(rows);
    }
    // A config value map renaming one id of each table: that row's id is not its key.
    const renamed = await both(text, {
      referrals: { referral_id: { 'REF-C03-2024-01-12': 'R' } },
      assessments: { assessment_id: { 'ASM-C03-2024-01-12': 'A' } },
    });
    for (const { t, built, records } of renamed) expect(built, t).toEqual(records);
    const plain = await both(cinCensus('P', 40, '2024-02-03'));
    expect(plain.find((x) => x.t === 'assessments')!.built).toHaveLength(40);
    for (const { t, built, records } of plain) expect(built, t).toEqual(records);
  });
  it('are not read by the merge of a single census, and are read, and decide, for two', async () => {
    const path = join(dir, 'merge.xml');
    writeFileSync(path, cinCensus('M', 30, '2024-02-03'));
    const built = await readCinBuilt(path, Infinity);
    /** The census as a read whose tables count each read of their keys. */
    const counted = (file: string) => {
      const reads: Record<string, number> = {};
      const tables: ReturnRead['tables'] = {};
      for (const t of MADE_TABLES) {
        const b = built.tables[t].built!;
        reads[t] = 0;
        const spy: BuiltTable = {
          get keys() {
            reads[t]!++;
            return b.keys;
          },
          plainKeys: b.plainKeys,
          ordered: b.ordered,
          endsInOrder: b.endsInOrder,
          rows: b.rows,
          adds: b.adds,
        };
        tables[t] = { ...built.tables[t], built: spy };
      }
      const read: ReturnRead = { file, kind: 'cin-census', role: '', referenceDate: '2024-03-31', tables };
      return { read, reads };
    };
    // One file (the literal case), with and without the children shared across files.
    for (const shared of [undefined, new Set<string>()]) {
      const one = counted('one.xml');
      for (const t of MADE_TABLES) {
        const [source, ...rest] = mergeNewestFirst([one.read], t, new Set(), shared);
        expect(rest, t).toEqual([]);
        expect(source!.built!.rows, t).toBe(built.tables[t].built!.rows);
      }
      expect(one.reads).toEqual({ referrals: 0, assessments: 0, section47: 0, plans: 0 });
    }
    // Two files holding the same records: the older one's are all left out, found by their keys.
    const newer = counted('newer.xml'),
      older = counted('older.xml');
    for (const t of MADE_TABLES) {
      const out = mergeNewestFirst([newer.read, older.read], t, new Set());
      expect(
        out.map((s) => s.file),
        t,
      ).toEqual(['newer.xml']);
      expect(out[0]!.built!.rows.length, t).toBe(built.tables[t].built!.rows.length);
      expect(newer.reads[t]! + older.reads[t]!, t).toBeGreaterThan(0);
    }
  });
});
