/**
 * The library API (`import { loadExport, audit, render } from 'caseaudit'`): the functions of
 * src/auditApi.ts and src/childrenApi.ts with the whole rule registry (rules/index.ts). The CLI
 * is built on exactly those functions, given only the rules its command runs (rules/registry.ts),
 * and never imports this module: rules/index.ts awaits every rule's import() at its top level.
 */
import { RULES } from '../rules/index.js';
import type { Chronology } from './engine/chronology.js';
import type { AnyRule } from './engine/rule.js';
import type { AuditResult } from './engine/types.js';
import type { LoadedExport } from './model/export.js';
import { type AuditOptions, auditWith, type ExportLoadOptions, loadExportWith } from './auditApi.js';
import { type ChronologyOptions, chronologyWith } from './childrenApi.js';

export {
  type AuditOptions,
  type ExportLoadOptions,
  LAYOUTS,
  LAYOUT_NAMES,
  type LayoutChoice,
  render,
  renderFiles,
  todayDay,
} from './auditApi.js';

export const rules: readonly AnyRule[] = RULES;

export function loadExport(path: string, opts: ExportLoadOptions = {}): Promise<LoadedExport> {
  return loadExportWith(RULES, path, opts);
}

export function audit(ex: LoadedExport, opts: AuditOptions = {}): AuditResult {
  return auditWith(RULES, ex, opts);
}

/**
 * The chronology of one child, from the whole export or from `loadChild()`'s. Under
 * `pseudonymiseKey` the child is named by their code, every id in the answer is coded as in the
 * pseudonymised report, and no free text or birth date is kept.
 */
export function chronology(ex: LoadedExport, childId: string, opts: ChronologyOptions = {}): Chronology {
  return chronologyWith(RULES, ex, childId, opts);
}
