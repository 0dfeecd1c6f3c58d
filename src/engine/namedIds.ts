/**
 * Ids a rule names in its prose (a metric's note, a limitation) that no evidence row holds, kept
 * beside its RuleResult by identity, never in it: the result model and every output stay as they
 * are, and --pseudonymise (src/privacy/pseudonymise.ts) codes these ids in the prose too. Its net
 * otherwise knows only the ids it met in the evidence.
 */
import type { IdKind } from './rule.js';
import type { RuleResult } from './types.js';

export type NamedIds = Partial<Readonly<Record<IdKind, readonly string[]>>>;

const named = new WeakMap<RuleResult, NamedIds>();

/** Keeps `ids` beside `result` and returns it (run.ts, as a rule's result is made). */
export function keepNamedIds(result: RuleResult, ids: NamedIds | undefined): RuleResult {
  if (ids) named.set(result, ids);
  return result;
}

/** The ids named in a rule's prose, by kind: nothing for a result no rule made (a copy, a parse). */
export function namedIdsOf(result: RuleResult): NamedIds {
  return named.get(result) ?? {};
}
