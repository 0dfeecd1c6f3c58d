/**
 * The "Children to track" views on a real audit of the demo export: the worklist, Markdown (first
 * 10), terminal count, the HTML section (checked by axe-core in Chromium against WCAG 2.2 AA) and
 * the printed variant (first 25).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { audit, loadExport, render } from '../src/api.js';
import type { AuditResult } from '../src/engine/types.js';
import { renderHtml } from '../src/report/html/index.js';
import { findBrowser, launchBrowser, type LaunchedBrowser } from '../src/report/pdf/browser.js';
import { renderTerminal } from '../src/report/terminal.js';
import { Chalk } from 'chalk';

const OPTS = { excerpts: true, marking: 'OFFICIAL-SENSITIVE' };
let result: AuditResult;

beforeAll(async () => {
  result = audit(await loadExport('fixtures/demo'), { asAt: '2024-03-31' });
});

function csvRows(text: string): string[][] {
  // the worklist quotes fields with commas; concern details never hold a quote in the demo
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => [...l.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '')).slice(0, -1));
}

describe('children to track: files and text views', () => {
  it('writes worklist-children.csv with one row per profile in tracking order', async () => {
    const files = await render(result, ['csv']);
    const csv = files.find((f) => f.name === 'worklist-children.csv')!;
    const text = String(csv.content);
    expect(
      text.startsWith(
        '\uFEFFRank,Child,Team,Worker,Open plans,Rules,Highest severity,Score,Concerns,Concern details,Keys\r\n',
      ),
    ).toBe(true);
    const rows = csvRows(text).slice(1);
    expect(rows.length).toBe(result.children!.length);
    expect(rows.map((r) => r[1])).toEqual(result.children!.map((p) => p.childId));
    const first = result.children![0]!;
    expect(rows[0]!.slice(0, 9)).toEqual([
      '1',
      first.childId,
      first.team ?? '',
      first.workerId ?? '',
      first.openPlans.join(' '),
      String(first.rules),
      expect.any(String),
      String(first.score),
      String(first.concerns.length),
    ]);
    expect(rows[0]![10]).toBe(first.concerns.map((c) => c.key).join(' | '));
  });

  it('lists the first 10 in Markdown and counts them in the terminal', async () => {
    const md = String((await render(result, ['md']))[0]!.content);
    const section = md.slice(md.indexOf('## Children to track'));
    const table = section.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(result.children!.length).toBeGreaterThan(10);
    expect(table.length).toBe(10);
    expect(table[0]).toContain(`| 1 | ${result.children![0]!.childId} |`);
    const multi = result.children!.filter((p) => p.rules >= 2).length;
    expect(renderTerminal(result, new Chalk({ level: 0 }))).toContain(
      `Children to track: ${result.children!.length} (${multi} with concerns from two or more rules`,
    );
  });

  it('puts children with two or more rules first in the HTML and collapses the rest; prints the first 25', () => {
    const html = renderHtml(result, OPTS);
    const section = html.slice(
      html.indexOf('<section id="children"'),
      html.indexOf('</section>', html.indexOf('<section id="children"')),
    );
    const multi = result.children!.filter((p) => p.rules >= 2);
    expect(multi.length).toBeGreaterThan(0);
    const beforeDetails = section.slice(0, section.indexOf('<details'));
    for (const p of multi) expect(beforeDetails).toContain(`<th scope="row" class="id">${p.childId}</th>`);
    expect(section).toMatch(
      /<details class="children-single">\s*<summary>\d+ children with concerns from one rule<\/summary>/,
    );
    const print = renderHtml(result, OPTS, { print: true });
    const ps = print.slice(
      print.indexOf('<section id="children"'),
      print.indexOf('</section>', print.indexOf('<section id="children"')),
    );
    expect(ps.match(/<th scope="row" class="id">/g)!.length).toBe(25);
    expect(ps).toContain(`the first 25 of ${result.children!.length} children`);
    expect(ps).toContain('<details class="children-single" open>');
  });
});

describe('children to track in Chromium', () => {
  let launched: LaunchedBrowser;
  let browser: Browser;
  beforeAll(async () => {
    launched = await launchBrowser(findBrowser());
    browser = launched.browser;
  });
  afterAll(async () => {
    await launched?.close();
  });

  it('has no WCAG 2.2 AA violations (axe-core) in the section, open or printed', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const variant of [{}, { print: true }]) {
      const page = await browser.newPage();
      // The report forbids scripts by CSP; axe is injected by the test alone, with no request made.
      await page.setBypassCSP(true);
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        void r.abort();
      });
      await page.setContent(renderHtml(result, OPTS, variant), { waitUntil: 'load' });
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const w = window as unknown as {
          axe: {
            run(
              ctx: unknown,
              opts: unknown,
            ): Promise<{ violations: { id: string; nodes: unknown[] }[]; passes: unknown[] }>;
          };
        };
        const r = await w.axe.run(
          { include: [['#children'], ['nav.contents']] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
        );
        return { failed: r.violations.map((v) => `${v.id} (${v.nodes.length})`), passed: r.passes.length };
      });
      expect(violations.failed).toEqual([]);
      expect(violations.passed).toBeGreaterThan(5); // axe did check the section
      const rows = await page.$$eval('#children tbody tr', (els) => els.length);
      expect(rows).toBe('print' in variant ? 25 : result.children!.length);
      await page.close();
    }
  }, 240_000); // axe over a 300-child section, twice, on a shared 2-core machine
});
