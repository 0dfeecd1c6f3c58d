/**
 * Threshold-consistency's plans (SPEC §4.6), read as typed columns (issue 24: the seven-metric run
 * holds the plans so and makes no plan rows); a plan is its row number.
 */
import type { RuleContext } from '../../src/engine/rule.js';
import type { EvidenceRow } from '../../src/engine/types.js';
import { type Day, toIso } from '../../src/model/day.js';
import { NO_DAY, type TableColumns } from '../../src/load/tableColumns.js';
import { keptForEarlierPoints } from './pointShared.js';
import type { Options } from './thresholdOptions.js';

export interface Plans {
  cols: TableColumns<'plans'>;
  /** One row number per plan_id, in line order: a repeated id is a data-quality issue, not a second plan. */
  kept: readonly number[];
}

/**
 * The plans, kept from point to point (lib/pointShared.ts): held columns are rewound in place, and
 * a copy of plan rows (a full audit holds them as rows) is not, so every date read here and in the
 * rule is read against the point's own as-at date (a date after it counts as blank).
 */
export function plansOf(ctx: RuleContext<Options>): Plans {
  return keptForEarlierPoints(ctx, 'plans', () => keptPlans(ctx.columns('plans')!));
}

function keptPlans(cols: TableColumns<'plans'>): Plans {
  const lines = cols.lines;
  let ordered = true;
  for (let i = 1; ordered && i < cols.count; i++) ordered = lines[i - 1]! <= lines[i]!;
  const inLines = Array.from({ length: cols.count }, (_, i) => i);
  // A table read from one file is already in line order (a stable sort otherwise, as the rows had).
  if (!ordered) inLines.sort((a, b) => lines[a]! - lines[b]!);
  // Plan ids in strictly increasing order (exports list plans by id) cannot repeat: every plan is
  // kept, with no Set of every id (hashing 36,000 ids for nothing, about 20 ms). Numbered ids
  // answer without being spelt.
  const idAt = cols.text('planId');
  let increasing = ordered ? cols.idsIncrease('planId') : undefined;
  if (increasing === undefined) {
    let prev = '';
    increasing = true;
    for (let k = 0; increasing && k < inLines.length; k++) {
      const id = idAt(inLines[k]!);
      if (id === null) continue;
      increasing = id > prev;
      prev = id;
    }
  }
  if (increasing) return { cols, kept: inLines };
  const seen = new Set<string>();
  const kept: number[] = [];
  for (const p of inLines) {
    const id = idAt(p);
    if (id !== null) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    kept.push(p);
  }
  return { cols, kept };
}

/** A date column's value for a point at `asAt`: null when blank or after it. */
export function dayAt(days: Int32Array, i: number, asAt: Day): Day | null {
  const d = days[i]!;
  return d === NO_DAY || d > asAt ? null : d;
}

/** The CP plans with a start date by `asAt`, in the kept plans' order. */
export function cpPlansOf({ cols, kept }: Plans, asAt: Day): number[] {
  const types = cols.strings('planType'),
    starts = cols.days('startDate');
  const out: number[] = [];
  for (const p of kept) if (types[p] === 'cp' && dayAt(starts, p, asAt) !== null) out.push(p);
  return out;
}

/**
 * The CP plans judged that are a second or later plan for their child (the latest earlier CP plan
 * in `cpPlans` named), as evidence rows, and how many were decided by a recorded number of
 * previous plans. A module function, not a loop in `run` (issue 24): `run` is called once per
 * trend point, and V8 compiled one holding its loops again at each point.
 */
export function repeatCpPlans(
  { cols }: Plans,
  asAt: Day,
  cpJudged: readonly number[],
  cpPlans: readonly number[],
  saidRepeat: ReadonlySet<string> | undefined,
  /** False at a trend point: the repeats are counted, and no evidence row is made. */
  rows: boolean,
): { repeats: EvidenceRow[]; count: number; countedPlans: number } {
  const children = cols.strings('childId'),
    starts = cols.days('startDate'),
    ends = cols.days('endDate'),
    previous = cols.numbers('previousCpPlans'),
    teams = cols.strings('team'),
    lines = cols.lines,
    idAt = cols.text('planId');
  const cpByChild = new Map<string, number[]>();
  for (const p of cpPlans) {
    const c = children[p]!;
    if (c === null) continue;
    const list = cpByChild.get(c) ?? [];
    cpByChild.set(c, list);
    list.push(p);
  }
  const repeats: EvidenceRow[] = [];
  let count = 0,
    countedPlans = 0;
  for (const p of cpJudged) {
    const c = children[p]!;
    if (c === null) continue;
    // Every plan here starts by as-at (cpPlansOf), so its start is its own.
    const start = starts[p]!;
    let prev = -1;
    for (const q of cpByChild.get(c) ?? []) {
      const qs = starts[q]!;
      if (qs < start && (prev < 0 || qs > starts[prev]! || (qs === starts[prev]! && lines[q]! < lines[prev]!)))
        prev = q;
    }
    // The recorded number of previous CP plans (Annex A List 7, which lists current plans
    // only) decides where the export gives it; otherwise the plans in the export do, or a
    // return's word that the plan is a repeat.
    const counted = previous[p]! === previous[p]! ? previous[p]! : null;
    const planId = counted === null && prev < 0 ? idAt(p) : null;
    const said = planId !== null && saidRepeat?.has(planId) === true;
    if (counted !== null ? counted === 0 : prev < 0 && !said) continue;
    if (counted !== null) countedPlans++;
    count++;
    if (!rows) continue;
    const id = idAt(p);
    repeats.push({
      key: `threshold-consistency/repeat-cp/${id ?? `line-${lines[p]!}`}`,
      planId: id,
      childId: c,
      team: teams[p]!,
      startDate: toIso(start),
      previousPlanId: prev < 0 ? null : idAt(prev),
      previousStart: prev < 0 ? null : toIso(starts[prev]!),
      previousEnd: prev < 0 ? null : isoAt(ends, prev, asAt),
      ...(counted !== null ? { previousPlans: counted } : {}),
    });
  }
  return { repeats, count, countedPlans };
}

const isoAt = (days: Int32Array, i: number, asAt: Day): string | null => {
  const d = dayAt(days, i, asAt);
  return d === null ? null : toIso(d);
};
