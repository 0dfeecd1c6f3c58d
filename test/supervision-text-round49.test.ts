/**
 * Issue 22, round 49 (s22-cf49): child focus's misses on outside102-105 (four writers measured blind in the
 * thirty-first session, development material since), each kind kept only where it also paid on outside2-101.
 *
 * Step 1: the child's voice named as a topic or a need, not heard ("Ellie's voice was discussed at length", "Kacey's
 * voice is included", "her voice needs to be heard", "his wishes must be central - he has not yet been asked"). Every
 * outside writer labels such a record not child-focused where nothing else conveys the child (13 of 13 records with
 * "voice ... discussed/considered/included"), while the lexicon's cue "{childs} voice" found it. The lexicon's
 * `negatedAfter` list now holds the phrases (data a council extends), so the cue is undone as "his voice was not
 * heard" is; a child's words or presentation in the same record still count.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon, type Lexicon } from '../rules/lib/supervisionLexicon.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { editedModel } from './helpers/supervisionScoring.js';

const raw = JSON.parse(readFileSync('data/supervision-lexicon.json', 'utf8')) as Lexicon & { negatedAfter: string[] };
const scorer = createScorer(loadLexicon());
type Scorer = ReturnType<typeof createScorer>;
const cf = (s: Scorer, text: string): boolean => s.scoreRecord(text, null).childFocus;

/** Round 49's phrases: the voice as a topic or a need. */
const TOPIC = [
  'voice was discussed',
  'voice discussed',
  'voices were discussed',
  'voice was considered',
  'voice is included',
  'voice needs to be',
  'wishes must be',
];
/** The lexicon as it was before round 49 (none of the voice's topic phrases). */
const before = createScorer(
  compileLexicon({
    ...raw,
    negatedAfter: raw.negatedAfter.filter((p) => !/^(voices?|wishes) /.test(p) || / (captured|gathered) on$/.test(p)),
  }),
);

// Written for this test: the voice named as a topic, a plan or a need, and nothing of the child's own.
const KIND = [
  "Supervision 19/06/2026, Priya / Carol. Ellie Hodgson - MACE referral made 9 June (done). Strategy meeting held 12/06. Police have identified the male. Ellie's voice was discussed at length. I think the team is right to go to a child protection conference given the phone and the cash. Priya to book ICPC by 26 June.",
  "Management oversight 4/5. Assessment read and agreed, CIN plan to continue. Kacey's voice is included. Service manager sign-off.",
  "Supervision 4/3. Demi Tonkin (16). Demi is staying at her boyfriend's most nights and mum says she cannot stop her. Her voice needs to be heard.",
  "Supervision 30/3. Mason Jenkin (10). Mason's voice was discussed in supervision and we agreed it needs to be stronger in the next assessment.",
  'Case discussion 2/9. Jayden is entitled to be accommodated under s20 if he wants it; his wishes must be central. SW to see him this week.',
  "Supervision 20/5. Kai Bevan (17), CLA, remanded. Kai's voice was discussed. Gareth is to visit the YOI in the new year and seek Kai's views on where he wants to live.",
];
// Near misses: the child's own words, feelings or presentation in the same record, or the voice heard and told.
const NEAR = [
  "Supervision 19/06. Ellie's voice was discussed at length: she said she is scared of the man in the car and wants to stay at nan's.",
  "Supervision 4/3. Demi told the SW she feels safe at Jordan's and does not want to come home. Her voice needs to be heard at the conference.",
  "Supervision 30/3. Mason said he misses his dad and cries at night when contact is cancelled. Mason's voice was discussed and is clear.",
  "Visit 2/3. Mia's voice: she pointed at the picture of the park and laughed, then brought the SW her shoes.",
];

describe("round 49, step 1: the child's voice named as a topic or a need", () => {
  it('the lexicon states the phrases (data a council extends), after the voice word', () => {
    expect(raw.negatedAfter).toEqual(expect.arrayContaining(TOPIC));
  });

  it('the kind: a voice discussed, included or needed counts for nothing; before round 49 it was child focus', () => {
    for (const text of KIND) {
      expect(cf(scorer, text), text).toBe(false);
      expect(cf(before, text), text).toBe(true);
    }
  });

  it("near misses: the child's own words, feelings or doings in the record still count", () => {
    for (const text of NEAR) expect(cf(scorer, text), text).toBe(true);
  });
});

/** Every child-focus word and bigram weighs 1 less: the model's words argue against child focus in any record. */
const wordsAgainst = createScorer(
  loadLexicon(),
  editedModel((file) => {
    const c = file.criteria.childFocus!;
    for (const k of Object.keys(c.weights)) if (!/^(mention|undone|lexicon|heading|cue):/.test(k)) c.weights[k]! -= 1;
  }),
);
// Written for this test: a child's-voice heading the writer filled with a named child's own words with content, in an
// otherwise empty template (the model's words weigh against such records, and round 39's rule trusts a name only
// where the record gives it as the child's).
const HEADED = [
  "CIN SUPERVISION\nDate: 14/12/26\nChild: Harpreet Gill\nChild's voice: Harpreet said he was happy about going to Young Carers.\nAnalysis: Happy.\nActions: N/A",
  "SUPERVISION RECORD. Date: 03/02\nChild: Tia Moss\nChild's voice: Tia told me she wants to stay at nan's on school nights.\nAnalysis: -\nActions: -",
  'Supervision 5/3\nChild: Jack Hale (9)\nVoice of the child: Jack said the new bus to school takes too long and he misses breakfast club.\nAnalysis: n/a',
];
// Near misses: a thin answer under the heading, the same words with no heading, a worker's record, a heading left
// empty and an adult's words after it.
const HEADED_NEAR = [
  "CIN SUPERVISION\nDate: 14/12/26\nChild: Harpreet Gill\nChild's voice: Harpreet said he is fine.\nAnalysis: Happy.\nActions: N/A",
  'CIN SUPERVISION\nDate: 14/12/26\nChild: Harpreet Gill\nHarpreet said he was happy about going to Young Carers.\nAnalysis: Happy.\nActions: N/A',
  "ASYE supervision 14/12. Tom Price\nDev Rai. Child's voice: Tom said he was anxious about the direct observation next week.\nAnalysis: -",
  "Supervision 14/12. Child: Mia Lowe. Child's voice: none recorded. Gemma said she is exhausted and wants short breaks to start soon. Analysis: -",
];

describe("round 49, step 2: a name's own words under a child's-voice heading", () => {
  it('the kind keeps child focus under a model whose words argue against it (it did not before round 49)', () => {
    for (const text of HEADED) {
      expect(cf(scorer, text), text).toBe(true);
      expect(cf(wordsAgainst, text), text).toBe(true);
    }
  });

  it('near misses: a thin answer, no heading, the worker, an empty heading and an adult stay as the model judges', () => {
    for (const text of HEADED_NEAR) expect(cf(wordsAgainst, text), text).toBe(false);
  });
});
