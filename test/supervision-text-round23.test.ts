/**
 * Issue 22, round 23 (s22-acc24): when the lexicon's child-focus finding stands by itself. A cue
 * resting only on a bare name or a pronoun with a verb ("Dev felt humiliated", "she said") names
 * someone, often the worker or a parent; the model, weighing the whole record, decides it. A cue
 * naming the child's own account ("Amir told me", "Sofia's wish", a word of the lexicon's
 * `account` class), the child by role, or a child's-voice heading still stands, and so does any
 * cue on a record of a line or two (under MIN_WORDS words), which the model cannot judge. Every
 * sentence here is new, written for this test, not a corpus record.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { compileLexicon } from '../rules/lib/supervisionLexicon.js';
import { explanation } from '../rules/lib/supervisionExcerpts.js';
import { MIN_WORDS } from '../rules/lib/supervisionStanding.js';
import type { SupervisionRow } from '../src/model/tables.js';

const scorer = createScorer(loadLexicon());
const lexOnly = createScorer(loadLexicon(), null);
const row = (recordText: string): SupervisionRow => ({ recordText, actions: null }) as unknown as SupervisionRow;

const WORKER_FELT =
  'Kolb cycle with Dev after the hearing. Experience: the final hearing ran late and the judge criticised the statement. Dev felt humiliated and stayed quiet in the car. Thinking: we looked at which parts were opinion rather than evidence. Plan: Dev to redraft the analysis section by Friday 12/03.';
const CHILD_TOLD =
  'Kolb cycle with Dev after the hearing. Experience: the final hearing ran late. Amir told me he is frightened of the dark since the move and sleeps with the landing light on. Thinking: we looked at his routine. Plan: Dev to see Amir at school by Friday 12/03.';
const VISIT =
  'Supervision re the Okafor children. Home visit on Tuesday with mum present throughout; the flat was tidy and the fridge had food in it. ';
const WISH = `${VISIT}Sofia's wish is to go back to her old school where her friends are. Plan: SW to speak to the school by 14/03.`;

describe('a cue by a bare name or pronoun', () => {
  it("the lexicon reads the worker's feeling as child focus; the whole scorer lets the model decide, and says why", () => {
    expect(lexOnly.explain(WORKER_FELT, null).childFocus).toEqual(['dev felt']);
    expect(lexOnly.scoreRecord(WORKER_FELT, null).childFocus).toBe(true);
    expect(scorer.scoreRecord(WORKER_FELT, null).childFocus).toBe(false);
    expect(scorer.explain(WORKER_FELT, null).bare).toBe(true);
    expect(explanation(scorer, row(WORKER_FELT))).toContain('(the child named only by a name or pronoun)');
  });

  it("the child's own account told to the worker stands", () => {
    expect(scorer.explain(CHILD_TOLD, null).childFocus).toEqual(['amir told me']);
    expect(scorer.explain(CHILD_TOLD, null).bare).toBeUndefined();
    expect(scorer.scoreRecord(CHILD_TOLD, null).childFocus).toBe(true);
    expect(explanation(scorer, row(CHILD_TOLD))).not.toContain('name or pronoun');
  });

  it('a one-line record keeps its cue: the model would doubt it for want of words', () => {
    const t = 'Finn observed to be pale and quiet throughout.';
    expect(t.split(' ').length).toBeLessThan(MIN_WORDS);
    expect(scorer.explain(t, null).bare).toBeUndefined();
    expect(scorer.scoreRecord(t, null).childFocus).toBe(true);
  });

  it('the child by role, or text under a child’s-voice heading, stands as before', () => {
    const role = `${VISIT}The youngest was tearful and clung to mum when the worker arrived. Plan: SW to speak to the school by 14/03.`;
    expect(scorer.explain(role, null).bare).toBeUndefined();
    expect(scorer.scoreRecord(role, null).childFocus).toBe(true);
    const heading = `Child's voice: Sofia is fed up with the long bus ride and misses her old friends.\n${VISIT}`;
    expect(scorer.explain(heading, null).bare).toBeUndefined();
    expect(scorer.scoreRecord(heading, null).childFocus).toBe(true);
  });

  it("a word of the lexicon's account class keeps a named cue standing; without the class the model decides", () => {
    expect(scorer.explain(WISH, null).bare).toBeUndefined();
    expect(scorer.scoreRecord(WISH, null).childFocus).toBe(true);
    const raw = JSON.parse(readFileSync('data/supervision-lexicon.json', 'utf8')) as {
      wordClasses: Record<string, string[]>;
    };
    delete raw.wordClasses.account;
    expect(createScorer(compileLexicon(raw)).explain(WISH, null).bare).toBe(true);
  });

  it('the child observed on a longer record is still child focus when the record says more of the child', () => {
    const t = `${VISIT}Sofia was tearful and clung to mum when the worker arrived, then showed the worker her drawings and talked about her new friends.`;
    expect(scorer.scoreRecord(t, null).childFocus).toBe(true);
  });
});
