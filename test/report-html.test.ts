import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { AREA_TITLES } from '../src/engine/types.js';
import { renderHtml } from '../src/report/html/index.js';
import { escapeXml } from '../src/report/html/escape.js';
import { renderChart } from '../src/report/html/svg.js';
import { buildView, longDate } from '../src/report/html/viewModel.js';
import { findBrowser, launchBrowser, type LaunchedBrowser } from '../src/report/pdf/browser.js';
import { render } from '../src/api.js';
import { COUNCIL, EXCERPT_TEXT, PLANTED_CHILD, fixtureResult } from './helpers/reportFixture.js';
import { runAll } from './helpers/rules.js';

const OPTS = { excerpts: true, marking: 'OFFICIAL-SENSITIVE' };
const ARTIFACTS = 'test-artifacts';

describe('HTML report content', () => {
  const result = fixtureResult();
  const html = renderHtml(result, OPTS);

  it('has the title block with council, as-at date, period and marking', () => {
    expect(html).toContain(`<h1>${escapeXml(COUNCIL)}</h1>`);
    expect(html).toContain('31 March 2024');
    expect(html).toContain('1 April 2023 to 31 March 2024 (12 months)');
    expect(html).toContain('from the command line');
    expect(html.match(/OFFICIAL-SENSITIVE/g)?.length).toBeGreaterThanOrEqual(3);
    expect(renderHtml(result, { ...OPTS, marking: 'OFFICIAL' })).not.toContain('OFFICIAL-SENSITIVE');
  });

  it('shows each ILACS area in the headline table with its status and counts', () => {
    const view = buildView(result, { marking: 'M', excerpts: null, print: false });
    const byArea = Object.fromEntries(view.headline.map((a) => [a.id, a]));
    // help-protection: allocation metric 30% vs 85.7% (red), outliers 1 vs 0 with tolerance 1 (amber)
    expect(byArea['help-protection']!.rag.label).toBe('Red');
    expect(byArea['help-protection']!.counts.metricsText).toBe('1 red, 1 amber, 0 green');
    expect(byArea['help-protection']!.counts.findingsText).toBe('1 high, 2 medium');
    expect(byArea['help-protection']!.counts.children).toBe(8); // planted child, C2, C10–C15
    expect(byArea['children-in-care']!.rag.label).toBe('Amber'); // only the outlier rule ran there
    expect(byArea['children-in-care']!.counts.rulesText).toBe('1 of 2 rules ran');
    expect(byArea['care-leavers']!.rag.label).toBe('Not assessed'); // its only rule errored
    for (const title of Object.values(AREA_TITLES)) expect(html).toContain(escapeXml(title));
  });

  it('ranks what needs to improve by severity, then by how many are affected', () => {
    const view = buildView(result, { marking: 'M', excerpts: null, print: false });
    expect(view.improve.map((i) => `${i.severity.label}:${i.title}:${i.number}`)).toEqual([
      'High:Values that could not be used:1', // 2 records, tied with the next at 2 children: report order decides
      'High:Plans allocated late:3', // paragraph 2 is the low-severity supervision finding
      'Medium:Children with no worker today:4', // 5 children before 1 team
      'Medium:A team closes more assessments with no further action:5',
    ]);
    expect(view.improve.some((i) => i.title === 'Records without reflection')).toBe(false); // green → low
  });

  it('numbers finding paragraphs through the document and states metric, threshold and England figure', () => {
    const numbers = [...html.matchAll(/<span class="para-number">(\d+)\.<\/span>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
    expect(html).toContain('Plans allocated within 5 working days: 30% (3 of 10)');
    expect(html).toContain('Threshold: at least 85.7%');
    expect(html).toMatch(
      /England 15\.2 \(30 September 2025, DfE, Children&#x27;s social work workforce; children per FTE case-holding social worker\)/,
    );
  });

  it('cross-references a rule that informs a second area, and lists rules not run with why', () => {
    expect(html).toMatch(
      /Also informing this area: <a href="#rule-fixture-outliers">Teams apply thresholds differently<\/a>/,
    );
    expect(html).toContain('needs visits (no visits.csv in the export)');
    expect(html).toContain('the rule failed: division by &lt;zero&gt;');
  });

  it('has data-quality and methodology appendices with the option values used', () => {
    expect(html).toContain('Not a valid date');
    expect(html).toContain('plans.csv:3:4 “&#x3D;cmd|&#x27; /C calc&#x27;!A0 &lt;b&gt;x&lt;/b&gt;”');
    expect(html).toMatch(
      /<td class="id">teams<\/td><td class="id">\["A","B"\]<\/td>|<td class="id">teams<\/td><td class="id">\[&quot;A&quot;,&quot;B&quot;\]<\/td>/,
    );
    expect(html).toContain('<td class="id">maxWorkingDays</td><td class="id">5</td>');
  });

  it('keeps injected markup inert: no script, img or external URL in any element or attribute', () => {
    expect(html).not.toMatch(/<(script|img|iframe|link|object|embed)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)\s*=\s*["']?https?:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src&#x3D;http://example.invalid/x&gt;');
  });

  it('shows supervision excerpts only when allowed', () => {
    expect(html).toContain(
      '<blockquote>Discussed &lt;img src&#x3D;http://example.invalid/e&gt; contact; child said &quot;I want to stay&quot;.</blockquote>',
    );
    const without = renderHtml(result, { ...OPTS, excerpts: false });
    expect(without).not.toContain('I want to stay');
    expect(without).not.toContain('<blockquote>');
    expect(EXCERPT_TEXT).toContain('I want to stay');
  });

  it('opens short evidence tables and every table in the print variant', () => {
    const shortOpen = /<details class="evidence" open>\s*<summary>Evidence: 2 rows/;
    expect(html).toMatch(shortOpen);
    const print = renderHtml(result, OPTS, { print: true });
    expect(print).not.toMatch(/<details(?! [^>]*open)[^>]*>/);
  });

  it('is byte-identical across renders of the same result and of a re-run', () => {
    expect(renderHtml(fixtureResult(), OPTS)).toBe(html);
  });

  it('renders a result from the real rule registry, including rules not run for missing tables', () => {
    const real = runAll(
      {
        children: [{ child_id: 'C1' }],
        plans: [{ plan_id: 'P1', child_id: 'C1', plan_type: 'cp', start_date: '2024-01-01' }],
      },
      '2024-03-31',
    );
    const out = renderHtml(real, OPTS);
    for (const r of real.rules)
      expect(out).toContain(r.status === 'ran' ? `id="rule-${r.id}"` : `id="not-run-${r.id}"`);
  });

  it('formats long dates the GOV.UK way', () => {
    expect(longDate('2024-02-29')).toBe('29 February 2024');
  });
});

describe('SVG charts', () => {
  const result = fixtureResult();
  const alloc = result.rules.find((r) => r.id === 'fixture-allocation')!;
  const outl = result.rules.find((r) => r.id === 'fixture-outliers')!;

  it('draws bars grouped by team with the target line and marks bars above it in words', () => {
    const svg = renderChart(alloc.breakdowns[0]!, 'x')!;
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title id="[^"]+">Caseload per FTE by worker<\/title>/);
    expect(svg).toContain('2 bars are above it (marked ▲)'); // 19.5 and 22 over 15; 15 itself is not
    expect(svg.match(/▲ above limit/g)?.length).toBe(2);
    expect(svg).toContain('Target: at most 15');
    expect(svg).toContain('grouped by team');
    expect(svg).toContain(escapeXml('<script>alert(1)</script>')); // team heading, escaped
  });

  it('marks bars below an "at least" target, not above it', () => {
    const b = alloc.breakdowns[0]!;
    const svg = renderChart(
      { ...b, chart: { kind: 'bar', x: 'workerId', y: 'perFte', limit: 15, direction: 'min', label: 'Target' } },
      'x',
    )!;
    const values = b.rows.map((r) => r.perFte).filter((v): v is number => typeof v === 'number');
    const below = values.filter((v) => v < 15).length;
    expect(below).toBeGreaterThan(0);
    expect(svg.match(/▼ below target/g)?.length).toBe(below);
    expect(svg).not.toContain('▲');
    expect(svg).toContain('Target: at least 15');
    expect(svg).toContain(`${below} ${below === 1 ? 'bar is' : 'bars are'} below it (marked ▼)`);
  });

  it('draws a line that breaks at a blank month rather than dropping to zero', () => {
    const svg = renderChart(alloc.breakdowns[1]!, 'x')!;
    expect(svg.match(/<polyline/g)?.length).toBe(2);
    // the months under the 85.7% "at least" target are marked, not those over it
    expect(svg).toMatch(/points are below it \(marked ▼\)/);
    expect(svg).toContain('from 50% (2023-04) to 90% (2023-09); 1 without a value');
  });

  it('draws a funnel plot and names the team outside the limits', () => {
    const svg = renderChart(outl.breakdowns[0]!, 'x')!;
    expect(svg).toContain('Outside the limits (marked with a diamond): Riverside (above).');
    expect(svg.match(/<path d="M/g)?.length).toBe(1);
    expect(svg).toContain('All teams: 30%');
  });

  it('draws nothing for a breakdown without a chart hint or without rows', () => {
    expect(renderChart({ id: 'b', title: 't', columns: [], rows: [] }, 'x')).toBeNull();
    expect(
      renderChart({ id: 'b', title: 't', columns: [], rows: [], chart: { kind: 'bar', x: 'a', y: 'b' } }, 'x'),
    ).toBeNull();
  });
});

describe('HTML report in headless Chromium', () => {
  let launched: LaunchedBrowser;
  let browser: Browser;
  beforeAll(async () => {
    launched = await launchBrowser(findBrowser());
    browser = launched.browser;
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await launched?.close();
  });

  async function open(html: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      requests.push(r.url());
      void r.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewport({ width: 1100, height: 1400 });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  it('makes zero requests, logs no console errors and keeps the hostile team name as text', async () => {
    const files = await render(fixtureResult(), ['html'], OPTS);
    const html = String(files[0]!.content);
    const { page, requests, errors } = await open(html);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.$$eval('img', (els) => els.length)).toBe(0);
    expect(await page.$$eval('script', (els) => els.length)).toBe(0);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('<script>alert(1)</script><img src=http://example.invalid/x>');
    expect(text).toContain(PLANTED_CHILD);
    expect(await page.$$eval('svg.chart:not(.trend-chart)', (els) => els.length)).toBe(3);
    writeFileSync(`${ARTIFACTS}/report.html`, html);
    await page.screenshot({ path: `${ARTIFACTS}/html-page1.png` });
    const chart = await page.$('#breakdown-fixture-outliers-nfa-funnel .chart-wrap');
    await chart!.screenshot({ path: `${ARTIFACTS}/chart-funnel.png` });
    const bar = await page.$('#breakdown-fixture-allocation-caseloads-by-worker .chart-wrap');
    await bar!.screenshot({ path: `${ARTIFACTS}/chart-bar.png` });
    const line = await page.$('#breakdown-fixture-allocation-by-month .chart-wrap');
    await line!.screenshot({ path: `${ARTIFACTS}/chart-line.png` });
    await page.close();
  });
});
