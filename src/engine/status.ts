/**
 * A rule's outcome, decided once for every view (terminal, JSON, HTML, PDF, Markdown, JUnit).
 * JSON `status` keeps SPEC §5's meaning (did the rule run: ran | not-run | error); `outcome` says
 * what the run found. A rule that ran but none of whose measures could be measured (every value
 * null: absent columns, an empty population, a layout that cannot support them) is
 * "not-assessed" — never "pass": silence is not assurance.
 */
import type { Area, Rag, RuleResult } from './types.js';

export type RuleOutcome = 'pass' | 'fail' | 'not-assessed' | 'not-run' | 'error';

export const OUTCOME_LABEL: Readonly<Record<RuleOutcome, string>> = {
  pass: 'Pass',
  fail: 'Fail',
  'not-assessed': 'Not assessed',
  'not-run': 'Not run',
  error: 'Error',
};

/**
 * `fail` when any measure is red or amber; `not-assessed` when no measure has a value; otherwise
 * `pass` (including measures reported without a threshold: nothing was found wanting).
 */
export function ruleOutcome(rule: Pick<RuleResult, 'status' | 'metrics'>): RuleOutcome {
  if (rule.status !== 'ran') return rule.status;
  const metrics = Object.values(rule.metrics);
  if (metrics.some((m) => m.rag === 'red' || m.rag === 'amber')) return 'fail';
  return metrics.some((m) => m.value !== null) ? 'pass' : 'not-assessed';
}

/**
 * The worst of some ratings: red, then amber, then green; `none` when nothing is rated. The one
 * ordering every view uses (terminal mark, HTML and PDF badges, Markdown status, area summaries).
 */
export function worstRag(rags: Iterable<Rag>): Rag {
  let worst: Rag = 'none';
  for (const r of rags) {
    if (r === 'red') return 'red';
    if (r === 'amber' || (r === 'green' && worst === 'none')) worst = r;
  }
  return worst;
}

/** The colour shown beside a rule: the worst of its measures. */
export function ruleRag(rule: Pick<RuleResult, 'metrics'>): Rag {
  return worstRag(Object.values(rule.metrics).map((m) => m.rag));
}

/** What the HTML, PDF and Markdown say of one judgement area, decided once here. */
export interface AreaSummary {
  /** Rules reporting on the area, in registry order, and those of them that ran. */
  rules: RuleResult[];
  ran: RuleResult[];
  /** The worst rating of the measures of the rules that ran. */
  rag: Rag;
  /** No rule that ran could measure anything (or none ran): "not assessed", never green. */
  notAssessed: boolean;
  measures: Record<Exclude<Rag, 'none'>, number>;
  findings: { high: number; medium: number };
}

export function areaSummary(rules: readonly RuleResult[], area: Area): AreaSummary {
  const inArea = rules.filter((r) => r.area.includes(area));
  const ran = inArea.filter((r) => r.status === 'ran');
  const rags = ran.flatMap((r) => Object.values(r.metrics).map((m) => m.rag));
  const findings = ran.flatMap((r) => r.findings);
  return {
    rules: inArea,
    ran,
    rag: worstRag(rags),
    notAssessed: ran.every((r) => ruleOutcome(r) === 'not-assessed'),
    measures: {
      red: rags.filter((r) => r === 'red').length,
      amber: rags.filter((r) => r === 'amber').length,
      green: rags.filter((r) => r === 'green').length,
    },
    findings: {
      high: findings.filter((f) => f.severity === 'high').length,
      medium: findings.filter((f) => f.severity === 'medium').length,
    },
  };
}

/** Why a rule is not assessed, in one line, for the views. */
export const NOT_ASSESSED_REASON = 'none of its measures could be measured from this export (each measure says why)';
