/**
 * A column's table of spellings (src/load/spellingTable.ts) gives exactly what the column's own
 * parser gives, asks that parser once per spelling it holds, and falls back to it when crowded.
 */
import { describe, expect, it } from 'vitest';
import { spellingTable } from '../src/load/spellingTable.js';
import { makeCodeParser, parseFlag } from '../src/load/values.js';

function counted(parse: (raw: string) => unknown): { parse: (raw: string) => unknown; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return {
    calls,
    parse: (raw) => {
      calls.set(raw, (calls.get(raw) ?? 0) + 1);
      return parse(raw);
    },
  };
}

describe('spellingTable', () => {
  it('gives the parser’s value for every spelling, asking it once for each of a handful', () => {
    // Same length, first, middle and last characters: these share a slot and take the next ones.
    const teams = ['Assessment North', 'Assessment South', 'Safeguarding East', 'Safeguarding West', ' Team A '];
    const inner = counted((raw) => `[${raw.trim()}]`);
    const table = spellingTable(inner.parse);
    for (let round = 0; round < 50; round++) {
      for (const t of teams) expect(table(` ${t}`.slice(1))).toBe(`[${t.trim()}]`);
    }
    for (const t of teams) expect(inner.calls.get(t)).toBe(1);
  });

  it('matches the code and flag parsers on blanks, junk, long text and many spellings', () => {
    const code = makeCodeParser(['cin', 'cp', 'cla', 'early_help'], { 'child in need': 'cin' });
    const spellings = ['', ' ', 'cin', 'CIN', ' cp ', 'Child in need', 'early_help', 'cla', 'junk', 'x'.repeat(41)];
    for (let i = 0; i < 600; i++) spellings.push(`c${i}`); // more than the table's 256 slots
    for (const parse of [code, parseFlag]) {
      const table = spellingTable(parse);
      for (let round = 0; round < 3; round++) {
        for (const s of spellings) expect(table(s)).toEqual(parse(s));
      }
    }
  });

  it('keeps asking the parser for spellings once their slots are taken', () => {
    // 1,000 distinct spellings of one length and the same first, middle and last characters.
    const many = Array.from({ length: 1000 }, (_, i) => {
      const d = String(i).padStart(3, '0');
      return `a${d[0]}${d[1]}a${d[2]}a`;
    });
    const inner = counted((raw) => raw.toUpperCase());
    const table = spellingTable(inner.parse);
    for (const s of [...many, ...many]) expect(table(s)).toBe(s.toUpperCase());
    // Four slots for the shared place: those four spellings were parsed once, every other twice.
    const once = [...inner.calls.values()].filter((n) => n === 1).length;
    expect(once).toBe(4);
    expect(inner.calls.size).toBe(new Set(many).size);
  });
});
