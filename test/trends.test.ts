import { RULES } from '../rules/index.js';
import { metricIds } from '../src/engine/ruleFacts.js';
/**
 * SPEC §9: every trend point equals the headline of a separate audit as at that date — a fresh
 * load, trends off — for every metric at every point of the demo council and at a sample of
 * points of a generated 3,000-child council; the direction test against worked examples; and the
 * export left exactly as the headline audit left it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, loadExport } from '../src/api.js';
import { ExportIndex } from '../src/engine/exportIndex.js';
import { Rewind } from '../src/engine/rewind.js';
import { pointTablesOf, trendDates, trendDirection } from '../src/engine/trends.js';
import type { AuditResult, TrendPoint } from '../src/engine/types.js';
import { generateExport } from '../src/generate/index.js';
import { parseIsoDay, toIso } from '../src/model/day.js';
import { renderTrendChart } from '../src/report/html/trendChart.js';

const AS_AT = '2024-03-31';
let dir: string;

async function auditAt(path: string, asAt: string, trends: boolean): Promise<AuditResult> {
  return audit(await loadExport(path, { auditFor: { asAt, threads: false } }), { asAt, trends });
}

/** Every trend point at the given indexes against the headline of `audit --as-at` that date. */
async function expectPointsMatch(path: string, indexes: readonly number[]): Promise<number> {
  const withTrends = await auditAt(path, AS_AT, true);
  expect(withTrends.trends?.points).toHaveLength(12);
  let compared = 0;
  for (const i of indexes) {
    const d = withTrends.trends!.points[i]!;
    const separate = await auditAt(path, d, false);
    for (const rule of withTrends.rules) {
      if (rule.status !== 'ran') continue;
      for (const [id, m] of Object.entries(rule.metrics)) {
        if (rule.id === 'data-quality') {
          expect(m.trend).toBeUndefined();
          continue;
        }
        const there = separate.rules.find((r) => r.id === rule.id)!.metrics[id]!;
        // A measure the rule reports as not measured (no workforce census: the vacancy rate) has
        // no trend; the separate audit at that date does not measure it either.
        if (m.trend === undefined) {
          expect(m.note, `${rule.id}.${id}`).toMatch(/^not measured/);
          expect(there.value, `${rule.id}.${id} at ${d}`).toBeNull();
          continue;
        }
        const point = m.trend[i]!;
        const expected: TrendPoint = {
          asAt: d,
          value: there.value,
          ...(there.numerator !== undefined ? { numerator: there.numerator } : {}),
          ...(there.denominator !== undefined ? { denominator: there.denominator } : {}),
        };
        expect(point, `${rule.id}.${id} at ${d}`).toEqual(expected);
        compared++;
      }
    }
  }
  // The last point is the headline itself.
  for (const rule of withTrends.rules) {
    for (const m of Object.values(rule.metrics))
      if (m.trend) expect(m.trend[11]).toMatchObject({ asAt: AS_AT, value: m.value });
  }
  return compared;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-trends-'));
  await generateExport({ out: join(dir, 'council'), seed: 2121, children: 3000, asAt: parseIsoDay(AS_AT)! });
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Every metric of the registry but data quality's has a trend, except the vacancy rate: neither
 * export has a workforce census, so it is not measured and has none.
 */
const TRENDED = metricIds(RULES).filter(
  (id) => !id.startsWith('data-quality.') && id !== 'workforce.vacancyRate',
).length;

describe('trend points equal separate audits as at each date', () => {
  it('demo council: every metric at all 12 points', async () => {
    const n = await expectPointsMatch('fixtures/demo', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(n).toBe(12 * TRENDED);
  }, 120_000);

  it('generated 3,000-child council: every metric at a sample of points', async () => {
    const n = await expectPointsMatch(join(dir, 'council'), [0, 4, 8, 10]);
    expect(n).toBe(4 * TRENDED);
  }, 180_000);

  it('leaves the export as the headline audit left it, and the data quality unchanged', async () => {
    const a = await loadExport('fixtures/demo', { auditFor: { asAt: AS_AT, threads: false } });
    const b = await loadExport('fixtures/demo', { auditFor: { asAt: AS_AT, threads: false } });
    const ra = audit(a, { asAt: AS_AT, trends: true });
    const rb = audit(b, { asAt: AS_AT, trends: false });
    expect(a.tables).toEqual(b.tables);
    expect(ra.dataQuality).toEqual(rb.dataQuality);
    // Headline values are the same with and without trends.
    for (const rule of ra.rules) {
      const other = rb.rules.find((r) => r.id === rule.id)!;
      for (const [id, m] of Object.entries(rule.metrics)) {
        const { trend: _t, trendDirection: _d, ...rest } = m;
        expect(rest, `${rule.id}.${id}`).toEqual(other.metrics[id]);
      }
    }
    expect(rb.trends).toBeUndefined();
  });

  it('an index derived from an earlier one after more dates are blanked equals one built fresh', async () => {
    const ex = await loadExport('fixtures/demo', { auditFor: { asAt: AS_AT, threads: false } });
    audit(ex, { asAt: AS_AT, trends: false });
    const before = new ExportIndex(ex);
    const names = [
      'plansByChild',
      'allocationsByChild',
      'visitsByChild',
      'reviewsByPlan',
      'referralsByChild',
      'supervisionsByChild',
      'supervisionsByWorker',
      'workersById',
    ] as const;
    for (const n of names) void before[n];
    // The derived index takes over the earlier one's groups: remember their order first.
    const order = (m: Map<string, { line: number }[]>) =>
      new Map([...m].map(([k, list]) => [k, list.map((r) => r.line).join()]));
    const earlierOrder = Object.fromEntries(
      names.filter((n) => n !== 'workersById').map((n) => [n, order(before[n] as Map<string, { line: number }[]>)]),
    );
    const earlierVisits = before.visitsByChild;
    const visitsBefore = new Map([...earlierVisits].map(([k, l]) => [k, [...l]]));
    const rewind = new Rewind(ex, parseIsoDay(AS_AT)!, parseIsoDay('2023-06-30')!);
    rewind.to(parseIsoDay('2023-06-30')!);
    const derived = new ExportIndex(ex, before);
    const fresh = new ExportIndex(ex);
    let reordered = 0;
    for (const n of names) {
      expect(derived[n], n).toEqual(fresh[n]);
      if (n !== 'workersById')
        for (const [k, list] of fresh[n] as Map<string, { line: number }[]>)
          if (earlierOrder[n]!.get(k) !== list.map((r) => r.line).join()) reordered++;
    }
    // The test means something: blanking moved rows within some groups.
    expect(reordered).toBeGreaterThan(0);
    rewind.restore();
    expect(new ExportIndex(ex).visitsByChild).toEqual(visitsBefore);
  });
});

describe('the tables a trend call moves', () => {
  const rule = (id: string) => RULES.find((r) => r.id === id)!;
  it("only the tables whose dates a rule's points read as they stand, plans whenever declared", () => {
    // The visits and supervisions are read at points through values kept from a later date.
    expect(pointTablesOf([rule('visit-timeliness')]).sort()).toEqual(['plans']);
    expect(pointTablesOf([rule('supervision-quality')]).sort()).toEqual(['plans', 'workers']);
    // A rule naming none moves every table it declares.
    expect(pointTablesOf([rule('plan-drift')]).sort()).toEqual(['plans', 'reviews']);
    expect(pointTablesOf([rule('caseloads')]).sort()).toEqual(['allocations', 'workers']);
    for (const r of RULES)
      for (const t of r.pointTables ?? []) expect([...r.tables, ...(r.optionalTables ?? [])]).toContain(t);
  });
});

describe('trend dates and direction', () => {
  it('12 points: the month-ends of the 11 months before the as-at month, then the as-at date', () => {
    expect(trendDates(parseIsoDay('2024-03-31')!).map(toIso)).toEqual([
      '2023-04-30',
      '2023-05-31',
      '2023-06-30',
      '2023-07-31',
      '2023-08-31',
      '2023-09-30',
      '2023-10-31',
      '2023-11-30',
      '2023-12-31',
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
    ]);
    const mid = trendDates(parseIsoDay('2024-01-15')!).map(toIso);
    expect(mid[0]).toBe('2023-02-28');
    expect(mid.slice(-3)).toEqual(['2023-11-30', '2023-12-31', '2024-01-15']);
  });

  const at = (values: (number | null)[], dens?: number[]): TrendPoint[] =>
    values.map((value, i) => ({
      asAt: `p${i}`,
      value,
      ...(dens ? { numerator: Math.round((value ?? 0) * dens[i]!), denominator: dens[i]! } : {}),
    }));

  it('shares: a change beyond two standard errors of the difference', () => {
    const twelve = (a: number, b: number) => [a, a, a, a, a, a, a, a, a, a, a, b];
    // 50% → 60% of 100: SE = √(.25/100 + .24/100) = 0.07, 2 SE = 0.14 > 0.10: stable.
    expect(trendDirection({ unit: 'share', direction: 'min' }, at(twelve(0.5, 0.6), Array(12).fill(100)))).toBe(
      'stable',
    );
    // The same change over 1,000 each: 2 SE = 0.044 < 0.10.
    expect(trendDirection({ unit: 'share', direction: 'min' }, at(twelve(0.5, 0.6), Array(12).fill(1000)))).toBe(
      'improving',
    );
    expect(trendDirection({ unit: 'share', direction: 'max' }, at(twelve(0.5, 0.6), Array(12).fill(1000)))).toBe(
      'worsening',
    );
    // Compared with six months before, not with the first point.
    const v = [0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    expect(trendDirection({ unit: 'share', direction: 'min' }, at(v, Array(12).fill(1000)))).toBe('stable');
  });

  it('counts and other values: any change; no value or no threshold side: null', () => {
    expect(trendDirection({ unit: 'count', direction: 'max' }, at([0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 4]))).toBe(
      'worsening',
    );
    expect(trendDirection({ unit: 'count', direction: 'max' }, at([0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 3]))).toBe(
      'improving',
    );
    expect(trendDirection({ unit: 'workingDays', direction: 'max' }, at([0, 0, 0, 0, 0, 2, 9, 9, 9, 9, 9, 2]))).toBe(
      'stable',
    );
    expect(trendDirection({ unit: 'count', direction: 'max' }, at([0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 4]))).toBeNull();
    expect(trendDirection({ unit: 'count' }, at([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 4]))).toBeNull();
  });
});

describe('trend chart', () => {
  it('draws the threshold, marks each point past it with a triangle and names them in its text alternative', () => {
    const trend = at12([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2]);
    const svg = renderTrendChart(
      {
        value: 2,
        rag: 'red',
        unit: 'count',
        label: 'Children <unallocated>',
        verdict: 'fail',
        threshold: 0,
        direction: 'max',
        trend,
      },
      'trend-x',
      'worsening',
    )!;
    expect(svg.match(/<path d="M/g)).toHaveLength(3);
    expect(svg.match(/<circle /g)).toHaveLength(9);
    expect(svg).toMatch(/stroke-dasharray/);
    expect(svg).toContain('<title id="trend-x-title">Children &lt;unallocated&gt;: month by month</title>');
    expect(svg).toMatch(
      /past it \(marked with a triangle\): 2024-01-31, 2024-02-29, 2024-03-31\. Direction over the last six months: worsening\./,
    );
    expect(svg).not.toContain('<unallocated>');
  });
});

function at12(values: number[]): TrendPoint[] {
  return trendDates(parseIsoDay(AS_AT)!).map((d, i) => ({ asAt: toIso(d), value: values[i]! }));
}
