import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excerptsOf } from '../src/engine/run.js';
import { evidenceKeys, runAll, runRule, type Records } from './helpers/rules.js';

const ID = 'supervision-quality';
const AS_AT = '2024-03-31'; // period 2023-04-01 … 2024-03-31

const STRONG =
  'Jayden was seen alone and said he feels safer. The risk of neglect has reduced because mum is engaging.';
const STRONG_ACTIONS = 'SW to visit within 10 working days.';
const WEAK = 'Case discussed. No change. Continue with plan.';

describe('oversightGaps (hand-worked, as at 2024-03-31)', () => {
  const records: Records = {
    plans: [
      { plan_id: 'PA', child_id: 'A', plan_type: 'cin', start_date: '2024-01-01', team: 'North' },
      { plan_id: 'PB', child_id: 'B', plan_type: 'cp', start_date: '2024-01-01', team: 'North' },
      { plan_id: 'PC', child_id: 'C', plan_type: 'cla', start_date: '2024-03-10', team: 'South' },
      { plan_id: 'PD', child_id: 'D', plan_type: 'cin', start_date: '2024-01-01', team: 'South' },
      { plan_id: 'PE', child_id: 'E', plan_type: 'cin', start_date: '2024-02-01', team: 'South' },
      { plan_id: 'PF', child_id: 'F', plan_type: 'cin', start_date: '2023-06-01', end_date: '2024-03-01' },
      { plan_id: 'PG', child_id: 'G', plan_type: 'early_help', start_date: '2023-06-01' },
      { plan_id: 'PH2', child_id: 'H', plan_type: 'cp', start_date: '2024-03-20' },
      { plan_id: 'PH1', child_id: 'H', plan_type: 'cin', start_date: '2023-06-01', end_date: '2024-03-19' },
      { plan_id: 'PH0', child_id: 'H', plan_type: 'cin', start_date: '2023-09-01' },
      { plan_id: 'PI', child_id: 'I', plan_type: 'cla', start_date: '2024-02-15' },
    ],
    supervisions: [
      { supervision_id: 'S1', worker_id: 'W1', child_id: 'A', supervision_date: '2024-03-01', type: 'case' }, // 30 days: in time
      { supervision_id: 'S2', worker_id: 'W1', child_id: 'B', supervision_date: '2024-02-29', type: 'case' }, // 31 days: a gap
      { supervision_id: 'S3', worker_id: 'W2', child_id: 'E', supervision_date: '2023-12-20', type: 'case' }, // before the plan: does not count
      { supervision_id: 'S4', worker_id: 'W2', child_id: 'H', supervision_date: '2024-03-05', type: 'oversight' }, // 26 days
      { supervision_id: 'S5', worker_id: 'W2', child_id: 'I', supervision_date: '2024-03-30', type: 'group' }, // not case/oversight
      { supervision_id: 'S6', worker_id: 'W3', child_id: 'D', supervision_date: '2024-02-20', type: '' }, // blank type with a child = case …
      { supervision_id: 'S7', worker_id: 'W3', child_id: 'D', supervision_date: '2024-01-15', type: 'case' },
    ],
  };
  const r = runRule(ID, records, AS_AT);

  it('counts children on an open CIN/CP/CLA plan with more than 30 days since oversight (or the plan start)', () => {
    // Population A B C D E H I; F's plan ended, G is early help.
    // A 30 (in time), B 31, C 21 since start, D 40 (blank-type record 2024-02-20), E 59 since
    // start (its record predates the plan), H 26 (earliest open plan 2023-09-01), I 45 (group record ignored).
    expect(r.metrics.oversightGaps).toMatchObject({ value: 4, denominator: 7 });
    expect(evidenceKeys(r, 'oversight-gaps')).toEqual(
      ['B', 'D', 'E', 'I'].map((c) => `supervision-quality/oversight/${c}`),
    );
    const rows = Object.fromEntries(
      r.findings.find((f) => f.id === 'oversight-gaps')!.evidence.map((e) => [e.childId, e]),
    );
    expect(rows.B).toMatchObject({ planId: 'PB', team: 'North', lastRecord: '2024-02-29', days: 31 });
    expect(rows.D).toMatchObject({ lastRecord: '2024-02-20', days: 40 });
    expect(rows.E).toMatchObject({ planId: 'PE', planStart: '2024-02-01', lastRecord: null, days: 59 });
    expect(rows.I).toMatchObject({ lastRecord: null, days: 45 });
  });

  it('orders the worklist longest first, and a threshold option moves the line', () => {
    const f = r.findings.find((x) => x.id === 'oversight-gaps')!;
    expect(f.evidence.map((e) => e.days)).toEqual([59, 45, 40, 31]);
    const r31 = runRule(ID, records, AS_AT, { maxDaysSinceOversight: 31 });
    expect(evidenceKeys(r31, 'oversight-gaps')).toEqual(
      ['D', 'E', 'I'].map((c) => `supervision-quality/oversight/${c}`),
    );
  });
});

describe('personalSupervisionGaps (hand-worked, as at 2024-03-31)', () => {
  const alloc = (worker: string, child: string, end = '') => ({
    child_id: child,
    worker_id: worker,
    start_date: '2023-10-01',
    end_date: end,
  });
  const personal = (id: string, worker: string, date: string, type = 'personal') => ({
    supervision_id: id,
    worker_id: worker,
    supervision_date: date,
    type,
    child_id: '',
  });
  const records: Records = {
    workers: [
      { worker_id: 'W1', team: 'North', role: 'Social worker' },
      { worker_id: 'W2', team: 'North', role: 'Social worker' },
      { worker_id: 'W3', team: 'South', role: 'Social worker', qualified_date: '2023-09-01' },
      { worker_id: 'W4', team: 'South', role: 'ASYE social worker' },
      { worker_id: 'W5', team: 'South', role: 'Senior practitioner' },
      { worker_id: 'W6', team: 'South', role: 'Social worker', end_date: '2024-01-31' },
      { worker_id: 'W7', team: 'South', role: 'Social worker' },
    ],
    allocations: [
      alloc('W1', 'A'),
      alloc('W1', 'B'),
      alloc('W2', 'C'),
      alloc('W3', 'D'),
      alloc('W4', 'E'),
      alloc('W5', 'F'),
      alloc('W6', 'G'),
      alloc('W7', 'H', '2024-03-01'),
      alloc('W8', 'I'),
    ],
    supervisions: [
      personal('P1', 'W1', '2024-03-01', ''), // blank type, no child = personal; 30 days: in time
      personal('P2', 'W2', '2024-02-29'), // 31 days: a gap
      personal('P3', 'W3', '2024-03-17'), // newly qualified (qualified 2023-09-01): 14 days, in time
      personal('P4', 'W4', '2024-03-16'), // newly qualified (ASYE): 15 days, a gap
      { supervision_id: 'P5', worker_id: 'W5', supervision_date: '2024-03-30', type: 'case', child_id: 'F' }, // W5: no personal supervision at all
      personal('P6', 'W6', '2023-12-01'), // left before as-at: not in the population
      personal('P7', 'W7', '2023-12-01'), // no open allocation: not in the population
      personal('P8', 'W8', '2024-03-20'), // unknown to workers but holding a case: counted, in time
    ],
  };
  const r = runRule(ID, records, AS_AT);

  it('finds case-holding workers past 30 days (14 when newly qualified), or never supervised', () => {
    expect(r.metrics.personalSupervisionGaps).toMatchObject({ value: 3, denominator: 6 });
    expect(evidenceKeys(r, 'personal-supervision-gaps')).toEqual(
      ['W2', 'W4', 'W5'].map((w) => `supervision-quality/personal/${w}`),
    );
    const ev = r.findings.find((f) => f.id === 'personal-supervision-gaps')!.evidence;
    // Never supervised first, then longest since.
    expect(ev.map((e) => [e.workerId, e.latest, e.days, e.limit, e.newlyQualified, e.team])).toEqual([
      ['W5', null, null, 30, false, 'South'],
      ['W2', '2024-02-29', 31, 30, false, 'North'],
      ['W4', '2024-03-16', 15, 14, true, 'South'],
    ]);
    expect(ev.find((e) => e.workerId === 'W2')!.caseload).toBe(1);
  });

  it('without a workers table uses the 30-day limit for everyone and says so', () => {
    const { workers: _w, ...rest } = records;
    const r2 = runRule(ID, rest, AS_AT);
    // W4 (15 days) is now in time; W6 (left) and W8 count as active with no record of leaving; W6 at 121 days is a gap.
    expect(evidenceKeys(r2, 'personal-supervision-gaps')).toEqual(
      ['W2', 'W5', 'W6'].map((w) => `supervision-quality/personal/${w}`),
    );
    expect(r2.limitations.join(' ')).toMatch(/no workers table: newly qualified workers could not be identified/);
  });
});

describe('missing optional tables', () => {
  it('runs on supervisions alone and says what could not be measured', () => {
    const r = runRule(
      ID,
      {
        supervisions: [
          {
            supervision_id: 'S1',
            worker_id: 'W1',
            child_id: 'A',
            supervision_date: '2024-03-01',
            record_text: STRONG,
            actions: STRONG_ACTIONS,
          },
        ],
      },
      AS_AT,
    );
    expect(r.status).toBe('ran');
    expect(r.metrics.oversightGaps!.value).toBeNull();
    expect(r.metrics.personalSupervisionGaps!.value).toBeNull();
    expect(r.limitations.join(' ')).toMatch(/Oversight gaps were not measured: the export has no plans table/);
    expect(r.limitations.join(' ')).toMatch(
      /Personal supervision gaps were not measured: the export has no allocations table/,
    );
    expect(r.metrics.recordsMeetingStandard).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
  });
  it('is not run without the supervisions table', () => {
    expect(runRule(ID, { plans: [] }, AS_AT).status).toBe('not-run');
  });
});

describe('record quality', () => {
  const sup = (
    id: string,
    child: string,
    date: string,
    text: string | null,
    actions: string | null = null,
    extra: Record<string, string> = {},
  ) => ({
    supervision_id: id,
    worker_id: 'W1',
    supervisor_id: 'M1',
    child_id: child,
    supervision_date: date,
    record_text: text ?? '',
    actions: actions ?? '',
    ...extra,
  });
  const records: Records = {
    workers: [
      { worker_id: 'W1', team: 'North' },
      { worker_id: 'W2', team: 'South' },
    ],
    supervisions: [
      sup('R1', 'A', '2023-05-01', STRONG, STRONG_ACTIONS), // meets the standard
      sup('R2', 'A', '2023-06-01', WEAK), // misses child focus, reflection, actions
      sup('R3', 'B', '2023-03-15', WEAK), // before the period: a comparison base only
      sup('R4', 'B', '2023-04-10', null, null), // no text: skipped, not a comparison base
      { ...sup('R5', 'B', '2023-04-20', WEAK), worker_id: 'W2', supervisor_id: 'M2' }, // copied from R3 (another worker)
      sup('R6', 'B', '2023-07-01', WEAK, null, { type: 'personal' }), // personal: not read
      sup('R7', 'C', '2023-08-01', 'Child not seen alone. No reflection recorded.', 'SW to visit by Friday.'), // negated: actions only
      sup('R8', 'C', '2023-09-01', STRONG, STRONG_ACTIONS, { type: 'oversight' }),
      sup('R9', 'C', '2023-10-01', STRONG, STRONG_ACTIONS), // copied from R8: strong but copied
      sup('', 'D', '2023-11-01', `${WEAK} `.repeat(6)), // no id: keyed by its line; long text
      sup('R11', 'E', '2024-04-02', WEAK), // after as-at: the date is blank, not read
    ],
  };
  const r = runRule(ID, records, AS_AT);

  it('scores each case/oversight record in the period with text', () => {
    // In period with text: R1 R2 R5 R7 R8 R9 line-11; meeting: R1 R8.
    expect(r.metrics.recordsMeetingStandard).toMatchObject({
      numerator: 2,
      denominator: 7,
      threshold: 0.8,
      rag: 'red',
    });
    expect(r.metrics.copied).toMatchObject({ numerator: 2, denominator: 7 });
    expect(r.metrics.childFocus).toMatchObject({ numerator: 3, denominator: 7 });
    expect(r.metrics.actions).toMatchObject({ numerator: 4, denominator: 7 });
    expect(evidenceKeys(r, 'records-below-standard')).toEqual(
      ['R2', 'R5', 'R7', 'R9', 'line-11'].map((k) => `supervision-quality/record/${k}`).sort(),
    );
    const f = r.findings.find((x) => x.id === 'records-below-standard')!;
    expect(f.severity).toBe('high');
    const byId = Object.fromEntries(f.evidence.map((e) => [e.key.split('/').pop(), e]));
    expect(byId.R2).toMatchObject({
      misses: 'child focus; reflection; actions with timescales',
      copied: false,
      team: 'North',
      supervisorId: 'M1',
      date: '2023-06-01',
      similarity: 0,
    });
    expect(byId.R5).toMatchObject({ copied: true, similarity: 1, team: 'South', supervisorId: 'M2', workerId: 'W2' });
    expect(byId.R7).toMatchObject({
      childFocus: false,
      reflection: false,
      actions: true,
      misses: 'child focus; reflection',
    });
    expect(byId.R9).toMatchObject({
      childFocus: true,
      reflection: true,
      actions: true,
      copied: true,
      misses: 'copied from the previous record',
    });
    expect(byId['line-11']).toMatchObject({ supervisionId: null, childId: 'D', similarity: null });
  });

  it('lists the records below the standard in report order: date, then key, then line', () => {
    // Hand-worked: the file lists a day's ids out of order and records with no id (keyed by
    // their line, which follows every id in the key order: 'l' > 'Z'). Lines start at 2.
    const mixed = runRule(
      ID,
      {
        supervisions: [
          sup('Z9', 'A', '2023-06-02', WEAK), // line 2
          sup('Z5', 'B', '2023-06-01', WEAK), // line 3
          sup('Z3', 'C', '2023-06-01', WEAK), // line 4
          sup('', 'D', '2023-06-01', WEAK), // line 5
          sup('A1', 'E', '2023-06-02', WEAK), // line 6
          sup('', 'F', '2023-05-01', WEAK), // line 7
          sup('B2', 'G', '2023-06-01', WEAK), // line 8
        ],
      },
      AS_AT,
    );
    const f = mixed.findings.find((x) => x.id === 'records-below-standard')!;
    expect(f.evidence.map((e) => e.key.split('/').pop())).toEqual(['line-7', 'B2', 'Z3', 'Z5', 'line-5', 'A1', 'Z9']);
  });

  it('gives per-team and per-supervisor tables', () => {
    const team = r.breakdowns.find((b) => b.id === 'by-team')!;
    expect(team.rows.map((x) => [x.team, x.records, x.meeting, x.copied])).toEqual([
      ['North', 6, 2, 1],
      ['South', 1, 0, 1],
    ]);
    const sv = r.breakdowns.find((b) => b.id === 'by-supervisor')!;
    expect(sv.rows.map((x) => [x.supervisorId, x.records, x.meetingShare])).toEqual([
      ['M1', 6, 2 / 6],
      ['M2', 1, 0],
    ]);
  });

  it('keeps record text out of the result and gives excerpts to the HTML report only', () => {
    const all = runAll(records, AS_AT, {}, 12, [ID]);
    const json = JSON.stringify(all);
    expect(json).not.toContain('No change');
    expect(json).not.toContain('Jayden');
    const ex = excerptsOf(all);
    // Each excerpt is followed by why each criterion was judged as it was (issue 22): the lexicon's
    // words, and for the criteria the model judges the words that weighed most for or against (round 51's model,
    // retrained on outside2-109: "continue with" weighs against reflection too, "case" above "discussed" for reviews, "is"
    // above "the" for reflection; rebuilt at merge with round 51's phrases: "continue" above "discussed" for child focus).
    expect(ex.get('supervision-quality/record/R2')).toBe(
      `${WEAK} — Why: Child focus: no words found, model words against: “case”, “continue”, “discussed”; Reflection: no words found, model words against: “continue”, “case”, “continue with”; Action with a timescale: no words found; Reviews last actions: no words found, model words against: “case”, “discussed”, “continue”.`,
    );
    // The model's words are listed heaviest first, so their order follows its weights (round 47's rebuild: “sw to” first).
    expect(ex.get('supervision-quality/record/R9')).toBe(
      `${STRONG} | Actions: ${STRONG_ACTIONS} — Why: Child focus: “seen alone and said”, model words for: “and”, “said”, “[name]”; Reflection: “the risk of”, model words for: “is”, “the”, “[a sentence with a reason]”; Action with a timescale: “within 10 working days”; Reviews last actions: no words found, model words against: “sw to”, “[a sentence with a judgement of risk]”, “to visit”.`,
    );
    const long = ex.get('supervision-quality/record/line-11')!.split(' — Why: ')[0]!;
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long).toMatch(/^Case discussed\. No change\. .*…$/);
    expect(json).not.toContain('Why:');
    expect(ex.has('supervision-quality/record/R1')).toBe(false);
    const off = runAll(records, AS_AT, { [ID]: { excerpts: false } }, 12, [ID]);
    expect([...excerptsOf(off).keys()].filter((k) => k.startsWith(ID))).toEqual([]);
  });

  it('is byte-identical run to run', () => {
    expect(JSON.stringify(runAll(records, AS_AT, {}, 12, [ID]))).toBe(
      JSON.stringify(runAll(records, AS_AT, {}, 12, [ID])),
    );
  });

  it('takes a replacement lexicon from the config, and a bad one is a config error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseaudit-sq-'));
    const file = join(dir, 'lexicon.json');
    writeFileSync(
      file,
      JSON.stringify({
        negations: ['no'],
        childFocus: ['case discussed'],
        reflection: ['change'],
        reviewsPrevious: ['previous'],
        actionCues: ['continue'],
        timescales: ['with plan'],
      }),
    );
    const r2 = runRule(ID, records, AS_AT, { lexicon: file });
    // WEAK now has child focus ("case discussed") and an action ("Continue with plan"), but
    // "No change" is negated, so it still lacks reflection.
    expect(
      r2.findings.find((f) => f.id === 'records-below-standard')!.evidence.find((e) => e.supervisionId === 'R2'),
    ).toMatchObject({ childFocus: true, reflection: false, actions: true });
    expect(() => runRule(ID, records, AS_AT, { lexicon: join(dir, 'nope.json') })).toThrow(
      /rules\.supervision-quality\.options\.lexicon: lexicon .*nope\.json: file not found/,
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ negations: [] }));
    expect(() => runRule(ID, records, AS_AT, { lexicon: bad })).toThrow(
      /options\.lexicon: lexicon .*bad\.json: negations: at least one negation word is needed/,
    );
  });

  it('rejects unknown options', () => {
    expect(() => runRule(ID, records, AS_AT, { maxDays: 3 })).toThrow(/maxDays/);
  });
});
