/**
 * A column's table of the spellings it has met, in front of its memo (src/load/tableBuilder.ts).
 */
import { detached } from './values.js';

type Parser = (raw: string) => unknown;

/** Slots in a column's table of spellings (a power of two), and how many are tried for one spelling. */
const SPELLING_SLOTS = 256;
const SPELLING_PROBES = 4;
/** Longer cells are free text, rarely repeated: not worth hashing here. */
const SPELLING_MAX_LENGTH = 40;

/**
 * The value of a spelling already seen in this column, found without V8 hashing the cell. Every
 * cell is a fresh string, and a Map lookup hashes it in C++, then compares it with the key it
 * finds: at 1.1M rows the seven-metric run's text, code and flag cells made about 600,000 such
 * lookups, hashing and the maps' probing some 4% of its instructions (issue 24). These columns
 * hold a handful of spellings, so a small open-addressed table placed by the cell's length and
 * three of its characters (a full hash in JavaScript cost more than V8's: 18 instructions a
 * character before the loop is optimised) nearly always holds the spelling, and one string
 * comparison confirms it. Spellings that share a slot ("Assessment North", "Assessment South")
 * take the next ones. A spelling not in the table asks `parse` (the column's own memo) and takes
 * a free slot; when all its slots are taken it is simply parsed, so a column of many spellings
 * costs a few comparisons more per cell, never a wrong value. `parse` must give the same value
 * for the same spelling, as the memoised parsers do.
 */
export function spellingTable(parse: Parser): Parser {
  const keys: (string | undefined)[] = new Array<string | undefined>(SPELLING_SLOTS).fill(undefined);
  const values: unknown[] = new Array<unknown>(SPELLING_SLOTS).fill(null);
  return (raw) => {
    const n = raw.length;
    if (n === 0 || n > SPELLING_MAX_LENGTH) return parse(raw);
    // The length and three characters: spellings that share them take the next slots.
    let slot =
      (n * 31 + raw.charCodeAt(0) * 7 + raw.charCodeAt(n >> 1) * 3 + raw.charCodeAt(n - 1)) & (SPELLING_SLOTS - 1);
    for (let probe = 0; probe < SPELLING_PROBES; probe++) {
      const key = keys[slot];
      if (key === raw) return values[slot];
      if (key === undefined) {
        const v = parse(raw);
        // A copy as the key: a cell of 13 characters or more is a slice that would keep its whole piece of text alive.
        keys[slot] = detached(raw);
        values[slot] = v;
        return v;
      }
      slot = (slot + 1) & (SPELLING_SLOTS - 1);
    }
    return parse(raw);
  };
}
