/**
 * Issue 22, round 22 (s22-acc23): whose experience a record is about. A record whose first sentence
 * names the worker's own development (a `workerRecord` phrase: "ASYE", "NQSW"; or a word of the
 * lexicon's `worker` class: "Wellbeing check-in") is about the worker: "she said" and "he felt"
 * are the worker's there, so the lexicon's child-focus cue does not stand by itself and the model,
 * weighing the whole record, decides. Every sentence here is new, written for this test, not a
 * corpus record.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { compileLexicon } from '../rules/lib/supervisionLexicon.js';
import { explanation } from '../rules/lib/supervisionExcerpts.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { readFileSync } from 'node:fs';

const scorer = createScorer(loadLexicon());
const lexOnly = createScorer(loadLexicon(), null);
const row = (recordText: string): SupervisionRow => ({ recordText, actions: null }) as unknown as SupervisionRow;

const ABOUT_WORKER =
  'ASYE supervision - Hannah, month 4. Hannah brought her first child protection visit. She worried the children said what mum wanted them to hear and she did not know how to check. We talked about seeing children on their own and about her confidence. Portfolio reflection on the visit due next month.';

describe('a record about the worker', () => {
  it('the lexicon reads a case mentioned in passing as child focus; the whole scorer does not, and says why', () => {
    expect(lexOnly.explain(ABOUT_WORKER, null).childFocus).toContain('the children said');
    expect(lexOnly.scoreRecord(ABOUT_WORKER, null).childFocus).toBe(true);
    expect(scorer.scoreRecord(ABOUT_WORKER, null).childFocus).toBe(false);
    expect(scorer.explain(ABOUT_WORKER, null).worker).toBe('ASYE');
    expect(explanation(scorer, row(ABOUT_WORKER))).toContain('(the record is about the worker: “ASYE”)');
  });

  it('the same words opening a case discussion keep their child focus', () => {
    const t =
      'Supervision re Hannah (9). Hannah said she has been waking at night since the move. We talked about sleep and a bedtime routine.';
    expect(scorer.scoreRecord(t, null).childFocus).toBe(true);
    expect(scorer.explain(t, null).worker).toBeUndefined();
    expect(explanation(scorer, row(t))).not.toContain('about the worker');
  });

  it("only the first sentence says whose record it is: a worker word later does not make it the worker's", () => {
    const t =
      'Supervision re Hannah (9). Hannah said she has been waking at night since the move. Sickness in the team means a co-worker will visit next.';
    expect(scorer.explain(t, null).worker).toBeUndefined();
    expect(scorer.scoreRecord(t, null).childFocus).toBe(true);
  });

  it("a word of the lexicon's worker class opens a record about the worker; a lexicon without the class has none", () => {
    const t =
      'Wellbeing check-in with Ola after the office move. Ola said she feels more settled and is sleeping better. Reduced caseload to continue to the end of the month.';
    expect(scorer.explain(t, null).worker).toBe('Wellbeing');
    expect(scorer.scoreRecord(t, null).childFocus).toBe(false);
    const raw = JSON.parse(readFileSync('data/supervision-lexicon.json', 'utf8')) as {
      wordClasses: Record<string, string[]>;
    };
    delete raw.wordClasses.worker;
    expect(createScorer(compileLexicon(raw)).explain(t, null).worker).toBeUndefined();
  });

  it("a child's own words and doings told in a worker's supervision can still give child focus (the model weighs them)", () => {
    const t =
      'ASYE supervision - Priya, month 7. Case discussed: Leo (6). On the visit Leo showed Priya his bedroom, hid under the duvet when dad shouted downstairs and told her "I go quiet so he forgets me". Priya noticed she wanted to reassure him straight away. We thought about what Leo\'s hiding tells us about his days at home.';
    expect(scorer.scoreRecord(t, null).childFocus).toBe(true);
  });
});
