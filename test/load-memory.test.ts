// Memory of a large audit (issue 24): ids shared across a load's tables (IdPool) and the
// scorer's shingle keys growing in place (KeyStore). Both must leave every value as it was.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/load/issues.js';
import { IdPool, TableBuilder } from '../src/load/tableBuilder.js';
import { KeyStore } from '../rules/lib/supervisionKeyStore.js';

const VISITS = ['child_id', 'visit_date', 'worker_id', 'seen', 'seen_alone'];
const CONTACTS = ['contact_id', 'child_id', 'contact_date', 'source', 'outcome'];

function build<T extends 'visits' | 'contacts'>(table: T, header: string[], rows: string[][], ids?: IdPool) {
  const dq = new DataQualityLog();
  const b = new TableBuilder(table, `${table}.csv`, dq, {}, undefined, ids);
  b.setHeader(header);
  rows.forEach((r, i) => b.addRow(r, i + 2));
  return { rows: b.rows, issues: dq.issueGroups() };
}

describe('ids shared across the tables of a load (IdPool)', () => {
  const children = (i: number) => `C${String(i % 300).padStart(6, '0')}`;
  const contacts = Array.from({ length: 5_000 }, (_, i) => [
    `CT${String(i).padStart(8, '0')}`,
    ` ${children(i)}\u00a0`,
    '01/02/2024',
    'Police',
    'NFA',
  ]);
  const visits = Array.from({ length: 3_000 }, (_, i) => [children(i * 7), '02/02/2024', `W${i % 40}`, 'Y', '']);

  it('reads every id as before: trimmed, no-break spaces as spaces, blanks null', () => {
    const pool = new IdPool();
    const c = build('contacts', CONTACTS, [...contacts, ['CTX', '  ', '01/02/2024', 'Police', 'NFA']], pool);
    expect(c.rows[0]).toMatchObject({ contactId: 'CT00000000', childId: 'C000000' });
    expect(c.rows[4_999]).toMatchObject({ contactId: 'CT00004999', childId: children(4_999) });
    expect(c.rows[5_000]!.childId).toBeNull();
    // The same rows as a builder with its own pool gives (the default).
    expect(c.rows.slice(0, 5_000)).toEqual(build('contacts', CONTACTS, contacts).rows);
  });

  it("pools a column that repeats, not one of each row's own id", () => {
    const pool = new IdPool();
    build('contacts', CONTACTS, contacts, pool);
    // 300 children and the first 2,048 contact ids sampled before contact_id is found not to repeat.
    expect(pool.size).toBe(300 + 2_048);
    build('visits', VISITS, visits, pool);
    // The visits' children are the same 300; only their 40 workers are new.
    expect(pool.size).toBe(300 + 2_048 + 40);
  });
});

describe('shingle keys growing in place (KeyStore)', () => {
  const fill = (store: KeyStore, n: number, step: number): Float64Array => {
    let keys = store.keys;
    for (let used = 0; used < n; used += step) {
      if (used + step > keys.length) keys = store.grow(used, used + step);
      for (let k = 0; k < step; k++) keys[used + k] = used + k + 0.5;
    }
    return store.done(n);
  };
  /** The first place `keys` is not 0.5, 1.5, 2.5, …, n - 0.5 (-1: none, and the length is n). */
  const firstWrong = (keys: Float64Array, n: number): number => {
    if (keys.length !== n) return keys.length;
    for (let i = 0; i < n; i++) if (keys[i] !== i + 0.5) return i;
    return -1;
  };

  it('keeps every key when it grows within its reservation, and hands over no spare room', () => {
    const out = fill(new KeyStore(1_024, 3_000_000), 2_500_000, 1_000);
    expect(firstWrong(out, 2_500_000)).toBe(-1);
    expect(out.buffer.byteLength).toBe(2_500_000 * 8);
  });

  it('keeps every key when it outgrows its reservation (then grows by copying)', () => {
    const out = fill(new KeyStore(16, 100), 10_000, 25);
    expect(firstWrong(out, 10_000)).toBe(-1);
  });

  it('arrives whole on another thread when its buffer is transferred', async () => {
    const out = fill(new KeyStore(16, 50_000), 40_000, 8);
    const { port1, port2 } = new MessageChannel();
    const got = new Promise<Float64Array>((resolve) =>
      port2.once('message', (m: { keys: Float64Array }) => resolve(m.keys)),
    );
    port1.postMessage({ keys: out }, [out.buffer as ArrayBuffer]);
    const keys = await got;
    port1.close();
    port2.close();
    expect(firstWrong(keys, 40_000)).toBe(-1);
  });
});
