/**
 * The demo report as a QA officer reads it, from the built CLI (spawned): every chart marks
 * exactly the teams on the failing side of their measure's limit, and no output names the SPEC.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult, Breakdown, Metric } from '../src/engine/types.js';
import { safeId } from '../src/report/html/escape.js';

const BIN = resolve('bin/caseaudit.js');
let out: string;
let html: string;
let result: AuditResult;
let terminal: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'caseaudit-demo-'));
  const r = spawnSync(process.execPath, [BIN, 'audit', resolve('fixtures/demo'), '--config', resolve('fixtures/demo.config.json'), '--format', 'html,json,csv,md,junit', '--out', out],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  terminal = r.stdout;
  html = readFileSync(join(out, 'report.html'), 'utf8');
  result = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as AuditResult;
});

/**
 * Which measure each chart with a limit shows, stated here rather than read from the chart hint,
 * so a chart that drew the wrong direction or the wrong limit cannot agree with itself.
 */
const CHART_MEASURE: Readonly<Record<string, string>> = {
  'assessment-timeliness/by-team': 'completedWithin45',
  'allocation-delay/by-team': 'allocatedWithinTarget',
  'caseloads/by-team': 'averagePerFte',
  'plan-drift/plan-drift-by-team': 'reviewsOnTime',
  'visit-timeliness/by-team': 'plansWithinVisitLimits',
  'threshold-consistency/rereferrals-by-team': 'rereferralRate',
  'workforce/by-team': 'agencyRate',
};

function svgs(): Map<string, string> {
  const m = new Map<string, string>();
  for (const match of html.matchAll(/<svg [^>]*class="chart" id="([^"]+)"[\s\S]*?<\/svg>/g)) m.set(match[1]!, match[0]);
  return m;
}

function failsMeasure(v: number, m: Metric): boolean {
  return m.direction === 'min' ? v < m.threshold! : v > m.threshold!;
}

describe('demo report charts', () => {
  it('mark exactly the teams on the failing side of their measure, in its words, for every chart', () => {
    const charts = svgs();
    let checked = 0;
    let failingMin = 0;
    let passingMin = 0;
    for (const rule of result.rules) {
      for (const b of rule.breakdowns as Breakdown[]) {
        if (!b.chart || b.rows.length === 0) continue;
        const svg = charts.get(safeId('chart', rule.id, b.id));
        expect(svg, `${rule.id}/${b.id} has a chart`).toBeDefined();
        const bars = [...svg!.matchAll(/<g class="(bar|bar failing)" data-row="(\d+)">([\s\S]*?)<\/g>/g)]
          .map((g) => ({ failing: g[1] === 'bar failing', row: Number(g[2]), body: g[3]! }));
        if (b.chart.kind !== 'bar') continue;
        expect(bars.length, `${rule.id}/${b.id}: one group per bar`).toBe(b.rows.filter((r) => typeof r[b.chart!.y] === 'number').length);
        const marked = bars.filter((x) => x.failing).map((x) => x.row).sort((a, c) => a - c);
        if (b.chart.limit === undefined) {
          expect(marked, `${rule.id}/${b.id} has no limit, so nothing is marked`).toEqual([]);
          continue;
        }
        const metricId = CHART_MEASURE[`${rule.id}/${b.id}`];
        expect(metricId, `${rule.id}/${b.id}: a chart with a limit whose measure this test does not know`).toBeDefined();
        const m = rule.metrics[metricId!]!;
        expect(b.chart.limit, `${rule.id}/${b.id}: the chart's limit is the measure's`).toBe(m.threshold);
        const expected = b.rows.flatMap((r, i) => (typeof r[b.chart!.y] === 'number' && failsMeasure(r[b.chart!.y] as number, m) ? [i] : []));
        expect(marked, `${rule.id}/${b.id} (${m.direction === 'min' ? 'at least' : 'at most'} ${m.threshold})`).toEqual(expected);
        for (const bar of bars) {
          // colour is never the only signal: a marked bar is red and says which side it is on
          const word = m.direction === 'min' ? '▼ below target' : '▲ above limit';
          expect(bar.body.includes('fill="#d4351c"'), `${rule.id}/${b.id} row ${bar.row} red`).toBe(bar.failing);
          expect(bar.body.includes(word), `${rule.id}/${b.id} row ${bar.row} says ${word}`).toBe(bar.failing);
        }
        expect(svg).toContain(`${m.direction === 'min' ? 'at least' : 'at most'} `);
        if (m.direction === 'min') { failingMin += marked.length; passingMin += bars.length - marked.length; }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    // the demo has "at least" measures with teams on both sides, where the old charts went wrong
    expect(failingMin).toBeGreaterThan(0);
    expect(passingMin).toBeGreaterThan(0);
  });
});
