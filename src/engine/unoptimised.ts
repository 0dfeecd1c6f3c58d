/**
 * Rules whose `run` V8 never optimises (issue 24). With trends a rule's `run` is called 12 times
 * (the headline and 11 month-ends), each call loops over a table, and V8 compiles the whole of
 * `run` with TurboFan, on-stack at each hot loop and again after each deopt (a branch a point takes
 * that the headline did not): 0.85-1 s of CPU on V8's compiler threads at 1.1M rows, on a
 * two-core machine whose cores the audit already fills, to save the main thread only 60-100 ms
 * against `run` left to the interpreter and baseline compiler (the functions `run` calls are
 * still optimised as usual; docs/architecture.md, "The rules' `run` left unoptimised").
 *
 * V8 has no API for this, only its `%NeverOptimizeFunction` intrinsic, which a function can call
 * only when compiled with --allow-natives-syntax: the flag is set just for making that function
 * and set back at once. Where it cannot be made (another engine, a Node that freezes its flags)
 * the rules are left as they are: how fast the audit runs changes, never what it finds.
 */
import { setFlagsFromString } from 'node:v8';

type Marker = (f: (...args: never[]) => unknown) => void;

/** The marker, once made; null when it cannot be. */
let marker: Marker | null | undefined;

function makeMarker(): Marker | null {
  // Started with the flag (a developer's run): it is on already and left on.
  const had = process.execArgv.includes('--allow-natives-syntax');
  try {
    if (!had) setFlagsFromString('--allow-natives-syntax');
    try {
      // The intrinsic parses only in code compiled while the flag is on.
      return new Function('f', '%NeverOptimizeFunction(f);') as Marker;
    } finally {
      if (!had) setFlagsFromString('--no-allow-natives-syntax');
    }
  } catch {
    return null;
  }
}

/**
 * The rules as given, their `run` marked never to be optimised when `trends` (the case measured);
 * without trends each `run` is called once and left alone.
 */
export function unoptimisedRuns<R extends { run: (...args: never[]) => unknown }>(rules: R[], trends: boolean): R[] {
  if (!trends) return rules;
  if (marker === undefined) marker = makeMarker();
  if (marker) for (const r of rules) marker(r.run);
  return rules;
}
