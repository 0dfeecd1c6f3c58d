/**
 * Indexes over the loaded export, built once on first use and shared by every rule, so no rule
 * scans a table per child. Lists are sorted by their main date (nulls last), then source line.
 */
import type { Day } from '../model/day.js';
import type { LoadedExport } from '../model/export.js';
import type { AllocationRow, PlanRow, ReferralRow, ReviewRow, SupervisionRow, TableName, TableRows, VisitRow, WorkerRow } from '../model/tables.js';

function groupBy<R>(rows: readonly R[], key: (r: R) => string | null, date: (r: R) => Day | null, line: (r: R) => number): Map<string, R[]> {
  const m = new Map<string, R[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(r);
  }
  for (const list of m.values()) {
    list.sort((a, b) => {
      const da = date(a), db = date(b);
      if (da !== db) return da === null ? 1 : db === null ? -1 : da - db;
      return line(a) - line(b);
    });
  }
  return m;
}

export class ExportIndex {
  private cache = new Map<string, unknown>();
  constructor(private readonly ex: LoadedExport) {}

  private memo<V>(name: string, build: () => V): V {
    if (!this.cache.has(name)) this.cache.set(name, build());
    return this.cache.get(name) as V;
  }

  private rows<T extends TableName>(t: T): readonly TableRows[T][] {
    return (this.ex.tables[t] ?? []) as readonly TableRows[T][];
  }

  get plansByChild(): Map<string, PlanRow[]> {
    return this.memo('plansByChild', () => groupBy(this.rows('plans'), (r) => r.childId, (r) => r.startDate, (r) => r.line));
  }
  get allocationsByChild(): Map<string, AllocationRow[]> {
    return this.memo('allocationsByChild', () => groupBy(this.rows('allocations'), (r) => r.childId, (r) => r.startDate, (r) => r.line));
  }
  get visitsByChild(): Map<string, VisitRow[]> {
    return this.memo('visitsByChild', () => groupBy(this.rows('visits'), (r) => r.childId, (r) => r.visitDate, (r) => r.line));
  }
  get reviewsByPlan(): Map<string, ReviewRow[]> {
    return this.memo('reviewsByPlan', () => groupBy(this.rows('reviews'), (r) => r.planId, (r) => r.reviewDate, (r) => r.line));
  }
  get referralsByChild(): Map<string, ReferralRow[]> {
    return this.memo('referralsByChild', () => groupBy(this.rows('referrals'), (r) => r.childId, (r) => r.referralDate, (r) => r.line));
  }
  get supervisionsByChild(): Map<string, SupervisionRow[]> {
    return this.memo('supervisionsByChild', () => groupBy(this.rows('supervisions'), (r) => r.childId, (r) => r.supervisionDate, (r) => r.line));
  }
  get supervisionsByWorker(): Map<string, SupervisionRow[]> {
    return this.memo('supervisionsByWorker', () => groupBy(this.rows('supervisions'), (r) => r.workerId, (r) => r.supervisionDate, (r) => r.line));
  }
  get workersById(): Map<string, WorkerRow> {
    return this.memo('workersById', () => {
      const m = new Map<string, WorkerRow>();
      for (const w of this.rows('workers')) if (w.workerId !== null && !m.has(w.workerId)) m.set(w.workerId, w);
      return m;
    });
  }
}

/** SPEC §1: open on day d — start ≤ d and (end blank or end ≥ d). A blank start is never open. */
export function openOn(start: Day | null, end: Day | null, d: Day): boolean {
  return start !== null && start <= d && (end === null || end >= d);
}

/** SPEC §3: a worker is active on d when employment is open on d; blank start = always was. */
export function workerActiveOn(w: WorkerRow, d: Day): boolean {
  return (w.startDate === null || w.startDate <= d) && (w.endDate === null || w.endDate >= d);
}

/** SPEC §3: newly qualified on d — qualified within the 365 days before d, or role ASYE/NQSW. */
export function newlyQualifiedOn(w: WorkerRow, d: Day): boolean {
  if (w.role !== null && /\b(asye|nqsw)\b/i.test(w.role)) return true;
  // "Within the 365 days before d" read inclusively: qualified on d − 365 … d.
  return w.qualifiedDate !== null && w.qualifiedDate <= d && d - w.qualifiedDate <= 365;
}
