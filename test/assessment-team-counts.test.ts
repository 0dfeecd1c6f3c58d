/**
 * assessment-timeliness counts each assessment's lists and its team's figures in one pass (issue
 * 24). On a generated council, every by-team figure must equal what the findings' evidence and
 * the assessments themselves give when counted separately, team by team, and the teams must add
 * up to the headline metrics.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, loadExport } from '../src/api.js';
import type { RuleResult } from '../src/engine/types.js';
import { generateExport } from '../src/generate/index.js';
import { parseIsoDay } from '../src/model/day.js';
import type { AssessmentRow } from '../src/model/tables.js';

const AS_AT = '2024-03-31';
let dir = '';
let rule: RuleResult;
let rows: readonly AssessmentRow[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-assessment-teams-'));
  await generateExport({ out: join(dir, 'council'), seed: 24, children: 1500, asAt: parseIsoDay(AS_AT)! });
  const ex = await loadExport(join(dir, 'council'), { tables: ['assessments'] });
  rows = ex.tables.assessments ?? [];
  const result = audit(ex, { asAt: AS_AT, rules: ['assessment-timeliness'], trends: false });
  rule = result.rules.find((r) => r.id === 'assessment-timeliness')!;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Evidence rows of a finding, counted by team label. */
function byTeam(findingId: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of rule.findings.find((f) => f.id === findingId)?.evidence ?? []) {
    const team = (e.team as string | null) ?? '(no team recorded)';
    out.set(team, (out.get(team) ?? 0) + 1);
  }
  return out;
}

describe('assessment-timeliness by team, on a generated council', () => {
  it('has findings of every kind to check against', () => {
    for (const id of ['late-completions', 'open-overdue', 'not-seen-in-time', 'not-seen-alone'])
      expect(rule.findings.some((f) => f.id === id)).toBe(true);
  });

  it('gives each team the counts its evidence and its assessments give', () => {
    const table = rule.breakdowns.find((b) => b.id === 'by-team')!;
    const late = byTeam('late-completions'),
      open = byTeam('open-overdue'),
      unseen = byTeam('not-seen-in-time'),
      alone = byTeam('not-seen-alone');
    const period = { start: parseIsoDay('2023-04-01')!, end: parseIsoDay(AS_AT)! };
    const inPeriod = (d: number | null) => d !== null && d >= period.start && d <= period.end;
    const placed = rows.filter((a) => a.assessmentId !== null && a.startDate !== null);
    const teams = [...new Set(placed.map((a) => a.team ?? '(no team recorded)'))];
    expect(table.rows.map((r) => r.team).sort()).toEqual([...teams].sort());
    for (const row of table.rows) {
      const mine = placed.filter((a) => (a.team ?? '(no team recorded)') === row.team);
      const completed = mine.filter((a) => inPeriod(a.completionDate)).length;
      const started = mine.filter((a) => inPeriod(a.startDate)).length;
      const t = row.team as string;
      expect(row.completed).toBe(completed);
      expect(row.started).toBe(started);
      expect(row.openOverdue).toBe(open.get(t) ?? 0);
      expect(row.completedWithin).toBe(completed ? (completed - (late.get(t) ?? 0)) / completed : null);
      expect(row.seenWithin).toBe(started ? (started - (unseen.get(t) ?? 0)) / started : null);
      expect(row.seenAlone).toBe(completed ? (completed - (alone.get(t) ?? 0)) / completed : null);
    }
  });

  it('adds up to the headline metrics', () => {
    const table = rule.breakdowns.find((b) => b.id === 'by-team')!;
    const sum = (k: string) => table.rows.reduce((n, r) => n + (r[k] as number), 0);
    expect(sum('completed')).toBe(rule.metrics.completedWithin45!.denominator);
    expect(sum('started')).toBe(rule.metrics.seenWithinTarget!.denominator);
    expect(sum('openOverdue')).toBe(rule.metrics.openOverdue!.value);
  });
});
