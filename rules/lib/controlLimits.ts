/**
 * Funnel-plot control limits for comparing teams' rates with the authority-wide rate (SPEC §4.6):
 * `p ± z·√(p(1−p)/n)`, z = 3.09 for 99.8%. Small teams get wide limits, so only a difference that
 * chance is unlikely to explain is called out.
 */

export interface TeamCount {
  team: string;
  /** Records in the team's population (e.g. assessments completed in period). */
  n: number;
  /** Records with the outcome being compared (e.g. NFA). */
  events: number;
}

export type Position = 'above' | 'below' | 'within' | 'not judged';

export interface TeamLimits extends TeamCount {
  rate: number | null;
  /** Null when the team is below the minimum size and is listed but not judged. */
  lower: number | null;
  upper: number | null;
  position: Position;
}

export interface Funnel {
  /** Authority-wide rate over every team (small teams included); null when there are no records. */
  p: number | null;
  n: number;
  events: number;
  teams: TeamLimits[];
}

// Rates and limits are computed from small integers; this keeps a rate exactly on a limit inside.
const EPS = 1e-12;

export function controlLimits(p: number, n: number, z: number): { lower: number; upper: number } {
  const half = z * Math.sqrt((p * (1 - p)) / n);
  return { lower: Math.max(0, p - half), upper: Math.min(1, p + half) };
}

/** Teams sorted by name (code-unit order, so the output never depends on the locale). */
export function funnel(counts: readonly TeamCount[], z: number, minTeamSize: number): Funnel {
  const n = counts.reduce((s, c) => s + c.n, 0);
  const events = counts.reduce((s, c) => s + c.events, 0);
  const p = n > 0 ? events / n : null;
  const teams = [...counts]
    .sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : 0))
    .map((c): TeamLimits => {
      const rate = c.n > 0 ? c.events / c.n : null;
      if (p === null || rate === null || c.n < minTeamSize)
        return { ...c, rate, lower: null, upper: null, position: 'not judged' };
      const { lower, upper } = controlLimits(p, c.n, z);
      const position: Position = rate > upper + EPS ? 'above' : rate < lower - EPS ? 'below' : 'within';
      return { ...c, rate, lower, upper, position };
    });
  return { p, n, events, teams };
}
