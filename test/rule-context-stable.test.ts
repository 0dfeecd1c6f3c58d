import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { audit } from '../src/engine/run.js';
import { defineRule, type AnyRule, type RuleContext } from '../src/engine/rule.js';
import { valueMetric } from '../src/engine/metrics.js';
import { exportFromRecords } from '../src/load/fromRecords.js';
import { parseIsoDay, toIso } from '../src/model/day.js';

// Issue 24: the functions of a rule's context are made once and handed to the headline and every
// trend point (src/engine/ruleAccess.ts), so V8 keeps the rule's optimised `run` from point to
// point. These tests pin that, and that the functions still do what each context's did.

type Seen = Pick<RuleContext<unknown>, 'rows' | 'has' | 'columns' | 'shared' | 'prepared'> & {
  asAt: string;
  metricsOnly: boolean;
};

function recordingRule(seen: Seen[]): AnyRule {
  return defineRule({
    id: 'open-plans',
    title: 'Open plans',
    passTitle: 'ok',
    failTitle: 'not ok',
    area: ['help-protection'],
    tables: ['plans'],
    description: 'test rule',
    options: z.object({}).strict(),
    metrics: { started: { needs: ['plans.start_date'] } },
    findings: {},
    run(ctx) {
      seen.push({
        rows: ctx.rows,
        has: ctx.has,
        columns: ctx.columns,
        shared: ctx.shared,
        prepared: ctx.prepared,
        asAt: toIso(ctx.asAt),
        metricsOnly: ctx.metricsOnly === true,
      });
      // A start after the point is blank there (the trend's rewind): count the starts it sees.
      const started = ctx.rows('plans').filter((p) => p.startDate !== null).length;
      const calls = ctx.shared('calls', () => ({ n: 0 }));
      calls.n++;
      return { metrics: { started: valueMetric('Plans started', started, 'count') }, findings: [] };
    },
  }) as AnyRule;
}

const asAt = parseIsoDay('2024-03-31')!;
const records = {
  plans: [
    { plan_id: 'P1', child_id: 'C1', plan_type: 'cp', start_date: '2023-01-10' },
    { plan_id: 'P2', child_id: 'C2', plan_type: 'cin', start_date: '2023-09-15' },
    { plan_id: 'P3', child_id: 'C3', plan_type: 'cin', start_date: '2024-02-20' },
  ],
};

describe("a rule's context functions", () => {
  it('are the same functions at the headline and at every trend point', () => {
    const seen: Seen[] = [];
    const r = audit(exportFromRecords(records), [recordingRule(seen)], {
      asAt,
      asAtSource: 'command line',
      config: {},
    });
    // The headline, then the eleven month-ends before it, latest first.
    expect(seen).toHaveLength(12);
    expect(seen[0]).toMatchObject({ asAt: '2024-03-31', metricsOnly: false });
    expect(seen.slice(1).map((s) => s.asAt)).toEqual([
      '2024-02-29',
      '2024-01-31',
      '2023-12-31',
      '2023-11-30',
      '2023-10-31',
      '2023-09-30',
      '2023-08-31',
      '2023-07-31',
      '2023-06-30',
      '2023-05-31',
      '2023-04-30',
    ]);
    for (const s of seen) {
      expect(s.rows).toBe(seen[0]!.rows);
      expect(s.has).toBe(seen[0]!.has);
      expect(s.columns).toBe(seen[0]!.columns);
      expect(s.shared).toBe(seen[0]!.shared);
    }
    for (const s of seen.slice(1)) expect(s.prepared).toBe(seen[1]!.prepared);
    // The same readers still see each point's rows as at that point: P3 (2024-02-20) is blank
    // before February's end, P2 (2023-09-15) before September's.
    const trend = r.rules.find((x) => x.id === 'open-plans')!.metrics.started!.trend!;
    expect(trend.map((p) => p.value)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3]);
  });

  it('keep one shared store across the points, and still refuse a table the rule did not declare', () => {
    const seen: Seen[] = [];
    audit(exportFromRecords(records), [recordingRule(seen)], { asAt, asAtSource: 'command line', config: {} });
    expect(seen[0]!.shared('calls', () => ({ n: -1 }))).toEqual({ n: 12 });
    expect(() => seen[5]!.rows('visits')).toThrow('rule open-plans reads the visits table without declaring it');
    expect(() => seen[0]!.has('visits')).toThrow('rule open-plans reads the visits table without declaring it');
    expect(seen[3]!.has('plans')).toBe(true);
  });
});
