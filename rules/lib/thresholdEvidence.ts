/**
 * Shared by the threshold-consistency sections: the output they add to, date ranges, and the
 * ordering and counting of evidence rows.
 */
import type { Breakdown, EvidenceRow, Finding, Metric } from '../../src/engine/types.js';
import type { Day } from '../../src/model/day.js';

/** The rule's output as its sections build it; each section adds to it in report order. */
export interface ThresholdOutput {
  metrics: Record<string, Metric>;
  findings: Finding[];
  breakdowns: Breakdown[];
  limitations: string[];
}

export const NO_TEAM = '(no team recorded)';
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const byKey = (a: EvidenceRow, b: EvidenceRow) => byText(a.key, b.key);
export const inRange = (d: Day | null, start: Day, end: Day): d is Day => d !== null && d >= start && d <= end;

export function distinctChildren(rows: readonly EvidenceRow[]): number {
  return new Set(rows.map((r) => r.childId).filter((c) => c !== null && c !== undefined)).size;
}
