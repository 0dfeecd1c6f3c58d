/**
 * The rule registry: where a new rule is listed, and in rules/registry.ts (the CLI's, loading each
 * rule when a command runs it; test/rule-registry.test.ts checks the two agree). Order here is the
 * order of the report.
 */
import type { AnyRule } from '../src/engine/rule.js';
import dataQuality from './data-quality.js';
import assessmentTimeliness from './assessment-timeliness.js';
import allocationDelay from './allocation-delay.js';
import caseloads from './caseloads.js';
import visitTimeliness from './visit-timeliness.js';
import workforce from './workforce.js';
import planDrift from './plan-drift.js';
import thresholdConsistency from './threshold-consistency.js';
import supervisionQuality from './supervision-quality.js';

export const RULES: readonly AnyRule[] = [
  dataQuality as AnyRule,
  assessmentTimeliness as AnyRule,
  allocationDelay as AnyRule,
  caseloads as AnyRule,
  planDrift as AnyRule,
  visitTimeliness as AnyRule,
  thresholdConsistency as AnyRule,
  supervisionQuality as AnyRule,
  workforce as AnyRule,
];
