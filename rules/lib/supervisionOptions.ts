/**
 * Options of the supervision-quality rule (SPEC §4.7): gap limits, the record standard, the copy
 * threshold and the lexicon, which is checked when the config is read.
 */
import * as z from 'zod';
import { loadLexicon } from './supervisionText.js';

// Built on first use (z.lazy): a run that neither runs this rule nor configures it never builds it.
export const options = z.lazy(() => {
  const lexiconPath = z
    .string()
    .min(1)
    .superRefine((path, ctx) => {
      // Read and compiled here so that a bad lexicon is a config error (exit 2) naming the file,
      // not a rule that fails part-way through an audit. The compiled lexicon is cached.
      try {
        loadLexicon(path);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
      }
    });
  return z
    .object({
      maxDaysSinceOversight: z.number().int().min(0).default(30),
      personalSupervisionDays: z.number().int().min(0).default(30),
      newlyQualifiedSupervisionDays: z.number().int().min(0).default(14),
      minRecordsMeetingStandard: z.number().min(0).max(1).default(0.8),
      tolerance: z.number().min(0).max(1).default(0.1),
      // Counts of children or workers with a gap are judged against 0; up to this many is amber.
      countTolerance: z.number().int().min(0).default(5),
      copyThreshold: z.number().min(0).max(1).default(0.8),
      lexicon: lexiconPath.optional(),
      excerpts: z.boolean().default(true),
    })
    .strict();
});

export type Options = z.infer<typeof options>;
