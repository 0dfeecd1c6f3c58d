/**
 * Issue 22, round 17 (s22-acc17). Reviews of the last actions told as an earlier agreement and its
 * fate ("Last month we agreed ... He did", "the action was to", "My direction of 10/11 ... not
 * followed"); and child focus: a record about an unborn baby ("unborn", "EDD") has none, since the
 * baby has no experience to record yet, unless it says the baby has since been born ("born 3/2").
 * Every sentence here is new, written for this test, not a corpus record.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { compileLexicon } from '../rules/lib/supervisionLexicon.js';
import { explanation } from '../rules/lib/supervisionExcerpts.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { readFileSync } from 'node:fs';

const scorer = createScorer(loadLexicon());
const lexOnly = createScorer(loadLexicon(), null);
const score = (t: string) => scorer.scoreRecord(t, null);

describe('reviews: an earlier agreement named with what became of it', () => {
  it('the lexicon finds the earlier task told in other words', () => {
    for (const t of [
      'Last month we agreed Sam would ring the college about a place. He did on 3/4 and starts in May.',
      'Last time Priya was going to finish the chronology. Done and on file.',
      "We'd agreed the family group conference would go ahead before Easter; it was held on 2/4.",
      'The action was to see the boys apart from their father. Seen at school on 12/3.',
      'My direction of 14/2 (legal gateway referral) has not happened; chase by Friday.',
      'Update since last time: the nursery place started on Monday.',
    ]) {
      expect(lexOnly.explain(t, null).reviewsPrevious.length, t).toBeGreaterThan(0);
    }
  });

  it('the whole scorer (model and lexicon) calls them reviews', () => {
    expect(score('Last month we agreed Sam would ring the college about a place. He did on 3/4.').reviewsPrevious).toBe(
      true,
    );
    expect(score('Last time Priya was going to finish the chronology. Done and sent to the IRO.').reviewsPrevious).toBe(
      true,
    );
  });

  it('an agreement made today, or one to come, is no review', () => {
    for (const t of [
      'We agreed today that Sam will ring the college by Friday.',
      'Next month we will look again at the contact plan.',
    ]) {
      expect(lexOnly.explain(t, null).reviewsPrevious, t).toEqual([]);
    }
  });
});

describe('child focus: an unborn baby', () => {
  it('a record about an unborn baby has no child focus: what the mother feels is hers, the baby has no experience yet', () => {
    const t =
      'EDD 02/05 - unborn of Kerry. Kerry was seen at home, she was tearful and said she is scared. The baby is moving well per the midwife.';
    // The lexicon reads "she was tearful" as a child's feeling; the record is about the unborn baby.
    expect(lexOnly.explain(t, null).childFocus).toContain('she was tearful');
    expect(score(t).childFocus).toBe(false);
    expect(lexOnly.scoreRecord(t, null).childFocus).toBe(false);
  });

  it('once the record says the baby was born, the baby is a child again', () => {
    const t =
      'Unborn baby plan now in place: baby Ada born 20/3. SW saw Ada on day 4: she cried when undressed and settled at the breast.';
    expect(score(t).childFocus).toBe(true);
  });

  it('the HTML explanation says why', () => {
    const r = {
      recordText:
        'EDD 02/05 - unborn of Kerry. Kerry was seen at home, she was tearful and said she is scared. The baby is moving well per the midwife.',
      actions: null,
    } as unknown as SupervisionRow;
    expect(explanation(scorer, r)).toContain('Child focus: “she was tearful”, none for an unborn baby (“edd”);');
  });

  it('the words are data: a council lexicon without the lists keeps the old reading', () => {
    const json = JSON.parse(readFileSync('data/supervision-lexicon.json', 'utf8')) as Record<string, unknown>;
    delete json.unbornWords;
    const t = 'Pre-birth review, EDD 3/7. Leo (4) said he wants a baby sister and drew her a card.';
    expect(createScorer(compileLexicon(json), null).scoreRecord(t, null).childFocus).toBe(true);
    expect(lexOnly.scoreRecord(t, null).childFocus).toBe(false);
  });
});
