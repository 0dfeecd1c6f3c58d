/**
 * `--layout returns` (SPEC §6.3, issue 18), run as a user runs it (the built binary, spawned): the
 * same generated council written as its three statutory returns and as canonical CSVs, each
 * audited with `caseaudit audit --format json`. Every measure the returns carry must equal the
 * canonical audit's; every other must be not measured (or not run), naming what would allow it.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweNumber } from '../src/generate/returnsWriter.js';

const BIN = resolve('bin/caseaudit.js');
const SEED = '91';
const CHILDREN = '600';
const AS_AT = '2024-03-31';

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
  limitations: string[];
  findings: { evidence: { key: string }[] }[];
}
interface Findings {
  asAt: string;
  asAtSource: string;
  source: { export: string; layout: string; files?: { file: string; as: string }[] };
  rules: JsonRule[];
}

let root: string;
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const audit = (dir: string, out: string, extra: string[] = []): Findings => {
  const a = cli(['audit', dir, '--format', 'json', '--out', out, '-q', ...extra]);
  if (a.code !== 0) throw new Error(`audit of ${dir} exited ${a.code}: ${a.err}`);
  return JSON.parse(readFileSync(join(root, out, 'findings.json'), 'utf8')) as Findings;
};
const metricsOf = (f: Findings) =>
  new Map(f.rules.flatMap((r) => Object.entries(r.metrics).map(([m, v]) => [`${r.id}.${m}`, v] as const)));

/** Measures the returns carry (SPEC §6.3) — with the generated council's own data. */
const CARRIED = [
  'assessment-timeliness.completedWithin45',
  'assessment-timeliness.openOverdue',
  'plan-drift.longCpPlans',
  'plan-drift.longCinPlans',
  'threshold-consistency.rereferralRate',
  'threshold-consistency.repeatCpPlans',
  'threshold-consistency.lateIcpc',
  'threshold-consistency.cpStartsChange',
  'caseloads.averagePerFte',
  'caseloads.overTarget',
  'workforce.agencyRate',
  'workforce.turnoverRate',
];
/** Measures no return carries: not measured, with what would allow them. */
const NOT_CARRIED: Record<string, RegExp> = {
  'assessment-timeliness.seenWithinTarget': /seen_date/,
  'assessment-timeliness.seenAlone': /seen_alone_date/,
  'threshold-consistency.stepDownReturns': /end_reason/,
  'threshold-consistency.teamOutliers': /team/,
};

let canonical: Findings, returns: Findings, again: Findings, withExtras: Findings;
let genOut: { code: number | null; out: string; err: string };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caseaudit-returns-'));
  genOut = cli([
    'generate',
    '--out',
    'returns',
    '--layout',
    'returns',
    '--seed',
    SEED,
    '--children',
    CHILDREN,
    '--as-at',
    AS_AT,
    '-q',
  ]);
  cli(['generate', '--out', 'canonical', '--seed', SEED, '--children', CHILDREN, '--as-at', AS_AT, '-q']);
  // Detection by content: the 903 reviews table named like the canonical one is still a 903 table.
  renameSync(join(root, 'returns', 'ssda903_2024_reviews.csv'), join(root, 'returns', 'reviews.csv'));
  renameSync(join(root, 'returns', 'cin_census_2023.xml'), join(root, 'returns', 'export (2).dat'));
  canonical = audit('canonical', 'canonical-report', ['--as-at', AS_AT]);
  // No --as-at and no --layout: the layout is detected and the as-at is the newest reference date.
  returns = audit('returns', 'returns-report');
  again = audit('returns', 'returns-report-2');
  // The returns plus canonical tables that add what they lack, joined by child id.
  mkdirSync(join(root, 'extras'));
  for (const f of readdirSync(join(root, 'returns'))) copyFileSync(join(root, 'returns', f), join(root, 'extras', f));
  // The census names workers by their social worker England number: the council's own tables
  // beside it name them so too (the canonical generator's W00001 is SW0000000001 there).
  for (const f of ['visits.csv', 'allocations.csv', 'supervisions.csv'])
    writeFileSync(
      join(root, 'extras', f),
      readFileSync(join(root, 'canonical', f), 'utf8').replace(/\bW\d{5}\b/g, (id) => sweNumber(id)),
    );
  withExtras = audit('extras', 'extras-report', ['--layout', 'returns']);
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('generate --layout returns', () => {
  it('writes the three returns and lists what they do not carry', () => {
    expect(genOut.code, genOut.err).toBe(0);
    const files = readdirSync(join(root, 'returns')).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'csww.xml',
        'ssda903_2024_episodes.csv',
        'ssda903_2024_header.csv',
        'ssda903_2024_social_worker.csv',
        'ssda903_2023_episodes.csv',
        'cin_census_2024.xml',
      ]),
    );
    // Episodes are split at invented placement changes: more episodes than periods of care.
    const episodes = files
      .filter((f) => /^ssda903_\d{4}_episodes\.csv$/.test(f))
      .flatMap((f) =>
        readFileSync(join(root, 'returns', f), 'utf8')
          .trim()
          .split('\n')
          .slice(1),
      );
    expect(episodes.filter((l) => l.split(',')[8] === 'X1').length).toBeGreaterThan(0);
  });
});

describe('audit of the returns against the canonical audit of the same council', () => {
  it('detects the layout by content and says which file was read as what', () => {
    expect(returns.source.layout).toBe('returns');
    const files = new Map((returns.source.files ?? []).map((f) => [f.file, f.as]));
    // Named reviews.csv (no year): its year from its reviews' dates, said so.
    expect(files.get('reviews.csv')).toMatch(
      /^SSDA903 reviews 2023-24 \(reference date 2024-03-31; year from its dates: REVIEW \d\d\/\d\d\/20\d\d at line \d+\)$/,
    );
    expect(files.get('export (2).dat')).toMatch(/^CIN census 2023/);
    expect(files.get('csww.xml')).toMatch(/^workforce census/);
    expect(returns.asAt).toBe(AS_AT);
    expect(returns.asAtSource).toMatch(/^reference date of /);
  });

  it('gives every measure the returns carry the canonical value', () => {
    const a = metricsOf(returns),
      b = metricsOf(canonical);
    // A census gives a qualified date only for workers who came newly qualified (StartOrigin): with
    // none on the census date, blank dates cannot be told from missing data, so the share is not
    // measured rather than 0%; otherwise it equals the canonical value.
    const nq = a.get('workforce.newlyQualifiedRate')!;
    if (nq.verdict === 'not-measured') expect(nq.note).toMatch(/no active worker has a qualified date/);
    else
      expect([nq.value, nq.numerator, nq.denominator]).toEqual([
        b.get('workforce.newlyQualifiedRate')?.value,
        b.get('workforce.newlyQualifiedRate')?.numerator,
        b.get('workforce.newlyQualifiedRate')?.denominator,
      ]);
    for (const id of CARRIED) {
      expect(a.get(id)?.verdict, id).not.toBe('not-measured');
      expect([a.get(id)?.value, a.get(id)?.numerator, a.get(id)?.denominator], id).toEqual([
        b.get(id)?.value,
        b.get(id)?.numerator,
        b.get(id)?.denominator,
      ]);
    }
    // The fixture must exercise the measures, not compare empty populations.
    for (const id of [
      'threshold-consistency.rereferralRate',
      'threshold-consistency.lateIcpc',
      'assessment-timeliness.completedWithin45',
      'caseloads.averagePerFte',
    ]) {
      expect(a.get(id)?.value, id).toBeGreaterThan(0);
    }
  });

  it('reports the rest as not measured or not run, naming what would allow them', () => {
    const a = metricsOf(returns);
    for (const [id, why] of Object.entries(NOT_CARRIED)) {
      expect(a.get(id)?.value, id).toBeNull();
      expect(a.get(id)?.note ?? '', id).toMatch(why);
    }
    for (const id of ['visit-timeliness', 'supervision-quality']) {
      const r = returns.rules.find((x) => x.id === id)!;
      expect(r.status, id).toBe('not-run');
      expect(r.reason, id).toMatch(/not in any return; add (visits|supervisions)\.csv/);
    }
    // Measures the returns carry for some plan types only say which plans they cover.
    const alloc = a.get('allocation-delay.allocatedWithinTarget')!;
    expect(alloc.value).not.toBeNull();
    expect(alloc.note).toMatch(
      /only CLA plans are judged: the allocations cover those only \(the SSDA903 social worker table/,
    );
    const drift = returns.rules.find((x) => x.id === 'plan-drift')!;
    expect(a.get('plan-drift.reviewsOnTime')!.value).not.toBeNull();
    expect(drift.limitations.join(' ')).toMatch(/CIN/);
    // The vacancy rate is carried only by the workforce census.
    expect(a.get('workforce.vacancyRate')?.value).toBeGreaterThan(0);
    expect(metricsOf(canonical).get('workforce.vacancyRate')?.value).toBeNull();
  });

  it('gives the same bytes on every run (stable synthesised ids)', () => {
    const one = readFileSync(join(root, 'returns-report', 'findings.json'), 'utf8');
    const two = readFileSync(join(root, 'returns-report-2', 'findings.json'), 'utf8');
    expect(one).toBe(two);
    expect(again.rules.length).toBe(returns.rules.length);
    const keys = returns.rules.flatMap((r) => r.findings.flatMap((f) => f.evidence.map((e) => e.key)));
    expect(keys.some((k) => /\/CP-C\d+-\d{4}-\d{2}-\d{2}$/.test(k))).toBe(true);
  });

  it('measures what canonical tables given beside the returns allow, equal to the canonical audit', () => {
    const a = metricsOf(withExtras),
      b = metricsOf(canonical);
    for (const id of [
      'visit-timeliness.plansWithinVisitLimits',
      'allocation-delay.allocatedWithinTarget',
      'allocation-delay.unallocatedOpen',
      'caseloads.averagePerFte',
    ]) {
      expect(a.get(id)?.value, id).not.toBeNull();
    }
    // Visits and allocations join by child id; the plans are the returns' (no early help plans).
    expect(a.get('caseloads.averagePerFte')?.value).toBe(b.get('caseloads.averagePerFte')?.value);
    const files = new Map((withExtras.source.files ?? []).map((f) => [f.file, f.as]));
    expect(files.get('visits.csv')).toBe('canonical visits');
  });

  it('does not measure workforce or census caseloads on another as-at date, naming the census date', () => {
    const off = audit('returns', 'returns-off', ['--as-at', '2024-02-29']);
    const m = metricsOf(off);
    for (const id of ['workforce.agencyRate', 'workforce.vacancyRate', 'caseloads.averagePerFte']) {
      expect(m.get(id)?.value, id).toBeNull();
      expect(m.get(id)?.note, id).toBe(
        `not measured: the workforce census describes ${AS_AT} only; audit with --as-at ${AS_AT} to measure it`,
      );
    }
  });
});
