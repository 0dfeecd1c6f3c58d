/**
 * Issue 22, round 39 (s22-acc43): the child's own words kept (rules/lib/supervisionFocusSentence.ts
 * OwnWords). A sentence that reports what the child said with content ("What the child said: she sleeps
 * better since the new bunk beds arrived", "Freya said ...", "Mia's words: 'daddy shouts'") stands alone
 * under round 34b's sentence rule; where its cue names the child by role, or by a name the record gives
 * as the child's ("Freya's lived experience"), the model may not take the lexicon's finding away. A thin
 * quote ("Paige says she is fine") and an adult's words are judged as before. The rule is the model
 * file's (CONFIG.focusSentence.ownWords); the checks that matter run under models whose weights are
 * lowered, so they cannot pass by today's weights alone.
 */
import { describe, expect, it } from 'vitest';
import { CONFIG } from '../bench/buildSupervisionModel.js';
import { defaultModelFile, type ModelFile } from '../rules/lib/supervisionModel.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { editedModel } from './helpers/supervisionScoring.js';

const lex = loadLexicon();
const committed = createScorer(lex);

const model = editedModel;
/** No sentence weighs enough, on a record of any length: the sentence rule alone decides what stands. */
const noSentenceWeighs = (file: ModelFile): void => {
  file.criteria.childFocus!.sentenceRule = { ...file.criteria.childFocus!.sentenceRule!, minSentences: 1, floor: 1e9 };
};
/** Every child-focus word and bigram weighs 1 less: the model's words argue against child focus in any record. */
const wordsAgainst = (file: ModelFile): void => {
  const c = file.criteria.childFocus!;
  for (const k of Object.keys(c.weights)) if (!/^(mention|undone|lexicon|heading|cue):/.test(k)) c.weights[k]! -= 1;
};
const withoutOwnWords = (file: ModelFile): void => {
  delete file.criteria.childFocus!.sentenceRule!.ownWords;
};
const scorerOf = (...edits: ((file: ModelFile) => void)[]) =>
  createScorer(
    lex,
    model((f) => edits.forEach((e) => e(f))),
  );
const floorHigh = scorerOf(noSentenceWeighs),
  floorHighBefore = scorerOf(noSentenceWeighs, withoutOwnWords),
  against = scorerOf(wordsAgainst),
  againstBefore = scorerOf(wordsAgainst, withoutOwnWords);
const cf = (s: ReturnType<typeof createScorer>, text: string, actions: string | null = null): boolean =>
  s.scoreRecord(text, actions).childFocus;

// The generator's planted records (src/generate/supervisionText.ts; seed 4242, 3,000 children: SV00002071, SV00002076).
const GEN_ROLE = [
  "We reviewed last month's actions; the safety plan was updated with the foster carers.",
  'The health visitor has closed her involvement after the developmental check.',
  'What the child said: she sleeps better since the new bunk beds arrived.',
  'On reflection, the previous plan relied too much on self-report; the analysis now weighs what professionals have seen.',
  "We are worried about neglect of Freya's dental and health needs.",
].join(' ');
const GEN_ROLE_ACTIONS = 'Action: update the chronology and case summary by 24/10/2023.';
const GEN_NAMED = [
  'Housing have confirmed the family will move to a two-bedroom flat.',
  "Seen alone at school, Freya said she sleeps better since the new bunk beds arrived; this is Freya's lived experience and must shape the plan.",
  'Analysis: dad and stepmum has engaged with the parenting course, but change has not been sustained for long enough to reduce the risk.',
  "We are worried about the impact of dad and stepmum's drinking on routines and school attendance.",
].join(' ');
const GEN_NAMED_ACTIONS = 'Action: see Freya alone at school by Friday and record what Freya says.';
/** Context sentences with no child-focus words, to take a record over round 34b's eight sentences. */
const CONTEXT = [
  'Core group held with school, health visitor and the family support worker.',
  'The independent reviewing officer has been updated.',
  'Housing have confirmed the move to a larger flat.',
  'Paperwork discussed.',
].join(' ');
const long = (text: string): string => `${CONTEXT} ${text}`;

describe("round 39: the child's own words with content", () => {
  it('the committed model carries the rule the builder writes, weights unchanged', () => {
    expect(CONFIG.focusSentence!.ownWords!.minWords).toBe(2);
    expect(defaultModelFile()!.criteria.childFocus!.sentenceRule).toEqual(
      JSON.parse(JSON.stringify(CONFIG.focusSentence)),
    );
    expect(CONFIG.focusSentence!.ownWords!.reports).toContain('said');
    expect(CONFIG.focusSentence!.ownWords!.thin).toContain('fine');
  });

  it("the generator's planted records keep child focus, long or short, with the committed model", () => {
    expect(cf(committed, GEN_ROLE, GEN_ROLE_ACTIONS)).toBe(true);
    expect(cf(committed, GEN_NAMED, GEN_NAMED_ACTIONS)).toBe(true);
    expect(cf(committed, long(GEN_ROLE), GEN_ROLE_ACTIONS)).toBe(true);
    expect(cf(committed, long(GEN_NAMED), GEN_NAMED_ACTIONS)).toBe(true);
  });

  it('stand alone under the sentence rule when no sentence weighs enough (they fail without the rule)', () => {
    for (const [text, actions] of [
      [long(GEN_ROLE), GEN_ROLE_ACTIONS],
      [long(GEN_NAMED), GEN_NAMED_ACTIONS],
    ] as const) {
      expect(cf(floorHighBefore, text, actions)).toBe(false);
      expect(cf(floorHigh, text, actions)).toBe(true);
      expect(floorHigh.explain(text, actions).thin).toBeUndefined();
    }
  });

  it("are not vetoed by the model's words when the child is named by role or given as the child's", () => {
    for (const [text, actions] of [
      [GEN_ROLE, GEN_ROLE_ACTIONS],
      [GEN_NAMED, GEN_NAMED_ACTIONS],
    ] as const) {
      expect(cf(againstBefore, text, actions)).toBe(false);
      expect(cf(against, text, actions)).toBe(true);
      // The explanation says no "the model alone decided" of a record the rule kept.
      expect(against.explain(text, actions).bare).toBeUndefined();
    }
  });

  it("the issue's phrases: the child's words quoted or reported with content", () => {
    const phrases = [
      "Mia's words: 'daddy shouts'.",
      'Lily asked when she can go home.',
      'The young person told us he wants to live with his nan in Leeds.',
      'What the child said: he misses his older brother and wants to see him at weekends.',
    ];
    for (const p of phrases) {
      expect(cf(committed, p), p).toBe(true);
      expect(cf(floorHigh, p), p).toBe(true);
    }
    // By role or the child's possessive, the model's words cannot take them away; a name alone ("Lily asked") the model decides.
    expect(cf(against, phrases[0]!)).toBe(true);
    expect(cf(against, phrases[2]!)).toBe(true);
    expect(cf(against, phrases[3]!)).toBe(true);
    expect(cf(againstBefore, phrases[3]!)).toBe(false);
  });

  it('a thin quote is judged as before: it does not stand alone, and the model may still veto it', () => {
    for (const p of ['Paige says she is fine.', "Callum said he is 'fine'.", 'What the child said: she is ok.']) {
      expect(cf(committed, p), p).toBe(cf(createScorer(lex, model(withoutOwnWords)), p));
      expect(cf(floorHigh, p), p).toBe(false);
      expect(cf(against, p), p).toBe(false);
    }
  });

  it("an adult's words, a pronoun's and a name's other than the child's do not count as the child's", () => {
    for (const p of [
      'Mum said she sleeps better since the new bunk beds arrived.',
      'Mum said Freya sleeps better since the new bunk beds arrived.',
      'Dad told the conference he wants more contact with his daughter.',
    ]) {
      expect(cf(committed, p), p).toBe(false);
      expect(cf(against, p), p).toBe(false);
    }
    // A pronoun may be anyone's: the model decides, as before.
    const she = 'She said she sleeps better since the new bunk beds arrived.';
    expect(cf(against, she)).toBe(cf(againstBefore, she));
    expect(cf(floorHigh, long(she))).toBe(false);
    // Another name than the record's first-named person's may be an adult's: "Tomasz said Ardit has settled".
    const other = long('Ardit Hoxha seen at the hotel. Tomasz said Ardit has settled at college and likes his carers.');
    expect(cf(floorHigh, other)).toBe(false);
  });

  it("a record that opens as the worker's keeps the model's judgement", () => {
    const asye =
      'ASYE supervision month 6 - Jade. Workload discussed. What the child said: he misses his older brother and wants to see him at weekends.';
    expect(cf(against, asye)).toBe(cf(againstBefore, asye));
    expect(cf(against, asye)).toBe(false);
  });
});
