/**
 * One fictional child's journey through children's services: contacts → referral → assessment
 * → section 47 → CIN / CP / CLA plans with reviews, visits, allocations and case supervision,
 * sometimes a second referral later. The background is clean by construction for every rule of
 * SPEC §4 (assessments within 45 working days, seen within 5, allocations open on plan start,
 * reviews and visits on schedule, monthly supervision with strong records); violations are then
 * planted at realistic rates, and scenario children carry the near-misses exactly at a limit.
 */
import { type Day, addMonths } from '../model/day.js';
import { addWorkingDays, wd } from '../model/calendar.js';
import {
  CIN_CATEGORIES,
  CONTACT_OUTCOMES,
  CONTACT_SOURCES,
  CP_CATEGORIES,
  ETHNICITIES,
  FIRST_NAMES,
  GIRL_NAMES,
  REFERRAL_SOURCES,
} from './names.js';
import type { GAssessment, GChild, GPlan, GS47 } from './types.js';
import { type ChildForce, type CouncilContext, type Need, pad, quota, subWorkingDays } from './councilContext.js';
import { resolveAllocations } from './allocations.js';
// A plan's schedules and the records made from them live beside the builder, one concern each.
import {
  type PendingSupervision,
  type PlannedVisit,
  planCaseSupervision,
  planReviews,
  planVisits,
} from './planSchedules.js';
import { resolveSupervision, resolveVisits } from './caseRecords.js';

export class ChildBuilder {
  private c!: GChild;
  private f: ChildForce | null = null;
  private needs: Need[] = [];
  private openNeed: Need | null = null;
  private pendingSup: PendingSupervision[] = [];
  private visitPlan: PlannedVisit[] = [];
  private name = '';
  private lastStepDown: Day | null = null;
  private girl = true;

  constructor(private readonly x: CouncilContext) {}

  private get plant(): boolean {
    return this.f === null;
  }
  private id(kind: keyof CouncilContext['ids'], prefix: string, width: number): string {
    this.x.ids[kind]++;
    return `${prefix}${pad(this.x.ids[kind], width)}`;
  }

  build(childId: string, force: ChildForce | null): GChild {
    const { rng, asAt: A, periodStart: P, historyStart: H } = this.x;
    this.f = force;
    this.needs = [];
    this.openNeed = null;
    this.pendingSup = [];
    this.visitPlan = [];
    this.lastStepDown = null;
    const girl = rng.chance(0.49);
    this.name = girl
      ? FIRST_NAMES[rng.int(0, GIRL_NAMES - 1)]!
      : FIRST_NAMES[rng.int(GIRL_NAMES, FIRST_NAMES.length - 1)]!;
    this.girl = girl;
    const age = rng.int(0, 17);
    this.c = {
      id: childId,
      dob: A - age * 365 - rng.int(0, 364),
      gender: girl ? 'Female' : 'Male',
      ethnicity: rng.weighted(ETHNICITIES),
      disability: rng.chance(0.08),
      uasc: age >= 14 && rng.chance(0.12),
      contacts: [],
      referrals: [],
      assessments: [],
      s47: [],
      plans: [],
      allocations: [],
      visits: [],
      supervisions: [],
    };
    const referred = force !== null || rng.chance(0.4);
    const t0 = force?.t0 ?? (rng.chance(0.55) ? rng.int(P, A - 12) : rng.int(H, P - 1));
    if (!referred) {
      const n = rng.int(1, 2);
      for (let i = 0; i < n; i++) this.contact(Math.min(A, t0 + i * rng.int(20, 200)), rng.pick(CONTACT_OUTCOMES));
    } else {
      const closure = this.episode(t0);
      let second: Day | null = force?.secondReferral ?? null;
      const sd = this.lastStepDown;
      // planted: concerns return while the family is on early help after a step down
      if (force === null && sd !== null && rng.chance(0.5)) second = sd + rng.int(20, 170);
      else if (force === null && closure !== null && rng.chance(0.5))
        second = closure + (rng.chance(0.65) ? rng.int(15, 150) : rng.int(380, 800));
      if (second !== null && second <= A - 10) {
        this.endNeed(second - 1);
        if (force === null) {
          for (const p of this.c.plans) {
            if (p.type === 'early_help' && (p.end === null || p.end >= second)) {
              p.end = Math.max(p.start, second - 1);
              p.endReason = 'step_up';
            }
          }
        }
        this.episode(second, true);
      }
    }
    resolveAllocations(this.x, this.needs, this.c);
    resolveVisits(this.x, this.c, this.visitPlan);
    resolveSupervision(this.x, this.c, this.pendingSup, {
      plant: this.plant,
      name: this.name,
      girl: this.girl,
      nextId: () => this.id('supervision', 'SV', 8),
    });
    return this.c;
  }

  private contact(date: Day, outcome: string): void {
    this.c.contacts.push({ id: this.id('contact', 'CT', 7), date, source: this.x.rng.pick(CONTACT_SOURCES), outcome });
  }

  private pickAssessTeam(): string {
    const { rng, teams } = this.x;
    if (rng.chance(this.x.outlierShare)) return teams.disabled;
    return rng.chance(0.78) ? rng.pick(teams.assessment) : rng.pick(teams.safeguarding);
  }

  /** One referral and what follows; returns the day the episode closed, or null when still open on as-at. */
  private episode(tRef: Day, second = false): Day | null {
    const { rng, asAt: A, periodStart: P } = this.x;
    const f = this.f;
    const team = this.pickAssessTeam();
    this.contact(tRef, "Referral to children's social care");
    const referralId = this.id('referral', 'R', 7);
    // Scenario children: the second referral is a plain NFA so it cannot disturb the scenario.
    const rOutcome = f
      ? second
        ? 'nfa'
        : (f.referralOutcome ?? 'assessment')
      : rng.weighted({ assessment: 84, nfa: 9, early_help: 7 });
    this.c.referrals.push({ id: referralId, date: tRef, source: rng.pick(REFERRAL_SOURCES), team, outcome: rOutcome });
    if (rOutcome === 'nfa') return tRef;
    if (rOutcome === 'early_help') return this.earlyHelp(tRef + rng.int(3, 15), team);

    const aStart = Math.min(A, tRef + (f ? 0 : rng.int(0, 2)));
    const lateL = this.plant && rng.chance(0.14);
    const L = f?.assessWd ?? (lateL ? rng.int(46, 85) : rng.skewed(10, 45, 0.55));
    const cand = addWorkingDays(aStart, L);
    const completion = f?.openAssessment || cand > A ? null : cand;
    let seenWd: number | null = f?.seenWd ?? rng.int(0, 5);
    if (f?.seenWd === undefined && this.plant && wd(aStart, A) > 10 && rng.chance(0.08))
      seenWd = rng.chance(0.4) ? null : rng.int(6, 10);
    let seen = seenWd === null ? null : addWorkingDays(aStart, seenWd);
    if (seen !== null && seen > A) seen = aStart; // background: seen the day the assessment started
    let seenAlone: Day | null = null;
    if (seen !== null && !(completion !== null && this.plant && rng.chance(0.08))) {
      seenAlone = Math.min(addWorkingDays(seen, rng.int(0, 2)), completion ?? A, A);
    }
    const a: GAssessment = {
      id: this.id('assessment', 'A', 7),
      referralId,
      start: aStart,
      completion,
      workerId: null,
      team,
      seen,
      seenAlone,
      outcome: null,
    };
    this.c.assessments.push(a);
    this.startNeed(team, aStart);
    if (completion === null) return null;

    let outcome: NonNullable<GAssessment['outcome']>;
    if (f?.assessOutcome) outcome = f.assessOutcome;
    else if (f?.planType === 'cp') outcome = 's47';
    else if (f?.planType) outcome = f.planType;
    else {
      const rate = team === this.x.teams.disabled ? this.x.outlierNfaRate : this.x.nfaRate;
      outcome = quota(this.x.quotas.nfa, `${team}|${completion >= P}`, rate)
        ? 'nfa'
        : second && this.c.plans.some((p) => p.type === 'cp')
          ? rng.weighted({ cin: 25, s47: 60, early_help: 5, cla: 8, other: 2 }) // known to CP before: concerns return
          : rng.weighted({ cin: 40, s47: 34, early_help: 13, cla: 7, other: 3 });
    }
    a.outcome = outcome;
    switch (outcome) {
      case 'nfa':
      case 'other':
        this.endNeed(completion);
        return completion;
      case 'early_help':
        this.endNeed(completion);
        return this.earlyHelp(completion + rng.int(1, 10), team);
      case 'cin':
        return this.chain('cin', f?.planStart ?? completion + (f ? 0 : rng.int(0, 3)), team, 0);
      case 'cla':
        return this.chain('cla', f?.planStart ?? completion, this.x.teams.cic, 0);
      case 's47': {
        let strategy: Day, icpcWd: number;
        if (f?.planType === 'cp' && f.planStart !== undefined) {
          icpcWd = f.icpcWd ?? 10;
          strategy = subWorkingDays(f.planStart, icpcWd);
        } else {
          strategy = addWorkingDays(aStart, rng.int(1, Math.min(8, L - 2)));
          icpcWd = f?.icpcWd ?? (this.plant && rng.chance(0.15) ? rng.int(16, 30) : rng.skewed(6, 15, 0.6));
        }
        const icpcCand =
          f?.planType === 'cp' && f.planStart !== undefined ? f.planStart : addWorkingDays(strategy, icpcWd);
        let sOutcome: GS47['outcome'];
        if (f) sOutcome = f.icpcWd !== undefined || f.planType === 'cp' ? 'icpc' : 'cin';
        else
          sOutcome = quota(this.x.quotas.icpc, `${team}|${strategy >= P}`, this.x.icpcRate)
            ? 'icpc'
            : rng.weighted({ cin: 50, nfa: 40, other: 10 });
        const s: GS47 = { id: this.id('s47', 'S', 7), strategy, icpc: null, outcome: sOutcome, team };
        this.c.s47.push(s);
        if (sOutcome === 'icpc') {
          if (icpcCand > A) {
            s.outcome = null;
            return null;
          }
          s.icpc = icpcCand;
          const cpTeam = rng.pick(this.x.teams.safeguarding);
          if (f?.planType === 'cp' || (f === null && rng.chance(0.85))) return this.chain('cp', icpcCand, cpTeam, 0);
          return this.chain('cin', icpcCand, team === this.x.teams.disabled ? team : cpTeam, 0);
        }
        if (sOutcome === 'cin')
          return this.chain(
            'cin',
            completion,
            team === this.x.teams.disabled ? team : rng.pick(this.x.teams.safeguarding),
            0,
          );
        this.endNeed(completion);
        return completion;
      }
    }
  }

  private startNeed(team: string, start: Day): void {
    const n: Need = { team, start, end: null };
    this.needs.push(n);
    this.openNeed = n;
  }

  private endNeed(end: Day): void {
    if (this.openNeed) {
      this.openNeed.end = Math.max(end, this.openNeed.start);
      this.openNeed = null;
    }
  }

  private earlyHelp(start: Day, team: string): Day | null {
    const { rng, asAt: A } = this.x;
    if (start > A - 5) return null;
    const end = start + rng.skewed(60, 240);
    const open = end > A - 10;
    this.c.plans.push({
      id: this.id('plan', 'P', 7),
      type: 'early_help',
      start,
      end: open ? null : end,
      endReason: open ? null : 'closed',
      category: '',
      team,
      reviews: [],
    });
    return open ? null : end;
  }

  /** A plan and the plans that follow it (step up / step down); returns the closure day or null. */
  private chain(type: 'cin' | 'cp' | 'cla', start: Day, team: string, depth: number): Day | null {
    const { rng, asAt: A, periodStart: P } = this.x;
    const f = this.f;
    if (start > A - 7) {
      this.endNeed(start);
      return start;
    } // too late to start: episode closes
    const plan: GPlan = {
      id: this.id('plan', 'P', 7),
      type,
      start,
      end: null,
      endReason: null,
      team,
      reviews: [],
      category: type === 'cp' ? rng.weighted(CP_CATEGORIES) : type === 'cin' ? rng.weighted(CIN_CATEGORIES) : '',
    };
    this.c.plans.push(plan);
    const first = depth === 0;
    // --- end of the plan
    let end: Day | null;
    if (first && f?.planEnd !== undefined) end = f.planEnd === 'open' ? null : f.planEnd;
    else if (type === 'cp' && this.plant && start <= addMonths(A, -24) && rng.chance(0.4))
      end = null; // planted long CP plan
    else {
      const dur =
        type === 'cin'
          ? rng.skewed(60, 520, 0.35)
          : type === 'cp'
            ? rng.skewed(90, 620, 0.3)
            : rng.skewed(150, 1200, 0.4);
      end = start + dur > A - 10 ? null : start + dur;
    }
    plan.end = end;
    // --- allocation
    const delay =
      first && f?.allocDelayWd !== undefined
        ? f.allocDelayWd
        : this.plant && start >= P && rng.chance(0.08)
          ? rng.int(6, 25)
          : 0;
    if (delay > 0) {
      if (this.openNeed) this.endNeed(start - 1);
      const needStart = addWorkingDays(start, delay);
      if (needStart <= A - 1 && (end === null || needStart <= end)) this.startNeed(team, needStart);
    } else if (this.openNeed && this.openNeed.team === team) {
      // same team carries on with the child
    } else {
      this.endNeed(start);
      this.startNeed(team, start);
    }
    if (end === null && this.openNeed && this.plant && rng.chance(0.05)) {
      // planted: worker left or case closed to them, never reallocated
      const cut = A - rng.int(10, 60);
      if (cut > this.openNeed.start) this.endNeed(cut);
    }
    // --- reviews, visits, supervision
    plan.reviews = planReviews(this.x, plan, this.f, first);
    this.visitPlan.push(...planVisits(this.x, plan, this.f, first));
    this.pendingSup.push(...planCaseSupervision(this.x, plan, this.f, first));
    if (end === null) return null;
    // --- what happens next
    let reason: NonNullable<GPlan['endReason']>;
    if (first && f?.planEndReason) reason = f.planEndReason;
    else if (f) reason = 'closed';
    else if (type === 'cin')
      reason =
        depth >= 2
          ? rng.weighted({ closed: 65, step_down: 35 })
          : rng.weighted({ closed: 55, step_down: 30, step_up: 15 });
    else if (type === 'cp') reason = depth >= 2 ? 'closed' : rng.weighted({ step_down: 60, closed: 25, step_up: 15 });
    else reason = rng.chance(0.7) ? 'other' : 'closed';
    plan.endReason = reason;
    const next = end + 1;
    if (reason === 'step_up' && type === 'cin') {
      // escalation: strategy discussion and ICPC, CP plan from the conference
      const strategy = subWorkingDays(next, rng.skewed(6, 15, 0.6));
      // recorded against an assessing team, like the first enquiry, so ICPC rates stay comparable
      this.c.s47.push({
        id: this.id('s47', 'S', 7),
        strategy,
        icpc: next,
        outcome: 'icpc',
        team: this.pickAssessTeam(),
      });
      return this.chain('cp', next, rng.pick(this.x.teams.safeguarding), depth + 1);
    }
    if (reason === 'step_up' && type === 'cp') return this.chain('cla', next, this.x.teams.cic, depth + 1);
    if (reason === 'step_down' && type === 'cp') return this.chain('cin', next, team, depth + 1);
    this.endNeed(end);
    if (reason === 'step_down') {
      this.lastStepDown = end;
      return this.earlyHelp(next, team);
    }
    return end;
  }
}
