/**
 * The rule registry: the only place a new rule is listed (one line: its id, the two facts needed
 * before any rule is loaded - whether it always runs, whether it judges a child by their own
 * records - and its module behind an import()), in the report's order. The CLI loads only the
 * rules its command runs: an audit of three rules loads those three and data-quality, not all nine
 * and the supervision rule's text model (issue 24: the other rules' module top levels were about a
 * fifth of the CLI's start). rules/index.ts loads every rule for the library;
 * test/rule-registry.test.ts checks each line's facts against its rule's own definition.
 */
import type { CaseauditConfig } from '../src/config/schema.js';
import type { AnyRule } from '../src/engine/rule.js';

interface RuleEntry {
  id: string;
  alwaysOn?: true;
  perChild?: true;
  load(): Promise<{ default: unknown }>;
}

const ENTRIES: readonly RuleEntry[] = [
  { id: 'data-quality', alwaysOn: true, load: () => import('./data-quality.js') },
  { id: 'assessment-timeliness', perChild: true, load: () => import('./assessment-timeliness.js') },
  { id: 'allocation-delay', perChild: true, load: () => import('./allocation-delay.js') },
  { id: 'caseloads', load: () => import('./caseloads.js') },
  { id: 'plan-drift', perChild: true, load: () => import('./plan-drift.js') },
  { id: 'visit-timeliness', perChild: true, load: () => import('./visit-timeliness.js') },
  { id: 'threshold-consistency', perChild: true, load: () => import('./threshold-consistency.js') },
  { id: 'supervision-quality', perChild: true, load: () => import('./supervision-quality.js') },
  { id: 'workforce', load: () => import('./workforce.js') },
];

/** Every rule's id, in the report's order. */
export const RULE_IDS: readonly string[] = ENTRIES.map((e) => e.id);

/** The rules that judge a child by their own records (RuleDefinition.perChild), in order. */
export const PER_CHILD_RULE_IDS: readonly string[] = ENTRIES.filter((e) => e.perChild).map((e) => e.id);

/** A rule's module failed to load (a broken install): the CLI names the rule, with no stack trace. */
export class RuleLoadError extends Error {
  constructor(id: string, cause: unknown) {
    super(`the ${id} rule could not be loaded (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    this.name = 'RuleLoadError';
  }
}

/** The rules with these ids (every rule when `ids` is undefined), in the report's order. */
export async function loadRules(ids?: readonly string[]): Promise<readonly AnyRule[]> {
  const wanted = ids ? ENTRIES.filter((e) => ids.includes(e.id)) : ENTRIES;
  const modules = await Promise.all(
    wanted.map((e) =>
      e.load().catch((cause: unknown) => {
        throw new RuleLoadError(e.id, cause);
      }),
    ),
  );
  return modules.map((m) => m.default as AnyRule);
}

/**
 * The rules an audit of `only` (--rules; undefined for every rule) needs loaded: the selected ones
 * and those always on. Every rule when the config sets any rule: its options are checked, and its
 * unknown ids reported against the whole list, whichever rules run (engine/run.ts's
 * resolveRuleOptions), so the answer and its messages stay those of the whole registry.
 */
export function loadRulesFor(
  only: readonly string[] | undefined,
  config: CaseauditConfig,
): Promise<readonly AnyRule[]> {
  if (only === undefined || Object.keys(config.rules ?? {}).length > 0) return loadRules();
  return loadRules(ENTRIES.filter((e) => e.alwaysOn || only.includes(e.id)).map((e) => e.id));
}
