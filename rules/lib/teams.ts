/**
 * Small helpers shared by the casework rules (assessment timeliness, allocation delay, caseloads,
 * visits, workforce): grouping by team for the "which team?" breakdowns, deterministic ordering,
 * and the judged-threshold shapes for shares and counts.
 */
import type { Judged } from '../../src/engine/metrics.js';
import type { EvidenceRow } from '../../src/engine/types.js';

/** Label for rows whose team is blank; sorted after every named team. */
export const NO_TEAM = '(no team recorded)';

export function teamLabel(team: string | null): string {
  return team ?? NO_TEAM;
}

/** Code-unit order, so output never depends on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareTeams(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NO_TEAM) return 1;
  if (b === NO_TEAM) return -1;
  return compareText(a, b);
}

/** Groups rows by team label, teams in name order with the blank team last. */
export function groupByTeam<R>(rows: Iterable<R>, team: (r: R) => string | null): [string, R[]][] {
  const m = new Map<string, R[]>();
  for (const r of rows) {
    const t = teamLabel(team(r));
    let list = m.get(t);
    if (!list) m.set(t, (list = []));
    list.push(r);
  }
  return [...m.entries()].sort((a, b) => compareTeams(a[0], b[0]));
}

/** A share that should be at least `target`; amber down to `target − tolerance`. */
export function atLeast(target: number, tolerance: number): Judged {
  return { threshold: target, direction: 'min', tolerance };
}

/** A value that should be at most `max`; amber up to `max + tolerance`. */
export function atMost(max: number, tolerance: number): Judged {
  return { threshold: max, direction: 'max', tolerance };
}

/** Worklist order: the largest value first (nulls last), then by key so ties are stable. */
export function byLargest(field: string): (a: EvidenceRow, b: EvidenceRow) => number {
  return (a, b) => {
    const x = a[field],
      y = b[field];
    const nx = typeof x === 'number' ? x : -Infinity,
      ny = typeof y === 'number' ? y : -Infinity;
    if (nx !== ny) return ny - nx;
    return compareText(a.key, b.key);
  };
}

/** Share of n over d for a breakdown cell, exact (the views round for display); null when d = 0. */
export function shareOrNull(n: number, d: number): number | null {
  return d > 0 ? n / d : null;
}

/** "3 rows were skipped because …" for metric notes; undefined when nothing was skipped. */
export function skippedNote(n: number, table: string, why: string): string | undefined {
  if (n === 0) return undefined;
  return `${n} ${table} ${n === 1 ? 'row was' : 'rows were'} skipped because ${why}`;
}

/** A configured share threshold as a percentage without rounding it away (0.178 → "17.8%"). */
export { limitPct as thresholdPct } from '../../src/engine/metrics.js';
