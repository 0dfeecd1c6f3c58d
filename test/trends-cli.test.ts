/** Trends as a user gets them (SPEC §9): the built CLI, spawned, in every view; --no-trends; Annex A. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/caseaudit.js');
const DEMO = resolve('fixtures/demo');

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'caseaudit-cli-')),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const tmp = (): string => mkdtempSync(join(tmpdir(), 'caseaudit-trends-'));

interface JsonMetric {
  value: number | null;
  trend?: { asAt: string; value: number | null }[];
  trendDirection?: string | null;
}
interface JsonResult {
  trends?: { points: string[]; notMeasured?: string; caveat: string };
  rules: { id: string; status: string; metrics: Record<string, JsonMetric> }[];
}

describe('trends in the CLI', () => {
  it('JSON, terminal, Markdown, metrics.csv and HTML carry them; the same bytes in another time zone and locale', () => {
    const out = tmp(),
      other = tmp();
    const r = cli(['audit', DEMO, '--as-at', '2024-03-31', '--format', 'json,md,csv,html', '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as JsonResult;
    expect(json.trends!.points).toEqual([
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
    const unallocated = json.rules.find((x) => x.id === 'allocation-delay')!.metrics.unallocatedOpen!;
    expect(unallocated.trend!.map((p) => p.value)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2]);
    expect(unallocated.trendDirection).toBe('worsening');
    expect(json.rules.find((x) => x.id === 'data-quality')!.metrics.rowsWithIssues!.trend).toBeUndefined();
    // Terminal: a direction column, and the caveat once.
    expect(r.out).toMatch(/unallocatedOpen +2 \(≤ 0\) +worsening/);
    expect(r.out.match(/records as they are now/g)).toHaveLength(1);
    // "What needs to improve" says the finding's measure is worsening.
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).toMatch(
      /\*\*Medium: Children with an open plan and no allocated social worker\*\* \(allocation-delay; 2 children\)\. [^\n]*: 2\. \*\*Worsening: 0 on 2023-09-30, 2 on 2024-03-31\.\*\*/,
    );
    expect(md).toMatch(
      /\| allocation-delay \| Children with an open CIN, CP or CLA plan and no allocated worker on the as-at date \| 2 \| at most 0 \| 🟠 Amber \| worsening \|/,
    );
    const csv = readFileSync(join(out, 'metrics.csv'), 'utf8');
    const header = csv.slice(1).split('\r\n')[0]!;
    expect(header).toMatch(/,Trend \(6 months\),Value on 2023-04-30,.*,Value on 2024-03-31$/);
    expect(csv).toMatch(/\r\nallocation-delay,unallocatedOpen,[^\r\n]*,worsening,0,0,0,0,0,0,0,0,0,1,1,2\r\n/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('id="trend-allocation-delay-unallocatedopen"');
    expect(html).toMatch(/<p class="worsening"><strong>Worsening: 0 on 2023-09-30, 2 on 2024-03-31\.<\/strong><\/p>/);
    const again = cli(['audit', DEMO, '--as-at', '2024-03-31', '--format', 'json,md,csv', '--out', other, '--quiet'], {
      TZ: 'Pacific/Kiritimati',
      LANG: 'de_DE.UTF-8',
      LC_ALL: 'de_DE.UTF-8',
    });
    expect(again.code).toBe(0);
    for (const f of ['findings.json', 'summary.md', 'metrics.csv'])
      expect(readFileSync(join(other, f)), f).toEqual(readFileSync(join(out, f)));
  }, 60_000);

  it('--no-trends leaves them out of every output', () => {
    const out = tmp();
    const r = cli([
      'audit',
      DEMO,
      '--as-at',
      '2024-03-31',
      '--no-trends',
      '--format',
      'json,md,csv',
      '--out',
      out,
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(out, 'findings.json'), 'utf8');
    expect(text).not.toMatch(/"trend/);
    expect(r.out).not.toMatch(/worsening|Trends:/);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).not.toMatch(/Worsening|Trends:/);
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).not.toMatch(/Trend|Value on/);
  }, 60_000);

  it("batch: each export's direction in the comparison, none with --no-trends", () => {
    const root = tmp();
    for (const n of ['north', 'south']) cpSync(DEMO, join(root, 'in', n), { recursive: true });
    for (const [flag, out] of [
      [[], 'with'],
      [['--no-trends'], 'without'],
    ] as const) {
      const r = spawnSync(
        process.execPath,
        [BIN, 'batch', 'in', '--out', out, '--as-at', '2024-03-31', '--format', 'json', '--quiet', ...flag],
        { cwd: root, encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
    }
    const csv = readFileSync(join(root, 'with', 'comparison.csv'), 'utf8');
    expect(csv).toMatch(/\r\nallocation-delay\.unallocatedOpen,[^\r\n]*,count,,2,worsening,2,worsening\r\n/);
    expect(readFileSync(join(root, 'with', 'comparison.html'), 'utf8')).toContain(
      '<span class="trend">▼ worsening</span>',
    );
    expect(readFileSync(join(root, 'without', 'comparison.csv'), 'utf8')).not.toMatch(/trend|worsening/);
    expect(readFileSync(join(root, 'without', 'comparison.json'), 'utf8')).not.toMatch(/trendDirection/);
  }, 120_000);

  it('Annex A: no trends, said once', () => {
    const data = tmp(),
      out = tmp();
    expect(cli(['generate', '--out', data, '--layout', 'annex-a', '--children', '200', '--seed', '5']).code).toBe(0);
    const r = cli(['audit', data, '--format', 'json,md', '--out', out, '--quiet']);
    expect(r.code === 0 || r.code === 1).toBe(true);
    const json = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as JsonResult;
    expect(json.trends).toMatchObject({ points: [] });
    expect(json.trends!.notMeasured).toMatch(/latest dates/);
    for (const rule of json.rules) for (const m of Object.values(rule.metrics)) expect(m.trend).toBeUndefined();
    expect(r.out.match(/Trends: not measured/g)).toHaveLength(1);
    expect(readFileSync(join(out, 'summary.md'), 'utf8').match(/Trends: not measured/g)).toHaveLength(1);
  }, 60_000);

  it('the PDF prints the month-by-month charts', () => {
    const out = tmp();
    const r = cli(['audit', DEMO, '--as-at', '2024-03-31', '--format', 'pdf', '--out', out, '--quiet']);
    expect(r.err).toBe('');
    const text = execFileSync('/usr/bin/pdftotext', [join(out, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text.match(/Month by month: each measure as it stood at the last 12 month-ends/g)!.length).toBe(8);
    // The charts' axis labels are text in the PDF.
    expect(text).toMatch(/Dashed line: at most 0; ▲ past it/);
    expect(text).toMatch(/Apr 23|May 23/);
  }, 120_000);
});
