/** Public library API. */
export { audit, chronology, loadExport, render, rules, type AuditOptions } from './api.js';
export {
  loadChild,
  sample,
  UnknownChildError,
  ChronologyInputError,
  type LoadChildOptions,
  type ChronologyOptions,
  type SampleOptions,
  type Chronology,
  type ChronologyEvent,
  type AuditSample,
  type SampleRow,
} from './childrenApi.js';
export type {
  ChildProfile,
  ChildConcern,
  AuditResult,
  RuleResult,
  Metric,
  Finding,
  EvidenceRow,
  EvidenceColumn,
  Breakdown,
  Area,
  Rag,
  Severity,
} from './engine/types.js';
export type { LoadedExport } from './model/export.js';
export type { RuleDefinition, RuleContext, RuleOutput } from './engine/rule.js';
export { defineRule } from './engine/rule.js';
export type { CaseauditConfig } from './config/schema.js';
export { wd, isBankHoliday, addWorkingDays } from './model/calendar.js';
export { addMonths, toIso, parseIsoDay } from './model/day.js';
