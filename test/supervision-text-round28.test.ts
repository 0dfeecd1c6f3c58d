/**
 * Issue 22, round 28 (s22-acc31): the "reviews the last actions" criterion on writing from outside
 * the project, as the held-out errors of outside46-65 show them: a copied record's review is the
 * last record's carried forward, not a review (the writers since outside20 label it so); a task of
 * the previous record reported done in its own verb, with what it was done to ("SW to ask Rowan"
 * then "SW asked Rowan"), names included; "to be sent", "to be set" as tasks; "did happen" and
 * "happening" as what became of a step. Every sentence here is new, written for this test, not a
 * corpus record; each test holds a kind and its near misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLIND_OUTSIDE } from '../bench/supervisionAccuracy.js';
import { followUp } from '../rules/lib/supervisionFollowUp.js';
import { pastForms } from '../rules/lib/supervisionFollowVerb.js';
import { explanation } from '../rules/lib/supervisionExcerpts.js';
import { endsStatus } from '../rules/lib/supervisionStatus.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { runRule, type Records } from './helpers/rules.js';

const follows = (previous: string, text: string) => followUp([previous, null], [text, null])?.item ?? null;
const scorer = createScorer(loadLexicon());

describe('round 28: a task reported done in its own verb', () => {
  it('the verb in the past with the word it was done to, a name too, active or passive', () => {
    expect(follows('SW to ask Rowan about contact before Christmas.', 'Done - SW asked Rowan on 2/12.')).toBe('rowan');
    // Round 40: "saw" is a status word, so a dated task or its named subject is found first; here neither.
    expect(follows('SW to see Sophie at school.', 'SW saw Sophie at school; CAMHS still pending.')).toBe('sophie');
    expect(
      follows('Jordan to update the NRM with the Derby episode.', 'The NRM was updated 20/1 and the panel held.'),
    ).toBe('nrm');
    expect(
      follows('SW to speak to school about the teasing.', 'SW spoke to school on 17/2, the visit went ahead.'),
    ).toBe('school');
  });

  it('not a new task in the same verb, another object, or a sentence carried over', () => {
    expect(follows('Hannah to see Sophie at school by 5/3.', 'Hannah to see Sophie again by 12/3.')).toBeNull();
    expect(follows('SW to ask Rowan about contact.', 'SW asked school about his attendance.')).toBeNull();
    expect(
      follows(
        'Hannah to see Sophie at school by 5/3. Hannah saw Sophie at home on 1/3.',
        'Hannah saw Sophie at home on 1/3.',
      ),
    ).toBeNull();
    // "to be" is no task's verb here: "to be seen" needs its own item, which round 40's status word
    // "seen" gives it (the child the task named, reported seen).
    expect(follows('Lily to be seen by the paediatrician.', 'Lily was seen on the ward.')).toBe('lily');
    expect(follows('Lily to be seen by the paediatrician.', 'Lily was on the ward.')).toBeNull();
  });

  it('regular and irregular past forms; nothing without a status word (the rule reads only those)', () => {
    expect(pastForms('refer')).toEqual(['refered', 'referred']);
    expect(pastForms('update')).toEqual(['updated']);
    expect(pastForms('copy')).toEqual(['copied']);
    expect(pastForms('meet')).toEqual(['met']);
    // "told" is no status word ("saw" is one since round 40).
    expect(
      follows('Hannah to tell Sophie about the move by 5/3.', 'Hannah told Sophie about the move on 5/3.'),
    ).toBeNull();
  });

  it("the tokeniser's mark holds every record followUp finds, in the development material", () => {
    // scoreByChild reads followUp only where the mark is set, so the bench and the rule agree only if
    // the mark is set wherever followUp finds something. The blind sets are not read here.
    const dir = join(import.meta.dirname, 'fixtures');
    const blind = Number(BLIND_OUTSIDE.slice('outside'.length));
    const pairs: [string, string | null, string, string | null][] = [];
    for (const f of readdirSync(dir)) {
      const m = /^supervision-(styles|outside(\d*))-corpus\.json$/.exec(f);
      if (m === null || Number(m[2] || 1) >= blind) continue;
      const { records } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        records: { recordText: string | null; actions: string | null; previous?: string; previousActions?: string }[];
      };
      for (const r of records)
        if (typeof r.previous === 'string' && r.recordText)
          pairs.push([r.previous, r.previousActions ?? null, r.recordText, r.actions]);
    }
    const found = pairs.filter(([p, pa, t, a]) => followUp([p, pa], [t, a]) !== null);
    expect(found.length).toBeGreaterThan(500);
    const status = new Uint8Array(found.length);
    scorer.scoreTexts(found.length, (i) => [found[i]![2], found[i]![3]], undefined, status);
    expect(found.filter((_, i) => status[i] === 0).map((x) => x[2])).toEqual([]);
  });
});

describe('round 28: irregular "to be" tasks, "did happen"', () => {
  it('a letter to be sent, a date to be set, then reported', () => {
    const later = 'PLO letter sent 3/12 and the meeting is fixed for 14/12 at 10am; mum has a solicitor.';
    expect(follows('PLO letter to be sent. Date to be set.', later)).toBe('plo');
    // Sent already in the previous record: history, not a task.
    expect(follows('PLO letter sent 1/12.', later)).toBeNull();
  });
  it('"did happen", "happening"', () => {
    expect(follows('SW to check the CAMHS follow-up by 15/1.', 'CAMHS follow-up did happen 6/1.')).toBe('camhs');
    expect(follows('FSW evenings from 8/2 - TW to request.', 'FSW evenings happening 3x a week.')).toBe('fsw');
    for (const w of ['happen', 'happening']) expect(endsStatus(w)).toBe(true);
  });
});

describe('round 28: a copied record reviews nothing', () => {
  const REVIEWED = 'Review of last actions: school meeting held 3/2; housing referral sent. Case discussed.';
  const sup = (id: string, date: string, text: string) => ({
    supervision_id: id,
    worker_id: 'W1',
    supervisor_id: 'M1',
    child_id: 'A',
    supervision_date: date,
    record_text: text,
    actions: '',
  });
  const records: Records = {
    workers: [{ worker_id: 'W1', team: 'North' }],
    supervisions: [sup('R1', '2023-05-01', REVIEWED), sup('R2', '2023-06-01', REVIEWED)],
  };
  const r = runRule('supervision-quality', records, '2024-03-31');

  it('the first record reviews by its words, its copy does not', () => {
    expect(r.metrics.reviewsPrevious).toMatchObject({ numerator: 1, denominator: 2 });
    expect(r.metrics.copied).toMatchObject({ numerator: 1, denominator: 2 });
    const f = r.findings.find((x) => x.id === 'records-below-standard')!;
    const byId = Object.fromEntries(f.evidence.map((e) => [e.key.split('/').pop(), e]));
    expect(byId.R1).toMatchObject({ reviewsPrevious: true, copied: false });
    expect(byId.R2).toMatchObject({ reviewsPrevious: false, copied: true });
  });

  it('the explanation says why (HTML/PDF only)', () => {
    const row = { recordText: REVIEWED, actions: null, supervisionDate: null } as SupervisionRow;
    expect(explanation(scorer, row, false, true)).toContain(
      'Reviews last actions: none, the record is copied from the previous one (its review carried forward)',
    );
    expect(explanation(scorer, row, true, false)).not.toContain('copied from the previous one');
  });
});
