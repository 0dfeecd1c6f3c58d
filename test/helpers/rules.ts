/** Test helpers: build an export from records and run one rule through the real engine. */
import { RULES } from '../../rules/index.js';
import { audit } from '../../src/engine/run.js';
import type { AuditResult, RuleResult } from '../../src/engine/types.js';
import { exportFromRecords, type RawRecord } from '../../src/load/fromRecords.js';
import { parseIsoDay } from '../../src/model/day.js';
import type { LoadedExport } from '../../src/model/export.js';
import type { TableName } from '../../src/model/tables.js';

export type Records = { [T in TableName]?: readonly RawRecord[] };

export function makeExport(records: Records): LoadedExport {
  return exportFromRecords(records);
}

/** Runs the whole engine on the records as at `asAt` and returns one rule's result. */
export function runRule(
  id: string,
  records: Records | LoadedExport,
  asAt: string,
  options: Record<string, unknown> = {},
  periodMonths = 12,
): RuleResult {
  const r = runAll(records, asAt, { [id]: options }, periodMonths, [id]);
  const rule = r.rules.find((x) => x.id === id);
  if (!rule) throw new Error(`rule ${id} is not registered`);
  return rule;
}

export function runAll(
  records: Records | LoadedExport,
  asAt: string,
  options: Record<string, Record<string, unknown>> = {},
  periodMonths = 12,
  only?: string[],
): AuditResult {
  const ex = 'dq' in records ? (records as LoadedExport) : makeExport(records as Records);
  const day = parseIsoDay(asAt);
  if (day === null) throw new Error(`bad asAt ${asAt}`);
  const rules = Object.fromEntries(Object.entries(options).map(([k, v]) => [k, { options: v }]));
  return audit(ex, RULES, {
    asAt: day,
    asAtSource: 'command line',
    config: { periodMonths, rules },
    ...(only ? { only } : {}),
  });
}

/** Keys of every evidence row of a finding (or of all findings when id is omitted). */
export function evidenceKeys(rule: RuleResult, findingId?: string): string[] {
  return rule.findings
    .filter((f) => findingId === undefined || f.id === findingId)
    .flatMap((f) => f.evidence.map((e) => e.key))
    .sort();
}
