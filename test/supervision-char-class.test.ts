/**
 * The tokeniser's heading-prefix class is set only on the code units that can hold it (not by a
 * test of all 65,536 at every start): the same class as the pattern it stands for, for every code unit.
 */
import { describe, expect, it } from 'vitest';
import { takesBeforeHeading } from '../rules/lib/supervisionTokens.js';

describe('the characters taken before a heading', () => {
  it('are white space but a line break, the bullets - * • · > # . ) and digits, for every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const expected = (/\s/.test(ch) && c !== 10 && c !== 13) || '-*•·>#.)'.includes(ch) || (c >= 48 && c <= 57);
      if (takesBeforeHeading(c) !== expected) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
