/**
 * Issue 22, round 34b (s22-acc39): child focus judged by sentence (rules/lib/supervisionFocusSentence.ts).
 * On a record of eight or more of the scorer's sentences, child focus stands only when one sentence's
 * own child-focus words weigh 1.0 or more by the model's weights (1.4 since round 48, in the units of its
 * lower child-focus L2); the setting is the model file's (CONFIG.focusSentence, fixed before its one blind measure). Every record here is new, written for
 * this test: a child named in many thin facts, the same record with one sentence of the child's
 * experience, and the thin record cut under eight sentences.
 */
import { describe, expect, it } from 'vitest';
import { CONFIG } from '../bench/buildSupervisionModel.js';
import { explanation } from '../rules/lib/supervisionExcerpts.js';
import { defaultModelFile, type ModelFile } from '../rules/lib/supervisionModel.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { supervisionReports } from './helpers/supervisionReports.js';

const scorer = createScorer(loadLexicon());
const row = (recordText: string): SupervisionRow => ({ recordText, actions: null }) as unknown as SupervisionRow;
const cf = (text: string): boolean => scorer.scoreRecord(text, null).childFocus;

const THIN_SENTENCES = [
  'Rhys is settled at school.',
  'Rhys enjoys football with his friends.',
  'Rhys sees dad on Saturdays.',
  'Rhys is happy with the arrangements.',
  'Rhys has been eating well.',
  'Rhys attends the youth club.',
  'Rhys seems more relaxed.',
  'Rhys is doing well at school.',
  'SW to visit Rhys next week.',
];
/** Nine sentences, child-focus words in five of them, none of which says what life is like for Rhys. */
const THIN = THIN_SENTENCES.join(' ');
/** The same nine, one of them the child's own account of his experience. */
const VOICE = THIN.replace(
  'Rhys sees dad on Saturdays.',
  'Rhys told me he is scared when dad shouts at night and he hides under his bed.',
);
/** Eight sentences (the rule's bound) and seven (under it). */
const EIGHT = THIN_SENTENCES.filter((_, i) => i !== 7).join(' ');
const SEVEN = THIN_SENTENCES.filter((_, i) => i !== 6 && i !== 7).join(' ');
// Round 42: the model retrained on outside2-93 weighs this sentence most (round 36's retrain named it too).
const NEAREST = '(no one sentence conveys it alone; nearest: “rhys enjoys football with his friends”)';

/** The committed model without its sentence rule: the model file as it was before round 34b. */
function withoutRule(): ModelFile {
  const file = structuredClone(defaultModelFile()!);
  delete file.criteria.childFocus!.sentenceRule;
  return file;
}

describe('round 34b: child focus judged by sentence on a long record', () => {
  it('the committed model carries the registered setting, written by the builder', () => {
    // Round 39 added the child's own words (ownWords) to the rule, its setting unchanged (supervision-text-round39).
    // Round 48: the floor rescaled with the child-focus L2 (weights about 1.4 times heavier), the line kept.
    expect(CONFIG.focusSentence).toMatchObject({ minSentences: 8, floor: 1.4 });
    expect(defaultModelFile()!.criteria.childFocus!.sentenceRule).toMatchObject({ minSentences: 8, floor: 1.4 });
  });

  it('thin child-focus words spread over eight or more sentences lose child focus, and the explanation names the nearest sentence', () => {
    expect(cf(THIN)).toBe(false);
    expect(cf(EIGHT)).toBe(false);
    expect(scorer.explain(THIN, null).thin).toBe('rhys enjoys football with his friends');
    expect(explanation(scorer, row(THIN))).toContain(`Child focus: “rhys enjoys”, `);
    expect(explanation(scorer, row(THIN))).toContain(NEAREST);
  });

  it("one sentence that conveys the child's experience keeps it", () => {
    expect(cf(THIN)).toBe(false);
    expect(cf(VOICE)).toBe(true);
    expect(scorer.explain(VOICE, null).thin).toBeUndefined();
    expect(explanation(scorer, row(VOICE))).not.toContain('no one sentence conveys it alone');
  });

  it('a record under eight sentences is judged as before', () => {
    expect(cf(EIGHT)).toBe(false);
    expect(cf(SEVEN)).toBe(true);
    expect(scorer.explain(SEVEN, null).thin).toBeUndefined();
    const before = createScorer(loadLexicon(), withoutRule());
    expect(before.scoreRecord(SEVEN, null)).toEqual(scorer.scoreRecord(SEVEN, null));
  });

  it('a model file with no sentence rule scores as before: the thin record keeps child focus', () => {
    const before = createScorer(loadLexicon(), withoutRule());
    expect(before.scoreRecord(THIN, null).childFocus).toBe(true);
    expect(before.explain(THIN, null).thin).toBeUndefined();
    expect(explanation(before, row(THIN))).not.toContain('no one sentence conveys it alone');
    // Only child focus moves: the other criteria of the thin record are the same with and without the rule.
    const { childFocus: a, ...restBefore } = before.scoreRecord(THIN, null);
    const { childFocus: b, ...restAfter } = scorer.scoreRecord(THIN, null);
    expect([a, b]).toEqual([true, false]);
    expect(restAfter).toEqual(restBefore);
  });
});

describe('round 34b: the nearest sentence in the reports (spawned CLI)', () => {
  const run = supervisionReports([
    `SVR1,W1,2024-02-01,C1,M1,case,"${THIN}",`,
    `SVR2,W1,2024-02-10,C2,M1,case,"${VOICE}",`,
  ]);

  it('the HTML report names the nearest sentence of the thin record only; JSON and CSV never', () => {
    const { html, json, csv } = run([]);
    expect(html).toContain(NEAREST);
    expect(html.split('no one sentence conveys it alone').length).toBe(2);
    for (const text of [json, csv]) {
      expect(text).not.toContain('no one sentence conveys it alone');
      expect(text).not.toContain('rhys is settled at school');
    }
  });

  it('is left out under --pseudonymise', () => {
    const { html } = run(['--pseudonymise'], { CASEAUDIT_KEY: 'fictional-test-key-0123456789' });
    expect(html).toContain('<html');
    // The thin record is still judged by the rule there (the voice record has child focus).
    expect(html).toContain('Child focus no; Reflection no; Actions with timescales yes');
    expect(html).not.toContain('no one sentence conveys it alone');
    expect(html.toLowerCase()).not.toContain('rhys');
  });
});
