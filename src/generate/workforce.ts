/**
 * Teams and social workers of the generated council. Workers holding cases on as-at are created
 * on demand as children need them, each with a capacity, so caseloads stay at or under 15 per
 * FTE except for the workers planted over it. Leavers and long-serving staff hold the historical
 * allocations. FTE values are chosen so that caseload / fte is exact in floating point.
 */
import { type Day } from '../model/day.js';
import type { Rng } from './rng.js';
import type { GWorker } from './types.js';

export interface TeamSet {
  all: string[];
  assessment: string[];
  safeguarding: string[];
  disabled: string;
  cic: string;
}

const CASE_ROLES = ['Social Worker', 'Social Worker', 'Senior Social Worker', 'Advanced Practitioner'];
/** FTE → the most children that keep caseload / fte ≤ 15 exactly (checked: 12/0.8 === 15, 9/0.6 === 15). */
const FTE_LIMIT: ReadonlyArray<[number, number, number]> = [
  [1, 15, 70],
  [0.8, 12, 12],
  [0.6, 9, 10],
  [0.5, 7, 8],
];

export interface WorkforceShape {
  asAt: Day;
  periodStart: Day;
  historyStart: Day;
  /** Expected case-holding workers per team, used only to size the leaver pool. */
  expectedPerTeam: number;
  agencyShare: number;
  nqShare: number;
  overShare: number;
  personalGapShare: number;
  personalNoneShare: number;
}

export class Workforce {
  readonly workers: GWorker[] = [];
  private readonly byId = new Map<string, GWorker>();
  private readonly available = new Map<string, GWorker[]>();
  private readonly byTeam = new Map<string, GWorker[]>();
  readonly managers = new Map<string, GWorker>();
  readonly anchors = new Map<string, GWorker>();
  private counter = 0;
  /** Planted near-miss workers: exactly 15 per FTE and personal supervision exactly at the limit. */
  readonly caseloadNearMiss = new Set<string>();
  private wantCaseloadNearMiss = true;
  private wantPersonalNearMiss = { nq: true, other: true };

  constructor(
    private readonly rng: Rng,
    readonly teams: TeamSet,
    private readonly shape: WorkforceShape,
  ) {
    for (const team of teams.all) {
      this.byTeam.set(team, []);
      this.available.set(team, []);
      const m = this.make(team, { manager: true });
      this.managers.set(team, m);
      const anchor = this.make(team, { anchor: true });
      // The first long-term team's senior worker is planted over target, so even a small export
      // has an over-target caseload to find once that team holds 16 or more children.
      // A part-time (0.6 FTE) worker holding 10 children is 16.7 per FTE.
      if (team === teams.safeguarding[0]) {
        anchor.fte = 0.6;
        anchor.capacity = 10;
      }
      this.anchors.set(team, anchor);
      this.available.get(team)!.push(anchor);
      // Leavers in the period ≈ 16% of the team, rounded at random so small councils get some too.
      const leavers = Math.floor(shape.expectedPerTeam * 0.16 + rng.next());
      for (let i = 0; i < leavers; i++) this.make(team, { leaverIn: 'period' });
      const earlier = Math.max(1, Math.floor(shape.expectedPerTeam * 0.12 + rng.next()));
      for (let i = 0; i < earlier; i++) this.make(team, { leaverIn: 'before' });
    }
  }

  private nextId(): string {
    this.counter++;
    return `W${String(this.counter).padStart(5, '0')}`;
  }

  private make(team: string, o: { manager?: boolean; anchor?: boolean; leaverIn?: 'period' | 'before' }): GWorker {
    const { rng, shape } = this;
    const A = shape.asAt;
    const id = this.nextId();
    let fte = 1,
      limit = 15;
    if (!o.manager && !o.anchor) {
      const r = rng.next() * 100;
      let acc = 0;
      for (const [f, l, w] of FTE_LIMIT) {
        acc += w;
        if (r < acc) {
          fte = f;
          limit = l;
          break;
        }
      }
    }
    // Long-serving locums are common, so anchors may be agency staff too.
    const agency = !o.manager && rng.chance(o.leaverIn ? shape.agencyShare * 1.5 : shape.agencyShare);
    const nq = !o.manager && !o.anchor && !o.leaverIn && !agency && rng.chance(shape.nqShare / (1 - shape.agencyShare));
    // Qualified either within the last year (ASYE) or well over a year ago, never near the
    // 365-day edge, so "newly qualified" cannot depend on how the boundary is read.
    let qualified = o.manager ? A - rng.int(3650, 9000) : nq ? A - rng.int(40, 330) : A - rng.int(420, 8000);
    let start: Day;
    let end: Day | null = null;
    if (o.leaverIn === 'period') {
      end = rng.int(shape.periodStart, A - 5);
      start = end - rng.int(200, 2500);
      qualified = Math.min(qualified, start - rng.int(0, 400));
    } else if (o.leaverIn === 'before') {
      end = rng.int(shape.historyStart, shape.periodStart - 1);
      start = end - rng.int(200, 2500);
      qualified = Math.min(qualified, start - rng.int(0, 400));
    } else if (o.manager || o.anchor) {
      start = shape.historyStart - rng.int(400, 4000);
    } else if (nq) {
      start = rng.int(qualified, Math.min(A - 30, qualified + 60));
    } else {
      start = rng.chance(0.15)
        ? rng.int(shape.periodStart, A - 30)
        : rng.int(Math.max(qualified, A - 4000), shape.periodStart - 1);
    }
    let capacity = 0;
    if (!o.manager && !o.leaverIn) {
      if (nq) capacity = Math.min(limit, rng.int(6, 11));
      else if (!o.anchor && rng.chance(shape.overShare)) capacity = limit + rng.int(1, 4);
      else if (fte === 1 && !o.anchor && this.wantCaseloadNearMiss) {
        capacity = 15;
        this.wantCaseloadNearMiss = false;
        this.caseloadNearMiss.add(id);
      } else capacity = rng.int(Math.ceil(limit * 0.6), limit);
    }
    let personal: GWorker['personal'] = 'regular';
    if (!o.manager && !o.leaverIn && !o.anchor) {
      const key = nq ? 'nq' : 'other';
      if (this.wantPersonalNearMiss[key] && !this.caseloadNearMiss.has(id)) {
        personal = 'at-limit';
        this.wantPersonalNearMiss[key] = false;
      } else if (rng.chance(shape.personalNoneShare)) personal = 'none';
      else if (rng.chance(shape.personalGapShare)) personal = 'gap';
    }
    const w: GWorker = {
      id,
      team,
      fte,
      start,
      end,
      agency,
      qualified: o.manager && rng.chance(0.2) ? null : qualified,
      nq,
      manager: Boolean(o.manager),
      role: o.manager ? 'Team Manager' : nq ? 'ASYE Social Worker' : rng.pick(CASE_ROLES),
      capacity,
      caseload: 0,
      personal,
    };
    this.workers.push(w);
    this.byId.set(id, w);
    this.byTeam.get(team)!.push(w);
    return w;
  }

  /** A worker of `team` to hold a child from `start` through as-at; counts the child on their caseload. */
  current(team: string): GWorker {
    const list = this.available.get(team)!;
    // Fill one worker at a time, as duty managers do, so caseloads sit near each worker's capacity.
    if (list.length === 0) list.push(this.make(team, {}));
    const w = list[0]!;
    w.caseload++;
    if (w.caseload >= w.capacity) list.shift();
    return w;
  }

  /** A worker of `team` employed over [start, end] (falls back to the team's long-serving anchor). */
  historical(team: string, start: Day, end: Day): GWorker {
    const list = this.byTeam.get(team)!;
    for (let tries = 0; tries < 8; tries++) {
      const w = this.rng.pick(list);
      if (w.manager) continue;
      if (w.start <= start && (w.end === null || w.end >= end)) return w;
    }
    return this.anchors.get(team)!;
  }

  anchor(team: string): GWorker {
    return this.anchors.get(team)!;
  }

  teamOf(id: string): string | undefined {
    return this.byId.get(id)?.team;
  }

  manager(team: string): GWorker {
    return this.managers.get(team)!;
  }
}
