/**
 * One child's chronology (SPEC §8): every dated event of the child in every table, in date order,
 * with the worker and team of each, the gaps that broke a limit marked on the event that ended
 * them, and the concerns the audit raises, each shown on the record it names.
 */
import { wd } from '../model/calendar.js';
import { type Day, toIso } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import type { AllocationRow, PlanRow, TableName } from '../model/tables.js';
import { openOn } from './exportIndex.js';
import type { IdKind } from './rule.js';
import { keyTarget } from './ruleFacts.js';
import type { ChildConcern, Severity } from './types.js';

/** The subject a table's record id is (rule.findings' `subject`); tables whose ids no finding names are absent. */
const TABLE_SUBJECT: { readonly [T in TableName]?: IdKind } = {
  referrals: 'referral',
  assessments: 'assessment',
  section47: 's47',
  plans: 'plan',
  supervisions: 'supervision',
};

/**
 * A concern as the chronology lists it. Its severity follows the whole export's metric, so it is
 * null when the concerns came from the child's own rows rather than a full audit (`--findings`).
 */
export type ChronologyConcern = Omit<ChildConcern, 'severity'> & { severity: Severity | null };

export interface ChronologyEvent {
  date: string;
  event: string;
  table: TableName;
  /** The record's own id (plan, assessment, …); null for tables without one. */
  recordId: string | null;
  workerId: string | null;
  team: string | null;
  /** Codes and flags of the record (never free text). */
  detail: string;
  /** The limit this event showed broken, in words, or null. */
  limitBroken: string | null;
  /** Keys of the concerns whose evidence names this record. */
  concerns: string[];
  /** Free text of a supervision record: HTML only, never under --pseudonymise. */
  text?: string;
}

export interface Chronology {
  childId: string;
  asAt: string;
  source: { export: string; layout: string };
  /** What this export's layout does not carry, said once (from the export's absent/limitations). */
  lacks: string[];
  team: string | null;
  workerId: string | null;
  openPlans: string[];
  events: ChronologyEvent[];
  concerns: ChronologyConcern[];
  /** Where the concerns came from, in words (a full audit's findings.json, or the child's own rows). */
  concernsFrom: string;
  pseudonymised?: boolean;
}

/** The limits the rules use, as configured (filled from their options by the caller). */
export interface ChronologyLimits {
  assessmentWorkingDays: number;
  seenWorkingDays: number;
  icpcWorkingDays: number;
  allocationWorkingDays: number;
  cpVisitWorkingDays: number;
  cinVisitWorkingDays: number;
  claVisitDays: number;
}

/** Tables a chronology reads events from, in the order same-day events are listed. */
export const CHRONOLOGY_TABLES: readonly TableName[] = [
  'children',
  'contacts',
  'referrals',
  'assessments',
  'section47',
  'plans',
  'reviews',
  'allocations',
  'visits',
  'supervisions',
  'workers',
];

/** What the layout lacks for a chronology: each absent or partial table, once. */
export function chronologyLacks(ex: LoadedExport): string[] {
  const out: string[] = [];
  for (const t of CHRONOLOGY_TABLES) {
    if (!ex.tables[t]) out.push(`${t}: ${ex.absent[t] ?? 'not in this export'}`);
    else if (ex.limitations[t]) out.push(`${t}: ${ex.limitations[t]}`);
  }
  return out;
}

interface Draft {
  day: Day;
  order: number;
  line: number;
  e: ChronologyEvent;
}

const join = (...parts: (string | null | false | undefined)[]) =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join('; ');
const yesNo = (v: boolean | null) => (v === null ? null : v ? 'yes' : 'no');

export function buildChronology(
  ex: LoadedExport,
  childId: string,
  asAt: Day,
  limits: ChronologyLimits,
  concerns: readonly Pick<ChildConcern, 'key'>[],
  withText: boolean,
  subjects: ReadonlyMap<string, IdKind>,
): ChronologyEvent[] {
  const t = ex.tables;
  const mine = <R extends { childId: string | null }>(rows: readonly R[] | undefined): R[] =>
    (rows ?? []).filter((r) => r.childId === childId);
  const teamOf = new Map<string, string | null>();
  for (const w of t.workers ?? []) if (w.workerId !== null && !teamOf.has(w.workerId)) teamOf.set(w.workerId, w.team);
  const allocations = mine(t.allocations);
  // Annex A: the current worker, undated (the loader uses the episode start), and the latest visit
  // only; no wait or gap is counted over records the export does not have (SPEC §6.1).
  const latestAllocations = ex.coverage?.allocations?.history === 'latest';
  const latestVisits = ex.coverage?.visits?.history === 'latest';
  /** The worker allocated on a day (the latest-started allocation open then). */
  const allocatedOn = (d: Day): string | null => {
    let best: AllocationRow | null = null;
    for (const a of allocations)
      if (openOn(a.startDate, a.endDate, d) && (!best || a.startDate! > best.startDate!)) best = a;
    return best?.workerId ?? null;
  };
  // Each concern is placed on the record its key names, read by the subject its finding declares
  // (rule.findings → keySubjects); a concern about the child as a whole is listed, not placed.
  const byRecord = new Map<string, { key: string; segment: string }[]>();
  for (const c of concerns) {
    const target = keyTarget(c.key, subjects);
    if (!target || ['child', 'worker', 'team', 'table'].includes(target.subject)) continue;
    const at = `${target.subject}:${target.id}`;
    if (!byRecord.has(at)) byRecord.set(at, []);
    byRecord.get(at)!.push({ key: c.key, segment: target.segment });
  }
  /** Concerns naming a record, of the given finding segments only (all when omitted): shown where it happened. */
  const pick = (table: TableName, id: string | null, segments?: readonly string[]): string[] => {
    const subject = TABLE_SUBJECT[table];
    if (id === null || subject === undefined) return [];
    return (byRecord.get(`${subject}:${id}`) ?? [])
      .filter((c) => segments === undefined || segments.includes(c.segment))
      .map((c) => c.key);
  };
  const drafts: Draft[] = [];
  const add = (
    table: TableName,
    day: Day | null,
    line: number,
    event: string,
    o: {
      id?: string | null;
      worker?: string | null;
      team?: string | null;
      detail?: string;
      limit?: string | null;
      text?: string | null;
      concerns?: string[];
    },
  ) => {
    if (day === null || day > asAt) return;
    const worker = o.worker ?? allocatedOn(day);
    const team = o.team ?? (worker ? (teamOf.get(worker) ?? null) : null);
    const e: ChronologyEvent = {
      date: toIso(day),
      event,
      table,
      recordId: o.id ?? null,
      workerId: worker,
      team,
      detail: o.detail ?? '',
      limitBroken: o.limit ?? null,
      concerns: o.concerns ?? pick(table, o.id ?? null),
    };
    if (withText && o.text) e.text = o.text;
    drafts.push({ day, order: CHRONOLOGY_TABLES.indexOf(table), line, e });
  };

  for (const c of mine(t.children)) add('children', c.dateOfBirth, c.line, 'Born', {});
  for (const c of mine(t.contacts))
    add('contacts', c.contactDate, c.line, 'Contact', {
      id: c.contactId,
      detail: join(c.source && `source ${c.source}`, c.outcome && `outcome ${c.outcome}`),
    });
  for (const r of mine(t.referrals))
    add('referrals', r.referralDate, r.line, 'Referral', {
      id: r.referralId,
      team: r.team,
      detail: join(r.source && `source ${r.source}`, r.outcome && `outcome ${r.outcome}`),
    });
  for (const a of mine(t.assessments)) {
    const o = { id: a.assessmentId, worker: a.workerId, team: a.team };
    add('assessments', a.startDate, a.line, 'Assessment started', {
      ...o,
      detail: join(a.referralId && `referral ${a.referralId}`),
      concerns: pick('assessments', a.assessmentId, a.seenDate === null ? ['open', 'seen'] : ['open']),
    });
    if (a.startDate !== null && a.seenDate !== null) {
      const n = wd(a.startDate, a.seenDate);
      add('assessments', a.seenDate, a.line, 'Child seen (assessment)', {
        ...o,
        concerns: pick('assessments', a.assessmentId, ['seen']),
        limit:
          n > limits.seenWorkingDays
            ? `seen ${n} working days after the start (limit ${limits.seenWorkingDays})`
            : null,
      });
    }
    add('assessments', a.seenAloneDate, a.line, 'Child seen alone (assessment)', { ...o, concerns: [] });
    if (a.startDate !== null && a.completionDate !== null) {
      const n = wd(a.startDate, a.completionDate);
      add('assessments', a.completionDate, a.line, 'Assessment completed', {
        ...o,
        concerns: pick('assessments', a.assessmentId, ['late', 'alone']),
        detail: join(a.outcome && `outcome ${a.outcome}`),
        limit:
          n > limits.assessmentWorkingDays ? `took ${n} working days (limit ${limits.assessmentWorkingDays})` : null,
      });
    }
  }
  for (const s of mine(t.section47)) {
    add('section47', s.strategyDate, s.line, 'Strategy discussion (section 47)', {
      id: s.s47Id,
      team: s.team,
      concerns: [],
      detail: join(s.outcome && `outcome ${s.outcome}`),
    });
    if (s.strategyDate !== null && s.icpcDate !== null) {
      const n = wd(s.strategyDate, s.icpcDate);
      add('section47', s.icpcDate, s.line, 'Initial child protection conference', {
        id: s.s47Id,
        team: s.team,
        limit:
          n > limits.icpcWorkingDays
            ? `${n} working days after the strategy discussion (limit ${limits.icpcWorkingDays})`
            : null,
      });
    }
  }
  const plans = mine(t.plans);
  const planIds = new Set(plans.map((p) => p.planId).filter((id): id is string => id !== null));
  for (const p of plans) {
    const o = { id: p.planId, team: p.team };
    // the plan's concerns are shown once, on its start
    add('plans', p.startDate, p.line, `${planLabel(p)} started`, {
      ...o,
      detail: join(p.category && `category ${p.category}`),
      limit: latestAllocations ? null : allocationDelay(p, allocations, asAt, limits),
    });
    add('plans', p.endDate, p.line, `${planLabel(p)} ended`, {
      ...o,
      detail: join(p.endReason && `reason ${p.endReason}`),
      concerns: [],
    });
  }
  const planOf = new Map(plans.filter((p) => p.planId !== null).map((p) => [p.planId!, p]));
  for (const r of t.reviews ?? []) {
    if (r.planId === null || !planIds.has(r.planId)) continue;
    const p = planOf.get(r.planId)!;
    // only a late-review concern names a review (its key ends in the review's date)
    const held = r.reviewDate === null ? '' : `/${r.planId}/${toIso(r.reviewDate)}`;
    add('reviews', r.reviewDate, r.line, `${planLabel(p)} review`, {
      id: r.planId,
      team: p.team,
      detail: `plan ${r.planId}`,
      concerns: concerns.filter((c) => held && c.key.endsWith(held)).map((c) => c.key),
    });
  }
  for (const a of latestAllocations ? [] : allocations) {
    add('allocations', a.startDate, a.line, 'Worker allocated', { worker: a.workerId });
    add('allocations', a.endDate, a.line, 'Allocation ended', { worker: a.workerId });
  }
  const visits = mine(t.visits);
  const gapAt = visitGaps(
    plans,
    visits.filter((v) => v.seen !== false && v.visitDate !== null).map((v) => v.visitDate!),
    asAt,
    limits,
    latestVisits,
  );
  for (const v of visits) {
    const gaps = v.visitDate !== null && v.seen !== false ? gapAt.get(v.visitDate) : undefined;
    add('visits', v.visitDate, v.line, 'Visit', {
      worker: v.workerId,
      detail: join(`seen ${yesNo(v.seen) ?? 'yes'}`, v.seenAlone !== null && `seen alone ${yesNo(v.seenAlone)}`),
      limit: gaps?.join('; ') ?? null,
    });
  }
  // Gaps still running, or ended by a plan's end: marked on the as-at date or the plan end.
  for (const [day, gaps] of gapAt) {
    if (visits.some((v) => v.visitDate === day && v.seen !== false)) continue;
    add(
      'visits',
      day,
      Number.MAX_SAFE_INTEGER,
      day === asAt ? 'As-at date: no visit since' : 'Plan ended with no visit since',
      { worker: allocatedOn(day), limit: gaps.join('; ') },
    );
  }
  for (const s of mine(t.supervisions)) {
    const kind =
      s.type === 'oversight'
        ? 'Management oversight'
        : s.type === 'personal'
          ? 'Personal supervision'
          : s.type === 'group'
            ? 'Group supervision'
            : 'Case supervision';
    add('supervisions', s.supervisionDate, s.line, kind, {
      id: s.supervisionId,
      worker: s.workerId,
      detail: join(s.supervisorId && `supervisor ${s.supervisorId}`),
      text: [s.recordText, s.actions].filter(Boolean).join('\n') || null,
    });
  }
  drafts.sort((a, b) => a.day - b.day || a.order - b.order || a.line - b.line);
  return drafts.map((d) => d.e);
}

const PLAN_LABEL: Readonly<Record<string, string>> = {
  cin: 'CIN plan',
  cp: 'CP plan',
  cla: 'CLA (child in care)',
  early_help: 'Early help plan',
  care_leaver: 'Care leaver plan',
};
function planLabel(p: PlanRow): string {
  return p.planType === null ? 'Plan (type unknown)' : (PLAN_LABEL[p.planType] ?? 'Plan');
}

/** SPEC §4.2: no allocation open on the plan's start, and the first one after it too late (or none). */
function allocationDelay(
  p: PlanRow,
  allocations: readonly AllocationRow[],
  asAt: Day,
  limits: ChronologyLimits,
): string | null {
  if (p.startDate === null || (p.planType !== 'cin' && p.planType !== 'cp' && p.planType !== 'cla')) return null;
  const start = p.startDate;
  if (allocations.some((a) => openOn(a.startDate, a.endDate, start))) return null;
  const next = allocations
    .filter((a) => a.startDate !== null && a.startDate > start && a.startDate <= asAt)
    .map((a) => a.startDate!)
    .sort((x, y) => x - y)[0];
  const n = wd(start, next ?? asAt);
  if (n <= limits.allocationWorkingDays) return null;
  return next === undefined
    ? `no worker allocated ${n} working days after the plan started (limit ${limits.allocationWorkingDays})`
    : `worker allocated ${n} working days after the plan started (limit ${limits.allocationWorkingDays})`;
}

/** SPEC §4.5 gaps of each CP, CIN and CLA plan (start → seen visits → end or as-at) over the limit, by the
 * day that ended them; with the latest visit only (`currentOnly`), as the rule: each open plan's gap on as-at. */
function visitGaps(
  plans: readonly PlanRow[],
  seenDays: readonly Day[],
  asAt: Day,
  limits: ChronologyLimits,
  currentOnly = false,
): Map<Day, string[]> {
  const out = new Map<Day, string[]>();
  const sorted = [...seenDays].sort((a, b) => a - b);
  for (const p of plans) {
    const type = p.planType;
    if (p.startDate === null || p.startDate > asAt || (type !== 'cin' && type !== 'cp' && type !== 'cla')) continue;
    const end = p.endDate !== null && p.endDate < asAt ? p.endDate : asAt;
    if (currentOnly && end !== asAt) continue;
    const points = [p.startDate, ...sorted.filter((d) => d >= p.startDate! && d <= end), end];
    for (let i = currentOnly ? points.length - 1 : 1; i < points.length; i++) {
      const from = points[i - 1]!,
        to = points[i]!;
      if (to === from && i === points.length - 1) continue;
      const cla = p.planType === 'cla';
      const n = cla ? to - from : wd(from, to);
      const limit = cla
        ? limits.claVisitDays
        : p.planType === 'cp'
          ? limits.cpVisitWorkingDays
          : limits.cinVisitWorkingDays;
      if (n <= limit) continue;
      const since = i === 1 ? `the ${type.toUpperCase()} plan started` : 'the last visit';
      const text = `${n} ${cla ? 'days' : 'working days'} since ${since} (${type.toUpperCase()} limit ${limit})`;
      if (!out.has(to)) out.set(to, []);
      out.get(to)!.push(text);
    }
  }
  return out;
}
