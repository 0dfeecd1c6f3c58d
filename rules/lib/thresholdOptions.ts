/**
 * Options of the threshold-consistency rule (SPEC §4.6): windows, England's benchmark limits and
 * the team control limits. Kept apart so the rule module holds only its metadata and function.
 */
import * as z from 'zod';

// Built on first use (z.lazy): a run that neither runs this rule nor configures it never builds it.
export const options = z.lazy(() => {
  const share = z.number().min(0).max(1);
  return z
    .object({
      rereferralWindowMonths: z.number().int().min(1).max(60).default(12),
      // Defaults are England's figures (data/england.json, DfE Children in need 2024-25).
      maxRereferralRate: share.default(0.226), // table C1: 142,900 of 632,830 referrals
      rereferralTolerance: share.default(0.05),
      // England's figure is the limit, as for re-referrals: table D3, 15,130 of 61,840 plans starting
      // were second or subsequent plans (24.5%). DfE counts an earlier plan at any time; so does this
      // rule, as far as the export (or the return's count of previous plans) records it. null: report
      // the rate against no limit.
      maxRepeatCpRate: share.nullable().default(0.245),
      repeatCpTolerance: share.default(0.05),
      stepDownReturnMonths: z.number().int().min(1).max(60).default(6),
      // No national benchmark and some returns are right, so the count is reported, not judged,
      // unless a limit is configured.
      maxStepDownReturns: z.number().int().min(0).nullable().default(null),
      stepDownReturnsTolerance: z.number().int().min(0).default(2),
      maxIcpcWorkingDays: z.number().int().min(1).max(260).default(15),
      // table C4: 13,420 of 72,090 initial conferences after 15 working days (18.6%).
      maxLateIcpcRate: share.default(0.186),
      lateIcpcTolerance: share.default(0.1),
      minTeamSize: z.number().int().min(1).default(10),
      controlLimitZ: z.number().positive().default(3.09), // 99.8% two-sided
      maxTeamOutliers: z.number().int().min(0).default(0),
      teamOutliersTolerance: z.number().int().min(0).default(1),
      maxCpRise: z.number().min(0).default(0.2),
      cpRiseTolerance: z.number().min(0).default(0.1),
    })
    .strict();
});

export type Options = z.infer<typeof options>;
