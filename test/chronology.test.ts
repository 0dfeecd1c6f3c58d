/**
 * A child's chronology and the audit sample (SPEC §8), through the library API: a planted child
 * whose every event, broken limit and concern is known by hand; every layout; pseudonymising;
 * and the sample's proportions, reasons and reproducibility.
 */
import { describe, expect, it } from 'vitest';
import { audit, chronology, loadExport, sample, UnknownChildError } from '../src/index.js';
import { teamQuotas } from '../src/engine/sample.js';
import { renderChronology } from '../src/report/chronology.js';
import { renderSample } from '../src/report/children.js';
import { makeExport } from './helpers/rules.js';

const AS_AT = '2024-03-31';
const TEXT = 'Discussed <b>the child</b> wishes: wants to see Nan.';

/** C9's story, written out by hand; C8 is another child whose events must not appear. */
function planted() {
  return makeExport({
    children: [
      { child_id: 'C9', date_of_birth: '2015-01-01' },
      { child_id: 'C8', date_of_birth: '2016-01-01' },
    ],
    workers: [
      { worker_id: 'W1', team: 'North' },
      { worker_id: 'W2', team: 'South' },
    ],
    referrals: [
      {
        referral_id: 'R9',
        child_id: 'C9',
        referral_date: '2023-06-01',
        source: 'Police',
        team: 'North',
        outcome: 'assessment',
      },
      { referral_id: 'R8', child_id: 'C8', referral_date: '2023-06-01' },
    ],
    // started Friday 2 June; seen 10 working days later (limit 5); completed after 45 working days
    assessments: [
      {
        assessment_id: 'A9',
        child_id: 'C9',
        referral_id: 'R9',
        start_date: '2023-06-02',
        completion_date: '2023-09-01',
        worker_id: 'W1',
        team: 'North',
        seen_date: '2023-06-16',
        seen_alone_date: '',
        outcome: 'cp',
      },
    ],
    // ICPC 20 working days after the strategy discussion (limit 15)
    section47: [
      {
        s47_id: 'S9',
        child_id: 'C9',
        strategy_date: '2023-09-04',
        icpc_date: '2023-10-02',
        outcome: 'icpc',
        team: 'North',
      },
    ],
    plans: [
      { plan_id: 'P9', child_id: 'C9', plan_type: 'cp', start_date: '2023-10-02', team: 'North' },
      { plan_id: 'P8', child_id: 'C8', plan_type: 'cin', start_date: '2023-01-02', team: 'South' },
    ],
    reviews: [
      { plan_id: 'P9', review_date: '2024-01-02' },
      { plan_id: 'P8', review_date: '2023-04-01' },
    ],
    // no worker from 29 Sep until 20 Oct: 14 working days after the plan started (limit 5)
    allocations: [
      { child_id: 'C9', worker_id: 'W1', start_date: '2023-06-02', end_date: '2023-09-29' },
      { child_id: 'C9', worker_id: 'W2', start_date: '2023-10-20' },
      { child_id: 'C8', worker_id: 'W2', start_date: '2023-01-02' },
    ],
    visits: [
      { child_id: 'C9', visit_date: '2023-10-05', worker_id: 'W1', seen: 'Y', seen_alone: 'Y' },
      { child_id: 'C9', visit_date: '2023-11-10', worker_id: 'W2', seen: 'Y', seen_alone: 'N' },
      { child_id: 'C9', visit_date: '2024-03-25', worker_id: 'W2', seen: 'Y', seen_alone: 'N' },
      { child_id: 'C8', visit_date: '2024-03-25', worker_id: 'W2', seen: 'Y' },
    ],
    supervisions: [
      {
        supervision_id: 'SV9',
        worker_id: 'W2',
        supervision_date: '2023-11-15',
        child_id: 'C9',
        type: 'case',
        record_text: TEXT,
      },
    ],
  });
}

describe('chronology of a planted child', () => {
  const c = chronology(planted(), 'C9', { asAt: AS_AT });

  it('lists every planted event in date order with the worker and team of each', () => {
    expect(c.events.map((e) => `${e.date} ${e.event} ${e.workerId ?? '-'} ${e.team ?? '-'}`)).toEqual([
      '2015-01-01 Born - -',
      '2023-06-01 Referral - North',
      '2023-06-02 Assessment started W1 North',
      '2023-06-02 Worker allocated W1 North',
      '2023-06-16 Child seen (assessment) W1 North',
      '2023-09-01 Assessment completed W1 North',
      '2023-09-04 Strategy discussion (section 47) W1 North',
      '2023-09-29 Allocation ended W1 North',
      '2023-10-02 Initial child protection conference - North',
      '2023-10-02 CP plan started - North',
      '2023-10-05 Visit W1 North',
      '2023-10-20 Worker allocated W2 South',
      '2023-11-10 Visit W2 South',
      '2023-11-15 Case supervision W2 South',
      '2024-01-02 CP plan review W2 North',
      '2024-03-25 Visit W2 South',
    ]);
    expect(c.events.every((e) => !e.recordId?.endsWith('8'))).toBe(true);
    expect(c).toMatchObject({
      childId: 'C9',
      asAt: AS_AT,
      team: 'South',
      workerId: 'W2',
      openPlans: ['cp'],
      lacks: ['contacts: no contacts.csv in the export'],
    });
  });

  it('marks each broken limit on the event where it happened', () => {
    const broken = Object.fromEntries(
      c.events.filter((e) => e.limitBroken).map((e) => [`${e.date} ${e.event}`, e.limitBroken]),
    );
    expect(broken).toEqual({
      '2023-06-16 Child seen (assessment)': 'seen 10 working days after the start (limit 5)',
      '2023-09-01 Assessment completed': 'took 64 working days (limit 45)',
      '2023-10-02 Initial child protection conference': '20 working days after the strategy discussion (limit 15)',
      '2023-10-02 CP plan started': 'worker allocated 14 working days after the plan started (limit 5)',
      '2023-11-10 Visit': '26 working days since the last visit (CP limit 10)',
      '2024-03-25 Visit': '93 working days since the last visit (CP limit 10)',
    });
  });

  it('lists every concern of the audit and shows each on the record it names', () => {
    const keys = c.concerns.map((x) => x.key).sort();
    expect(keys).toEqual(
      expect.arrayContaining([
        'assessment-timeliness/late/A9',
        'assessment-timeliness/seen/A9',
        'assessment-timeliness/alone/A9',
        'threshold-consistency/late-icpc/S9',
        'allocation-delay/plan/P9',
        'visit-timeliness/plan/P9',
      ]),
    );
    const on = (date: string, event: string) => c.events.find((e) => e.date === date && e.event === event)!.concerns;
    expect(on('2023-06-16', 'Child seen (assessment)')).toEqual(['assessment-timeliness/seen/A9']);
    expect([...on('2023-09-01', 'Assessment completed')].sort()).toEqual([
      'assessment-timeliness/alone/A9',
      'assessment-timeliness/late/A9',
    ]);
    expect(on('2023-10-02', 'Initial child protection conference')).toEqual(['threshold-consistency/late-icpc/S9']);
    expect(on('2023-10-02', 'CP plan started')).toEqual(
      expect.arrayContaining(['allocation-delay/plan/P9', 'visit-timeliness/plan/P9']),
    );
    expect(on('2023-06-02', 'Assessment started')).toEqual([]);
  });

  it('keeps free text for the HTML only, escaped', () => {
    const files = renderChronology(c, ['md', 'json', 'html'], { marking: 'OFFICIAL-SENSITIVE', excerpts: true });
    const [md, json, html] = files.map((f) => String(f.content));
    expect(files.map((f) => f.name)).toEqual(['chronology-c9.md', 'chronology-c9.json', 'chronology-c9.html']);
    expect(md).not.toContain('wants to see Nan');
    expect(json).not.toContain('wants to see Nan');
    expect(html).toContain('<blockquote>Discussed &lt;b&gt;the child&lt;/b&gt; wishes: wants to see Nan.</blockquote>');
    expect(html).not.toMatch(/<(script|img)\b/);
    expect(JSON.parse(json!).events.length).toBe(16);
  });

  it('under --pseudonymise finds the child by code and shows no raw id, birth date or free text', () => {
    const key = 'a-key-long-enough-for-the-test';
    const coded = audit(planted(), { asAt: AS_AT, pseudonymiseKey: key }).children!;
    const code = coded.find((p) =>
      p.concerns.some((k) => k.key.startsWith('threshold-consistency/late-icpc/')),
    )!.childId;
    const p = chronology(planted(), code, { asAt: AS_AT, pseudonymiseKey: key });
    const all = renderChronology(p, ['md', 'json', 'html'], { marking: 'M', excerpts: true })
      .map((f) => String(f.content))
      .join('\n');
    for (const raw of ['C9', 'W1', 'W2', 'A9', 'S9', 'P9', 'R9', 'SV9', '2015-01', 'Nan'])
      expect(all).not.toMatch(new RegExp(`\\b${raw}\\b`));
    expect(p.childId).toBe(code);
    expect(p.events.length).toBe(15); // the birth is left out
    expect(p.concerns.map((k) => k.key)).toEqual(coded.find((x) => x.childId === code)!.concerns.map((k) => k.key));
    expect(() => chronology(planted(), 'C9', { asAt: AS_AT, pseudonymiseKey: key })).toThrow(UnknownChildError);
  });

  it('an unknown child id is one line naming how many children the export holds', () => {
    expect(() => chronology(planted(), 'C7', { asAt: AS_AT })).toThrow(
      'child "C7" is not in this export, which holds 2 children',
    );
  });
});

describe('chronology on every layout', () => {
  it.each([
    ['canonical', 'fixtures/mini'],
    ['ssd', 'fixtures/ssd-small'],
    ['annex-a', 'fixtures/annex-a-csv'],
  ])('%s: works, saying once what the layout lacks', async (layout, path) => {
    const ex = await loadExport(path);
    expect(ex.layout).toBe(layout);
    const id = (ex.tables.children ?? ex.tables.plans)!.find((r) => r.childId !== null)!.childId!;
    const c = chronology(ex, id, { asAt: '2024-03-31' });
    expect(c.events.length).toBeGreaterThan(0);
    const dates = c.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(c.lacks.length).toBeGreaterThan(0);
    expect(new Set(c.lacks).size).toBe(c.lacks.length);
    const md = String(renderChronology(c, ['md'], { marking: 'M', excerpts: false })[0]!.content);
    expect(md.match(/This export does not show/g)).toHaveLength(1);
  });
});

describe('audit sample', () => {
  it('gives each team seats in proportion, at least one each while the size allows', () => {
    expect(
      Object.fromEntries(
        teamQuotas(
          new Map([
            ['A', 60],
            ['B', 30],
            ['C', 10],
          ]),
          10,
        ),
      ),
    ).toEqual({ A: 6, B: 3, C: 1 });
    expect(
      Object.fromEntries(
        teamQuotas(
          new Map([
            ['A', 97],
            ['B', 2],
            ['C', 1],
          ]),
          4,
        ),
      ),
    ).toEqual({ A: 2, B: 1, C: 1 });
    expect(
      Object.fromEntries(
        teamQuotas(
          new Map([
            ['A', 5],
            ['B', 9],
            ['C', 1],
          ]),
          2,
        ),
      ),
    ).toEqual({ A: 1, B: 1, C: 0 });
  });

  it('takes half from the tracking order and half at random, reproducibly', async () => {
    const ex = await loadExport('fixtures/demo');
    const result = audit(ex, { asAt: AS_AT });
    const s = sample(result, { export: ex, size: 20, seed: 7 });
    expect(s.rows.length).toBe(20);
    const tracked = s.rows.filter((r) => r.reason.startsWith('concerns: '));
    expect(tracked.length).toBe(10);
    // the tracked half follows the tracking order among open cases
    const order = result.children!.map((p) => p.childId);
    const idx = tracked.map((r) => order.indexOf(r.childId));
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expect(
      s.rows.filter((r) => r.reason === 'random').every((r) => !tracked.some((t) => t.childId === r.childId)),
    ).toBe(true);
    expect(new Set(s.rows.map((r) => r.childId)).size).toBe(20);
    // every team with open cases is represented
    const teams = new Set(s.rows.map((r) => r.team));
    expect(teams.size).toBeGreaterThan(1);
    const again = sample(audit(await loadExport('fixtures/demo'), { asAt: AS_AT }), { export: ex, size: 20, seed: 7 });
    expect(renderSample(again)).toBe(renderSample(s));
    expect(renderSample(sample(result, { export: ex, size: 20, seed: 8 }))).not.toBe(renderSample(s));
    expect(renderSample(s).split('\r\n')[0]).toBe(
      `# caseaudit audit sample; as at ${AS_AT}; seed 7; 20 of ${s.openCases} children with a CIN, CP or CLA plan open`,
    );
  });

  it('returns every open case when the size is larger, and says so', async () => {
    const ex = await loadExport('fixtures/mini');
    const result = audit(ex, { asAt: AS_AT });
    const s = sample(result, { export: ex, size: 50 });
    expect(s.all).toBe(true);
    expect(s.rows.map((r) => r.childId).sort()).toEqual(['C001', 'C002', 'C003']);
    expect(renderSample(s)).toContain(
      'seed 20240331; 3 of 3 children with a CIN, CP or CLA plan open; the size 50 is at least the open cases, so all are listed',
    );
    expect(() => sample(result, { export: ex, size: 0 })).toThrow(RangeError);
  });
});
