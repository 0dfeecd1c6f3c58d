/**
 * Options of the plan-drift rule (SPEC §4.4): review schedules, and the limits the shares and
 * counts are judged against. Kept apart so the rule module holds only its metadata and function.
 */
import * as z from 'zod';
import type { Judged } from '../../src/engine/metrics.js';

// Built on first use (z.lazy): a run that neither runs this rule nor configures it never builds it.
export const options = z.lazy(() => {
  const months = z.number().int().min(1).max(120);
  const countLimit = z.number().int().min(0).nullable();
  return z
    .object({
      cpFirstReviewMonths: months.default(3),
      cpNextReviewMonths: months.default(6),
      cinReviewMonths: months.default(3),
      claFirstReviewWorkingDays: z.number().int().min(1).max(260).default(20),
      claSecondReviewMonths: months.default(3),
      claNextReviewMonths: months.default(6),
      // SPEC: early help and care-leaver plans have no review schedule unless one is configured.
      earlyHelpReviewMonths: months.nullable().default(null),
      careLeaverReviewMonths: months.nullable().default(null),
      minReviewsOnTime: z.number().min(0).max(1).default(0.9),
      reviewsOnTimeTolerance: z.number().min(0).max(1).default(0.1),
      // Counts are judged "at most 0": every overdue statutory review and every over-long plan needs a
      // recorded decision. A small tolerance keeps one or two from reading as red in a large service;
      // set a limit to null to report the count without judging it.
      maxOverdueReviews: countLimit.default(0),
      overdueReviewsTolerance: z.number().int().min(0).default(2),
      cpLongMonths: months.default(24),
      maxLongCpPlans: countLimit.default(0),
      longCpPlansTolerance: z.number().int().min(0).default(2),
      cinLongMonths: months.default(12),
      maxLongCinPlans: countLimit.default(0),
      longCinPlansTolerance: z.number().int().min(0).default(5),
    })
    .strict();
});

export type Options = z.infer<typeof options>;

/** A count limit as a judgement; a null limit reports the count without judging it. */
export function countJudged(limit: number | null, tolerance: number): Judged | undefined {
  return limit === null ? undefined : { threshold: limit, direction: 'max', tolerance };
}
