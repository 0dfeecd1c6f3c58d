/**
 * findings.json (SPEC §5): the result model as pretty JSON, with exact values. Nothing is
 * rounded here or in the rules (the views round for display); the same input and options still
 * give the same bytes, since every value comes from the same arithmetic in the same order.
 */
import { ruleOutcome } from '../engine/status.js';
import type { AuditResult, RuleResult } from '../engine/types.js';
import { stringifyInPieces } from './jsonPieces.js';

/**
 * Each rule carries `outcome` (pass | fail | not-assessed | not-run | error) right after
 * `status`, which keeps SPEC §5's ran | not-run | error: a rule can run and still assess nothing.
 */
function withOutcome(rule: RuleResult): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(rule).flatMap(([k, v]) =>
      k === 'status'
        ? [
            [k, v],
            ['outcome', ruleOutcome(rule)],
          ]
        : [[k, v]],
    ),
  );
}

export function renderJson(result: AuditResult): string {
  return stableJson(jsonValue(result));
}

/** The same text as renderJson, handed to `emit` in pieces as it is made (for writing straight to a file). */
export function renderJsonPieces(result: AuditResult, emit: (text: string) => void): void {
  stringifyInPieces(jsonValue(result), emit);
  emit('\n');
}

function jsonValue(result: AuditResult): unknown {
  return { ...result, rules: result.rules.map(withOutcome) };
}

/** Any value as findings.json writes it. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
