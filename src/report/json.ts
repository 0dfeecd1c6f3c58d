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

/**
 * The same text as renderJson, handed to `emit` in pieces as it is made (for writing straight to a
 * file). A rule whose text was made ahead (renderRulesAhead) has it emitted as it was made.
 */
export function renderJsonPieces(result: AuditResult, emit: (text: string) => void): void {
  const made = new Map<object, readonly string[]>();
  const rules = result.rules.map((rule) => {
    const text = madeAhead.get(rule);
    if (text === undefined) return withOutcome(rule);
    // A stand-in the walk meets in the rule's place, and emits the rule's text for.
    const standIn = {};
    made.set(standIn, text);
    return standIn;
  });
  stringifyInPieces({ ...result, rules }, emit, made);
  emit('\n');
}

/** Each rule's text in findings.json made ahead of the rest (renderRulesAhead), by its result. */
const madeAhead = new WeakMap<RuleResult, readonly string[]>();

/** The pieces a rule's text is kept in: large enough to be few, well under V8's 128 KB large-object line. */
const AHEAD_CHARS = 32_768;

/**
 * Makes the text of these rules' entries in findings.json now, for renderJsonPieces to emit as
 * made: the CLI's audit calls it for the rules run while the main thread waits for the supervision
 * worker, so that their share of the file is not made after the worker's answer, on the critical
 * path (issue 24). The results must not change afterwards (suppressions change the evidence: an
 * audit with them makes nothing ahead); a result copied, as pseudonymising does, is rendered anew.
 */
export function renderRulesAhead(rules: readonly RuleResult[]): void {
  for (const rule of rules) {
    const text: string[] = [];
    // Joined, not concatenated: `join` makes a flat string, which the write encodes as it is,
    // where a rope of small pieces would be flattened (copied) by the write, after the answer.
    let part: string[] = [];
    let chars = 0;
    // At depth 2: an element of the result's `rules`.
    stringifyInPieces(
      withOutcome(rule),
      (t) => {
        part.push(t);
        chars += t.length;
        if (chars >= AHEAD_CHARS) {
          text.push(part.join(''));
          part = [];
          chars = 0;
        }
      },
      undefined,
      2,
    );
    if (chars > 0) text.push(part.join(''));
    madeAhead.set(rule, text);
  }
}

function jsonValue(result: AuditResult): unknown {
  return { ...result, rules: result.rules.map(withOutcome) };
}

/** Any value as findings.json writes it. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
