/**
 * Children to track (SPEC §8): profiles checked against the generator's ground truth, worked out
 * independently of the evidence's own childId (each planted key is traced back to its child
 * through the export's records), the SPEC order, suppressions, pseudonymising and baselines.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, loadExport } from '../src/api.js';
import { buildProfiles, placements } from '../src/engine/children.js';
import type { AuditResult, ChildProfile, Severity } from '../src/engine/types.js';
import type { GroundTruth } from '../src/generate/groundTruth.js';
import { generateExport } from '../src/generate/index.js';
import { parseIsoDay } from '../src/model/day.js';
import type { LoadedExport } from '../src/model/export.js';

let dir: string;
let ex: LoadedExport;
let gt: GroundTruth;
let result: AuditResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-children-'));
  await generateExport({ out: join(dir, 'council'), seed: 2020, children: 1500, asAt: parseIsoDay('2024-03-31')! });
  gt = JSON.parse(await readFile(join(dir, 'council', 'ground-truth.json'), 'utf8')) as GroundTruth;
  ex = await loadExport(join(dir, 'council'));
  result = audit(ex, { asAt: gt.asAt });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The child a planted key is about, read from the export's records (not from the evidence). */
function childOfKey(key: string, e: LoadedExport): string | null {
  const parts = key.split('/');
  const kind = `${parts[0]}/${parts[1]}`;
  const id =
    /^\d{4}-\d{2}-\d{2}$/.test(parts[parts.length - 1]!) && parts.length > 3
      ? parts.slice(2, -1).join('/')
      : parts.slice(2).join('/');
  const t = e.tables;
  const find = <R extends { childId: string | null }>(rows: readonly R[] | undefined, pick: (r: R) => string | null) =>
    rows?.find((r) => pick(r) === id)?.childId ?? null;
  if (kind.startsWith('assessment-timeliness/')) return find(t.assessments, (r) => r.assessmentId);
  if (kind === 'allocation-delay/unallocated' || kind === 'supervision-quality/oversight') return id;
  if (
    [
      'allocation-delay/plan',
      'visit-timeliness/plan',
      'visit-timeliness/alone',
      'threshold-consistency/repeat-cp',
      'threshold-consistency/step-down',
    ].includes(kind) ||
    kind.startsWith('plan-drift/')
  )
    return find(t.plans, (r) => r.planId);
  if (kind === 'threshold-consistency/rereferral') return find(t.referrals, (r) => r.referralId);
  if (kind === 'threshold-consistency/late-icpc') return find(t.section47, (r) => r.s47Id);
  if (kind === 'supervision-quality/record') return find(t.supervisions, (r) => r.supervisionId);
  return null; // workers and teams: no child
}

const WEIGHT: Record<Severity, number> = { high: 3, medium: 2, low: 1, info: 0 };
const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1, info: 0 };

describe('child profiles on a generated council', () => {
  it('every child in the planted truth has exactly one profile whose concerns are exactly their planted keys', () => {
    const expected = new Map<string, Set<string>>();
    for (const findings of Object.values(gt.flagged)) {
      for (const keys of Object.values(findings)) {
        for (const k of keys) {
          const child = childOfKey(k, ex);
          if (child === null) continue;
          if (!expected.has(child)) expected.set(child, new Set());
          expected.get(child)!.add(k);
        }
      }
    }
    expect(expected.size).toBeGreaterThan(100);
    const profiles = result.children!;
    expect(new Set(profiles.map((p) => p.childId)).size).toBe(profiles.length);
    expect(profiles.map((p) => p.childId).sort()).toEqual([...expected.keys()].sort());
    for (const p of profiles)
      expect(p.concerns.map((c) => c.key).sort(), p.childId).toEqual([...expected.get(p.childId)!].sort());
  });

  it('counts distinct rules, scores severities and follows the SPEC §8 order', () => {
    const profiles = result.children!;
    for (const p of profiles) {
      expect(p.rules).toBe(new Set(p.concerns.map((c) => c.rule)).size);
      expect(p.score).toBe(p.concerns.reduce((s, c) => s + WEIGHT[c.severity], 0));
      // each concern's severity is its finding's
      for (const c of p.concerns)
        expect(c.severity).toBe(
          result.rules.find((r) => r.id === c.rule)!.findings.find((f) => f.id === c.findingId)!.severity,
        );
    }
    const worst = (p: ChildProfile) => Math.max(...p.concerns.map((c) => RANK[c.severity]));
    for (let i = 1; i < profiles.length; i++) {
      const a = profiles[i - 1]!,
        b = profiles[i]!;
      const key = (p: ChildProfile) => [-p.rules, -worst(p), -p.score] as const;
      const [ka, kb] = [key(a), key(b)];
      const cmp = ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || (a.childId < b.childId ? -1 : 1);
      expect(cmp, `${a.childId} before ${b.childId}`).toBeLessThan(0);
    }
    expect(profiles[0]!.rules).toBeGreaterThanOrEqual(3);
  });

  it('takes team and worker from the allocation open on as-at, and lists the plans open on as-at', () => {
    const asAt = parseIsoDay(gt.asAt)!;
    const p = result.children!.find((x) => x.workerId !== null && x.openPlans.length > 0)!;
    const open = ex.tables.allocations!.filter(
      (a) => a.childId === p.childId && a.startDate! <= asAt && (a.endDate === null || a.endDate >= asAt),
    );
    expect(open.map((a) => a.workerId)).toContain(p.workerId);
    expect(p.team).toBe(ex.tables.workers!.find((w) => w.workerId === p.workerId)!.team);
    const plans = ex.tables.plans!.filter(
      (x) => x.childId === p.childId && x.startDate! <= asAt && (x.endDate === null || x.endDate >= asAt),
    );
    expect([...p.openPlans].sort()).toEqual([...new Set(plans.map((x) => x.planType!))].sort());
  });

  it('summarises each concern in one line with its numbers', () => {
    const c = result
      .children!.flatMap((p) => p.concerns)
      .find((x) => x.rule === 'assessment-timeliness' && x.findingId === 'late-completions')!;
    expect(c.summary).toMatch(
      /^Assessments that took more than 45 working days: Started \d{4}-\d{2}-\d{2}; Completed \d{4}-\d{2}-\d{2}; Working days taken \d+$/,
    );
    expect(c.summary).not.toMatch(/\n/);
  });

  it('does not count an acknowledged (suppressed) item, and drops a child whose only item is acknowledged', () => {
    const single = result.children!.find((p) => p.concerns.length === 1)!;
    const c = single.concerns[0]!;
    const suppressed = audit(ex, {
      asAt: gt.asAt,
      suppressions: {
        file: 'ack.json',
        list: [{ rule: c.rule, key: c.key, reason: 'known', who: 'QA', expires: '2099-01-01' }],
      },
    });
    expect(suppressed.children!.some((p) => p.childId === single.childId)).toBe(false);
    expect(suppressed.children!.length).toBe(result.children!.length - 1);
  });

  it('codes children, workers and keys under --pseudonymise, matching the coded evidence', () => {
    const coded = audit(ex, { asAt: gt.asAt, pseudonymiseKey: 'a-test-key-of-enough-length' });
    const keys = new Set(coded.rules.flatMap((r) => r.findings.flatMap((f) => f.evidence.map((e) => e.key))));
    expect(coded.children!.length).toBe(result.children!.length);
    for (const p of coded.children!) {
      expect(p.childId).toMatch(/^C-[0-9a-f]{12}$/);
      if (p.workerId !== null) expect(p.workerId).toMatch(/^W-[0-9a-f]{12}$/);
      for (const c of p.concerns) expect(keys.has(c.key), c.key).toBe(true);
    }
    const raw = new Set(result.children!.map((p) => p.childId));
    expect(
      JSON.stringify(coded.children)
        .split('"')
        .some((tok) => raw.has(tok)),
    ).toBe(false);
  });

  it('a baseline lists the children newly tracked and no longer tracked', () => {
    const single = result.children!.find((p) => p.concerns.length === 1)!;
    const c = single.concerns[0]!;
    const before = audit(ex, {
      asAt: gt.asAt,
      suppressions: {
        file: 'ack.json',
        list: [{ rule: c.rule, key: c.key, reason: 'known', who: 'QA', expires: '2099-01-01' }],
      },
    });
    const now = audit(ex, { asAt: gt.asAt, baseline: before });
    expect(now.baseline!.children).toEqual({ newlyTracked: [single.childId], noLongerTracked: [] });
    const back = audit(ex, {
      asAt: gt.asAt,
      baseline: now,
      suppressions: {
        file: 'ack.json',
        list: [{ rule: c.rule, key: c.key, reason: 'known', who: 'QA', expires: '2099-01-01' }],
      },
    });
    expect(back.baseline!.children).toEqual({ newlyTracked: [], noLongerTracked: [single.childId] });
  });
});

describe('placements worked out for every child ahead (while the audit waits for a worker thread)', () => {
  it('are the same as worked out for the tracked children alone, and give the same profiles', () => {
    const asAt = parseIsoDay(gt.asAt)!;
    const ids = new Set(result.children!.map((c) => c.childId));
    const some = placements(ex, asAt, ids);
    const every = placements(ex, asAt, null);
    expect(every.size).toBeGreaterThan(some.size);
    for (const id of ids) expect(every.get(id) ?? { team: null, workerId: null, openPlans: [] }).toEqual(some.get(id));
    // Every child in the order first named: by an allocation, then (named by no allocation) by a plan.
    const named = new Set<string>();
    for (const r of [...(ex.tables.allocations ?? []), ...(ex.tables.plans ?? [])]) if (r.childId) named.add(r.childId);
    expect([...every.keys()]).toEqual([...named]);
    // The tracked children's in the order asked for, whether or not an allocation or plan names them.
    const asked = [...ids].reverse().concat('no-such-child');
    expect([...placements(ex, asAt, asked).keys()]).toEqual(asked);
    expect(placements(ex, asAt, asked).get('no-such-child')).toEqual({ team: null, workerId: null, openPlans: [] });
    expect(buildProfiles(result, ex, asAt, every)).toEqual(buildProfiles(result, ex, asAt));
    expect(buildProfiles(result, ex, asAt)).toEqual(result.children);
  });
});
