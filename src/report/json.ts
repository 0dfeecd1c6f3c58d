/**
 * findings.json (SPEC §5): the result model as pretty JSON, with exact values. Nothing is
 * rounded here or in the rules (the views round for display); the same input and options still
 * give the same bytes, since every value comes from the same arithmetic in the same order.
 */
import type { AuditResult } from '../engine/types.js';

export function renderJson(result: AuditResult): string {
  return stableJson(result);
}

/** Any value as findings.json writes it. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
