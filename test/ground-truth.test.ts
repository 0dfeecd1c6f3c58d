/**
 * Every rule recovers the generator's planted ground truth exactly — no missed child, no extra
 * one, no near-miss flagged — on the committed demo export and on a larger generated council.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, loadExport } from '../src/api.js';
import type { AuditResult } from '../src/engine/types.js';
import type { GroundTruth } from '../src/generate/groundTruth.js';
import { generateExport } from '../src/generate/index.js';
import { parseIsoDay } from '../src/model/day.js';

let dir: string;
const cases: { name: string; gt: GroundTruth; result: AuditResult }[] = [];

async function auditFolder(path: string): Promise<{ gt: GroundTruth; result: AuditResult }> {
  const gt = JSON.parse(await readFile(join(path, 'ground-truth.json'), 'utf8')) as GroundTruth;
  const result = audit(await loadExport(path), { asAt: gt.asAt });
  return { gt, result };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-gt-'));
  await generateExport({ out: join(dir, 'council'), seed: 4242, children: 3000, asAt: parseIsoDay('2024-03-31')! });
  cases.push({ name: 'demo', ...(await auditFolder('fixtures/demo')) });
  cases.push({ name: 'generated 3000 children', ...(await auditFolder(join(dir, 'council'))) });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function keysOf(result: AuditResult, rule: string, finding: string): string[] {
  const r = result.rules.find((x) => x.id === rule);
  if (!r) throw new Error(`rule ${rule} did not run`);
  expect(r.status, `${rule}: ${r.reason ?? ''}`).toBe('ran');
  return r.findings
    .filter((f) => f.id === finding)
    .flatMap((f) => f.evidence.map((e) => e.key))
    .sort();
}

describe.each(['demo', 'generated 3000 children'])('ground truth: %s', (name) => {
  const get = () => cases.find((c) => c.name === name)!;

  it('every planted finding is recovered exactly', () => {
    const { gt, result } = get();
    for (const [rule, findings] of Object.entries(gt.flagged)) {
      for (const [finding, keys] of Object.entries(findings)) {
        expect(keysOf(result, rule, finding), `${rule} / ${finding}`).toEqual([...keys].sort());
      }
    }
  });

  it('no near-miss is flagged', () => {
    const { gt, result } = get();
    let checked = 0;
    for (const [rule, findings] of Object.entries(gt.nearMisses)) {
      for (const [finding, keys] of Object.entries(findings)) {
        const flagged = new Set(keysOf(result, rule, finding));
        for (const k of keys) {
          expect(flagged.has(k), `${rule} / ${finding}: ${k} is a near miss`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('data-quality issues are exactly the planted ones', () => {
    const { gt, result } = get();
    const found = result.dataQuality.issues
      .filter((g) => !g.informational)
      .flatMap((g) => g.examples.map((e) => `${g.table}:${e.line}:${g.code}`))
      .sort();
    expect(found).toEqual(gt.dataQuality.map((d) => `${d.table}:${d.line}:${d.code}`).sort());
  });
});

describe('ground truth: the planted outlier team', () => {
  it('is the only NFA outlier in the larger council, and its direction is stated', () => {
    const { gt, result } = cases[1]!;
    const tc = result.rules.find((r) => r.id === 'threshold-consistency')!;
    const outliers = tc.findings.find((f) => f.id === 'team-outliers-nfa')!;
    expect(outliers.evidence.map((e) => e.team)).toEqual([gt.outlierTeam]);
    expect(outliers.message).toMatch(/above the upper limit/);
  });
});
