/**
 * One child's chronology from that child's rows only (issue 20): the rows the byte prefilter and
 * the row filter keep are exactly the child's rows of a whole read, line numbers included; the
 * rules declared perChild give each child exactly the concerns of a full audit; a findings.json
 * gives the severities too and must be of the same export; concerns are placed by their key's
 * declared subject.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { audit, chronology, loadExport } from '../src/api.js';
import { ChronologyInputError, PER_CHILD_RULES, loadChild } from '../src/childrenApi.js';
import { keySubjects, keyTarget } from '../src/engine/ruleFacts.js';
import type { AuditResult } from '../src/engine/types.js';
import { generateExport } from '../src/generate/index.js';
import { candidateRecords } from '../src/load/csvPrefilter.js';
import { CsvParser } from '../src/load/csvParser.js';
import { parseIsoDay } from '../src/model/day.js';
import type { LoadedExport } from '../src/model/export.js';
import { makeExport } from './helpers/rules.js';

const AS_AT = '2024-03-31';
let dir: string;
let council: string;
let ex: LoadedExport;
let result: AuditResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseaudit-child-rows-'));
  council = join(dir, 'council');
  await generateExport({ out: council, seed: 2020, children: 600, asAt: parseIsoDay(AS_AT)! });
  ex = await loadExport(council);
  result = audit(ex, { asAt: AS_AT });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Row = { childId?: string | null; planId?: string | null };

/** The child's rows of a whole read, table by table (reviews: of the child's plans). */
function rowsOf(e: LoadedExport, id: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const plans = new Set((e.tables.plans ?? []).filter((p) => p.childId === id).map((p) => p.planId));
  for (const [t, rows] of Object.entries(e.tables) as [string, Row[]][]) {
    out[t] =
      t === 'workers'
        ? rows
        : t === 'reviews'
          ? rows.filter((r) => plans.has(r.planId!))
          : rows.filter((r) => r.childId === id);
  }
  return out;
}

/** Children with concerns from several rules, and some with none, so both kinds are checked. */
function someChildren(): string[] {
  const tracked = result.children!.map((p) => p.childId);
  const all = ex.tables.children!.map((c) => c.childId!).filter((id) => !tracked.includes(id));
  return [...tracked.slice(0, 25), ...tracked.slice(-5), ...all.slice(0, 5)];
}

describe("one child's rows", () => {
  it('are exactly the rows of a whole read for that child, on the same lines, in every table', async () => {
    for (const id of someChildren()) {
      const mine = await loadChild(council, id);
      expect(mine.onlyChild!.childId).toBe(id);
      expect(rowsOf(mine, id)).toEqual(rowsOf(ex, id));
      // and nothing else: every row kept is the child's
      expect(mine.tables.contacts!.every((r) => r.childId === id)).toBe(true);
    }
  });

  it('finds records around quoted cells holding line breaks, doubled and literal quotes', () => {
    const text = [
      'id,child_id,text',
      '1,C1,"two\nlines, C2 named"',
      '2,C2,O"Brien said ""C2"" here',
      '3,C3,"a ""quoted"" C2\r\nacross lines"',
      '',
      '4,C2,plain',
    ].join('\n');
    const buf = Buffer.from(text);
    const found = candidateRecords(buf, 0, [Buffer.from('C2')], 44)!;
    // every record whose bytes hold C2, each on the line the parser gives it
    const whole: [string, number][] = [];
    const p = new CsvParser((cells, line) => whole.push([cells[0]!, line]));
    p.write(text);
    p.end();
    expect(found.header).toEqual({ start: 0, end: 16, line: 1 });
    expect(found.records.map((r) => [buf.toString('utf8', r.start, r.end).split(',')[0], r.line])).toEqual([
      ['1', 2],
      ['2', 4],
      ['3', 5],
      ['4', 8],
    ]);
    expect(whole.slice(1)).toEqual(found.records.map((r, i) => [String(i + 1), r.line]));
    expect(candidateRecords(Buffer.from('a,b\n1,"never closed\n'), 0, [Buffer.from('1')], 44)).toBeNull();
  });

  it.each([
    ['canonical', 'fixtures/mini'],
    ['ssd', 'fixtures/ssd-small'],
    ['annex-a', 'fixtures/annex-a-csv'],
  ])('%s: give the same chronology as the whole export', async (layout, path) => {
    const whole = await loadExport(path);
    expect(whole.layout).toBe(layout);
    const ids = [...new Set((whole.tables.children ?? whole.tables.plans)!.map((r) => r.childId!))].slice(0, 5);
    for (const id of ids) {
      const mine = await loadChild(path, id);
      expect(mine.layout).toBe(layout);
      const c = chronology(mine, id, { asAt: AS_AT });
      const w = chronology(whole, id, { asAt: AS_AT });
      expect(c.events).toEqual(w.events);
      expect(c.lacks).toEqual(w.lacks);
      expect(c.concerns.map((k) => k.key)).toEqual(w.concerns.map((k) => k.key));
    }
  });

  it('an unknown child names how many children the export holds', async () => {
    const none = await loadChild(council, 'NOBODY');
    expect(none.onlyChild).toEqual({ childId: null, children: 600 });
    expect(() => chronology(none, 'NOBODY', { asAt: AS_AT })).toThrow(
      'child "NOBODY" is not in this export, which holds 600 children',
    );
  });
});

describe('concerns of one child', () => {
  it('rules declared perChild give exactly the concerns of a full audit; the others never name a child', async () => {
    for (const r of result.rules) {
      if (PER_CHILD_RULES.includes(r.id)) continue;
      for (const f of r.findings) expect(f.evidence.filter((e) => typeof e.childId === 'string')).toEqual([]);
    }
    for (const id of someChildren()) {
      const full = result.children!.find((p) => p.childId === id)?.concerns ?? [];
      const c = chronology(await loadChild(council, id), id, { asAt: AS_AT });
      expect(c.concerns).toEqual(full.map((k) => ({ ...k, severity: null })));
      expect(c.concernsFrom).toMatch(/^the rules that judge a child by their own records/);
    }
  });

  it("with a findings.json takes the report's concerns and severities; the events are a whole read's", async () => {
    const file = join(dir, 'findings.json');
    await writeFile(file, JSON.stringify(result));
    for (const id of someChildren().slice(0, 8)) {
      const c = chronology(await loadChild(council, id), id, { findings: { result, file } });
      const whole = chronology(ex, id, { asAt: AS_AT });
      expect(c.concerns).toEqual(whole.concerns);
      expect(c.events).toEqual(whole.events);
      expect(c.asAt).toBe(AS_AT);
    }
  });

  it('refuses a findings.json of another as-at date, another export or a pseudonymised one', async () => {
    const id = result.children![0]!.childId;
    const mine = await loadChild(council, id);
    const f = (r: AuditResult) => () => chronology(mine, id, { findings: { result: r, file: 'f.json' }, asAt: AS_AT });
    expect(f({ ...result, asAt: '2024-02-29' })).toThrow(ChronologyInputError);
    expect(f({ ...result, asAt: '2024-02-29' })).toThrow('f.json: is an audit as at 2024-02-29, not 2024-03-31');
    const other = {
      ...result,
      dataQuality: {
        ...result.dataQuality,
        tables: result.dataQuality.tables.map((t) => (t.table === 'plans' ? { ...t, file: 'cases.csv' } : t)),
      },
    };
    expect(f(other)).toThrow('f.json: is an audit of another export: it read the plans table from cases.csv');
    expect(f({ ...result, pseudonymised: true })).toThrow('f.json: is pseudonymised');
  });

  it("without an as-at date one child's rows cannot be audited", async () => {
    const id = result.children![0]!.childId;
    const mine = await loadChild(council, id);
    expect(() => chronology(mine, id)).toThrow(
      "one child's rows cannot say the export's as-at date: give an as-at date or a findings.json",
    );
  });
});

describe('placing concerns by their declared subject', () => {
  it('reads the id of a key by its finding, leaving out a trailing date', () => {
    const subjects = keySubjects(RULES);
    expect(keyTarget('plan-drift/late-review/P1/2024-01-02', subjects)).toEqual({
      segment: 'late-review',
      subject: 'plan',
      id: 'P1',
    });
    expect(keyTarget('assessment-timeliness/late/A/1', subjects)).toEqual({
      segment: 'late',
      subject: 'assessment',
      id: 'A/1',
    });
    expect(keyTarget('no-such-rule/x/1', subjects)).toBeNull();
  });

  it("shows an assessment's concern on the assessment, not on a plan that shares its id", () => {
    const e = makeExport({
      children: [{ child_id: 'C1' }],
      workers: [{ worker_id: 'W1', team: 'North' }],
      assessments: [
        {
          assessment_id: 'K1',
          child_id: 'C1',
          start_date: '2023-06-01',
          completion_date: '2023-09-29',
          worker_id: 'W1',
          seen_date: '2023-06-02',
          seen_alone_date: '2023-06-02',
        },
      ],
      plans: [{ plan_id: 'K1', child_id: 'C1', plan_type: 'cin', start_date: '2023-10-02', team: 'North' }],
      allocations: [{ child_id: 'C1', worker_id: 'W1', start_date: '2023-06-01' }],
      visits: [{ child_id: 'C1', visit_date: '2024-03-20', worker_id: 'W1', seen: 'Y' }],
    });
    const c = chronology(e, 'C1', { asAt: AS_AT });
    expect(c.concerns.map((k) => k.key)).toContain('assessment-timeliness/late/K1');
    const on = (event: string) => c.events.find((x) => x.event === event)!.concerns;
    expect(on('Assessment completed')).toEqual(['assessment-timeliness/late/K1']);
    expect(on('CIN plan started').filter((k) => k.startsWith('assessment-timeliness/'))).toEqual([]);
  });
});
