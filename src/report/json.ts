/** findings.json (SPEC §5): the result model as stable, pretty JSON. */
import type { AuditResult } from '../engine/types.js';

/** Rounds floats so tiny arithmetic noise can never make two runs differ; ids and counts untouched. */
export function stable(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isInteger(value)) return Math.round(value * 1e9) / 1e9;
  return value;
}

export function renderJson(result: AuditResult): string {
  return `${JSON.stringify(result, stable, 2)}\n`;
}

/** Any value as stable JSON (same rounding as findings.json). */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, stable, 2)}\n`;
}
