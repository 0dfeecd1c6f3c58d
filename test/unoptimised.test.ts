/**
 * The rules' `run` left to V8's interpreter and baseline compiler with trends (src/engine/unoptimised.ts,
 * issue 24): the rules are handed back as they were, still run, and the flag that lets the marker
 * be made is set back, so no other code is ever compiled with V8's intrinsics allowed.
 */
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { unoptimisedRuns } from '../src/engine/unoptimised.js';

/**
 * Whether V8 has optimised `f` (bit 4 of %GetOptimizationStatus, V8's OptimizationStatus::kOptimized),
 * read by a function made the way unoptimised.ts makes its marker.
 */
function optimised(f: (...args: never[]) => unknown): boolean {
  setFlagsFromString('--allow-natives-syntax');
  const status = new Function('f', 'return %GetOptimizationStatus(f);') as (g: typeof f) => number;
  setFlagsFromString('--no-allow-natives-syntax');
  return (status(f) & 16) !== 0;
}

/** Whether code compiled now may call a V8 intrinsic (only while --allow-natives-syntax is on). */
function intrinsicsAllowed(): boolean {
  try {
    new Function('%GetOptimizationStatus(() => 0);');
    return true;
  } catch {
    return false;
  }
}

describe('rules whose run V8 never optimises', () => {
  it('hands the rules back unchanged, still running, with the intrinsics flag set back', () => {
    expect(intrinsicsAllowed()).toBe(false);
    let calls = 0;
    const rules = [
      { id: 'a', run: (n: number) => (calls++, n * 2) },
      { id: 'b', run: (n: number) => n + 1 },
    ];
    const runs = rules.map((r) => r.run);
    expect(unoptimisedRuns(rules, true)).toBe(rules);
    expect(rules.map((r) => r.run)).toEqual(runs);
    // Hot enough that V8 would optimise it: the answers stay the same.
    let sum = 0;
    for (let i = 0; i < 200_000; i++) sum += rules[0]!.run(i) + rules[1]!.run(i);
    expect(sum).toBe(3 * ((200_000 * 199_999) / 2) + 200_000);
    expect(calls).toBe(200_000);
    expect(intrinsicsAllowed()).toBe(false);
    // A second audit in the same process reuses the marker.
    expect(unoptimisedRuns(rules, true)).toBe(rules);
    expect(intrinsicsAllowed()).toBe(false);
  });

  it('V8 optimises a hot twin of a marked run, never the run itself', () => {
    // A rule's run loops over its rows itself: so do these.
    const marked = {
      run: (n: number): number => {
        let s = 0;
        for (let i = 0; i < n; i++) s += i % 7;
        return s;
      },
    };
    const twin = {
      run: (n: number): number => {
        let s = 0;
        for (let i = 0; i < n; i++) s += i % 7;
        return s;
      },
    };
    unoptimisedRuns([marked], true);
    // Until V8 has optimised the twin (its compiler runs on another thread), each called alike.
    for (let k = 0; k < 5_000 && !optimised(twin.run); k++) expect(marked.run(10_000)).toBe(twin.run(10_000));
    expect(optimised(twin.run)).toBe(true);
    expect(optimised(marked.run)).toBe(false);
  });

  it('leaves the rules alone without trends', () => {
    const rules = [{ run: () => 1 }];
    expect(unoptimisedRuns(rules, false)).toBe(rules);
    expect(intrinsicsAllowed()).toBe(false);
  });
});
