/**
 * findings.json (SPEC §5): the result model as pretty JSON, with exact values. Nothing is
 * rounded here or in the rules (the views round for display); the same input and options still
 * give the same bytes, since every value comes from the same arithmetic in the same order.
 */
import { ruleOutcome } from '../engine/status.js';
import type { AuditResult, RuleResult } from '../engine/types.js';
import { jsonPieces } from './jsonPieces.js';
import type { PieceText } from './write.js';

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

/** The value findings.json holds. */
function findings(result: AuditResult): unknown {
  return { ...result, rules: result.rules.map(withOutcome) };
}

export function renderJson(result: AuditResult): string {
  return stableJson(findings(result));
}

/**
 * findings.json made a piece at a time as the writer takes it (the same bytes as renderJson):
 * the CLI's way, so that a large audit's 50 MB of text is never whole in memory.
 */
export function renderJsonPieces(result: AuditResult): PieceText {
  return {
    pieces(put) {
      jsonPieces(findings(result), put);
      put('\n');
    },
  };
}

/** Any value as findings.json writes it. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
