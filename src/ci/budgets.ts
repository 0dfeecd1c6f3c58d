/**
 * Budgets (after Lighthouse CI assertions): `{ "rule.metric": { "min": x } | { "max": y } }` in the
 * config, checked against a result. A broken budget fails the build (exit 1). A metric that could
 * not be measured (rule not run, or an empty population) is reported as "not-measured" and does
 * not fail the build on its own: an empty population is not a breach, and a rule that did not
 * run is already reported with its reason.
 */
import { ConfigError } from '../config/load.js';
import type { CaseauditConfig } from '../config/schema.js';
import type { AuditResult, BudgetResult, Metric } from '../engine/types.js';
import { formatMetricValue } from '../report/format.js';
import { compareText } from '../model/compare.js';

export function splitBudgetKey(key: string): { rule: string; metric: string } | null {
  const dot = key.lastIndexOf('.');
  if (dot <= 0 || dot === key.length - 1) return null;
  return { rule: key.slice(0, dot), metric: key.slice(dot + 1) };
}

/** Checks budget keys against the rule ids before any data is read. */
export function validateBudgetKeys(config: CaseauditConfig, ruleIds: readonly string[]): void {
  const problems: string[] = [];
  for (const key of Object.keys(config.budgets ?? {})) {
    const parts = splitBudgetKey(key);
    if (!parts) problems.push(`config: budgets.${key}: expected "rule.metric", e.g. "caseloads.averagePerFte"`);
    else if (!ruleIds.includes(parts.rule))
      problems.push(`config: budgets.${key}: no rule "${parts.rule}" (rules are: ${ruleIds.join(', ')})`);
  }
  if (problems.length) throw new ConfigError(problems.join('\n'));
}

export function checkBudgets(result: AuditResult, config: CaseauditConfig): BudgetResult[] {
  const out: BudgetResult[] = [];
  for (const [key, b] of Object.entries(config.budgets ?? {}).sort(([a], [c]) => compareText(a, c))) {
    const { rule, metric } = splitBudgetKey(key)!;
    const r = result.rules.find((x) => x.id === rule);
    const m: Metric | undefined = r?.metrics[metric];
    const bounds = { ...(b.min !== undefined ? { min: b.min } : {}), ...(b.max !== undefined ? { max: b.max } : {}) };
    const limitText = [
      b.min !== undefined ? `at least ${fmt(m, b.min)}` : '',
      b.max !== undefined ? `at most ${fmt(m, b.max)}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    if (!r || r.status !== 'ran') {
      out.push({
        key,
        rule,
        metric,
        ...bounds,
        value: null,
        status: 'not-measured',
        message: `${key}: not measured — rule ${rule} ${r ? `${r.status}: ${r.reason ?? ''}` : 'was not selected'}`,
      });
      continue;
    }
    if (!m)
      throw new ConfigError(
        `config: budgets.${key}: rule ${rule} has no metric "${metric}" (metrics are: ${Object.keys(r.metrics).join(', ')})`,
      );
    // A share is a fraction: a budget of 90 meant 90% and could never be met, failing every build.
    for (const side of ['min', 'max'] as const) {
      const v = b[side];
      if (m.unit === 'share' && v !== undefined && (v < 0 || v > 1))
        throw new ConfigError(
          `config: budgets.${key}.${side}: ${v} is not a share; ${metric} is a share from 0 to 1 (0.9 for 90%)`,
        );
    }
    if (m.value === null) {
      out.push({
        key,
        rule,
        metric,
        ...bounds,
        value: null,
        status: 'not-measured',
        message: `${key}: not measured (${m.note ?? 'empty population'}); budget ${limitText}`,
      });
      continue;
    }
    const broken = (b.min !== undefined && m.value < b.min - 1e-12) || (b.max !== undefined && m.value > b.max + 1e-12);
    out.push({
      key,
      rule,
      metric,
      ...bounds,
      value: m.value,
      status: broken ? 'fail' : 'pass',
      message: `${key} is ${formatMetricValue(m)}; budget ${limitText}${broken ? ' — broken' : ''}`,
    });
  }
  return out;
}

function fmt(m: Metric | undefined, v: number): string {
  return m ? formatMetricValue({ unit: m.unit, value: v }) : String(v);
}
