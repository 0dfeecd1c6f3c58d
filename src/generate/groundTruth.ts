/**
 * The answers the rules must give on a generated export, worked out from SPEC §4 on the
 * generator's own records as they are made (child by child, so memory stays bounded). The
 * generator plants violations and near-misses on purpose; this evaluation is what makes the
 * `flagged` lists complete rather than a sample, and the tests check the plants against it.
 */
import type { AnyRule } from '../engine/rule.js';
import { type Day, addMonths, toIso } from '../model/day.js';
import { wd } from '../model/calendar.js';
import { VISIT_LIMIT, nextReviewDue } from './councilContext.js';
import type { GChild, GPlan, GWorker } from './types.js';

export type KeyLists = Record<string, Record<string, string[]>>;

export interface ShareCount {
  value: number | null;
  numerator: number;
  denominator: number;
}
export interface DataQualityPlant {
  table: string;
  line: number;
  column: string;
  code: string;
}

export interface GroundTruth {
  seed: number;
  /**
   * Layout the export was written in (`generate --layout`); absent means canonical. The truth
   * itself is the same in every layout: where a layout cannot carry a measure, the truth is not
   * changed, and `dataQuality` names lines of the canonical files.
   */
  layout?: string;
  asAt: string;
  periodStart: string;
  flagged: KeyLists;
  nearMisses: KeyLists;
  outlierTeam: string;
  dataQuality: DataQualityPlant[];
  expected: Record<string, Record<string, ShareCount | number | null>>;
}

/**
 * Rules whose findings the generator does not plant per subject: data quality (planted as
 * `dataQuality` instead) and workforce (team-level shares, checked through `expected`).
 */
const NOT_PLANTED: ReadonlySet<string> = new Set(['data-quality', 'workforce']);

export type FindingIds = Readonly<Record<string, readonly string[]>>;

/**
 * Finding ids of every other rule of `rules` (the whole registry, in its order), so every list is
 * present even when empty and a finding added to a rule is in the ground truth without an edit
 * here. Given the rules, not importing rules/index.ts, so the CLI's generate command loads them
 * from rules/registry.ts (issue 24).
 */
export function findingIds(rules: readonly AnyRule[]): FindingIds {
  return Object.fromEntries(rules.filter((r) => !NOT_PLANTED.has(r.id)).map((r) => [r.id, Object.keys(r.findings)]));
}

class Share {
  num = 0;
  den = 0;
  add(ok: boolean): void {
    this.den++;
    if (ok) this.num++;
  }
  get out(): ShareCount {
    return { value: this.den === 0 ? null : this.num / this.den, numerator: this.num, denominator: this.den };
  }
}

const SCHEDULED = new Set(['cin', 'cp', 'cla']);

export class TruthBuilder {
  readonly flagged: KeyLists = {};
  readonly nearMisses: KeyLists = {};
  private readonly shares = new Map<string, Share>();
  private readonly counts = new Map<string, number>();
  private readonly nfaTeams = new Map<string, { n: number; hit: number }>();
  private readonly icpcTeams = new Map<string, { n: number; hit: number }>();

  constructor(
    private readonly asAt: Day,
    private readonly periodStart: Day,
    findings: FindingIds,
  ) {
    for (const [rule, ids] of Object.entries(findings)) {
      this.flagged[rule] = Object.fromEntries(ids.map((id) => [id, []]));
      this.nearMisses[rule] = Object.fromEntries(ids.map((id) => [id, []]));
    }
    for (const id of [
      'assessment-timeliness.openOverdue',
      'allocation-delay.unallocatedOpen',
      'plan-drift.overdueReviews',
      'plan-drift.longCpPlans',
      'plan-drift.longCinPlans',
      'threshold-consistency.stepDownReturns',
      'supervision-quality.oversightGaps',
      'supervision-quality.personalSupervisionGaps',
    ])
      this.counts.set(id, 0);
  }

  private flag(rule: string, finding: string, key: string): void {
    this.flagged[rule]![finding]!.push(key);
  }
  nearMiss(rule: string, finding: string, key: string): void {
    this.nearMisses[rule]![finding]!.push(key);
  }
  private share(id: string): Share {
    let s = this.shares.get(id);
    if (!s) this.shares.set(id, (s = new Share()));
    return s;
  }
  private count(id: string, by = 1): void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + by);
  }
  private inPeriod(d: Day | null): d is Day {
    return d !== null && d >= this.periodStart && d <= this.asAt;
  }

  observe(c: GChild): void {
    const A = this.asAt;
    // 4.1 assessment timeliness
    for (const a of c.assessments) {
      if (this.inPeriod(a.completion)) {
        const days = wd(a.start, a.completion);
        this.share('assessment-timeliness.completedWithin45').add(days <= 45);
        if (days > 45) this.flag('assessment-timeliness', 'late-completions', `assessment-timeliness/late/${a.id}`);
        this.share('assessment-timeliness.seenAlone').add(a.seenAlone !== null);
        if (a.seenAlone === null)
          this.flag('assessment-timeliness', 'not-seen-alone', `assessment-timeliness/alone/${a.id}`);
        const team = this.nfaTeams.get(a.team) ?? { n: 0, hit: 0 };
        team.n++;
        if (a.outcome === 'nfa') team.hit++;
        this.nfaTeams.set(a.team, team);
      }
      if (a.completion === null && a.start <= A && wd(a.start, A) > 45) {
        this.count('assessment-timeliness.openOverdue');
        this.flag('assessment-timeliness', 'open-overdue', `assessment-timeliness/open/${a.id}`);
      }
      if (this.inPeriod(a.start)) {
        const ok = a.seen !== null && wd(a.start, a.seen) <= 5;
        this.share('assessment-timeliness.seenWithinTarget').add(ok);
        if (!ok) this.flag('assessment-timeliness', 'not-seen-in-time', `assessment-timeliness/seen/${a.id}`);
      }
    }
    const scheduled = c.plans.filter((p) => SCHEDULED.has(p.type));
    const openOnAsAt = (p: GPlan) => p.start <= A && (p.end === null || p.end >= A);
    // 4.2 allocation delay
    for (const p of scheduled) {
      if (!this.inPeriod(p.start)) continue;
      let delay: number;
      if (c.allocations.some((x) => x.start <= p.start && (x.end === null || x.end >= p.start))) delay = 0;
      else {
        const later = c.allocations
          .filter((x) => x.start > p.start && x.start <= A)
          .map((x) => x.start)
          .sort((x, y) => x - y)[0];
        delay = later === undefined ? wd(p.start, A) : wd(p.start, later);
      }
      this.share('allocation-delay.allocatedWithinTarget').add(delay <= 5);
      if (delay > 5) this.flag('allocation-delay', 'delayed-allocation', `allocation-delay/plan/${p.id}`);
    }
    const openScheduled = scheduled.filter(openOnAsAt);
    if (openScheduled.length > 0 && !c.allocations.some((x) => x.start <= A && (x.end === null || x.end >= A))) {
      this.count('allocation-delay.unallocatedOpen');
      this.flag('allocation-delay', 'unallocated-open', `allocation-delay/unallocated/${c.id}`);
    }
    // 4.4 plan drift
    for (const p of scheduled) {
      const endEff = p.end ?? A;
      const counted = p.reviews.filter((r) => r >= p.start && r <= endEff && r <= A).sort((x, y) => x - y);
      for (let i = 0; i < counted.length; i++) {
        const r = counted[i]!;
        if (!this.inPeriod(r)) continue;
        const due = nextReviewDue(p.type, p.start, counted.slice(0, i))!;
        this.share('plan-drift.reviewsOnTime').add(r <= due);
        if (r > due) this.flag('plan-drift', 'late-reviews', `plan-drift/late-review/${p.id}/${toIso(r)}`);
      }
      if (openOnAsAt(p)) {
        const due = nextReviewDue(p.type, p.start, counted)!;
        if (due < A) {
          this.count('plan-drift.overdueReviews');
          this.flag('plan-drift', 'overdue-reviews', `plan-drift/overdue/${p.id}`);
        }
        if (p.type === 'cp' && addMonths(p.start, 24) <= A) {
          this.count('plan-drift.longCpPlans');
          this.flag('plan-drift', 'long-cp-plans', `plan-drift/long-cp/${p.id}`);
        }
        if (p.type === 'cin' && addMonths(p.start, 12) <= A) {
          this.count('plan-drift.longCinPlans');
          this.flag('plan-drift', 'long-cin-plans', `plan-drift/long-cin/${p.id}`);
        }
      }
    }
    // 4.5 visit timeliness
    for (const p of scheduled) {
      if (p.start > A || (p.end !== null && p.end < this.periodStart)) continue;
      const endEff = p.end ?? A;
      const seen = c.visits
        .filter((v) => v.seen && v.date >= p.start && v.date <= endEff)
        .map((v) => v.date)
        .sort((x, y) => x - y);
      const points = [p.start, ...seen, endEff];
      const type = p.type as 'cp' | 'cin' | 'cla';
      let ok = true;
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1]!,
          b = points[i]!;
        const gap = type === 'cla' ? b - a : wd(a, b);
        if (this.inPeriod(b) && gap > VISIT_LIMIT[type]) ok = false;
      }
      this.share('visit-timeliness.plansWithinVisitLimits').add(ok);
      if (!ok) this.flag('visit-timeliness', 'visit-gaps', `visit-timeliness/plan/${p.id}`);
      if (type === 'cp' && openOnAsAt(p)) {
        const latest = c.visits
          .filter((v) => v.seen && v.date >= p.start && v.date <= A)
          .sort((x, y) => x.date - y.date)
          .pop();
        const alone = latest?.seenAlone === true;
        this.share('visit-timeliness.cpSeenAlone').add(alone);
        if (!alone) this.flag('visit-timeliness', 'cp-not-seen-alone', `visit-timeliness/alone/${p.id}`);
      }
    }
    // 4.6 threshold consistency
    for (const r of c.referrals) {
      if (!this.inPeriod(r.date)) continue;
      const from = addMonths(r.date, -12);
      const re = c.referrals.some((o) => o !== r && o.date < r.date && o.date >= from);
      this.share('threshold-consistency.rereferralRate').add(re);
      if (re) this.flag('threshold-consistency', 'rereferrals', `threshold-consistency/rereferral/${r.id}`);
    }
    for (const p of c.plans) {
      if (p.type === 'cp' && this.inPeriod(p.start)) {
        const repeat = c.plans.some((o) => o !== p && o.type === 'cp' && o.start < p.start);
        this.share('threshold-consistency.repeatCpPlans').add(repeat);
        if (repeat) this.flag('threshold-consistency', 'repeat-cp-plans', `threshold-consistency/repeat-cp/${p.id}`);
      }
      if (p.endReason === 'step_down' && this.inPeriod(p.end)) {
        const end = p.end,
          limit = addMonths(p.end, 6);
        if (c.referrals.some((r) => r.date > end && r.date <= limit)) {
          this.count('threshold-consistency.stepDownReturns');
          this.flag('threshold-consistency', 'step-down-returns', `threshold-consistency/step-down/${p.id}`);
        }
      }
    }
    for (const s of c.s47) {
      if (this.inPeriod(s.icpc)) {
        const late = wd(s.strategy, s.icpc) > 15;
        this.share('threshold-consistency.lateIcpc').add(late);
        if (late) this.flag('threshold-consistency', 'late-icpc', `threshold-consistency/late-icpc/${s.id}`);
      }
      if (this.inPeriod(s.strategy)) {
        const t = this.icpcTeams.get(s.team) ?? { n: 0, hit: 0 };
        t.n++;
        if (s.outcome === 'icpc') t.hit++;
        this.icpcTeams.set(s.team, t);
      }
    }
    // 4.7 supervision: oversight and record quality
    if (openScheduled.length > 0) {
      const start = Math.min(...openScheduled.map((p) => p.start));
      let last: Day | null = null;
      for (const s of c.supervisions) {
        if (
          (s.type === 'case' || s.type === 'oversight') &&
          s.date >= start &&
          s.date <= A &&
          (last === null || s.date > last)
        )
          last = s.date;
      }
      if (A - (last ?? start) > 30) {
        this.count('supervision-quality.oversightGaps');
        this.flag('supervision-quality', 'oversight-gaps', `supervision-quality/oversight/${c.id}`);
      }
    }
    for (const s of c.supervisions) {
      if ((s.type !== 'case' && s.type !== 'oversight') || !this.inPeriod(s.date)) continue;
      const meets = s.kind === 'strong';
      this.share('supervision-quality.recordsMeetingStandard').add(meets);
      if (!meets) this.flag('supervision-quality', 'records-below-standard', `supervision-quality/record/${s.id}`);
    }
  }

  /** Worker-level answers (caseloads, personal supervision, workforce) once every child is known. */
  observeWorkers(workers: readonly GWorker[], latestPersonal: ReadonlyMap<string, Day>): void {
    const A = this.asAt,
      P = this.periodStart;
    const activeOn = (w: GWorker, d: Day) => w.start <= d && (w.end === null || w.end >= d);
    let caseSum = 0,
      fteSum = 0,
      over = 0;
    for (const w of workers) {
      if (!activeOn(w, A) || w.caseload < 1) continue;
      caseSum += w.caseload;
      fteSum += w.fte;
      if (w.caseload / w.fte > 15) {
        over++;
        this.flag('caseloads', 'over-target', `caseloads/worker/${w.id}`);
      }
      const latest = latestPersonal.get(w.id);
      const limit = w.nq ? 14 : 30;
      if (latest === undefined || A - latest > limit) {
        this.count('supervision-quality.personalSupervisionGaps');
        this.flag('supervision-quality', 'personal-supervision-gaps', `supervision-quality/personal/${w.id}`);
      }
    }
    this.counts.set('caseloads.overTarget', over);
    this.counts.set('caseloads.averagePerFte', fteSum === 0 ? 0 : caseSum / fteSum);
    const active = workers.filter((w) => activeOn(w, A));
    const agency = new Share(),
      nq = new Share();
    for (const w of active) {
      agency.add(w.agency);
      nq.add(w.nq);
    }
    this.shares.set('workforce.agencyRate', agency);
    this.shares.set('workforce.newlyQualifiedRate', nq);
    const leavers = workers.filter((w) => this.inPeriod(w.end)).length;
    const mean = (workers.filter((w) => activeOn(w, P)).length + active.length) / 2;
    this.counts.set('workforce.leaversInPeriod', leavers);
    this.shares.set('workforce.turnoverRate', Object.assign(new Share(), { num: leavers, den: mean }));
  }

  /** SPEC §4.6 team outliers: teams with ≥ 10 outside p ± 3.09·√(p(1−p)/n). */
  private outliers(teams: Map<string, { n: number; hit: number }>, finding: string, prefix: string): void {
    let n = 0,
      hit = 0;
    for (const t of teams.values()) {
      n += t.n;
      hit += t.hit;
    }
    if (n === 0) return;
    const p = hit / n;
    for (const [team, t] of [...teams].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (t.n < 10) continue;
      const half = 3.09 * Math.sqrt((p * (1 - p)) / t.n);
      const rate = t.hit / t.n;
      if (rate < p - half || rate > p + half)
        this.flag('threshold-consistency', finding, `threshold-consistency/${prefix}/${team}`);
    }
  }

  finish(meta: { seed: number; outlierTeam: string; dataQuality: DataQualityPlant[] }): GroundTruth {
    this.outliers(this.nfaTeams, 'team-outliers-nfa', 'outlier-nfa');
    this.outliers(this.icpcTeams, 'team-outliers-icpc', 'outlier-icpc');
    const sortAll = (k: KeyLists) => {
      for (const r of Object.values(k)) for (const id of Object.keys(r)) r[id] = [...new Set(r[id])].sort();
    };
    sortAll(this.flagged);
    sortAll(this.nearMisses);
    const expected: GroundTruth['expected'] = {};
    const put = (id: string, v: ShareCount | number | null) => {
      const [rule, metric] = id.split('.') as [string, string];
      (expected[rule] ??= {})[metric] = v;
    };
    for (const [id, s] of [...this.shares].sort((a, b) => (a[0] < b[0] ? -1 : 1))) put(id, s.out);
    for (const [id, v] of [...this.counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      put(id, v);
    }
    return {
      seed: meta.seed,
      asAt: toIso(this.asAt),
      periodStart: toIso(this.periodStart),
      flagged: this.flagged,
      nearMisses: this.nearMisses,
      outlierTeam: meta.outlierTeam,
      dataQuality: meta.dataQuality,
      expected,
    };
  }

  /** Team counts for tests and the summary. */
  teamTable(kind: 'nfa' | 'icpc'): Array<{ team: string; n: number; hit: number }> {
    return [...(kind === 'nfa' ? this.nfaTeams : this.icpcTeams)]
      .map(([team, t]) => ({ team, ...t }))
      .sort((a, b) => (a.team < b.team ? -1 : 1));
  }
}
