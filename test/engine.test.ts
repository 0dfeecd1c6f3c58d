import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ConfigError } from '../src/config/load.js';
import { audit, resolveRuleOptions } from '../src/engine/run.js';
import { defineRule, type AnyRule } from '../src/engine/rule.js';
import { shareMetric } from '../src/engine/metrics.js';
import { exportFromRecords } from '../src/load/fromRecords.js';
import { parseIsoDay } from '../src/model/day.js';
import dataQuality from '../rules/data-quality.js';
import { renderJson } from '../src/report/json.js';

const countPlans = defineRule({
  id: 'count-plans',
  title: 'Plans',
  passTitle: 'ok',
  failTitle: 'not ok',
  area: ['help-protection'],
  tables: ['plans'],
  description: 'test rule',
  options: z.object({ target: z.number().default(0.5) }).strict(),
  metrics: { cpShare: { needs: ['plans.plan_type'] } },
  findings: {},
  run(ctx) {
    const plans = ctx.rows('plans');
    const cp = plans.filter((p) => p.planType === 'cp').length;
    return {
      metrics: {
        cpShare: shareMetric('CP share', cp, plans.length, {
          threshold: ctx.options.target,
          direction: 'min',
          tolerance: 0.1,
        }),
      },
      findings: [],
    };
  },
});
const boom = defineRule({
  id: 'boom',
  title: 'Throws',
  passTitle: 'ok',
  failTitle: 'not ok',
  area: ['leaders'],
  tables: [],
  description: 'always throws',
  options: z.object({}).strict(),
  metrics: {},
  findings: {},
  run() {
    throw new Error('kaboom');
  },
});
const needsVisits = defineRule({
  id: 'needs-visits',
  title: 'Visits',
  passTitle: 'ok',
  failTitle: 'not ok',
  area: ['children-in-care'],
  tables: ['visits'],
  description: 'needs visits',
  options: z.object({}).strict(),
  metrics: {},
  findings: {},
  run() {
    return { metrics: {}, findings: [] };
  },
});
const RULES = [dataQuality, countPlans, boom, needsVisits] as AnyRule[];
const asAt = parseIsoDay('2024-03-31')!;
const records = {
  plans: [
    { plan_id: 'P1', child_id: 'C1', plan_type: 'cp', start_date: '2024-01-01' },
    { plan_id: 'P2', child_id: 'C2', plan_type: 'cin', start_date: '2024-02-01' },
  ],
};

describe('engine', () => {
  it('runs rules, reports a missing table as not run and a throwing rule as an error, and goes on', () => {
    const r = audit(exportFromRecords(records), RULES, { asAt, asAtSource: 'command line', config: {} });
    const byId = Object.fromEntries(r.rules.map((x) => [x.id, x]));
    expect(byId['count-plans']!.status).toBe('ran');
    expect(byId['count-plans']!.metrics.cpShare).toMatchObject({
      value: 0.5,
      numerator: 1,
      denominator: 2,
      threshold: 0.5,
      rag: 'green',
    });
    expect(byId['boom']).toMatchObject({ status: 'error', reason: 'the rule failed: kaboom' });
    expect(byId['needs-visits']).toMatchObject({
      status: 'not-run',
      reason: 'needs visits (no visits.csv in the export)',
    });
    expect(r.period).toEqual({ start: '2023-04-01', end: '2024-03-31', months: 12 });
  });

  it('applies options from config and reports the values used', () => {
    const r = audit(exportFromRecords(records), RULES, {
      asAt,
      asAtSource: 'config',
      config: { rules: { 'count-plans': { options: { target: 0.8 } } } },
    });
    const rule = r.rules.find((x) => x.id === 'count-plans')!;
    expect(rule.options).toEqual({ target: 0.8 });
    expect(rule.metrics.cpShare!.rag).toBe('red');
  });

  it('rejects unknown rules, unknown option keys and bad option values, naming the key', () => {
    expect(() => resolveRuleOptions(RULES, { rules: { nope: {} } })).toThrow(ConfigError);
    expect(() => resolveRuleOptions(RULES, { rules: { 'count-plans': { options: { targt: 1 } } } })).toThrow(
      /rules\.count-plans\.options.*"targt"/,
    );
    expect(() => resolveRuleOptions(RULES, { rules: { 'count-plans': { options: { target: 'high' } } } })).toThrow(
      /rules\.count-plans\.options\.target/,
    );
    expect(() => resolveRuleOptions(RULES, { rules: { 'data-quality': { enabled: false } } })).toThrow(
      /cannot be switched off/,
    );
  });

  it('can switch a rule off, and restrict to chosen rules while data-quality always runs', () => {
    const off = audit(exportFromRecords(records), RULES, {
      asAt,
      asAtSource: 'config',
      config: { rules: { boom: { enabled: false } } },
    });
    expect(off.rules.map((x) => x.id)).toEqual(['data-quality', 'count-plans', 'needs-visits']);
    const only = audit(exportFromRecords(records), RULES, {
      asAt,
      asAtSource: 'config',
      config: {},
      only: ['count-plans'],
    });
    expect(only.rules.map((x) => x.id)).toEqual(['data-quality', 'count-plans']);
  });

  it('treats dates after as-at as blank and counts them, not as errors', () => {
    const ex = exportFromRecords({
      plans: [{ plan_id: 'P1', child_id: 'C1', plan_type: 'cp', start_date: '2024-01-01', end_date: '2024-05-01' }],
    });
    const r = audit(ex, RULES, { asAt, asAtSource: 'command line', config: {} });
    expect(ex.tables.plans![0]!.endDate).toBeNull();
    const after = r.dataQuality.issues.find((g) => g.code === 'after-as-at')!;
    expect(after).toMatchObject({ count: 1, informational: true });
    expect(r.dataQuality.rowsWithIssues).toBe(0);
  });

  it('config severity overrides every finding of a rule', () => {
    const ex = exportFromRecords({
      plans: [{ plan_id: 'P1', child_id: 'C1', plan_type: 'zzz', start_date: '2024-01-01' }],
    });
    const r = audit(ex, RULES, {
      asAt,
      asAtSource: 'command line',
      config: { rules: { 'data-quality': { severity: 'low' } } },
    });
    expect(r.rules[0]!.findings.map((f) => f.severity)).toEqual(['low']);
  });

  it('gives byte-identical JSON for the same input and options', () => {
    const a = renderJson(audit(exportFromRecords(records), RULES, { asAt, asAtSource: 'command line', config: {} }));
    const b = renderJson(audit(exportFromRecords(records), RULES, { asAt, asAtSource: 'command line', config: {} }));
    expect(a).toBe(b);
    expect(JSON.parse(a)).toMatchObject({ schemaVersion: 1, tool: { name: 'caseaudit' }, asAt: '2024-03-31' });
  });

  it('runs a rule whose prepared value another thread is working out last, after whileWaiting, and keeps the results in order', () => {
    const ex = exportFromRecords(records);
    const ran: string[] = [];
    // count-plans's value is "still being worked out" by another thread until it is taken.
    let taken = false;
    ex.prepared = {
      take: () => ((taken = true), undefined),
      computing: (id) => id === 'count-plans' && !taken,
    };
    const r = audit(ex, RULES, {
      asAt,
      asAtSource: 'command line',
      config: {},
      onRule: (id) => ran.push(id),
      whileWaiting: () => ran.push('(waiting)'),
    });
    expect(ran).toEqual(['data-quality', 'boom', 'needs-visits', '(waiting)', 'count-plans']);
    expect(r.rules.map((x) => x.id)).toEqual(['data-quality', 'count-plans', 'boom', 'needs-visits']);
    const plain = audit(exportFromRecords(records), RULES, { asAt, asAtSource: 'command line', config: {} });
    expect(renderJson(r)).toBe(renderJson(plain));
    // Nothing waits: whileWaiting is not called.
    const none: string[] = [];
    audit(exportFromRecords(records), RULES, {
      asAt,
      asAtSource: 'command line',
      config: {},
      whileWaiting: () => none.push('(waiting)'),
    });
    expect(none).toEqual([]);
  });
});
