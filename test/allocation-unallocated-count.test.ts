/**
 * allocation-delay's unallocatedOpen at a trend point is counted (countUnallocated), not made as
 * evidence rows (issue 24): the count must be the headline path's, openPlansByChild's emptiness
 * and unallocatedRows' length, on seeded random plans and allocations: children with several open
 * plans (counted once), allocations without a worker or start, open-ended and ended ones, and no
 * plan open at all.
 */
import { describe, expect, it } from 'vitest';
import { countUnallocated, openPlansByChild, type Placed, unallocatedRows } from '../rules/lib/allocationDelays.js';
import type { Day } from '../src/model/day.js';
import type { AllocationRow } from '../src/model/tables.js';

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AS_AT = 19_800 as Day;
const TYPES = ['cin', 'cp', 'cla'] as const;

function world(seed: number, children: number): { plans: Placed[]; byChild: Map<string, AllocationRow[]> } {
  const r = rng(seed);
  const day = (): Day => (AS_AT - 400 + Math.floor(r() * 420)) as Day;
  const plans: Placed[] = [];
  const byChild = new Map<string, AllocationRow[]>();
  let line = 2;
  for (let c = 0; c < children; c++) {
    const childId = `C${String(c).padStart(5, '0')}`;
    for (let k = Math.floor(r() * 4); k > 0; k--) {
      const start = day();
      const end = r() < 0.5 ? null : ((start + Math.floor(r() * 200)) as Day);
      plans.push({
        line: line++,
        planId: `P${line}`,
        childId,
        planType: TYPES[Math.floor(r() * 3)]!,
        startDate: start,
        endDate: end,
        endReason: null,
        category: null,
        team: r() < 0.5 ? 'North' : null,
        previousCpPlans: null,
      });
    }
    const allocs: AllocationRow[] = [];
    for (let k = Math.floor(r() * 3); k > 0; k--) {
      const start = r() < 0.1 ? null : day();
      const end = r() < 0.4 || start === null ? null : ((start + Math.floor(r() * 150)) as Day);
      allocs.push({ line: line++, childId, workerId: r() < 0.1 ? null : `W${k}`, startDate: start, endDate: end });
    }
    allocs.sort((a, b) => (a.startDate ?? Infinity) - (b.startDate ?? Infinity));
    if (allocs.length) byChild.set(childId, allocs);
  }
  return { plans, byChild };
}

describe('countUnallocated', () => {
  it('counts what the evidence rows list, on 200 seeded worlds and at several dates', () => {
    let unallocatedSeen = 0,
      severalOpen = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const { plans, byChild } = world(seed, 1 + (seed % 40));
      for (const at of [AS_AT, (AS_AT - 90) as Day, (AS_AT - 500) as Day]) {
        const open = openPlansByChild(plans, at);
        const rows = unallocatedRows(open, byChild, at, true);
        expect(countUnallocated(plans, byChild, at), `seed ${seed} at ${at}`).toEqual({
          anyOpen: open.size > 0,
          unallocated: rows.length,
        });
        unallocatedSeen += rows.length;
        for (const list of open.values()) if (list.length > 1) severalOpen++;
      }
    }
    // The worlds hold what the count must get right: unallocated children, children with two or
    // more open plans (one row each), and dates with no plan open (the last, before every plan).
    expect(unallocatedSeen).toBeGreaterThan(100);
    expect(severalOpen).toBeGreaterThan(100);
    expect(countUnallocated(world(3, 20).plans, new Map(), (AS_AT - 500) as Day)).toEqual({
      anyOpen: false,
      unallocated: 0,
    });
  });

  it('counts a child with two open plans and no allocation once', () => {
    const { plans } = world(7, 30);
    const both = [
      { ...plans[0]!, startDate: (AS_AT - 10) as Day, endDate: null },
      { ...plans[0]!, planId: 'other', startDate: (AS_AT - 5) as Day, endDate: null },
    ];
    expect(countUnallocated(both, new Map(), AS_AT)).toEqual({ anyOpen: true, unallocated: 1 });
  });
});
