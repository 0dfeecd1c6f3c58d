/**
 * The case-file audit sample (SPEC §8): children with a CIN, CP or CLA plan open on as-at, half
 * from the tracking order and half drawn at random (seeded) from the other open cases, each team
 * represented in proportion to its open cases (at least one each while the size allows).
 */
import { type Day, toIso } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import { placements } from './children.js';
import { openOn } from './exportIndex.js';
import type { ChildProfile } from './types.js';

export interface SampleRow {
  childId: string;
  team: string;
  workerId: string | null;
  planTypes: string[];
  reason: string;
}
export interface AuditSample {
  asAt: string;
  seed: number;
  /** The size asked for, and how many open cases there were to draw from. */
  size: number;
  openCases: number;
  /** True when the size was at least the open cases, so every one is in the sample. */
  all: boolean;
  rows: SampleRow[];
  /**
   * When the plans end before as-at (a return's reference date): which plans were open on as-at
   * is not known, only which were open then; said in the file rather than refused, as the cases
   * open on the census date are still the ones a QA officer would pick from.
   */
  plansUntil?: { date: string; what: string };
}

/** An open case's team when the export names none: still a group, so it is represented too. */
export const NO_TEAM = '(no team)';
const SAMPLED_TYPES = new Set(['cin', 'cp', 'cla']);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Seats per team in proportion to its open cases (largest remainder; ties to the larger team, then
 * the name), at least one each while the size allows; below one per team, the largest teams.
 */
export function teamQuotas(counts: ReadonlyMap<string, number>, size: number): Map<string, number> {
  const teams = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || byText(a, b));
  const quotas = new Map(teams.map((t) => [t, 0]));
  if (size < teams.length) {
    for (const t of teams.slice(0, size)) quotas.set(t, 1);
    return quotas;
  }
  const total = teams.reduce((s, t) => s + counts.get(t)!, 0);
  const exact = new Map(teams.map((t) => [t, (size * counts.get(t)!) / total]));
  let given = 0;
  for (const t of teams) {
    const n = Math.floor(exact.get(t)!);
    quotas.set(t, n);
    given += n;
  }
  const frac = (t: string) => exact.get(t)! - Math.floor(exact.get(t)!);
  for (const t of [...teams].sort((a, b) => frac(b) - frac(a) || counts.get(b)! - counts.get(a)! || byText(a, b))) {
    if (given >= size) break;
    quotas.set(t, quotas.get(t)! + 1);
    given++;
  }
  // At least one each: a seat moves from the team holding most seats beyond its exact share.
  for (const t of teams) {
    if (quotas.get(t)! > 0) continue;
    const donor = teams
      .filter((d) => quotas.get(d)! > 1)
      .sort(
        (a, b) =>
          quotas.get(b)! - exact.get(b)! - (quotas.get(a)! - exact.get(a)!) ||
          quotas.get(b)! - quotas.get(a)! ||
          byText(a, b),
      )[0];
    if (!donor) break;
    quotas.set(donor, quotas.get(donor)! - 1);
    quotas.set(t, 1);
  }
  return quotas;
}

/** `random` is a seeded generator of numbers in [0, 1) (the caller's, so this layer stays below it). */
export function drawSample(
  ex: LoadedExport,
  asAt: Day,
  asAtIso: string,
  profiles: readonly ChildProfile[],
  size: number,
  seed: number,
  random: () => number,
): AuditSample {
  const open = new Map<string, Set<string>>();
  for (const p of ex.tables.plans ?? []) {
    if (
      p.childId === null ||
      p.planType === null ||
      !SAMPLED_TYPES.has(p.planType) ||
      !openOn(p.startDate, p.endDate, asAt)
    )
      continue;
    if (!open.has(p.childId)) open.set(p.childId, new Set());
    open.get(p.childId)!.add(p.planType);
  }
  const where = placements(ex, asAt, new Set(open.keys()));
  const cases = [...open.keys()].sort(byText).map((childId) => {
    const w = where.get(childId)!;
    return {
      childId,
      team: w.team ?? NO_TEAM,
      workerId: w.workerId,
      planTypes: ['cin', 'cp', 'cla'].filter((t) => open.get(childId)!.has(t)),
    };
  });
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.team, (counts.get(c.team) ?? 0) + 1);
  const all = size >= cases.length;
  const quotas = teamQuotas(counts, Math.min(size, cases.length));
  const byChild = new Map(cases.map((c) => [c.childId, c]));
  const rows: SampleRow[] = [];
  const taken = new Set<string>();
  // Half (rounded up: concerns come first) from the tracking order, within each team's seats.
  const trackedSeats = Math.ceil(Math.min(size, cases.length) / 2);
  for (const p of profiles) {
    if (rows.length >= trackedSeats) break;
    const c = byChild.get(p.childId);
    if (!c || quotas.get(c.team)! === 0) continue;
    quotas.set(c.team, quotas.get(c.team)! - 1);
    taken.add(c.childId);
    rows.push({ ...c, reason: `concerns: ${[...new Set(p.concerns.map((x) => x.rule))].join(', ')}` });
  }
  // The rest at random from each team's other open cases: one seeded shuffle over the cases in id order.
  const pool = cases.filter((c) => !taken.has(c.childId));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  for (const c of pool) {
    if (quotas.get(c.team)! === 0) continue;
    quotas.set(c.team, quotas.get(c.team)! - 1);
    rows.push({ ...c, reason: 'random' });
  }
  // The earliest day any plan type's records stop (statutory returns: the CIN census for CIN and
  // CP plans, the SSDA903 for looked-after ones): the sample cannot see what changed since.
  const plans = ex.coverage?.plans;
  const until = [plans?.until, ...Object.values(plans?.byPlanType ?? {}).map((r) => r?.until)]
    .filter((u) => u !== undefined)
    .sort((a, b) => a.day - b.day || (a.what < b.what ? -1 : a.what > b.what ? 1 : 0))[0];
  return {
    asAt: asAtIso,
    seed,
    size,
    openCases: cases.length,
    all,
    rows,
    ...(until && until.day < asAt ? { plansUntil: { date: toIso(until.day), what: until.what } } : {}),
  };
}
