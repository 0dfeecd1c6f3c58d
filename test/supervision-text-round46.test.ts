/**
 * Issue 22, round 46 (s22-pron): a pronoun's words after the child named by role. Round 39's own-words rule
 * (rules/lib/supervisionFocusSentence.ts) skipped a cue opening with a pronoun, since a pronoun may be anyone's; so
 * F01 of the project's 68 labelled records ("CHILD SEEN ALONE ON [date], SAID SHE IS HAPPY AT SCHOOL BUT WORRIED
 * ABOUT MUM") rested on the model's margin (+0.0008 under round 45's model, -0.0008 under a retrain). Now the pronoun
 * counts for the child where it stands for the child (rules/lib/supervisionAntecedent.ts): the child by role (the
 * lexicon's `childrole` word class), someone seen alone (its `alone` class), a name the sentence gives as the child's;
 * never an adult ("Mum said she ...", "Sarah (mother) ... she said"). The checks that matter run under models whose
 * child-focus words weigh 1 less each, or whose sum is put at -0.75, past round 42's bound: the rule must carry them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultModelFile, type ModelFile } from '../rules/lib/supervisionModel.js';
import { compileLexicon, type Lexicon } from '../rules/lib/supervisionLexicon.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { editedModel } from './helpers/supervisionScoring.js';

const lex = loadLexicon();
const committed = createScorer(lex);

/** Every child-focus word and bigram weighs 1 less: the model's words argue against child focus in any record. */
const wordsAgainst = (file: ModelFile): void => {
  const c = file.criteria.childFocus!;
  for (const k of Object.keys(c.weights)) if (!/^(mention|undone|lexicon|heading|cue):/.test(k)) c.weights[k]! -= 1;
};
/** The child-focus bias lowered by 2: every record's sum far under round 42's bound of -0.5. */
const biasAgainst = (file: ModelFile): void => {
  file.criteria.childFocus!.bias -= 2;
};
const withoutOwnWords = (file: ModelFile): void => {
  delete file.criteria.childFocus!.sentenceRule!.ownWords;
};
const against = createScorer(lex, editedModel(wordsAgainst)),
  lowered = createScorer(lex, editedModel(biasAgainst)),
  againstBefore = createScorer(
    lex,
    editedModel((f) => {
      wordsAgainst(f);
      withoutOwnWords(f);
    }),
  );
type Scorer = ReturnType<typeof createScorer>;
/** A scorer whose model puts `text`'s child-focus sum at `sum` (only the bias moves), as round 42's test does. */
function at(text: string, sum: number): Scorer {
  const w = committed.weigh(text, null).get('childFocus')!;
  const now = defaultModelFile()!.criteria.childFocus!.bias + w.weighed.reduce((s, x) => s + x.weight, 0);
  return createScorer(
    lex,
    editedModel((f) => {
      f.criteria.childFocus!.bias += sum - now;
    }),
  );
}
const cf = (s: Scorer, text: string, actions: string | null = null): boolean => s.scoreRecord(text, actions).childFocus;

const F01 = (
  JSON.parse(readFileSync('test/fixtures/supervision-corpus.json', 'utf8')) as {
    records: { id: string; recordText: string; actions: string; expected: { childFocus: boolean } }[];
  }
).records.find((r) => r.id === 'F01')!;

// Written for this test, each of 20 words or more (so the model, not the lexicon alone, decides a bare cue): the
// kind, a pronoun's words after the child by role, seen alone, or named with an age.
const KIND = [
  'CASE DISCUSSED IN SUPERVISION. CHILD SEEN ALONE, SAID SHE IS HAPPY AT SCHOOL BUT WORRIED ABOUT MUM. RISK REMAINS MODERATE. PLAN TO CONTINUE.',
  'Home visit 3/3. Seen Ava alone in her room - she said she misses her nan and wants to see her at weekends. Mum tired but coping.',
  'Core group held. Child seen at home, said he likes his new school and has made two friends there. Housing still outstanding.',
  'Supervision 2/3. Seen alone at school, she said she sleeps better since the new bunk beds arrived. Plan continues and the core group meets next month.',
  'Visit 12/2. The young person was seen in his room and he told me he wants to stay with his nan until the summer.',
  'Case update. Ellis (9) was quiet at first, then he said dad shouts at night and he hides under the stairs.',
  'Supervision 4/4. SW saw the child alone, she said that her stepdad hurts her mum and she is frightened at night.',
];
// Near misses: the pronoun stands for an adult (a subject, or the one seen alone), for no one named, for children
// when it is one person, or follows a child named only as an object or a service.
const NEAR = [
  'Supervision 4/4. Mum said she is happy with the new flat but worried about money, the rent arrears and the damp in the back bedroom.',
  'Home visit. Sarah (mother) was seen at home, she said she is struggling with the children and wants respite at weekends from the family support team.',
  'HOME VISIT ON 3/3. MUM SEEN ALONE, SAID SHE IS STRUGGLING WITH THE CHILDREN AND WANTS RESPITE AT WEEKENDS. HOUSING STILL OUTSTANDING.',
  'Joint visit on 3/3. Spoke to dad alone, he said he wants more contact with the children at weekends and is angry about the delays.',
  'Case discussion. Renata says the children are fine and she does not want social services involved any longer, she is angry about the visits.',
  'Reflective supervision. I worked with a child on the ward last week, she said she felt useless and could not help; we talked about it.',
  'Case discussion 3/3. The child protection conference was held, she said she is relieved the plan continues and wants the school to stay involved.',
  'Supervision 3/3. She said she is happy at school but worried about mum and the rows at home, and wants to see her nan more often.',
];

describe("round 46: a pronoun's words after the child named by role", () => {
  it('the lexicon holds the two word classes a council extends', () => {
    const raw = JSON.parse(readFileSync('data/supervision-lexicon.json', 'utf8')) as Lexicon & {
      wordClasses: Record<string, string[]>;
    };
    expect(raw.wordClasses.childrole).toEqual(expect.arrayContaining(['child', 'baby', 'yp', 'children']));
    expect(raw.wordClasses.alone).toEqual(['alone']);
  });

  it("F01 keeps child focus however the model's words or margin fall (it rested on +0.0008)", () => {
    expect(F01.expected.childFocus).toBe(true);
    expect(cf(committed, F01.recordText, F01.actions)).toBe(true);
    expect(cf(against, F01.recordText, F01.actions)).toBe(true);
    expect(cf(lowered, F01.recordText, F01.actions)).toBe(true);
    expect(cf(against, F01.recordText, null)).toBe(true);
    // Without the own-words rule the same models take it away: the rule carries it.
    expect(cf(againstBefore, F01.recordText, F01.actions)).toBe(false);
  });

  it("the kind: the pronoun's words count for the child under models that argue against child focus", () => {
    for (const text of KIND) {
      expect(cf(committed, text), text).toBe(true);
      expect(cf(against, text), text).toBe(true);
      expect(cf(lowered, text), text).toBe(true);
      // Without the own-words rule the same model takes it away: the rule carries it.
      expect(cf(againstBefore, text), text).toBe(false);
      // The explanation names no "model alone" (round 23's bare names) where the rule held.
      expect(against.explain(text, null).bare, text).toBeUndefined();
    }
  });

  it("near misses: an adult's words, an object, a service, a pronoun with no one before it", () => {
    for (const text of NEAR) {
      expect(cf(against, text), text).toBe(false);
      expect(cf(lowered, text), text).toBe(false);
    }
  });

  it('a name the pronoun stands for counts only where the record gives it as the child’s', () => {
    // "Rasa says she is relieved": a mother named without a role, not the record's first-named person; the
    // pronoun's words are hers. Not even inside round 42's bound (a sum of -0.25), where a child's voiced cue stands.
    const parent =
      'Supervision 10/9 - Claire R / Tomasz N. Strategy discussion held, S47 completed and Andrius has moved out. Rasa says she is relieved but scared about money.';
    expect(cf(at(parent, -0.25), parent)).toBe(false);
    expect(cf(against, parent)).toBe(false);
    // The same words where the record gives Rasa as the child ("Rasa's voice").
    const child = `${parent} Rasa's voice is clear in the plan.`;
    expect(cf(against, child)).toBe(true);
  });

  it('without the word classes the pronoun is judged as before; a council adds its own role words', () => {
    const raw = JSON.parse(readFileSync('data/supervision-lexicon.json', 'utf8')) as Lexicon & {
      wordClasses: Record<string, string[]>;
    };
    const pupil = 'SCHOOL VISIT. PUPIL SEEN IN CLASS, SAID SHE IS HAPPY AT SCHOOL BUT WORRIED ABOUT MUM AND THE ROWS.';
    const own = createScorer(
      compileLexicon({
        ...raw,
        wordClasses: { ...raw.wordClasses, childrole: [...raw.wordClasses.childrole!, 'pupil'] },
      }),
      editedModel(wordsAgainst),
    );
    expect(cf(against, pupil)).toBe(false);
    expect(cf(own, pupil)).toBe(true);
    const without = { ...raw, wordClasses: { ...raw.wordClasses } };
    delete without.wordClasses.childrole;
    delete without.wordClasses.alone;
    expect(cf(createScorer(compileLexicon(without), editedModel(wordsAgainst)), KIND[0]!)).toBe(false);
  });
});
