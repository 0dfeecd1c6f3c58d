/**
 * Issue 22, round 21 (s22-acc22). Actions: a meeting or review set for a day, with nobody named to
 * do anything, closing its sentence ("Core group 16/2.", "Next review 6 wks."),
 * is an outstanding action with a timescale, as the writers of outside38-45 count it; the same
 * meeting reported with what happened there ("CIN review 4/12 - closed"), held in the past, or
 * opening the record as its own date is not. Every sentence here is new, written for this test, not
 * a corpus record.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { compileLexicon } from '../rules/lib/supervisionLexicon.js';
import { readFileSync } from 'node:fs';

const scorer = createScorer(loadLexicon(), null);
const actions = (t: string): boolean => scorer.scoreRecord(t, null).actions;

describe('actions: a meeting or review set for a day closing its sentence', () => {
  it('counts the event and its day, naming the words', () => {
    for (const t of [
      'Mum has started the parenting course and Jo is back at nursery. Core group 14/3.',
      'Placement stable, Amir settled at college. Next LAC review 03/05/27.',
      'Strategy held, s47 to start. ICPC 11/6.',
      'RAG amber, plan continues. Review 6 wks.',
      'Portfolio nearly done. Second direct observation booked 17/2.',
    ]) {
      expect(actions(t), t).toBe(true);
      expect(scorer.explain(t, null).actions.length, t).toBeGreaterThan(0);
    }
    expect(scorer.explain('Dad engaging. Core group 14/3.', null).actions).toEqual(['group [date]']);
  });

  it('not the meeting reported, held, or opening the record as its date', () => {
    for (const t of [
      'Dad engaging with the programme. CIN review 4/12 - plan working, mum relieved.',
      'Dad engaging with the programme. Core group 19/02 held, plan continues.',
      'CIN review 27/1. Mum and dad agree no further role.',
      'Dad engaging with the programme. The last LAC review 2/2 went well.',
    ]) {
      expect(actions(t), t).toBe(false);
    }
  });

  it('a council names its own events in the word class', () => {
    const raw = JSON.parse(readFileSync(new URL('../data/supervision-lexicon.json', import.meta.url), 'utf8')) as {
      wordClasses: Record<string, string[]>;
    };
    const t = 'Family network meeting went well. Lifelong links gathering 9/5.';
    expect(actions(t)).toBe(false);
    const own = createScorer(
      compileLexicon({
        ...raw,
        wordClasses: { ...raw.wordClasses, events: [...raw.wordClasses.events!, 'gathering'] },
      }),
      null,
    );
    expect(own.scoreRecord(t, null).actions).toBe(true);
  });
});
