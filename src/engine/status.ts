/**
 * A rule's outcome, decided once for every view (terminal, JSON, HTML, PDF, Markdown, JUnit).
 * JSON `status` keeps SPEC §5's meaning (did the rule run: ran | not-run | error); `outcome` says
 * what the run found. A rule that ran but none of whose measures could be measured (every value
 * null: absent columns, an empty population, a layout that cannot support them) is
 * "not-assessed" — never "pass": silence is not assurance.
 */
import type { RuleResult } from './types.js';

export type RuleOutcome = 'pass' | 'fail' | 'not-assessed' | 'not-run' | 'error';

export const OUTCOME_LABEL: Readonly<Record<RuleOutcome, string>> = {
  pass: 'Pass',
  fail: 'Fail',
  'not-assessed': 'Not assessed',
  'not-run': 'Not run',
  error: 'Error',
};

/**
 * `fail` when any measure is red or amber; `not-assessed` when no measure has a value; otherwise
 * `pass` (including measures reported without a threshold: nothing was found wanting).
 */
export function ruleOutcome(rule: Pick<RuleResult, 'status' | 'metrics'>): RuleOutcome {
  if (rule.status !== 'ran') return rule.status;
  const metrics = Object.values(rule.metrics);
  if (metrics.some((m) => m.rag === 'red' || m.rag === 'amber')) return 'fail';
  return metrics.some((m) => m.value !== null) ? 'pass' : 'not-assessed';
}

/** Why a rule is not assessed, in one line, for the views. */
export const NOT_ASSESSED_REASON = 'none of its measures could be measured from this export (each measure says why)';
