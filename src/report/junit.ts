/**
 * junit.xml for CI servers: one test case per budget and one per rule, following the rule's outcome
 * (ruleOutcome, as every view): a failing rule's case fails, listing its red and amber measures; a
 * rule not run, or that measured nothing, is skipped with the reason; a rule that threw is an error. The shape follows the common JUnit schema (testsuites > testsuite >
 * testcase > failure|error|skipped) that Jenkins, GitLab and GitHub reporters read.
 */
import type { AuditResult } from '../engine/types.js';
import { NOT_ASSESSED_REASON, ruleOutcome } from '../engine/status.js';
import { formatLimit, formatMetricValue } from './format.js';

export function xmlEscape(s: string): string {
  // Characters XML 1.0 forbids are dropped; markup characters escaped.
  return s
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Case {
  name: string;
  classname: string;
  failure?: { message: string; body: string };
  error?: string;
  skipped?: string;
}

function suite(name: string, cases: Case[]): string {
  const failures = cases.filter((c) => c.failure).length;
  const errors = cases.filter((c) => c.error).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  const body = cases
    .map((c) => {
      const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}" time="0"`;
      if (c.failure)
        return `${open}>\n      <failure message="${xmlEscape(c.failure.message)}" type="caseaudit">${xmlEscape(c.failure.body)}</failure>\n    </testcase>`;
      if (c.error) return `${open}>\n      <error message="${xmlEscape(c.error)}" type="caseaudit"/>\n    </testcase>`;
      if (c.skipped !== undefined)
        return `${open}>\n      <skipped message="${xmlEscape(c.skipped)}"/>\n    </testcase>`;
      return `${open}/>`;
    })
    .join('\n');
  return `  <testsuite name="${xmlEscape(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0">\n${body}\n  </testsuite>`;
}

export function renderJunit(r: AuditResult): string {
  const budgetCases: Case[] = (r.budgets ?? []).map((b) => ({
    name: b.key,
    classname: 'caseaudit.budgets',
    ...(b.status === 'fail'
      ? { failure: { message: b.message, body: b.message } }
      : b.status === 'not-measured'
        ? { skipped: b.message }
        : {}),
  }));
  const ruleCases: Case[] = r.rules.map((rule) => {
    const base = { name: `${rule.id}: ${rule.title}`, classname: `caseaudit.rules.${rule.area[0] ?? 'general'}` };
    // The outcome every view shows (src/engine/status.ts); a rule that measured nothing is skipped, never a pass.
    const outcome = ruleOutcome(rule);
    if (outcome === 'not-run') return { ...base, skipped: rule.reason ?? 'not run' };
    if (outcome === 'error') return { ...base, error: rule.reason ?? 'rule failed' };
    if (outcome === 'not-assessed') return { ...base, skipped: `not assessed: ${NOT_ASSESSED_REASON}` };
    if (outcome === 'pass') return base;
    // the measures that made it fail
    const bad = Object.entries(rule.metrics).filter(([, m]) => m.rag === 'red' || m.rag === 'amber');
    const lines = bad.map(
      ([id, m]) =>
        `${id} = ${formatMetricValue(m)} (${m.rag}${m.threshold !== undefined ? `; threshold ${m.direction === 'min' ? '≥' : '≤'} ${formatLimit(m, m.threshold)}` : ''})`,
    );
    const findings = rule.findings.map(
      (f) =>
        `[${f.severity}] ${f.message} (${f.evidence.length} items${f.suppressed?.length ? `, ${f.suppressed.length} suppressed` : ''})`,
    );
    return {
      ...base,
      failure: { message: `${rule.failTitle}: ${lines.join('; ')}`, body: [...lines, ...findings].join('\n') },
    };
  });
  const all = [...budgetCases, ...ruleCases];
  const tests = all.length;
  const failures = all.filter((c) => c.failure).length;
  const errors = all.filter((c) => c.error).length;
  const suites = [
    budgetCases.length ? suite('caseaudit budgets', budgetCases) : '',
    suite('caseaudit rules', ruleCases),
  ]
    .filter(Boolean)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="caseaudit ${xmlEscape(r.asAt)}" tests="${tests}" failures="${failures}" errors="${errors}" time="0">\n${suites}\n</testsuites>\n`;
}
