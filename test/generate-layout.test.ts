/**
 * `caseaudit generate --layout canonical|ssd|annex-a`, run as a user runs it (the built binary,
 * spawned): the same council in three layouts, each audited with `caseaudit audit --format json`.
 * What each layout can carry must give the same numbers as the canonical export of the same seed
 * (and as the ground truth); what it cannot carry must be reported as not measured or not run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroundTruth } from '../src/generate/groundTruth.js';
import { canonicalToSsd } from '../src/load/index.js';
import { SSD_FILES } from '../src/load/ssd/tables.js';
import { audit as auditExport, loadExport } from '../src/api.js';

/** What SSD cannot support (from shared/ssd-fields.md): not measured, or the whole rule not run. */
const SSD_NOT_MEASURED = [
  'assessment-timeliness.seenWithinTarget',
  'assessment-timeliness.seenAlone',
  'threshold-consistency.stepDownReturns',
  'workforce.turnoverRate',
  'workforce.agencyRate',
  'workforce.newlyQualifiedRate',
];
const SSD_NOT_RUN = ['supervision-quality'];
/** SSD holds reviews of CP plans and periods of care only: measured, over those plans only (compared with the canonical audit scoped alike). */
const SSD_FEWER_PLANS = ['plan-drift.reviewsOnTime', 'plan-drift.overdueReviews'];
/**
 * What Annex A cannot support (one row per child, latest dates only; SPEC §6.1). The current
 * visit gap, overdue reviews from the latest review, and re-referrals and repeat CP plans from
 * Lists 3 and 7's counts are measured.
 */
const ANNEX_A_NOT_MEASURED = [
  'assessment-timeliness.seenWithinTarget',
  'assessment-timeliness.seenAlone',
  'allocation-delay.allocatedWithinTarget',
  'allocation-delay.medianDelay',
  'plan-drift.reviewsOnTime',
  'threshold-consistency.stepDownReturns',
  'threshold-consistency.cpStartsChange',
];

const BIN = resolve('bin/caseaudit.js');
const SEED = '77';
const CHILDREN = '400';
const LAYOUTS = ['canonical', 'ssd', 'annex-a'] as const;
type Layout = (typeof LAYOUTS)[number];

interface JsonMetric {
  value: number | null;
  numerator?: number;
  denominator?: number;
  verdict?: string;
  note?: string;
}
interface JsonRule {
  id: string;
  status: string;
  reason?: string;
  metrics: Record<string, JsonMetric>;
}
interface Findings {
  asAt: string;
  asAtSource: string;
  source: { export: string; layout: string };
  rules: JsonRule[];
  dataQuality: { tables: { table: string; rowsRead: number }[]; issues: { code: string; count: number }[] };
}

let root: string;
const gen: Record<string, { code: number | null; out: string; err: string }> = {};
const findings = {} as Record<Layout, Findings>;
const truth = {} as Record<Layout, GroundTruth>;
/**
 * The canonical export audited with the coverage a layout declares (which plan types its reviews
 * cover, latest-only history): the same measure over the same population, to compare with the
 * layout's own audit — e.g. SSD's CP and CLA reviews against the canonical CP and CLA reviews, not
 * against a canonical figure that includes CIN reviews.
 */
const scoped = {} as Record<'ssd' | 'annex-a', Findings>;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const dirOf = (name: string) => join(root, name);
const filesOf = (d: string) =>
  new Map(
    readdirSync(d)
      .sort()
      .map((f) => [f, readFileSync(join(d, f))] as const),
  );
const rule = (l: Layout, id: string) => findings[l].rules.find((r) => r.id === id)!;
const metric = (l: Layout, id: string) => {
  const [r, m] = id.split('.') as [string, string];
  return rule(l, r).metrics[m]!;
};
const triple = (m: JsonMetric) => [m.value, m.numerator ?? null, m.denominator ?? null];
/** As triple, with the value rounded as the JSON writer rounds it (for a result taken from the API). */
const near = (m: JsonMetric) => [
  m.value === null ? null : Math.round(m.value * 1e8) / 1e8,
  m.numerator ?? null,
  m.denominator ?? null,
];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caseaudit-layout-'));
  for (const l of LAYOUTS) {
    // No --as-at on the audit: every layout must carry the as-at date in its own events.
    gen[l] = cli(['generate', '--out', l, '--layout', l, '--seed', SEED, '--children', CHILDREN, '-q']);
    const a = cli(['audit', l, '--format', 'json', '--out', `${l}-report`, '-q']);
    if (a.code !== 0) throw new Error(`audit of ${l} exited ${a.code}: ${a.err}`);
    findings[l] = JSON.parse(readFileSync(join(root, `${l}-report`, 'findings.json'), 'utf8')) as Findings;
    truth[l] = JSON.parse(readFileSync(join(root, l, 'ground-truth.json'), 'utf8')) as GroundTruth;
  }
});
beforeAll(async () => {
  for (const l of ['ssd', 'annex-a'] as const) {
    const { coverage } = await loadExport(dirOf(l), { layout: l });
    const ex = await loadExport(dirOf('canonical'), { layout: 'canonical' });
    ex.coverage = coverage ?? {};
    scoped[l] = auditExport(ex, { asAt: '2024-03-31' }) as unknown as Findings;
  }
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});
const scopedMetric = (l: 'ssd' | 'annex-a', id: string) => {
  const [r, m] = id.split('.') as [string, string];
  return scoped[l].rules.find((x) => x.id === r)!.metrics[m]!;
};

describe('generate --layout: files and ground truth', () => {
  it('writes the files each reader expects, and says what the layout does not carry', () => {
    for (const l of LAYOUTS) expect(gen[l]!.code, `${l}: ${gen[l]!.err}`).toBe(0);
    expect([...filesOf(dirOf('canonical')).keys()]).toEqual([
      'allocations.csv',
      'assessments.csv',
      'children.csv',
      'contacts.csv',
      'ground-truth.json',
      'plans.csv',
      'referrals.csv',
      'reviews.csv',
      'section47.csv',
      'supervisions.csv',
      'visits.csv',
      'workers.csv',
    ]);
    expect([...filesOf(dirOf('ssd')).keys()]).toEqual([
      'ground-truth.json',
      ...SSD_FILES.filter((f) => f !== 'ssd_department')
        .map((f) => `${f}.csv`)
        .sort(),
    ]);
    expect([...filesOf(dirOf('annex-a')).keys()]).toEqual([
      'List 1.csv',
      'List 2.csv',
      'List 3.csv',
      'List 4.csv',
      'List 5.csv',
      'List 6.csv',
      'List 7.csv',
      'List 8.csv',
      'List 9.csv',
      'ground-truth.json',
    ]);

    expect(gen.canonical!.out).toMatch(
      /^Wrote \d+ rows for 400 fictional children to canonical \(seed 77, as at 2024-03-31\)\.\n/,
    );
    expect(gen.canonical!.out).not.toMatch(/Not carried/);
    expect(gen.ssd!.out).toMatch(
      /for 400 fictional children to ssd \(seed 77, as at 2024-03-31, ssd layout, 18 files\)/,
    );
    expect(gen.ssd!.out).toMatch(/Not carried by the ssd layout[^\n]*\n(\s+- [^\n]+\n)+/);
    expect(gen.ssd!.out).toMatch(/- supervision records/);
    expect(gen.ssd!.out).toMatch(/- CIN plan reviews/);
    expect(gen['annex-a']!.out).toMatch(/annex-a layout, 9 files/);
    expect(gen['annex-a']!.out).toMatch(/- workers and supervision records/);
    expect(gen['annex-a']!.out).toMatch(/- allocation start and end dates/);
  });

  it('keeps the same ground truth in every layout and records the layout', () => {
    expect(truth.canonical.layout).toBeUndefined();
    expect(truth.ssd.layout).toBe('ssd');
    expect(truth['annex-a'].layout).toBe('annex-a');
    const { layout: _s, ...ssd } = truth.ssd;
    const { layout: _a, ...annex } = truth['annex-a'];
    expect(ssd).toEqual(truth.canonical);
    expect(annex).toEqual(truth.canonical);
    expect(truth.canonical.seed).toBe(77);
  });

  it('writes the SSD files byte for byte as canonicalToSsd does from the canonical export of the same seed', async () => {
    const ref = dirOf('ssd-by-canonicalToSsd');
    await canonicalToSsd(dirOf('canonical'), ref);
    const want = filesOf(ref),
      got = filesOf(dirOf('ssd'));
    expect([...want.keys()]).toEqual([...got.keys()].filter((f) => f !== 'ground-truth.json'));
    for (const [f, bytes] of want) expect(got.get(f)!.equals(bytes), f).toBe(true);
    // The files carry data, with CRLF line ends and SQL Server DATETIME text.
    const cp = readFileSync(join(dirOf('ssd'), 'ssd_cp_plans.csv'), 'utf8').split('\r\n');
    expect(cp[0]).toBe(
      'cppl_cp_plan_id,cppl_referral_id,cppl_icpc_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date,cppl_cp_plan_initial_category,cppl_cp_plan_latest_category',
    );
    expect(cp[1]).toMatch(/^P\d{7},,,C\d{6},\d{4}-\d{2}-\d{2} 00:00:00\.000,/);
    expect(cp.length).toBeGreaterThan(10);
  });

  it('writes Annex A lists with the template headings, dd/mm/yyyy dates and nothing after the as-at date', () => {
    const list = (n: number) => readFileSync(join(dirOf('annex-a'), `List ${n}.csv`), 'utf8').split('\r\n');
    expect(list(4)[0]).toBe(
      "Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Does the Child have a Disability,Continuous Assessment Start Date,Child Seen During Continuous Assessment,Continuous Assessment Date of Authorisation,Was the child assessed as requiring LA children's social care support?,Allocated Team,Allocated Worker",
    );
    expect(list(7)[0]).toMatch(
      /^Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Does the Child have a Disability,Child Protection Plan Start Date,/,
    );
    expect(list(3)[1]).toMatch(/^C\d{6},[ab]\) (Male|Female),\w+,\d{2}\/\d{2}\/\d{4},\d+,\d{2}\/\d{2}\/\d{4},/);
    let dates = 0;
    for (let n = 1; n <= 9; n++) {
      for (const m of list(n)
        .join('\n')
        .matchAll(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g)) {
        dates++;
        expect(`${m[3]}-${m[2]}-${m[1]}` <= '2024-03-31', m[0]).toBe(true);
      }
    }
    expect(dates).toBeGreaterThan(500);
  });
});

describe('generate --layout: the audit of each layout', () => {
  it('detects the layout asked for and infers the same as-at date', () => {
    for (const l of LAYOUTS) {
      expect(findings[l].source.layout, l).toBe(l);
      expect(findings[l].asAt, l).toBe('2024-03-31');
      expect(findings[l].asAtSource, l).toBe('latest event in export');
    }
    // The generated exports load without a data-quality issue beyond the canonical plants.
    expect(findings.canonical.dataQuality.issues.map((i) => i.code).sort()).toEqual([
      'bad-date',
      'bad-flag',
      'duplicate-id',
      'two-digit-year',
      'unknown-code',
    ]);
    // Annex A's own columns caseaudit does not use ("Age" …) are listed, informational only.
    expect(
      findings['annex-a'].dataQuality.issues.filter((i) => !(i as { informational?: boolean }).informational),
    ).toEqual([]);
  });

  it('ssd: every metric SSD can measure equals the canonical audit of the same seed', () => {
    const lacking = (r: string, m: string) => SSD_NOT_MEASURED.includes(`${r}.${m}`);
    const compared: string[] = [];
    for (const ra of findings.canonical.rules) {
      if (ra.id === 'data-quality' || ra.status !== 'ran') continue;
      if (SSD_NOT_RUN.includes(ra.id)) {
        expect(rule('ssd', ra.id).status, ra.id).toBe('not-run');
        continue;
      }
      const rb = rule('ssd', ra.id);
      expect(rb.status, ra.id).toBe('ran');
      for (const [m, ma] of Object.entries(ra.metrics)) {
        const mb = rb.metrics[m]!;
        if (lacking(ra.id, m)) {
          expect(mb, `${ra.id}.${m}`).toMatchObject({ value: null, verdict: 'not-measured' });
          continue;
        }
        if (SSD_FEWER_PLANS.includes(`${ra.id}.${m}`)) {
          expect(mb.value, `${ra.id}.${m}`).not.toBeNull();
          expect(rb.limitations.join(' '), `${ra.id}.${m}`).toMatch(/judged for CP and CLA plans only/);
          expect(near(mb), `${ra.id}.${m}`).toEqual(near(scopedMetric('ssd', `${ra.id}.${m}`)));
          compared.push(`${ra.id}.${m}`);
          continue;
        }
        expect(triple(mb), `${ra.id}.${m}`).toEqual(triple(ma));
        compared.push(`${ra.id}.${m}`);
      }
    }
    expect(compared).toEqual(
      expect.arrayContaining([
        'assessment-timeliness.completedWithin45',
        'assessment-timeliness.openOverdue',
        'allocation-delay.allocatedWithinTarget',
        'allocation-delay.medianDelay',
        'allocation-delay.unallocatedOpen',
        'caseloads.averagePerFte',
        'caseloads.overTarget',
        'plan-drift.longCpPlans',
        'plan-drift.longCinPlans',
        'visit-timeliness.plansWithinVisitLimits',
        'visit-timeliness.cpSeenAlone',
        'threshold-consistency.rereferralRate',
        'threshold-consistency.repeatCpPlans',
        'threshold-consistency.lateIcpc',
        'threshold-consistency.teamOutliers',
        'threshold-consistency.cpStartsChange',
      ]),
    );
    // The comparison is about real populations, not empty ones.
    expect(metric('ssd', 'assessment-timeliness.completedWithin45').denominator).toBeGreaterThan(50);
    expect(metric('ssd', 'visit-timeliness.plansWithinVisitLimits').denominator).toBeGreaterThan(30);
    expect(metric('ssd', 'caseloads.averagePerFte').value).toBeGreaterThan(1);
    expect(rule('ssd', 'supervision-quality').status).toBe('not-run');
    expect(findings.ssd.dataQuality.tables.find((t) => t.table === 'supervisions')!.rowsRead).toBe(0);
  });

  it('ssd and canonical agree with the ground truth on the shares it lists', () => {
    const e = truth.canonical.expected;
    for (const [r, m] of [
      ['assessment-timeliness', 'completedWithin45'],
      ['allocation-delay', 'allocatedWithinTarget'],
      ['threshold-consistency', 'rereferralRate'],
      ['threshold-consistency', 'lateIcpc'],
    ] as const) {
      const want = e[r]![m] as { value: number; numerator: number; denominator: number };
      for (const l of ['canonical', 'ssd'] as const) {
        const got = metric(l, `${r}.${m}`);
        expect([got.numerator, got.denominator], `${l} ${r}.${m}`).toEqual([want.numerator, want.denominator]);
        expect(got.value!, `${l} ${r}.${m}`).toBeCloseTo(want.value, 8);
      }
    }
  });

  it('annex-a: the headline counts Annex A carries agree with the canonical audit and the ground truth', () => {
    for (const id of [
      'assessment-timeliness.completedWithin45',
      'assessment-timeliness.openOverdue',
      'threshold-consistency.lateIcpc',
      'threshold-consistency.teamOutliers',
      'plan-drift.longCpPlans',
      'plan-drift.longCinPlans',
      'allocation-delay.unallocatedOpen',
      'visit-timeliness.cpSeenAlone',
    ]) {
      expect(triple(metric('annex-a', id)), id).toEqual(triple(metric('canonical', id)));
    }
    const gt = truth['annex-a'];
    const within45 = gt.expected['assessment-timeliness']!.completedWithin45 as {
      numerator: number;
      denominator: number;
    };
    expect(metric('annex-a', 'assessment-timeliness.completedWithin45')).toMatchObject({
      numerator: within45.numerator,
      denominator: within45.denominator,
    });
    expect(within45.denominator).toBeGreaterThan(50);
    expect(metric('annex-a', 'assessment-timeliness.openOverdue').value).toBe(
      gt.flagged['assessment-timeliness']!['open-overdue']!.length,
    );
    expect(metric('annex-a', 'plan-drift.longCpPlans').value).toBe(gt.flagged['plan-drift']!['long-cp-plans']!.length);
    expect(metric('annex-a', 'allocation-delay.unallocatedOpen').value).toBe(
      gt.flagged['allocation-delay']!['unallocated-open']!.length,
    );
    expect(metric('annex-a', 'allocation-delay.unallocatedOpen').value).toBeGreaterThan(0);
    // Referrals in the period: List 3 holds exactly the referrals the canonical re-referral rate counts.
    const referrals = findings['annex-a'].dataQuality.tables.find((t) => t.table === 'referrals')!.rowsRead;
    expect(referrals).toBe(metric('canonical', 'threshold-consistency.rereferralRate').denominator);
    expect(referrals).toBe(
      (gt.expected['threshold-consistency']!.rereferralRate as { denominator: number }).denominator,
    );
  });

  const FROM_COUNTS = ['threshold-consistency.rereferralRate', 'threshold-consistency.repeatCpPlans'];
  it('annex-a: every measure Annex A carries equals the canonical audit over the same population, and every other is null', () => {
    const compared: string[] = [];
    for (const ra of findings['annex-a'].rules) {
      if (ra.id === 'data-quality' || ra.status !== 'ran') continue;
      for (const [m, mb] of Object.entries(ra.metrics)) {
        if (ANNEX_A_NOT_MEASURED.includes(`${ra.id}.${m}`)) {
          expect(mb.value, `${ra.id}.${m}`).toBeNull();
          continue;
        }
        // The counts of earlier referrals and CP plans stand for the history: compared with the
        // canonical audit over every referral and plan. The rest with the audit scoped alike.
        const want = FROM_COUNTS.includes(`${ra.id}.${m}`)
          ? metric('canonical', `${ra.id}.${m}`)
          : scopedMetric('annex-a', `${ra.id}.${m}`);
        expect(near(mb), `${ra.id}.${m}`).toEqual(near(want));
        compared.push(`${ra.id}.${m}`);
      }
    }
    // Measured from each child's latest review and visit, and from List 3's and List 7's counts (SPEC §6.1).
    const fromLatest = [
      'plan-drift.overdueReviews',
      'visit-timeliness.plansWithinVisitLimits',
      'threshold-consistency.rereferralRate',
      'threshold-consistency.repeatCpPlans',
    ];
    expect(compared).toEqual(expect.arrayContaining(fromLatest));
    for (const id of fromLatest) expect(metric('annex-a', id).value, id).not.toBeNull();
    expect(metric('annex-a', 'visit-timeliness.plansWithinVisitLimits').denominator).toBeGreaterThan(30);
  });

  it('annex-a: what Annex A cannot carry is not measured or not run, never a number', () => {
    for (const key of ANNEX_A_NOT_MEASURED) {
      const [r, m] = key.split('.') as [string, string];
      if (rule('annex-a', r).status !== 'ran') continue;
      expect(rule('annex-a', r).metrics[m], key).toMatchObject({ value: null, verdict: 'not-measured' });
    }
    expect(metric('canonical', 'allocation-delay.allocatedWithinTarget').value).not.toBeNull();
    for (const id of ['caseloads', 'workforce', 'supervision-quality'])
      expect(rule('annex-a', id).status, id).toBe('not-run');
    expect(rule('annex-a', 'caseloads').reason).toMatch(/workers/);
  });
});

describe('generate --layout: determinism and usage', () => {
  it('writes byte-identical files for the same seed in every layout, and other files for another seed', () => {
    for (const l of LAYOUTS) {
      expect(
        cli(['generate', '--out', `${l}-again`, '--layout', l, '--seed', SEED, '--children', CHILDREN, '-q']).code,
      ).toBe(0);
      expect(
        cli(['generate', '--out', `${l}-other`, '--layout', l, '--seed', '78', '--children', CHILDREN, '-q']).code,
      ).toBe(0);
      const a = filesOf(dirOf(l)),
        b = filesOf(dirOf(`${l}-again`)),
        c = filesOf(dirOf(`${l}-other`));
      expect([...b.keys()], l).toEqual([...a.keys()]);
      for (const [f, bytes] of a) expect(b.get(f)!.equals(bytes), `${l}/${f}`).toBe(true);
      const sample = l === 'canonical' ? 'visits.csv' : l === 'ssd' ? 'ssd_cin_visits.csv' : 'List 4.csv';
      expect(c.get(sample)!.equals(a.get(sample)!), `${l}/${sample}`).toBe(false);
    }
  }, 180_000);

  it('rejects an unknown layout with exit 2, and documents the option with examples', () => {
    const bad = cli(['generate', '--out', 'bad', '--layout', 'xlsx']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--layout.*xlsx.*canonical, ssd, annex-a/);
    const help = cli(['generate', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--layout <layout>/);
    expect(help.out).toMatch(/caseaudit generate --out \S+ --layout ssd/);
    expect(help.out).toMatch(/caseaudit generate --out \S+ --layout annex-a/);
  });
});
