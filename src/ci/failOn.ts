/** `--fail-on` (SPEC §5), counted the same way by `audit` and `batch`. */
import { type AuditResult, SEVERITY_ORDER, type Severity } from '../engine/types.js';

/** Findings at or above the fail level; a finding whose every item is suppressed does not count. */
export function failingFindings(result: AuditResult, failOn: Severity | undefined): number {
  if (!failOn) return 0;
  return result.rules
    .flatMap((r) => r.findings)
    .filter((f) => SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[failOn])
    .filter((f) => f.evidence.length > 0 || !f.suppressed?.length).length;
}
