/**
 * The library API (`import { loadExport, audit, render } from 'caseaudit'`): the functions of
 * src/auditApi.ts with the whole rule registry. The CLI is built on exactly those functions,
 * given only the rules its command runs (rules/registry.ts).
 */
import { RULES } from '../rules/index.js';
import type { AnyRule } from './engine/rule.js';
import type { AuditResult } from './engine/types.js';
import type { LoadedExport } from './model/export.js';
import { type AuditOptions, auditWith, type ExportLoadOptions, loadExportWith } from './auditApi.js';

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
