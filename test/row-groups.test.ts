/**
 * RowGroups (src/engine/rowGroups.ts): row numbers grouped by an id, ids of the first id's
 * numbered spelling held in an array by their number, the rest in a Map (issue 24). Checked
 * against a plain Map grouping: the same lists for every id, whichever way it is held.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowGroups } from '../src/engine/rowGroups.js';

/** The grouping as a Map: each key's row numbers, in row order. */
function byMap(keys: readonly (string | null)[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k === null) return;
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  });
  return m;
}

// Ids of the common spelling, others that only look like it (another width, prefix or case,
// letters in the digits), ids that are not numbered at all, and blanks.
const id = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => `C${String(n).padStart(6, '0')}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => `C${String(n).padStart(7, '0')}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => `c${String(n).padStart(6, '0')}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => `CH${String(n).padStart(5, '0')}`) },
  { weight: 1, arbitrary: fc.constantFrom('C00001a', '12', 'child one', 'C-00001', '') },
  { weight: 1, arbitrary: fc.constant(null) },
);

describe('RowGroups', () => {
  it('groups as a Map does, for any mix of spellings', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), (keys) => {
        const groups = RowGroups.of(keys, keys.length);
        const want = byMap(keys);
        expect(new Map([...groups])).toEqual(want);
        for (const [k, list] of want) expect(groups.get(k)).toEqual(list);
        for (const k of ['C000041', 'C0000000', 'X1', 'C99999', 'C9999999', 'C00000'])
          if (!want.has(k)) expect(groups.get(k)).toBeUndefined();
        expect([...groups.values()].flat().sort((a, b) => a - b)).toEqual(
          keys.flatMap((k, i) => (k === null ? [] : [i])),
        );
      }),
      { numRuns: 300, seed: 24 },
    );
  });

  it('keeps rows in row order, runs and returns to an id alike; numbered ids by number, then the rest', () => {
    const keys = ['C000003', 'C000003', 'X7', 'C000001', null, 'C000003', 'X7', 'C000001', 'C0000002'];
    const groups = RowGroups.of(keys, keys.length);
    expect([...groups]).toEqual([
      ['C000001', [3, 7]],
      ['C000003', [0, 1, 5]],
      ['X7', [2, 6]],
      ['C0000002', [8]],
    ]);
    // Only the first `count` rows are grouped.
    expect([...RowGroups.of(keys, 3)]).toEqual([
      ['C000003', [0, 1]],
      ['X7', [2]],
    ]);
  });

  it('holds sparse numbers and unnumbered first ids in the Map, with the same lists', () => {
    // A number far past the rows (an array would be mostly empty): every id goes to the Map.
    const sparse = ['C0000001', 'C9000000', 'C0000001'];
    expect(new Map([...RowGroups.of(sparse, 3)])).toEqual(byMap(sparse));
    expect(RowGroups.of(sparse, 3).get('C9000000')).toEqual([1]);
    // The first id not numbered: the spelling is never set, and the numbered ids are found by hash.
    const plain = ['child-1', 'C000001', 'C000002', 'C000001'];
    expect(new Map([...RowGroups.of(plain, 4)])).toEqual(byMap(plain));
    expect(RowGroups.of(plain, 4).get('C000001')).toEqual([1, 3]);
    expect([...RowGroups.of([], 0)]).toEqual([]);
  });
});
