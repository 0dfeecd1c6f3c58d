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
  const r = spawnSync(
    process.execPath,
    [
      BIN,
      'audit',
      resolve('fixtures/demo'),
      '--config',
      resolve('fixtures/demo.config.json'),
      '--format',
      'html,json,csv,md,junit',
      '--out',
      out,
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
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
        const bars = [...svg!.matchAll(/<g class="(bar|bar failing)" data-row="(\d+)">([\s\S]*?)<\/g>/g)].map((g) => ({
          failing: g[1] === 'bar failing',
          row: Number(g[2]),
          body: g[3]!,
        }));
        if (b.chart.kind !== 'bar') continue;
        expect(bars.length, `${rule.id}/${b.id}: one group per bar`).toBe(
          b.rows.filter((r) => typeof r[b.chart!.y] === 'number').length,
        );
        const marked = bars
          .filter((x) => x.failing)
          .map((x) => x.row)
          .sort((a, c) => a - c);
        if (b.chart.limit === undefined) {
          expect(marked, `${rule.id}/${b.id} has no limit, so nothing is marked`).toEqual([]);
          continue;
        }
        const metricId = CHART_MEASURE[`${rule.id}/${b.id}`];
        expect(
          metricId,
          `${rule.id}/${b.id}: a chart with a limit whose measure this test does not know`,
        ).toBeDefined();
        const m = rule.metrics[metricId!]!;
        expect(b.chart.limit, `${rule.id}/${b.id}: the chart's limit is the measure's`).toBe(m.threshold);
        const expected = b.rows.flatMap((r, i) =>
          typeof r[b.chart!.y] === 'number' && failsMeasure(r[b.chart!.y] as number, m) ? [i] : [],
        );
        expect(marked, `${rule.id}/${b.id} (${m.direction === 'min' ? 'at least' : 'at most'} ${m.threshold})`).toEqual(
          expected,
        );
        for (const bar of bars) {
          // colour is never the only signal: a marked bar is red and says which side it is on
          const word = m.direction === 'min' ? '▼ below target' : '▲ above limit';
          expect(bar.body.includes('fill="#d4351c"'), `${rule.id}/${b.id} row ${bar.row} red`).toBe(bar.failing);
          expect(bar.body.includes(word), `${rule.id}/${b.id} row ${bar.row} says ${word}`).toBe(bar.failing);
        }
        expect(svg).toContain(`${m.direction === 'min' ? 'at least' : 'at most'} `);
        if (m.direction === 'min') {
          failingMin += marked.length;
          passingMin += bars.length - marked.length;
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    // the demo has "at least" measures with teams on both sides, where the old charts went wrong
    expect(failingMin).toBeGreaterThan(0);
    expect(passingMin).toBeGreaterThan(0);
  });

  it('mark exactly the month-ends on the failing side of their limit, in every trend chart', () => {
    let checked = 0;
    let pastSeen = 0;
    for (const rule of result.rules) {
      for (const [id, m] of Object.entries(rule.metrics)) {
        const points = (m.trend ?? []).filter((p) => p.value !== null);
        if (points.length === 0) continue;
        const chart = new RegExp(`<svg [^>]*id="${safeId('trend', rule.id, id)}"[\\s\\S]*?</svg>`).exec(html);
        expect(chart, `${rule.id}.${id} has a trend chart`).not.toBeNull();
        const svg = chart![0];
        const triangles = svg.match(/<path d="M[^"]*Z" fill="#d4351c"\/>/g) ?? [];
        const expected =
          m.threshold === undefined ? [] : points.filter((p) => failsMeasure(p.value!, m)).map((p) => p.asAt);
        expect(triangles.length, `${rule.id}.${id}: one triangle per point past the limit`).toBe(expected.length);
        if (m.threshold === undefined) {
          expect(svg, `${rule.id}.${id} has no limit`).not.toContain('Dashed line');
        } else {
          const desc = /<desc [^>]*>([\s\S]*?)<\/desc>/.exec(svg)![1]!;
          const said = /past it \(marked with a triangle\): ([^.]*)/.exec(desc)?.[1]?.split(', ') ?? [];
          expect(said, `${rule.id}.${id}: the text alternative names the same month-ends`).toEqual(expected);
        }
        pastSeen += expected.length;
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
    expect(pastSeen).toBeGreaterThan(0);
  });

  it('mark exactly the teams outside their control limits, in every funnel plot', () => {
    let checked = 0;
    for (const rule of result.rules) {
      for (const b of rule.breakdowns as Breakdown[]) {
        if (b.chart?.kind !== 'funnel') continue;
        const svg = svgs().get(safeId('chart', rule.id, b.id))!;
        const { x, y, lower, upper } = b.chart;
        const outside = b.rows.filter((r) => {
          const rate = r[y];
          const hi = upper === undefined ? null : r[upper];
          const lo = lower === undefined ? null : r[lower];
          if (typeof rate !== 'number' || typeof r[x] !== 'number') return false;
          // teams too small to judge have no limits, so they are never outside them
          return (typeof hi === 'number' && rate > hi) || (typeof lo === 'number' && rate < lo);
        });
        const diamonds = svg.match(/<path d="M[^"]*Z" fill="#d4351c" stroke=/g) ?? [];
        expect(diamonds.length, `${rule.id}/${b.id}`).toBe(outside.length);
        checked++;
      }
    }
    expect(checked).toBe(2);
  });
});

/** Is v within 1e-9 of the recomputed value? */
function agrees(v: unknown, expected: number | null, where: string): void {
  if (expected === null) {
    expect(v, where).toBeNull();
    return;
  }
  expect(typeof v, where).toBe('number');
  expect(Math.abs((v as number) - expected), `${where}: ${String(v)} against ${expected}`).toBeLessThan(1e-9);
}

/** The count a share of n is made of: it must be a whole number (a rounded share is not). */
function wholeOf(share: unknown, n: unknown, where: string): void {
  if (share === null) return;
  expect(typeof share === 'number' && typeof n === 'number', where).toBe(true);
  const k = (share as number) * (n as number);
  agrees(share, Math.round(k) / (n as number), where);
}

describe('demo findings.json values are exact', () => {
  it('agree to 1e-9 with an independent recomputation, for every number that is not a whole number', async () => {
    const { loadExport } = await import('../src/api.js');
    const ex = await loadExport(resolve('fixtures/demo'));
    const asAt = Date.parse(`${result.asAt}T00:00:00Z`) / 86_400_000;
    const covered = new Set<string>();
    const rule = (id: string) => result.rules.find((r) => r.id === id)!;
    const mark = (path: string) => covered.add(path);

    // every share metric is its numerator over its denominator
    for (const r of result.rules) {
      for (const [id, m] of Object.entries(r.metrics)) {
        if (m.unit === 'share' && m.denominator !== undefined && m.numerator !== undefined) {
          agrees(m.value, m.denominator > 0 ? m.numerator / m.denominator : null, `${r.id}.${id}`);
          mark(`${r.id}.metrics.${id}.value`);
        }
      }
    }

    // caseloads, from the tables: children allocated on the as-at date over active workers' FTE
    const open = (s: number | null, e: number | null) => s !== null && s <= asAt && (e === null || e >= asAt);
    const workers = new Map<string, { team: string; fte: number }>();
    for (const w of ex.tables.workers ?? [])
      if (w.workerId && open(w.startDate, w.endDate))
        workers.set(w.workerId, { team: w.team ?? '(no team recorded)', fte: w.fte ?? 1 });
    const children = new Map<string, Set<string>>();
    for (const a of ex.tables.allocations ?? []) {
      if (!a.workerId || !a.childId || !open(a.startDate, a.endDate)) continue;
      if (!children.has(a.workerId)) children.set(a.workerId, new Set());
      children.get(a.workerId)!.add(a.childId);
    }
    const holders = [...children.entries()].map(([id, set]) => ({
      id,
      n: set.size,
      ...(workers.get(id) ?? { team: '(no team recorded)', fte: 1 }),
    }));
    const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
    const cl = rule('caseloads');
    agrees(
      cl.metrics.averagePerFte!.value,
      sum(holders.map((h) => h.n)) / sum(holders.map((h) => h.fte)),
      'caseloads.averagePerFte',
    );
    mark('caseloads.metrics.averagePerFte.value');
    for (const row of cl.breakdowns.find((b) => b.id === 'by-team')!.rows) {
      const team = holders.filter((h) => h.team === row.team);
      agrees(
        row.averagePerFte,
        sum(team.map((h) => h.n)) / sum(team.map((h) => h.fte)),
        `caseloads team ${String(row.team)} average`,
      );
      agrees(row.maxPerFte, Math.max(...team.map((h) => h.n / h.fte)), `caseloads team ${String(row.team)} max`);
    }
    mark('caseloads.breakdowns.by-team.averagePerFte');
    mark('caseloads.breakdowns.by-team.maxPerFte');
    for (const f of cl.findings)
      for (const e of f.evidence) {
        agrees(e.perFte, (e.caseload as number) / (e.fte as number), `caseloads ${e.key}`);
        const h = holders.find((x) => x.id === e.workerId)!;
        agrees(e.fte, h.fte, `caseloads ${e.key} fte`);
      }
    mark(`caseloads.findings.over-target.perFte`);
    mark(`caseloads.findings.over-target.fte`);

    // CP plans starting in the period against the 12 months before it (one plan per plan id)
    const ids = new Set<string>();
    const cpStarts: number[] = [];
    for (const p of ex.tables.plans ?? []) {
      if (p.planType !== 'cp' || p.startDate === null || (p.planId !== null && ids.has(p.planId))) continue;
      if (p.planId !== null) ids.add(p.planId);
      cpStarts.push(p.startDate);
    }
    const start = Date.parse(`${result.period.start}T00:00:00Z`) / 86_400_000;
    const prevStart =
      Date.parse(`${Number(result.period.start.slice(0, 4)) - 1}${result.period.start.slice(4)}T00:00:00Z`) /
      86_400_000;
    const current = cpStarts.filter((d) => d >= start && d <= asAt).length;
    const before = cpStarts.filter((d) => d >= prevStart && d < start).length;
    const tc = rule('threshold-consistency');
    agrees(tc.metrics.cpStartsChange!.value, current / before - 1, 'cpStartsChange');
    mark('threshold-consistency.metrics.cpStartsChange.value');

    // breakdown and evidence shares, from the whole counts beside them
    for (const r of result.rules) {
      for (const b of r.breakdowns) {
        for (const row of b.rows) {
          const w = `${r.id}/${b.id} ${row.key}`;
          const ratio = (num: string, den: string, key: string) => {
            agrees(
              row[key],
              (row[den] as number) > 0 ? (row[num] as number) / (row[den] as number) : null,
              `${w} ${key}`,
            );
            mark(`${r.id}.breakdowns.${b.id}.${key}`);
          };
          const whole = (key: string, n: string) => {
            wholeOf(row[key], row[n], `${w} ${key}`);
            mark(`${r.id}.breakdowns.${b.id}.${key}`);
          };
          switch (`${r.id}/${b.id}`) {
            case 'assessment-timeliness/by-team':
              whole('completedWithin', 'completed');
              whole('seenWithin', 'started');
              whole('seenAlone', 'completed');
              break;
            case 'allocation-delay/by-team':
              whole('allocatedWithin', 'plansStarted');
              break;
            case 'plan-drift/plan-drift-by-team':
              ratio('reviewsOnTime', 'reviews', 'shareOnTime');
              break;
            case 'visit-timeliness/by-team':
              whole('withinLimits', 'plans');
              whole('cpSeenAlone', 'cpOpen');
              break;
            case 'threshold-consistency/rereferrals-by-team':
              ratio('rereferrals', 'referrals', 'rate');
              break;
            case 'threshold-consistency/cp-starts-by-team':
              agrees(
                row.change,
                (row.before as number) > 0 ? (row.current as number) / (row.before as number) - 1 : null,
                `${w} change`,
              );
              mark(`${r.id}.breakdowns.${b.id}.change`);
              break;
            case 'supervision-quality/by-team':
            case 'supervision-quality/by-supervisor':
              ratio('meeting', 'records', 'meetingShare');
              break;
            case 'workforce/by-team':
              whole('agencyRate', 'active');
              whole('newlyQualifiedRate', 'active');
              // leavers over a mean of two headcounts: twice the leavers over the rate is a whole number
              if ((row.leavers as number) > 0)
                wholeOf(1 / (row.turnoverRate as number), 2 * (row.leavers as number), `${w} turnover`);
              mark(`${r.id}.breakdowns.${b.id}.turnoverRate`);
              break;
            case 'threshold-consistency/team-nfa':
            case 'threshold-consistency/team-icpc': {
              const all = b.rows;
              const p = sum(all.map((x) => x.events as number)) / sum(all.map((x) => x.n as number));
              const se = Math.sqrt((p * (1 - p)) / (row.n as number));
              agrees(row.rate, (row.events as number) / (row.n as number), `${w} rate`);
              if (row.upper !== null) {
                agrees(row.upper, Math.min(1, p + 3.09 * se), `${w} upper`);
                agrees(row.lower, Math.max(0, p - 3.09 * se), `${w} lower`);
              }
              agrees(b.chart?.limit, p, `${w} overall`);
              for (const k of ['rate', 'upper', 'lower']) mark(`${r.id}.breakdowns.${b.id}.${k}`);
              mark(`${r.id}.breakdowns.${b.id}.chart.limit`);
              break;
            }
            default:
              break;
          }
        }
      }
      for (const f of r.findings)
        for (const e of f.evidence) {
          if (r.id === 'workforce' && typeof e.rate === 'number') {
            const den =
              f.id === 'turnover-rate' ? ((e.atStart as number) + (e.active as number)) / 2 : (e.active as number);
            agrees(
              e.rate,
              (f.id === 'turnover-rate'
                ? (e.leavers as number)
                : f.id === 'agency-rate'
                  ? (e.agency as number)
                  : (e.newlyQualified as number)) / den,
              `${e.key}`,
            );
            mark(`workforce.findings.${f.id}.rate`);
          }
        }
    }

    // similarity: each record against the same child's previous case or oversight record with text
    // (any worker, by date then line), with the scorer's own Jaccard of word 3-shingles
    const { createScorer, loadLexicon } = await import('../rules/lib/supervisionText.js');
    const scorer = createScorer(loadLexicon());
    const expectedSimilarity = new Map<string, number | null>();
    const byChild = new Map<string, typeof ex.tables.supervisions>();
    for (const s of ex.tables.supervisions ?? []) {
      const type = s.type ?? (s.childId !== null ? 'case' : 'personal');
      const text = (s.recordText ?? '').trim() !== '' || (s.actions ?? '').trim() !== '';
      if (s.childId === null || s.supervisionDate === null || (type !== 'case' && type !== 'oversight') || !text)
        continue;
      if (!byChild.has(s.childId)) byChild.set(s.childId, []);
      byChild.get(s.childId)!.push(s);
    }
    for (const list of byChild.values()) {
      let previous: ReturnType<typeof scorer.scoreRecord>['shingles'] | null = null;
      for (const s of [...list!].sort((a, c) => a.supervisionDate! - c.supervisionDate! || a.line - c.line)) {
        const score = scorer.scoreRecord(s.recordText, s.actions, previous);
        expectedSimilarity.set(`supervision-quality/record/${s.supervisionId}`, score.similarity);
        previous = score.shingles;
      }
    }
    let similarities = 0;
    for (const f of rule('supervision-quality').findings)
      for (const e of f.evidence) {
        if (!('similarity' in e)) continue;
        agrees(e.similarity, expectedSimilarity.get(e.key) ?? null, `${e.key} similarity`);
        similarities++;
        mark(`supervision-quality.findings.${f.id}.similarity`);
      }
    expect(similarities).toBeGreaterThan(10);

    // every number that is not whole was recomputed above, or is a configured limit or published figure
    const unchecked: string[] = [];
    for (const r of result.rules) {
      for (const [id, m] of Object.entries(r.metrics))
        if (typeof m.value === 'number' && !Number.isInteger(m.value) && !covered.has(`${r.id}.metrics.${id}.value`))
          unchecked.push(`${r.id}.${id}`);
      for (const b of r.breakdowns) {
        for (const row of b.rows)
          for (const [k, v] of Object.entries(row))
            if (typeof v === 'number' && !Number.isInteger(v) && !covered.has(`${r.id}.breakdowns.${b.id}.${k}`))
              unchecked.push(`${r.id}/${b.id}.${k}`);
      }
      for (const f of r.findings)
        for (const e of f.evidence)
          for (const [k, v] of Object.entries(e)) {
            if (typeof v === 'number' && !Number.isInteger(v) && !covered.has(`${r.id}.findings.${f.id}.${k}`))
              unchecked.push(`${r.id}/${f.id}.${k}`);
          }
    }
    expect([...new Set(unchecked)]).toEqual([]);
  });
});

describe('rules report exact values', () => {
  it('no rule module rounds (the views round for display)', () => {
    const files = ['rules', 'rules/lib'].flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(d, f)),
    );
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/Math\.round|\.toFixed\(|\bround\(/);
  });
});

describe('a rule that measured nothing is "Not assessed" in every view', () => {
  it('ssd-small: workforce ran, but SSD carries none of its measures (spawned CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseaudit-na-'));
    const r = spawnSync(
      process.execPath,
      [BIN, 'audit', resolve('fixtures/ssd-small'), '--format', 'html,json,md,junit', '--out', dir],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8')) as {
      rules: (Record<string, unknown> & { id: string; metrics: Record<string, Metric> })[];
    };
    const wf = json.rules.find((x) => x.id === 'workforce')!;
    expect(Object.values(wf.metrics).every((m) => m.value === null)).toBe(true);
    // status keeps SPEC §5's meaning (it ran); outcome says it assessed nothing
    expect(wf).toMatchObject({ status: 'ran', outcome: 'not-assessed' });
    expect(Object.keys(wf).slice(5, 7)).toEqual(['status', 'outcome']);
    for (const x of json.rules) expect(['pass', 'fail', 'not-assessed', 'not-run', 'error']).toContain(x.outcome);
    expect(r.stdout).toMatch(/^N\/A {2}workforce: Not assessed: none of its measures could be measured/m);
    expect(r.stdout).not.toMatch(/PASS workforce/);
    const page = readFileSync(join(dir, 'report.html'), 'utf8');
    const article = /<article class="rule" id="rule-workforce"[\s\S]*?<\/article>/.exec(page)![0];
    expect(article).toContain('Workforce stability: not assessed');
    expect(article).not.toContain('The social work workforce is stable');
    expect(article).toMatch(/<p class="rule-meta">[\s\S]*?Not assessed/);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain(
      '- **workforce** (not assessed): none of its measures',
    );
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toMatch(
      /<testcase name="workforce: Workforce stability"[^>]*>\s*<skipped message="not assessed: /,
    );
  });
});

describe('no output names the SPEC', () => {
  it('in the demo report files, the terminal summary or any --help', () => {
    const texts = readdirSync(out, { recursive: true })
      .map(String)
      .filter((f) => /\.(html|json|csv|md|xml)$/.test(f))
      .map((f) => [f, readFileSync(join(out, f), 'utf8')] as const);
    expect(texts.length).toBeGreaterThan(5);
    for (const [f, t] of texts) expect(t, f).not.toMatch(/SPEC/);
    expect(terminal).not.toMatch(/SPEC/);
    const helps = ['', 'audit', 'validate', 'rules', 'diff', 'generate', 'batch', 'init'].map(
      (c) => spawnSync(process.execPath, [BIN, ...(c ? [c] : []), '--help'], { encoding: 'utf8' }).stdout,
    );
    for (const h of helps) {
      expect(h.length).toBeGreaterThan(50);
      expect(h).not.toMatch(/SPEC/);
    }
    expect(helps[0]).toContain('docs/data-contract.md');
    expect(helps[1]).toMatch(/Annex A workbook/);
  });
});
