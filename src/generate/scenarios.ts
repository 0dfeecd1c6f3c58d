/**
 * Scenario children: each pins one rule exactly at (or just past) its limit, so the ground truth
 * carries near-misses that a correct rule must not flag (SPEC §1: due dates and limits are
 * inclusive; working days skip bank holidays) and a few hand-placed violations across holidays.
 */
import { type Day, addMonths } from '../model/day.js';
import { bankHolidaysIn, isWorkingDay } from '../model/calendar.js';
import { ymd } from '../model/day.js';
import { type ChildForce, nextReviewDue, subWorkingDays } from './councilContext.js';
import type { GChild } from './types.js';

export interface Scenario {
  force: ChildForce;
  /** [rule, finding, key] that must not be flagged. */
  nearMisses(c: GChild): Array<[string, string, string]>;
  /** [rule, finding, key] planted on purpose that must be flagged. */
  planted(c: GChild): Array<[string, string, string]>;
}

const none = (): Array<[string, string, string]> => [];

/** The working day on or before d. */
function workingOnOrBefore(d: Day): Day {
  let x = d;
  while (!isWorkingDay(x)) x--;
  return x;
}

export function buildScenarios(A: Day, P: Day): Scenario[] {
  const holidays: Day[] = [];
  for (let y = ymd(P).year; y <= ymd(A).year; y++)
    for (const h of bankHolidaysIn(y)) if (h >= P + 100 && h <= A - 70) holidays.push(h);
  // Prefer Christmas: two holidays together make calendar and working days differ most.
  const bh =
    holidays.find((h) => ymd(h).month === 12 && ymd(h).day === 25) ??
    holidays.find((h) => ymd(h).month === 12) ??
    holidays[0] ??
    null;
  const out: Scenario[] = [];
  const a0 = (c: GChild) => c.assessments[0]!.id;
  const p0 = (c: GChild) => c.plans[0]!.id;

  if (bh !== null) {
    const t0 = workingOnOrBefore(bh - 14);
    out.push({
      force: {
        label: 'assessment completed in exactly 45 working days across a bank holiday',
        t0,
        assessWd: 45,
        seenWd: 2,
        assessOutcome: 'nfa',
      },
      nearMisses: (c) => [['assessment-timeliness', 'late-completions', `assessment-timeliness/late/${a0(c)}`]],
      planted: none,
    });
    const cpStart = workingOnOrBefore(bh - 60);
    out.push({
      force: {
        label: 'CP visit gap of exactly 10 working days across a bank holiday',
        t0: cpStart - 40,
        assessWd: 20,
        planType: 'cp',
        planStart: cpStart,
        planEnd: 'open',
        visitForced: { at: workingOnOrBefore(bh - 1), gap: 10 },
      },
      nearMisses: (c) => [['visit-timeliness', 'visit-gaps', `visit-timeliness/plan/${p0(c)}`]],
      planted: none,
    });
    out.push({
      force: {
        label: 'CP visit gap of 11 working days across a bank holiday',
        t0: cpStart - 40,
        assessWd: 20,
        planType: 'cp',
        planStart: cpStart,
        planEnd: 'open',
        visitForced: { at: workingOnOrBefore(bh - 2), gap: 11 },
      },
      nearMisses: none,
      planted: (c) => [['visit-timeliness', 'visit-gaps', `visit-timeliness/plan/${p0(c)}`]],
    });
    const cinStart = workingOnOrBefore(bh - 90);
    out.push({
      force: {
        label: 'CIN visit gap of exactly 20 working days across a bank holiday',
        t0: cinStart - 45,
        assessWd: 25,
        planType: 'cin',
        planStart: cinStart,
        planEnd: 'open',
        visitForced: { at: workingOnOrBefore(bh - 3), gap: 20 },
      },
      nearMisses: (c) => [['visit-timeliness', 'visit-gaps', `visit-timeliness/plan/${p0(c)}`]],
      planted: none,
    });
  }
  out.push({
    force: {
      label: 'open assessment at exactly 45 working days',
      t0: subWorkingDays(A, 45),
      openAssessment: true,
      assessWd: 60,
      seenWd: 1,
    },
    nearMisses: (c) => [['assessment-timeliness', 'open-overdue', `assessment-timeliness/open/${a0(c)}`]],
    planted: none,
  });
  out.push({
    force: {
      label: 'child seen at exactly 5 working days',
      t0: workingOnOrBefore(A - 120),
      assessWd: 30,
      seenWd: 5,
      assessOutcome: 'nfa',
    },
    nearMisses: (c) => [['assessment-timeliness', 'not-seen-in-time', `assessment-timeliness/seen/${a0(c)}`]],
    planted: none,
  });
  const allocStart = workingOnOrBefore(A - 150);
  out.push({
    force: {
      label: 'allocated exactly 5 working days after the plan started',
      t0: allocStart - 45,
      assessWd: 25,
      planType: 'cin',
      planStart: allocStart,
      planEnd: 'open',
      allocDelayWd: 5,
    },
    nearMisses: (c) => [['allocation-delay', 'delayed-allocation', `allocation-delay/plan/${p0(c)}`]],
    planted: none,
  });
  const reviewStart = workingOnOrBefore(A - 200);
  out.push({
    force: {
      label: 'review held on its due date',
      t0: reviewStart - 45,
      assessWd: 25,
      planType: 'cin',
      planStart: reviewStart,
      planEnd: 'open',
      reviewOnDue: true,
    },
    nearMisses: (c) => {
      const p = c.plans[0]!;
      const hits: Array<[string, string, string]> = [];
      for (let i = 0; i < p.reviews.length; i++) {
        const r = p.reviews[i]!;
        if (r >= P && r === nextReviewDue(p.type, p.start, p.reviews.slice(0, i)))
          hits.push(['plan-drift', 'late-reviews', `plan-drift/late-review/${p.id}/${isoOf(r)}`]);
      }
      return hits;
    },
    planted: none,
  });
  let forced: Day | null = null;
  for (let r = A - 1; r > A - 120 && forced === null; r--) if (addMonths(r, 3) === A) forced = r;
  if (forced !== null) {
    const s = workingOnOrBefore(A - 260);
    out.push({
      force: {
        label: 'next review due exactly on the as-at date',
        t0: s - 45,
        assessWd: 25,
        planType: 'cin',
        planStart: s,
        planEnd: 'open',
        nextDueAtAsAt: forced,
      },
      nearMisses: (c) => [['plan-drift', 'overdue-reviews', `plan-drift/overdue/${p0(c)}`]],
      planted: none,
    });
  }
  const longCp = addMonths(A, -24) + 1;
  out.push({
    force: {
      label: 'CP plan one day short of two years',
      t0: longCp - 40,
      assessWd: 20,
      planType: 'cp',
      planStart: longCp,
      planEnd: 'open',
    },
    nearMisses: (c) => [['plan-drift', 'long-cp-plans', `plan-drift/long-cp/${p0(c)}`]],
    planted: none,
  });
  const longCin = addMonths(A, -12) + 1;
  out.push({
    force: {
      label: 'CIN plan one day short of a year',
      t0: longCin - 45,
      assessWd: 25,
      planType: 'cin',
      planStart: longCin,
      planEnd: 'open',
    },
    nearMisses: (c) => [['plan-drift', 'long-cin-plans', `plan-drift/long-cin/${p0(c)}`]],
    planted: none,
  });
  const claStart = A - 300;
  out.push({
    force: {
      label: 'CLA visit gap of exactly 42 days',
      t0: claStart - 45,
      assessWd: 25,
      planType: 'cla',
      planStart: claStart,
      planEnd: 'open',
      visitForced: { at: A - 150, gap: 42 },
    },
    nearMisses: (c) => [['visit-timeliness', 'visit-gaps', `visit-timeliness/plan/${p0(c)}`]],
    planted: none,
  });
  // Re-referrals: one exactly 12 months after the first (counted), one a day later (not counted).
  const r1 = A - 500;
  for (const offset of [0, 1]) {
    let r2: Day | null = null;
    for (let d = r1 + 350; d < r1 + 380 && r2 === null; d++) if (addMonths(d, -12) === r1 + offset) r2 = d;
    if (r2 === null || r2 < P) continue;
    const key = (c: GChild): Array<[string, string, string]> => [
      ['threshold-consistency', 'rereferrals', `threshold-consistency/rereferral/${c.referrals[1]!.id}`],
    ];
    out.push({
      force: {
        label: offset === 0 ? 're-referral exactly 12 months later' : 're-referral 12 months and a day later',
        t0: r1,
        referralOutcome: 'nfa',
        secondReferral: r2,
      },
      nearMisses: offset === 1 ? key : none,
      planted: offset === 0 ? key : none,
    });
  }
  const sdStart = workingOnOrBefore(A - 330);
  const sdEnd = A - 200;
  out.push({
    force: {
      label: 'referral 6 months and a day after a step down',
      t0: sdStart - 45,
      assessWd: 25,
      planType: 'cin',
      planStart: sdStart,
      planEnd: sdEnd,
      planEndReason: 'step_down',
      secondReferral: addMonths(sdEnd, 6) + 1,
    },
    nearMisses: (c) => [['threshold-consistency', 'step-down-returns', `threshold-consistency/step-down/${p0(c)}`]],
    planted: none,
  });
  const icpcStart = workingOnOrBefore(A - 100);
  out.push({
    force: {
      label: 'ICPC exactly 15 working days after the strategy discussion',
      t0: icpcStart - 40,
      assessWd: 20,
      planType: 'cp',
      planStart: icpcStart,
      planEnd: 'open',
      icpcWd: 15,
    },
    nearMisses: (c) => [['threshold-consistency', 'late-icpc', `threshold-consistency/late-icpc/${c.s47[0]!.id}`]],
    planted: none,
  });
  const ovStart = workingOnOrBefore(A - 200);
  out.push({
    force: {
      label: 'management oversight exactly 30 days before as-at',
      t0: ovStart - 45,
      assessWd: 25,
      planType: 'cin',
      planStart: ovStart,
      planEnd: 'open',
      oversightLast: A - 30,
    },
    nearMisses: (c) => [['supervision-quality', 'oversight-gaps', `supervision-quality/oversight/${c.id}`]],
    planted: none,
  });
  return out;
}

function isoOf(d: Day): string {
  const { year, month, day } = ymd(d);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
