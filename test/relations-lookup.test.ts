/**
 * The relation checks' id look-ups (src/load/relations.ts, idLookup): ids in increasing order
 * searched there when the rows to look up are few beside them, a set otherwise. The issues must be
 * the same either way: every id not in the column reported, none that is.
 */
import { describe, expect, it } from 'vitest';
import { DataQualityLog } from '../src/model/issues.js';
import { checkRelations } from '../src/load/relations.js';
import type { LoadedExport } from '../src/model/export.js';

const exportOf = (children: (string | null)[], planChildren: string[]): LoadedExport => ({
  source: 'test',
  layout: 'canonical',
  tables: {
    children: children.map((childId, i) => ({ line: i + 2, childId }) as never),
    plans: planChildren.map((childId, i) => ({ line: i + 2, planId: `P${i}`, childId }) as never),
  },
  absent: {},
  limitations: {},
  dq: new DataQualityLog(),
});
const unknown = (ex: LoadedExport) =>
  ex.dq
    .issueGroups()
    .filter((g) => g.code === 'unknown-child')
    .flatMap((g) => g.examples.map((e) => [e.value, e.line]));

describe('unknown children, looked up in ids in order or in a set', () => {
  // Twelve children in id order, a blank among them, then three more out of order (as a 903
  // header's children after a census's).
  const children = [
    'C01',
    'C02',
    null,
    'C03',
    'C05',
    'C08',
    'C10',
    'C11',
    'C12',
    'C20',
    'C21',
    'C30',
    'B07',
    'C04',
    'A00',
  ];

  it('finds only the ids in neither part, with few rows to look up (searched in order)', () => {
    const ex = exportOf(children, ['C01', 'C30', 'C04', 'C06', 'A00', 'C99', '']);
    checkRelations(ex);
    expect(unknown(ex)).toEqual([
      ['C06', 5],
      ['C99', 7],
      ['', 8],
    ]);
  });

  it('gives the same answers with many rows to look up (a set of every id)', () => {
    const many = [...Array<string>(40).fill('C12'), 'C01', 'C30', 'C04', 'C06', 'A00', 'C99', ''];
    const ex = exportOf(children, many);
    checkRelations(ex);
    expect(unknown(ex)).toEqual([
      ['C06', 45],
      ['C99', 47],
      ['', 48],
    ]);
  });
});
