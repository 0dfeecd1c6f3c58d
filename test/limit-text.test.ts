/**
 * Every limit a reader sees is the limit as configured, written for a reader (18.6%, never 0.186,
 * 18.599999999999998% or a rounded 19%), and the same in the terminal, the HTML (tables, finding
 * details, bar and trend charts and their text alternatives) and the Markdown. Run on the demo
 * export from the built CLI (spawned), with limits that rounding would change.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderComparisonHtml, type Comparison } from '../src/batch/comparison.js';
import { englandFigures } from '../src/engine/england.js';
import type { AuditResult, Metric } from '../src/engine/types.js';

const BIN = resolve('bin/caseaudit.js');

/** Limits chosen so that any rounding shows: two decimals of a percentage, a +12.5% rise, 15.25 per FTE. */
const CONFIG = {
  council: 'Limits as configured',
  rules: {
    workforce: { options: { maxTurnoverRate: 0.1234, maxAgencyRate: 0.186 } },
    'threshold-consistency': { options: { maxCpRise: 0.125, maxLateIcpcRate: 0.1865 } },
    caseloads: { options: { target: 15.25 } },
    'assessment-timeliness': { options: { completedTarget: 0.8575 } },
  },
};

/** How each configured limit must read, written out by hand (not by the code under test). */
const CONFIGURED: Readonly<Record<string, string>> = {
  'workforce.turnoverRate': 'at most 12.34%',
  'workforce.agencyRate': 'at most 18.6%',
  'threshold-consistency.cpStartsChange': 'at most +12.5%',
  'threshold-consistency.lateIcpc': 'at most 18.65%',
  'caseloads.averagePerFte': 'at most 15.25',
  'assessment-timeliness.completedWithin45': 'at least 85.75%',
  // defaults from England's figures, which a rounded view showed as 23% and 86%
  'threshold-consistency.rereferralRate': 'at most 22.6%',
  'threshold-consistency.repeatCpPlans': 'at most 24.5%',
  'workforce.vacancyRate': 'at most 14.2%',
};

let html: string;
let htmlText: string;
let md: string;
let terminal: string;
let result: AuditResult;

/** The visible and assistive text of the HTML: tags dropped, entities decoded. */
function textOf(page: string): string {
  return page
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A limit as a reader should see it: the number as written, in the metric's unit. */
function expectedLimit(m: Metric): string {
  const t = m.threshold!;
  const asWritten = (v: number) => String(Number(v.toPrecision(12)));
  const v =
    m.unit === 'share'
      ? `${asWritten(t * 100)}%`
      : m.unit === 'ratio'
        ? `${t >= 0 ? '+' : ''}${asWritten(t * 100)}%`
        : m.unit === 'workingDays'
          ? `${asWritten(t)} working days`
          : m.unit === 'days'
            ? `${asWritten(t)} days`
            : asWritten(t);
  return `${m.direction === 'min' ? 'at least' : 'at most'} ${v}`;
}

function thresholded(): Array<{ key: string; m: Metric }> {
  return result.rules.flatMap((r) =>
    Object.entries(r.metrics).flatMap(([id, m]) => (m.threshold !== undefined ? [{ key: `${r.id}.${id}`, m }] : [])),
  );
}

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'caseaudit-limits-'));
  const cfg = join(out, 'limits.config.json');
  writeFileSync(cfg, JSON.stringify(CONFIG));
  const r = spawnSync(
    process.execPath,
    [BIN, 'audit', resolve('fixtures/demo'), '--config', cfg, '--format', 'html,json,md', '--out', out],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  terminal = r.stdout;
  html = readFileSync(join(out, 'report.html'), 'utf8');
  htmlText = textOf(html);
  md = readFileSync(join(out, 'summary.md'), 'utf8');
  result = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as AuditResult;
});

describe('limits in every view', () => {
  it('are the configured values in findings.json, unrounded', () => {
    const limit = (key: string) => {
      const [rule, id] = key.split('.') as [string, string];
      return result.rules.find((r) => r.id === rule)!.metrics[id]!.threshold;
    };
    expect(limit('workforce.turnoverRate')).toBe(0.1234);
    expect(limit('caseloads.averagePerFte')).toBe(15.25);
    expect(limit('threshold-consistency.cpStartsChange')).toBe(0.125);
    expect(limit('threshold-consistency.repeatCpPlans')).toBe(0.245);
  });

  it('read as configured in the terminal, the HTML and the Markdown, for every measure with a limit', () => {
    const all = thresholded();
    expect(all.length).toBeGreaterThanOrEqual(25);
    for (const [key, text] of Object.entries(CONFIGURED))
      expect(expectedLimit(all.find((x) => x.key === key)!.m), key).toBe(text);
    for (const { key, m } of all) {
      const text = expectedLimit(m);
      const symbol = text.replace(/^at least /, '≥ ').replace(/^at most /, '≤ ');
      expect(terminal, `${key} in the terminal`).toContain(`(${symbol})`);
      expect(htmlText, `${key} in the HTML`).toContain(text);
      expect(md, `${key} in the Markdown`).toContain(`| ${text} |`);
      if ((m.trend ?? []).some((p) => p.value !== null)) {
        expect(htmlText, `${key}: the trend chart's legend`).toContain(`Dashed line: ${text}; ▲ past it`);
        expect(htmlText, `${key}: the trend chart's text alternative`).toContain(
          `The dashed line marks the threshold, ${text};`,
        );
      }
    }
  });

  it('are never a rounded, scaled or noisy version of the limit', () => {
    const allowed = new Set(thresholded().map(({ m }) => expectedLimit(m)));
    const phrases = (s: string) =>
      [...s.matchAll(/\bat (?:most|least) [+-]?\d[\d.]*(?:%| working days| days)?/g)].map((x) => x[0]);
    const seen = [...phrases(htmlText), ...phrases(md)];
    expect(seen.length).toBeGreaterThan(50);
    for (const p of seen) expect(allowed, p).toContain(p);
    // bar charts name their measure's limit exactly as the table does
    expect(htmlText).toContain('Agency rate: at most 18.6%');
    expect(htmlText).toContain('Average children per FTE: at most 15.25');
    expect(htmlText).toContain('Completed within 45 working days: at least 85.75%');
    for (const view of [html, md, terminal]) {
      expect(view).not.toMatch(/\d\.\d*(?:0{6,}|9{6,})\d/); // 18.599999999999998
      expect(view).not.toMatch(/(?:at most|at least|[≤≥]) 0\.\d/); // a share printed as a fraction
    }
  });
});

describe('the batch comparison', () => {
  it("prints England's figures as published (22.6%, 85.7%, 15.2), not rounded", () => {
    const e = englandFigures();
    const row = (key: string, unit: 'share' | 'number') => ({
      key,
      rule: key.split('.')[0]!,
      metric: key.split('.')[1]!,
      label: key,
      unit,
      england: e[key]!,
      values: [{ export: 'a', value: 0.5, rag: 'none' as const }],
    });
    const c: Comparison = {
      schemaVersion: 1,
      tool: { name: 'caseaudit', version: '0' },
      exports: [],
      columns: ['a'],
      metrics: [
        row('threshold-consistency.rereferralRate', 'share'),
        row('assessment-timeliness.completedWithin45', 'share'),
        row('caseloads.averagePerFte', 'number'),
      ],
    };
    const page = renderComparisonHtml(c, 'M');
    expect(page).toContain('<td>22.6% (2024-25, DfE, Children in need 2025, table C1');
    expect(page).toContain('<td>85.7% (2024-25, DfE, Children in need 2025, table C2');
    expect(page).toContain('<td>15.2 (30 September 2025,');
  });
});
