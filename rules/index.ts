/**
 * The rule registry for the library: every rule of rules/registry.ts (the only place a new rule is
 * listed, in the report's order) loaded at once. The CLI loads from rules/registry.ts only the
 * rules its command runs (issue 24).
 */
import type { AnyRule } from '../src/engine/rule.js';
import { loadRules } from './registry.js';

export const RULES: readonly AnyRule[] = await loadRules();
