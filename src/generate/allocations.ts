/** Allocations of one generated child: needs become allocations to workers, with handovers. */
import type { Day } from '../model/day.js';
import type { CouncilContext, Need } from './councilContext.js';
import type { GChild } from './types.js';

/** Turns allocation needs into allocations, choosing workers (and handovers between them). */
export function resolveAllocations(x: CouncilContext, needs: readonly Need[], c: GChild): void {
  const { rng, asAt: A, wf } = x;
  for (const n of needs) {
    if (n.end === null) {
      const w = wf.current(n.team);
      let from = n.start;
      if (w.start > from) {
        c.allocations.push({ workerId: wf.historical(n.team, from, w.start).id, start: from, end: w.start });
        from = w.start;
      } else if (A - from > 240 && rng.chance(0.3)) {
        const mid = from + rng.int(60, A - from - 60);
        c.allocations.push({ workerId: wf.historical(n.team, from, mid).id, start: from, end: mid });
        from = mid;
      }
      c.allocations.push({ workerId: w.id, start: from, end: null });
    } else if (n.end - n.start > 180 && rng.chance(0.4)) {
      const mid = n.start + rng.int(60, n.end - n.start - 60);
      c.allocations.push({ workerId: wf.historical(n.team, n.start, mid).id, start: n.start, end: mid });
      c.allocations.push({ workerId: wf.historical(n.team, mid, n.end).id, start: mid, end: n.end });
    } else {
      c.allocations.push({ workerId: wf.historical(n.team, n.start, n.end).id, start: n.start, end: n.end });
    }
  }
  for (const a of c.assessments) a.workerId = workerOn(x, c, a.start, a.team);
}

/** The worker allocated to the child on day d (the latest allocation open then), else the team's anchor worker. */
export function workerOn(x: CouncilContext, c: GChild, d: Day, team: string): string {
  let hit: string | null = null;
  for (const a of c.allocations) if (a.start <= d && (a.end === null || a.end >= d)) hit = a.workerId;
  return hit ?? x.wf.anchor(team).id;
}
