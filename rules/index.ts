/**
 * The rule registry: the only place a new rule is listed. Order here is the order of the report.
 */
import type { AnyRule } from '../src/engine/rule.js';
import dataQuality from './data-quality.js';

export const RULES: readonly AnyRule[] = [
  dataQuality as AnyRule,
];
