/**
 * The supervision accuracy bench names outside corpus n by an ordinal derived from n (it was a list
 * extended by hand each session, and a set past its end was named by its part instead).
 */
import { describe, expect, it } from 'vitest';
import { corpusOrdinal } from '../bench/supervisionAccuracy.js';

describe('corpusOrdinal', () => {
  it.each([
    [1, 'old'],
    [2, 'second'],
    [9, 'ninth'],
    [10, 'tenth'],
    [12, 'twelfth'],
    [19, 'nineteenth'],
    [20, 'twentieth'],
    [21, 'twenty-first'],
    [40, 'fortieth'],
    [73, 'seventy-third'],
    [99, 'ninety-ninth'],
    [100, 'hundredth'],
    [101, 'hundred-and-first'],
    [112, 'hundred-and-twelfth'],
    [117, 'hundred-and-seventeenth'],
    [118, 'hundred-and-eighteenth'],
    [130, 'hundred-and-thirtieth'],
    [142, 'hundred-and-forty-second'],
  ])('names corpus %i the %s', (n, name) => {
    expect(corpusOrdinal(n)).toBe(name);
  });
});
