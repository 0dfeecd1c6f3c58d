/**
 * Supervision that is not about one child: each worker's personal supervision (with the planted
 * gaps) and each team's group supervision. Drawn after every child, so the random stream keeps
 * its order.
 */
import type { Day } from '../model/day.js';
import type { CouncilContext } from './councilContext.js';
import type { Rng } from './rng.js';
import { groupRecord, personalRecord } from './supervisionText.js';
import type { GSupervision, GWorker } from './types.js';

export /** Personal supervision: fortnightly for ASYE, monthly otherwise, with the planted gaps. */
function personalSupervisions(rng: Rng, w: GWorker, A: Day, ctx: CouncilContext): GSupervision[] {
  if (w.manager) return [];
  const from = Math.max(w.start, A - 400);
  const to = Math.min(w.end ?? A, A);
  const limit = w.nq ? 14 : 30;
  const dates: Day[] = [];
  for (let d = from + rng.int(0, 20); d <= to; d += w.nq ? rng.int(7, 12) : rng.int(18, 28)) dates.push(d);
  if (w.end === null) {
    if (w.personal === 'none') dates.length = 0;
    else if (w.personal === 'gap') {
      const cut = A - (w.nq ? rng.int(16, 28) : rng.int(35, 80));
      while (dates.length && dates[dates.length - 1]! > cut) dates.pop();
    } else if (w.personal === 'at-limit') {
      while (dates.length && dates[dates.length - 1]! > A - limit - 3) dates.pop();
      dates.push(A - limit);
    }
  }
  const manager = ctx.wf.manager(w.team);
  return dates.map((d) => {
    const t = personalRecord(rng, d);
    ctx.ids.supervision++;
    return {
      id: `SV${String(ctx.ids.supervision).padStart(8, '0')}`,
      workerId: w.id,
      date: d,
      childId: null,
      supervisorId: manager.id,
      type: 'personal',
      recordText: t.recordText,
      actions: t.actions,
      kind: 'personal',
    };
  });
}

/** Group supervision for one team: roughly monthly over the last 400 days, recorded against its anchor worker. */
export function groupSupervisions(rng: Rng, team: string, A: Day, ctx: CouncilContext): GSupervision[] {
  const { wf } = ctx;
  const out: GSupervision[] = [];
  const anchor = wf.anchor(team);
  for (let d = A - 400 + rng.int(0, 20); d <= A; d += rng.int(25, 35)) {
    const t = groupRecord(rng);
    ctx.ids.supervision++;
    out.push({
      id: `SV${String(ctx.ids.supervision).padStart(8, '0')}`,
      workerId: anchor.id,
      date: d,
      childId: null,
      supervisorId: wf.manager(team).id,
      type: 'group',
      recordText: t.recordText,
      actions: t.actions,
      kind: 'group',
    });
  }
  return out;
}
