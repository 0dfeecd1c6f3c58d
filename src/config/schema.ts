/**
 * The config file `caseaudit.config.json`, validated with zod. Unknown keys are errors that name
 * the key, so a typo never silently does nothing. Rule options are validated against each rule's
 * own schema by the engine (resolveRuleOptions in src/engine/run.ts).
 */
import * as z from 'zod';
import { LAYOUT_NAMES } from '../load/layouts/index.js';

/**
 * Built on first use (z.lazy): an audit with no config file never builds it, as parseConfig
 * answers an empty config itself (start-up, issue 24).
 */
export const configSchema = z.lazy(() => {
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
  const severitySchema = z.enum(['high', 'medium', 'low', 'info']);

  const ruleConfigSchema = z
    .object({
      enabled: z.boolean().optional(),
      /** Overrides the severity of every finding of this rule. */
      severity: severitySchema.optional(),
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .strict();

  const columnMapSchema = z
    .object({
      file: z.string().optional(),
      columns: z.record(z.string(), z.string()).optional(),
      values: z.record(z.string(), z.record(z.string(), z.string())).optional(),
    })
    .strict();

  /**
   * A comparator figure replacing England's for one `rule.metric` (e.g. the council's statistical
   * neighbours): `comparator` names whose figures they are, and the report prints that name.
   */
  const englandOverrideSchema = z
    .object({
      comparator: z.string().min(1),
      value: z.number(),
      year: z.string(),
      source: z.string(),
      numerator: z.number().optional(),
      denominator: z.number().optional(),
      note: z.string().optional(),
    })
    .strict();

  const budgetSchema = z
    .object({ min: z.number().optional(), max: z.number().optional() })
    .strict()
    .refine((b) => b.min !== undefined || b.max !== undefined, 'a budget needs "min" or "max"')
    // Above its max and below its min at once: every value breaks it.
    .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, '"min" is above "max"');

  return z
    .object({
      $schema: z.string().optional(),
      council: z.string().optional(),
      asAt: isoDate.optional(),
      periodMonths: z.number().int().min(1).max(120).optional(),
      marking: z.string().optional(),
      failOn: severitySchema.optional(),
      /** Maximum size of one input file in MB before it is refused. */
      maxFileMb: z.number().positive().optional(),
      rules: z.record(z.string(), ruleConfigSchema).optional(),
      mapping: z.record(z.string(), columnMapSchema).optional(),
      layout: z.enum(['auto', ...LAYOUT_NAMES] as [string, ...string[]]).optional(),
      england: z.record(z.string(), englandOverrideSchema).optional(),
      budgets: z.record(z.string(), budgetSchema).optional(),
      report: z
        .object({
          excerpts: z.boolean().optional(),
          marking: z.string().optional(),
          /** Evidence rows printed per finding in the PDF (0: every row); the other formats keep all. */
          pdfEvidenceRows: z.number().int().min(0).optional(),
        })
        .strict()
        .optional(),
      suppressions: z.string().optional(),
    })
    .strict();
});

export type CaseauditConfig = z.infer<typeof configSchema>;
export type RuleConfig = NonNullable<CaseauditConfig['rules']>[string];
