/**
 * Children to track (SPEC §8): one profile per child named in any finding's evidence, built once
 * from the AuditResult after suppressions (an acknowledged row has left `evidence`, so it does not
 * count) and carried in the result, so every view reads the same list.
 */
import type { Day } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import { PLAN_TYPES } from '../model/tables.js';
import { columnsOf, heldColumns, NO_DAY } from '../load/tableColumns.js';
import { openOn } from './exportIndex.js';
import { pct } from './metrics.js';
import {
  type AuditResult,
  type ChildConcern,
  type ChildProfile,
  type EvidenceColumn,
  type EvidenceRow,
  SEVERITY_ORDER,
  type Severity,
} from './types.js';

/** SPEC §8 weights: the score is their sum over a child's concerns. */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1, info: 0 };

/** The worst severity among a profile's concerns. */
export function highestSeverity(p: Pick<ChildProfile, 'concerns'>): Severity {
  let best: Severity = 'info';
  for (const c of p.concerns) if (SEVERITY_ORDER[c.severity] > SEVERITY_ORDER[best]) best = c.severity;
  return best;
}

/** One value as the summary shows it (the same words as the report's tables, without the report layer). */
function summaryValue(v: EvidenceRow[string] | undefined, c: EvidenceColumn, unitInLabel: boolean): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') {
    if (c.type === 'share') return pct(v);
    const n = Number.isInteger(v) ? String(v) : v.toFixed(1);
    if (unitInLabel) return n;
    return c.type === 'workingDays' ? `${n} working days` : c.type === 'days' ? `${n} days` : n;
  }
  return v;
}

/** Labels seen and whether each names its unit; a finding's few labels, asked once per evidence row. */
const UNIT_IN_LABEL = new Map<string, boolean>();

/** "Working days taken 59", not "… 59 working days": the unit is named once. */
function unitInLabel(label: string): boolean {
  let v = UNIT_IN_LABEL.get(label);
  if (v === undefined) {
    v = /\bdays?\b/i.test(label);
    // Labels are the rules' own column titles, so the map stays small; capped all the same.
    if (UNIT_IN_LABEL.size < 1_000) UNIT_IN_LABEL.set(label, v);
  }
  return v;
}

/**
 * "Finding title: Label value; Label value": the row's dates, numbers and short texts, leaving out
 * ids (they are the profile's own columns or the key) and the team (the profile says it).
 */
export function concernSummary(title: string, columns: readonly EvidenceColumn[], row: EvidenceRow): string {
  return summariser(title, columns)(row);
}

/**
 * concernSummary for the rows of one finding: which columns it shows and whether each label names
 * its unit are worked out once, not per row (issue 24: 12,500 evidence rows at 1.1M rows).
 */
function summariser(title: string, columns: readonly EvidenceColumn[]): (row: EvidenceRow) => string {
  const shown = columns.filter((c) => !(c.type === 'id' || c.key === 'team' || c.key === 'key'));
  const units = shown.map((c) => unitInLabel(c.label));
  return (row) => {
    const parts: string[] = [];
    for (let i = 0; i < shown.length; i++) {
      const c = shown[i]!;
      const v = summaryValue(row[c.key], c, units[i]!);
      if (v !== null) parts.push(`${c.label} ${v}`);
    }
    return parts.length ? `${title}: ${parts.join('; ')}` : title;
  };
}

/** Every concern by child, in report order (rule, finding, evidence row). */
export function concernsByChild(result: AuditResult): Map<string, ChildConcern[]> {
  const out = new Map<string, ChildConcern[]>();
  for (const rule of result.rules) {
    if (rule.status !== 'ran') continue;
    for (const f of rule.findings) {
      const summary = summariser(f.title, f.columns);
      for (const row of f.evidence) {
        const childId = row.childId;
        if (typeof childId !== 'string' || childId === '') continue;
        const concern: ChildConcern = {
          rule: rule.id,
          findingId: f.id,
          severity: f.severity,
          key: row.key,
          summary: summary(row),
        };
        // Made with its first concern: an empty list pushed to takes room for 17 (see exportIndex.ts).
        const list = out.get(childId);
        if (list) list.push(concern);
        else out.set(childId, [concern]);
      }
    }
  }
  return out;
}

export interface Placement {
  team: string | null;
  workerId: string | null;
  openPlans: string[];
}

/** What one pass over allocations and plans finds for a child (row numbers; -1: no such row). */
interface Found {
  openAlloc: number;
  lastAlloc: number;
  openPlan: number;
  lastPlan: number;
  types: Set<string> | undefined;
}

const nothingFound = (): Found => ({
  openAlloc: -1,
  lastAlloc: -1,
  openPlan: -1,
  lastPlan: -1,
  types: undefined,
});

/**
 * The plans as `placements` reads them, a plan being its row number: the columns where the table
 * is held so (the seven-metric run: issue 24, no rows made), else its rows (no copy made).
 */
interface PlanReader {
  count: number;
  childId(i: number): string | null;
  start(i: number): Day | null;
  end(i: number): Day | null;
  type(i: number): string | null;
  team(i: number): string | null;
  line(i: number): number;
}

function planReader(ex: LoadedExport): PlanReader {
  const cols = heldColumns(ex, 'plans');
  if (!cols) {
    const rows = ex.tables.plans ?? [];
    return {
      count: rows.length,
      childId: (i) => rows[i]!.childId,
      start: (i) => rows[i]!.startDate,
      end: (i) => rows[i]!.endDate,
      type: (i) => rows[i]!.planType,
      team: (i) => rows[i]!.team,
      line: (i) => rows[i]!.line,
    };
  }
  const child = cols.strings('childId'),
    starts = cols.days('startDate'),
    ends = cols.days('endDate'),
    types = cols.strings('planType'),
    teams = cols.strings('team'),
    lines = cols.lines;
  return {
    count: cols.count,
    childId: (i) => child[i]!,
    start: (i) => (starts[i] === NO_DAY ? null : starts[i]!),
    end: (i) => (ends[i] === NO_DAY ? null : ends[i]!),
    type: (i) => types[i]!,
    team: (i) => teams[i]!,
    line: (i) => lines[i]!,
  };
}

/**
 * Team, worker and open plans of each child in `ids`, in one pass over allocations and plans;
 * with `ids` null, of every child an allocation or plan names (a child named by neither has no
 * team, worker or open plan).
 * Team and worker are the allocation's open on as-at (else the latest one); the team is the
 * allocated worker's, else the plan's (the open plan started last, else the latest plan).
 */
export function placements(ex: LoadedExport, asAt: Day, ids: Iterable<string> | null): Map<string, Placement> {
  // One record per child, looked up once per run of its rows (exports list a child's rows
  // together), not five maps looked up and set per row (issue 24: this pass runs once, cold, in
  // the seven-metric run, and each map of 9,500 children grew by copies the collector then moved).
  // With `ids` null, a child's record is made at its first row: allocations first, then plans.
  const found = new Map<string, Found>();
  if (ids) for (const id of ids) found.set(id, nothingFound());
  const recordOf = (c: string): Found | undefined => {
    let f = found.get(c);
    if (f === undefined && ids === null) found.set(c, (f = nothingFound()));
    return f;
  };
  // Allocations read as typed columns (src/load/tableColumns.ts): the seven-metric run holds them
  // so, and making their rows here would cost more than the rest of this pass (issue 24). Each
  // child's open and latest allocation is its row number.
  const alloc = columnsOf(ex, 'allocations');
  const allocWorker = alloc?.strings('workerId') ?? [];
  if (alloc) {
    const child = alloc.strings('childId'),
      starts = alloc.days('startDate'),
      ends = alloc.days('endDate'),
      lines = alloc.lines;
    // Later start wins; on the same start, the later source line (as `laterPlan` for plans).
    const laterAt = (a: number, b: number): boolean => {
      if (a < 0) return true;
      const sa = starts[a] === NO_DAY ? -Infinity : starts[a]!,
        sb = starts[b] === NO_DAY ? -Infinity : starts[b]!;
      return sb > sa || (sb === sa && lines[b]! > lines[a]!);
    };
    let lastChild: string | null = null,
      f: Found | undefined;
    for (let i = 0; i < alloc.count; i++) {
      const c = child[i]!;
      if (c === null) continue;
      if (c !== lastChild) {
        lastChild = c;
        f = recordOf(c);
      }
      if (!f) continue;
      const start = starts[i]!,
        end = ends[i]!;
      if (openOn(start === NO_DAY ? null : start, end === NO_DAY ? null : end, asAt) && laterAt(f.openAlloc, i))
        f.openAlloc = i;
      if (laterAt(f.lastAlloc, i)) f.lastAlloc = i;
    }
  }
  const plans = planReader(ex);
  // Later start wins; on the same start, the later source line (the export's own order).
  const laterPlan = (a: number, b: number): boolean => {
    if (a < 0) return true;
    const sa = plans.start(a) ?? -Infinity,
      sb = plans.start(b) ?? -Infinity;
    return sb > sa || (sb === sa && plans.line(b) > plans.line(a));
  };
  let lastChild: string | null = null,
    f: Found | undefined;
  for (let i = 0; i < plans.count; i++) {
    const c = plans.childId(i);
    if (c === null) continue;
    // As for allocations: one lookup per run of a child's plans.
    if (c !== lastChild) {
      lastChild = c;
      f = recordOf(c);
    }
    if (!f) continue;
    if (openOn(plans.start(i), plans.end(i), asAt)) {
      if (laterPlan(f.openPlan, i)) f.openPlan = i;
      const type = plans.type(i);
      if (type !== null) (f.types ??= new Set()).add(type);
    }
    if (laterPlan(f.lastPlan, i)) f.lastPlan = i;
  }
  const teamOf = workerTeams(ex);
  const out = new Map<string, Placement>();
  for (const [id, f] of found) {
    const at = f.openAlloc >= 0 ? f.openAlloc : f.lastAlloc;
    const workerId = at < 0 ? null : allocWorker[at]!;
    const plan = f.openPlan >= 0 ? f.openPlan : f.lastPlan;
    const workerTeam = workerId ? (teamOf.get(workerId) ?? null) : null;
    const open = f.types;
    out.set(id, {
      team: workerTeam ?? (plan >= 0 ? plans.team(plan) : null),
      workerId,
      openPlans: open ? PLAN_TYPES.filter((t) => open.has(t)) : [],
    });
  }
  return out;
}

/** Each worker's team (the first row of an id), read from the columns where workers are held so (issue 24). */
function workerTeams(ex: LoadedExport): Map<string, string | null> {
  const teamOf = new Map<string, string | null>();
  const cols = heldColumns(ex, 'workers');
  if (cols) {
    const ids = cols.strings('workerId'),
      teams = cols.strings('team');
    for (let i = 0; i < cols.count; i++) {
      const id = ids[i]!;
      if (id !== null && !teamOf.has(id)) teamOf.set(id, teams[i]!);
    }
  } else
    for (const w of ex.tables.workers ?? [])
      if (w.workerId !== null && !teamOf.has(w.workerId)) teamOf.set(w.workerId, w.team);
  return teamOf;
}

/**
 * The profiles in SPEC §8 order: distinct rules desc, then highest severity, then score desc, then
 * childId (compared by code unit, never by locale, so every machine gives the same order).
 */
export function buildProfiles(
  result: AuditResult,
  ex: LoadedExport,
  asAt: Day,
  /** Every child's placement (`placements` with ids null), when worked out already. */
  early?: ReadonlyMap<string, Placement>,
): ChildProfile[] {
  const concerns = concernsByChild(result);
  const where = early ?? placements(ex, asAt, concerns.keys());
  const profiles: ChildProfile[] = [];
  // The sort keys beside the profiles, by position (issue 24: 9,500 profiles at 1.1M rows were
  // sorted through a Map of each one's worst severity, two lookups per comparison).
  const worst: number[] = [];
  for (const [childId, list] of concerns) {
    const p = where.get(childId) ?? { team: null, workerId: null, openPlans: [] };
    let score = 0,
      high = SEVERITY_ORDER.info;
    for (const c of list) {
      score += SEVERITY_WEIGHT[c.severity];
      if (SEVERITY_ORDER[c.severity] > high) high = SEVERITY_ORDER[c.severity];
    }
    worst.push(high);
    profiles.push({
      childId,
      team: p.team,
      workerId: p.workerId,
      openPlans: p.openPlans,
      concerns: list,
      rules: distinctRules(list),
      score,
    });
  }
  // A total order (child ids are distinct), so sorting positions gives the profiles' one order.
  const order = profiles.map((_, i) => i);
  order.sort((i, j) => {
    const a = profiles[i]!,
      b = profiles[j]!;
    return (
      b.rules - a.rules ||
      worst[j]! - worst[i]! ||
      b.score - a.score ||
      (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0)
    );
  });
  return order.map((i) => profiles[i]!);
}

/** How many rules a child's concerns come from (a few concerns each: no Set needed). */
function distinctRules(list: readonly ChildConcern[]): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    let j = 0;
    while (j < i && list[j]!.rule !== list[i]!.rule) j++;
    if (j === i) n++;
  }
  return n;
}

/** Child ids tracked in a result: its profiles, or (a findings.json from before profiles) its evidence. */
export function trackedChildren(result: AuditResult): Set<string> {
  if (result.children) return new Set(result.children.map((c) => c.childId));
  return new Set(concernsByChild(result).keys());
}
