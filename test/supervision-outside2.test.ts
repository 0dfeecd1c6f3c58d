/**
 * Issue 22, "Done when": on records written by people outside the project, at least 90% per
 * criterion. test/fixtures/supervision-outside2-corpus.json: 193 records in ten styles, written and
 * labelled on 2026-12-03 by a writer given only the criteria and the issue text, blind to the
 * detector, its lexicon and the other corpora. It is measured here and never tuned on (the accuracy
 * bench refuses --misses for it). Criteria below the bar are held at floors just under today's
 * figures so that a change cannot make them worse unnoticed; the bar itself is not met for them
 * (README, "Supervision records"), and the issue stays open until it is.
 */
import { describe, expect, it } from 'vitest';
import { measureAccuracy, readStyleCorpus } from '../bench/supervisionAccuracy.js';

/** 0.90 is the bar; lower values are regression floors for criteria that miss it today. */
const FLOORS = { childFocus: 0.88, reflection: 0.8, actions: 0.9, reviewsPrevious: 0.9, copied: 0.9 } as const;

describe('the new outside corpus (written blind, measured only)', () => {
  const records = readStyleCorpus('outside2');

  it('holds 193 records in ten styles, with both answers for every criterion', () => {
    expect(records).toHaveLength(193);
    expect(new Set(records.map((r) => r.style)).size).toBe(10);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const c of Object.keys(FLOORS) as (keyof typeof FLOORS)[]) {
      expect(records.some((r) => r.expected[c]) && records.some((r) => !r.expected[c])).toBe(true);
    }
  });

  it('agrees with the writer at least as often as the bar or floor of each criterion', () => {
    const report = measureAccuracy('outside2');
    for (const [criterion, floor] of Object.entries(FLOORS)) {
      const accuracy = report.criteria[criterion as keyof typeof FLOORS].accuracy;
      expect({ criterion, accuracy }).toEqual({
        criterion,
        accuracy: expect.toSatisfy((a: number) => a >= floor) as number,
      });
    }
  });
});
