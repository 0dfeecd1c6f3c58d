/**
 * A child's planned visits and case-supervision dates turned into records, once the journey is
 * done and allocations are known: each gets the worker holding the case that day, and each
 * supervision its record text (planted weak or copied records in the background).
 */
import { workerOn } from './allocations.js';
import type { CouncilContext } from './councilContext.js';
import type { PendingSupervision, PlannedVisit } from './planSchedules.js';
import { type RecordQuality, caseRecord, shingleJaccard } from './supervisionText.js';
import type { GChild, GSupervision, GVisit, SupervisionKind } from './types.js';

/** What the record text needs from the builder: whether plants are on, the child's name and pronouns, the next id. */
export interface SupervisedChild {
  plant: boolean;
  name: string;
  girl: boolean;
  nextId: () => string;
}

/** Visits in date order, each with the worker allocated on its day. */
export function resolveVisits(x: CouncilContext, c: GChild, visitPlan: PlannedVisit[]): void {
  visitPlan.sort((a, b) => a.date - b.date);
  c.visits = visitPlan.map((v): GVisit => ({
    date: v.date,
    workerId: workerOn(x, c, v.date, v.team),
    seen: v.seen,
    seenAlone: v.seenAlone,
  }));
}

/** Case-supervision records with worker, supervisor and text; ids are taken in date order. */
export function resolveSupervision(
  x: CouncilContext,
  c: GChild,
  pendingSup: PendingSupervision[],
  who: SupervisedChild,
): void {
  const { rng, wf } = x;
  const { plant, name, girl } = who;
  pendingSup.sort((a, b) => a.date - b.date);
  let prev: GSupervision | null = null;
  for (const p of pendingSup) {
    if (prev && p.date === prev.date) continue; // one record per child per day keeps "previous" unambiguous
    let kind: SupervisionKind = 'strong';
    if (plant) {
      kind = rng.weighted({
        strong: 775,
        copied: prev ? 50 : 0,
        'no-child-focus': 50,
        'no-reflection': 50,
        'no-actions': 50,
        minimal: 25,
      });
    }
    let text: { recordText: string; actions: string };
    if (kind === 'copied' && prev) text = { recordText: prev.recordText, actions: prev.actions };
    else {
      const q = kind as RecordQuality;
      text = caseRecord(rng, q, name, p.date, prev !== null, girl);
      // keep fresh records clearly apart from the previous one (SPEC §4.7 copy test at 0.8)
      for (
        let i = 0;
        i < 8 &&
        prev &&
        shingleJaccard(`${text.recordText} ${text.actions}`, `${prev.recordText} ${prev.actions}`) >= 0.5;
        i++
      ) {
        text = caseRecord(rng, q, name, p.date, true, girl);
      }
    }
    const workerId = workerOn(x, c, p.date, p.team);
    const team = wf.teamOf(workerId) ?? p.team;
    const s: GSupervision = {
      id: who.nextId(),
      workerId,
      date: p.date,
      childId: c.id,
      supervisorId: wf.manager(team).id,
      type: rng.chance(0.15) ? 'oversight' : 'case',
      recordText: text.recordText,
      actions: text.actions,
      kind,
    };
    c.supervisions.push(s);
    prev = s;
  }
}
