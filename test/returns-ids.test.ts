/**
 * Made ids (src/load/returns/ids.ts): a second record of the same kind, child and date gets `~2`,
 * whether the child's records come together, the child comes back after another child (a
 * hand-made file), or one child has more records than are compared one by one.
 */
import { describe, expect, it } from 'vitest';
import { IdMaker } from '../src/load/returns/ids.js';

describe('IdMaker', () => {
  it("numbers repeats within one child's records", () => {
    const ids = new IdMaker();
    expect([
      ids.make('REF', 'A', '2024-01-05', 3),
      ids.make('REF', 'A', '2024-01-05', 4),
      ids.make('CP', 'A', '2024-01-05', 5),
      ids.make('REF', 'A', 'not a date', 6),
      ids.make('REF', 'B', '2024-01-05', 7),
    ]).toEqual(['REF-A-2024-01-05', 'REF-A-2024-01-05~2', 'CP-A-2024-01-05', 'REF-A-line6', 'REF-B-2024-01-05']);
  });

  it("compares a child's records by kind and date, whatever the date's spelling", () => {
    const ids = new IdMaker();
    expect([
      ids.make('REF', 'A', '2024-01-05', 1),
      ids.make('REF', 'A', '05/01/2024', 2),
      ids.make('ASM', 'A', '2024-01-05', 3),
      ids.make('REF', 'A', '', 4),
      ids.make('REF', 'A', '', 5),
      ids.make('REF', 'A', '2024-02-30', 6),
    ]).toEqual([
      'REF-A-2024-01-05',
      'REF-A-2024-01-05~2',
      'ASM-A-2024-01-05',
      'REF-A-line4',
      'REF-A-line5',
      'REF-A-line6',
    ]);
  });

  it('numbers repeats of a child that comes back after another, and keeps numbering after that', () => {
    const ids = new IdMaker();
    expect([
      ids.make('REF', 'A', '2024-01-05', 1),
      ids.make('REF', 'B', '2024-01-05', 2),
      ids.make('REF', 'A', '2024-01-05', 3),
      ids.make('REF', 'A', '05/01/2024', 4),
      ids.make('REF', 'B', '2024-01-06', 5),
      ids.make('REF', 'C', '2024-01-05', 6),
      ids.make('REF', 'B', '2024-01-05', 7),
    ]).toEqual([
      'REF-A-2024-01-05',
      'REF-B-2024-01-05',
      'REF-A-2024-01-05~2',
      'REF-A-2024-01-05~3',
      'REF-B-2024-01-06',
      'REF-C-2024-01-05',
      'REF-B-2024-01-05~2',
    ]);
  });

  it('numbers the repeats of a child with very many records', () => {
    const ids = new IdMaker();
    // 70 dates (more than are compared one by one), then repeats before and after another child.
    const date = (i: number) => `2023-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const made = Array.from({ length: 70 }, (_, i) => ids.make('ASM', 'K', date(i), i + 1));
    expect(made.slice(0, 2)).toEqual(['ASM-K-2023-01-01', 'ASM-K-2023-01-02']);
    expect(new Set(made).size).toBe(70);
    expect(made.every((m) => !m.includes('~'))).toBe(true);
    expect(ids.make('ASM', 'K', '2023-01-01', 71)).toBe('ASM-K-2023-01-01~2');
    expect(ids.make('ASM', 'K', '2023-03-14', 72)).toBe('ASM-K-2023-03-14~2');
    expect(ids.make('ASM', 'L', '2023-01-01', 73)).toBe('ASM-L-2023-01-01');
    expect(ids.make('ASM', 'K', '2023-01-01', 74)).toBe('ASM-K-2023-01-01~3');
    expect(ids.make('ASM', 'L', '2023-01-01', 75)).toBe('ASM-L-2023-01-01~2');
  });

  it("tells a new child listed out of id order from one met before, and keeps each child's prefix apart", () => {
    const ids = new IdMaker();
    // In id order (B, D), then C (new, though before D), then B and D again, then C again.
    expect([
      ids.make('REF', 'B', '2024-01-05', 1),
      ids.make('ASM', 'B', '2024-01-05', 2),
      ids.make('REF', 'D', '2024-01-05', 3),
      ids.make('REF', 'C', '2024-01-05', 4),
      ids.make('ASM', 'C', '2024-01-05', 5),
      ids.make('REF', 'B', '2024-01-05', 6),
      ids.make('REF', 'D', '2024-01-06', 7),
      ids.make('REF', 'D', '2024-01-05', 8),
      ids.make('ASM', 'C', '2024-01-05', 9),
    ]).toEqual([
      'REF-B-2024-01-05',
      'ASM-B-2024-01-05',
      'REF-D-2024-01-05',
      'REF-C-2024-01-05',
      'ASM-C-2024-01-05',
      'REF-B-2024-01-05~2',
      'REF-D-2024-01-06',
      'REF-D-2024-01-05~2',
      'ASM-C-2024-01-05~2',
    ]);
  });

  it('numbers a repeat when the children come in falling id order', () => {
    const ids = new IdMaker();
    expect([
      ids.make('CP', 'Z', '2024-01-05', 1),
      ids.make('CP', 'Y', '2024-01-05', 2),
      ids.make('CP', 'Z', '2024-01-05', 3),
    ]).toEqual(['CP-Z-2024-01-05', 'CP-Y-2024-01-05', 'CP-Z-2024-01-05~2']);
  });
});
