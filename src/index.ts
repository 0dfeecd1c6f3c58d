/** Public library API. */
export { audit, loadExport, render, rules, type AuditOptions } from './api.js';
export type { AuditResult, RuleResult, Metric, Finding, EvidenceRow, EvidenceColumn, Breakdown, Area, Rag, Severity } from './engine/types.js';
export type { LoadedExport } from './model/export.js';
export type { RuleDefinition, RuleContext, RuleOutput } from './engine/rule.js';
export { defineRule } from './engine/rule.js';
export type { CaseauditConfig } from './config/schema.js';
export { wd, isBankHoliday, addWorkingDays } from './model/calendar.js';
export { addMonths, toIso, parseIsoDay } from './model/day.js';
