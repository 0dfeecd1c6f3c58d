/**
 * Issue 22, after round 26: in an audit the record's own date is the supervision row's date
 * (supervision_date), not only a date in the text's title. A record with no date in its text whose
 * action's date had passed on the day of the supervision sets no live action; the same text on a
 * day before that date does. Every path that scores the text (the rule's prepare step, the shared
 * parts the main thread scores from packed text, a repeated text reusing an earlier score, the
 * HTML's explanation) reads the row's date.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { scoreShare } from '../rules/lib/scoreShare.js';
import type { PreparedTexts } from '../rules/lib/supervisionHeld.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { excerptsOf } from '../src/engine/run.js';
import { parseIsoDay } from '../src/model/day.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { makeExport, runAll, runRule, type Records } from './helpers/rules.js';

const ID = 'supervision-quality';
const AS_AT = '2024-03-31';
// No date in the text, no reflection (so every record is below the standard and in the evidence).
const TEXT = 'Ava is settled at nursery and told her worker she likes her key person.';
const ACTIONS = 'Visit by 12/02/2024';

const row = (id: string, child: string, date: string) => ({
  supervision_id: id,
  worker_id: 'W1',
  child_id: child,
  supervision_date: date,
  type: 'case',
  record_text: TEXT,
  actions: ACTIONS,
});
/** Each record's "actions with a timescale" flag, by record id, from the rule's evidence. */
function actionsById(records: Records): Record<string, unknown> {
  const r = runRule(ID, records, AS_AT);
  const f = r.findings.find((x) => x.id === 'records-below-standard')!;
  return Object.fromEntries(f.evidence.map((e) => [e.supervisionId, e.actions]));
}

describe("the supervision row's date is the record's own date", () => {
  it('an action dated before the supervision is not met; the same row a month earlier is', () => {
    expect(actionsById({ supervisions: [row('S1', 'A', '2024-03-01')] })).toEqual({ S1: false });
    expect(actionsById({ supervisions: [row('S1', 'A', '2024-02-01')] })).toEqual({ S1: true });
    const r = runRule(ID, { supervisions: [row('S1', 'A', '2024-03-01')] }, AS_AT);
    expect(r.metrics.actions).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('the same text on another date is read again, not given the earlier score', () => {
    // Adjacent rows of two children, both orders, and one child's record copied forward.
    expect(actionsById({ supervisions: [row('S1', 'A', '2024-03-01'), row('S2', 'B', '2024-02-01')] })).toEqual({
      S1: false,
      S2: true,
    });
    expect(actionsById({ supervisions: [row('S1', 'A', '2024-02-01'), row('S2', 'B', '2024-03-01')] })).toEqual({
      S1: true,
      S2: false,
    });
    expect(actionsById({ supervisions: [row('S1', 'A', '2024-02-01'), row('S2', 'A', '2024-03-01')] })).toEqual({
      S1: true,
      S2: false,
    });
  });

  it("the HTML's explanation reads the same date as the verdict", () => {
    const all = runAll({ supervisions: [row('S1', 'A', '2024-03-01'), row('S2', 'B', '2024-02-01')] }, AS_AT, {}, 12, [
      ID,
    ]);
    const ex = excerptsOf(all);
    expect(ex.get(`${ID}/record/S1`)).toContain('Action with a timescale: no words found');
    expect(ex.get(`${ID}/record/S2`)).toContain('Action with a timescale: “by [date]”');
  });

  it('the main thread scoring packed text (scoreShare) reads the rows\u2019 dates as the worker does', () => {
    const rule = RULES.find((r) => r.id === ID)!;
    const o = rule.options.parse({}) as never;
    const rows = makeExport({
      supervisions: [row('S1', 'A', '2024-03-01'), row('S2', 'B', '2024-02-01'), row('S3', 'C', '2024-03-01')],
    }).tables.supervisions! as SupervisionRow[];
    const whole = rule.prepare!.compute(rows as never, o, false) as PreparedTexts;
    const positions = Int32Array.from([0, 1, 2]);
    const packed = scoreShare.pack!(rows, positions);
    const bare = rows.map((r) => ({ ...r, recordText: null, actions: null }));
    const work = scoreShare.begin(bare, o, packed);
    work.part(positions);
    const shared = work.value(false) as PreparedTexts;
    expect([...shared.bits]).toEqual([...whole.bits]);
    // S1 and S3 (the passed date) have no action, S2 has.
    const ACTION = 4;
    expect([...whole.bits].map((b) => (b & ACTION) !== 0)).toEqual([false, true, false]);
  });

  it('a row date comes before the title date; the title is still no timescale; without one, as before', () => {
    const scorer = createScorer(loadLexicon());
    const day = (iso: string) => parseIsoDay(iso)!;
    const head = 'Supervision 14/03/27 - Ruby Okafor (6). Placement stable, Ruby at school daily.';
    const text = `${head} Actions: SW to see Ruby alone by 02/03/27.`;
    expect(scorer.scoreRecord(text, null).actions).toBe(false);
    expect(scorer.scoreRecord(text, null, null, undefined, day('2027-02-20')).actions).toBe(true);
    expect(scorer.scoreRecord(text, null, null, undefined, day('2027-03-14')).actions).toBe(false);
    const mapping = 'SoS mapping 16/11/26 - Tobias (14)\nWorries: missing from school.';
    expect(scorer.scoreRecord(mapping, null, null, undefined, day('2026-11-16')).actions).toBe(false);
    expect(scorer.scoreRecord(mapping, null, null, undefined, day('2026-11-10')).actions).toBe(false);
    // The same text and date always give the same score, whatever was scored before.
    expect(scorer.scoreRecord(TEXT, ACTIONS, null, undefined, day('2024-03-01')).actions).toBe(false);
    expect(scorer.scoreRecord(TEXT, ACTIONS).actions).toBe(true);
    expect(scorer.scoreRecord(TEXT, ACTIONS, null, undefined, day('2024-03-01')).actions).toBe(false);
  });
});
