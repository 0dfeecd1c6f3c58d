/**
 * Issue 22: the supervision scorer's model (data/supervision-model.json), built by
 * bench/buildSupervisionModel.ts from the development corpora. The file is what the builder makes
 * (byte for byte), it is trained on the development material only, its judgements are the sign of
 * bias + the weights of the features present (so they can be explained), and it changes only the
 * criteria chosen by leave-one-corpus-out validation, in the ways chosen there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModelText, CONFIG, developmentCorpora } from '../bench/buildSupervisionModel.js';
import { readStyleCorpus } from '../bench/supervisionAccuracy.js';
import { compileLexicon, createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { defaultModelFile, EVIDENCE, type ModelFile } from '../rules/lib/supervisionModel.js';
import { FOCUS_MARGIN, LONG_RECORD } from '../rules/lib/supervisionStanding.js';

const lex = loadLexicon();
const withModel = createScorer(lex);
const lexiconAlone = createScorer(lex, null);
const file = defaultModelFile()!;

describe('the model file', () => {
  const corpora = developmentCorpora();

  it('is what `npm run model` builds from the development corpora, byte for byte', () => {
    expect(buildModelText(corpora)).toBe(readFileSync('data/supervision-model.json', 'utf8'));
    // Training reads every development corpus: ~20 s alone, over a minute on a loaded machine.
  }, 240_000);

  it('is trained on the development material only: never the style corpus test part nor a blind set', () => {
    expect(corpora.map((c) => [c.name, c.records.length])).toEqual([
      ['style-dev', 225],
      ['corpus', 68],
      ['outside', 120],
      ['outside2', 193],
      ['outside3', 291],
      ['outside4', 227],
      ['outside5', 187],
      ['outside6', 200],
      ['outside7', 211],
      ['outside8', 187],
      ['outside9', 203],
      ['outside10', 242],
      ['outside11', 202],
      ['outside12', 195],
      ['outside13', 200],
      ['outside14', 193],
      ['outside15', 200],
      ['outside16', 200],
      ['outside17', 201],
      ['outside18', 200],
      ['outside19', 212],
      ['outside20', 200],
      ['outside21', 200],
      ['outside22', 200],
      ['outside23', 200],
      ['outside24', 200],
      ['outside25', 200],
      ['outside26', 200],
      ['outside27', 200],
      ['outside28', 200],
      ['outside29', 200],
      ['outside30', 200],
      ['outside31', 200],
      ['outside32', 200],
      ['outside33', 200],
      ['outside34', 200],
      ['outside35', 200],
      ['outside36', 200],
      ['outside37', 200],
      ['outside38', 200],
      ['outside39', 200],
      ['outside40', 200],
      ['outside41', 200],
      ['outside42', 200],
      ['outside43', 200],
      ['outside44', 200],
      ['outside45', 200],
      ['outside46', 200],
      ['outside47', 200],
      ['outside48', 200],
      ['outside49', 200],
      ['outside50', 200],
      ['outside51', 200],
      ['outside52', 200],
      ['outside53', 200],
      ['outside54', 200],
      ['outside55', 200],
      ['outside56', 200],
      ['outside57', 200],
      ['outside58', 200],
      ['outside59', 200],
      ['outside60', 200],
      ['outside61', 200],
      ['outside62', 200],
      ['outside63', 200],
      ['outside64', 200],
      ['outside65', 200],
      ['outside66', 200],
      ['outside67', 200],
      ['outside68', 200],
      ['outside69', 200],
      ['outside70', 200],
      ['outside71', 200],
      ['outside72', 200],
      ['outside73', 200],
      ['outside74', 200],
      ['outside75', 200],
      ['outside76', 200],
      ['outside77', 200],
      ['outside78', 200],
      ['outside79', 200],
      ['outside80', 200],
      ['outside81', 200],
      // Round 42 (s22-acc46): outside82-93 in the training (TRAINED_BEFORE = 'outside94').
      ['outside82', 200],
      ['outside83', 200],
      ['outside84', 200],
      ['outside85', 200],
      ['outside86', 200],
      ['outside87', 200],
      ['outside88', 200],
      ['outside89', 200],
      ['outside90', 200],
      ['outside91', 200],
      ['outside92', 200],
      ['outside93', 200],
      // Round 48 (s22-train): outside94-101 in the training (TRAINED_BEFORE = 'outside102').
      ['outside94', 200],
      ['outside95', 200],
      ['outside96', 200],
      ['outside97', 200],
      ['outside98', 200],
      ['outside99', 200],
      ['outside100', 200],
      ['outside101', 200],
      // Round 49 (s22-cf49): outside102-105 in the training (TRAINED_BEFORE = 'outside106').
      ['outside102', 200],
      ['outside103', 200],
      ['outside104', 200],
      ['outside105', 200],
      // Round 51 (s22-mod51): outside106-109 in the training (TRAINED_BEFORE = 'outside110').
      ['outside106', 200],
      ['outside107', 200],
      ['outside108', 200],
      ['outside109', 200],
    ]);
    expect(readStyleCorpus().filter((r) => r.part === 'dev')).toHaveLength(225);
  });

  it('judges child focus, reflection and reviews; actions and copying stay the lexicon and the contract', () => {
    expect(Object.keys(file.criteria).sort()).toEqual([...CONFIG.criteria].sort());
    expect(Object.keys(file.criteria)).not.toContain('actions');
    // A name, a number or a date folds to one key: no single child's name carries weight.
    const keys = Object.keys(file.criteria.childFocus!.weights);
    expect(keys).toContain('<name>');
    for (const name of ['jayden', 'lily', 'tyler', 'poppy']) expect(keys).not.toContain(name);
    expect(keys.filter((k) => /\d/.test(k))).toEqual([]);
  });
});

describe('judgements with the model', () => {
  it('finds child focus the lexicon missed: the young person quoted after her name and age', () => {
    // Round 40: outside5's "Chloe-Ann 16 - 'I want to stay with my boyfriend ...'", tested here before,
    // was found by a margin of hundredths that rested on "Request" (opening its actions) read as a
    // name; read as the word, it falls under. A sentence of the same kind, written for this test:
    const text =
      "Jayden 14 - 'I want to go home to my mum and my brothers, not stay in this placement.' We need to check mum's new address. Last supervision: education referral - done.";
    expect(lexiconAlone.scoreRecord(text, 'SW to visit mum at the new address by 3/4.').childFocus).toBe(false);
    expect(withModel.scoreRecord(text, 'SW to visit mum at the new address by 3/4.').childFocus).toBe(true);
  });

  it('takes away child focus only where the words weigh against it: "wishes recorded" at closure says nothing of the child', () => {
    const text = "Oversight - case closure. All actions complete. Children's wishes recorded. No further role.";
    expect(lexiconAlone.scoreRecord(text, null).childFocus).toBe(true);
    expect(withModel.scoreRecord(text, null).childFocus).toBe(false);
    // However short, what the lexicon rightly finds stands (the words do not argue against it).
    expect(withModel.scoreRecord("The baby's weight has dropped.", null).childFocus).toBe(true);
  });

  it('never takes away reflection or reviews, and never changes actions or copying, on any development record', () => {
    for (const part of [
      'outside',
      'outside2',
      'outside3',
      'outside4',
      'outside5',
      'outside6',
      'outside7',
      'outside8',
      'outside9',
    ] as const)
      for (const r of readStyleCorpus(part)) {
        const a = lexiconAlone.scoreRecord(r.recordText, r.actions),
          b = withModel.scoreRecord(r.recordText, r.actions);
        if (a.reflection) expect(b.reflection, r.id).toBe(true);
        if (a.reviewsPrevious) expect(b.reviewsPrevious, r.id).toBe(true);
        expect(b.actions, r.id).toBe(a.actions);
        // The copy test reads the same 3-shingles, so copying is judged as before.
        expect(b.shingles, r.id).toEqual(a.shingles);
      }
  });

  it('is the sign of bias + the weights of the features present (less a margin for child focus on a long record), which the explanation lists', () => {
    const records = readStyleCorpus('outside6');
    let checked = 0;
    for (const r of records) {
      const weighing = withModel.weigh(r.recordText, r.actions);
      for (const [c, w] of weighing) {
        const model = file.criteria[c]!;
        const sum = w.weighed.reduce((s, x) => s + x.weight, model.bias);
        // Each feature at most once, and every one a key of the model file.
        expect(new Set(w.weighed.map((x) => x.key)).size).toBe(w.weighed.length);
        for (const x of w.weighed) expect(model.weights[x.key]).toBe(x.weight);
        // What the lexicon found is taken away only by a model that may, and only when the words weigh against it.
        const words = w.weighed.filter((x) => !x.key.includes(':')).reduce((s, x) => s + x.weight, 0);
        // Round 22: on a record about the worker (supervisionWhose) the model alone decides child focus;
        // round 23: so too where every child-focus cue is a bare name or pronoun (supervisionStanding).
        const ex = c === 'childFocus' && model.vetoes ? withModel.explain(r.recordText, r.actions) : undefined;
        const alone = ex !== undefined && (ex.worker !== undefined || ex.bare === true);
        // Round 26: child focus the model finds by itself on a long record must clear FOCUS_MARGIN.
        const long = withModel.modelInput(r.recordText, r.actions).words.length >= LONG_RECORD;
        const margin = c === 'childFocus' && long ? FOCUS_MARGIN : 0;
        expect(w.present, `${r.id} ${c}`).toBe(sum > margin || (w.lexicon && !alone && (!model.vetoes || words >= 0)));
        checked++;
      }
    }
    expect(checked).toBe(records.length * CONFIG.criteria.length);
    // The evidence features are named as the model file names them.
    expect(EVIDENCE).toContain('lexicon:childFocus');
  });

  it("a council's own phrase weighs as its phrase set does", () => {
    const json = JSON.parse(readFileSync('data/supervision-lexicon.json', 'utf8')) as { reflection: string[] };
    json.reflection = [...json.reflection, 'formulation shows'];
    const council = compileLexicon(json);
    const text = 'Formulation shows the escalation follows contact with dad.';
    expect(createScorer(lex).scoreRecord(text, null).reflection).toBe(false);
    expect(createScorer(council).scoreRecord(text, null).reflection).toBe(true);
    const model: ModelFile = file;
    expect(model.criteria.reflection!.weights['lexicon:reflection']).toBeGreaterThan(0);
  });

  it("never takes away what a council's own child-focus phrase found; the project's own lexicon it may", () => {
    // The model learnt its veto against the project's lexicon; a council's phrase it has never seen
    // counts at least as strongly as the built-in phrases of its class, which the model only adds to.
    const json = JSON.parse(readFileSync('data/supervision-lexicon.json', 'utf8')) as { childFocus: string[] };
    expect(lex.addsChildFocus).toBe(false);
    const text = 'Case discussed. No change. Continue with plan.';
    expect(withModel.weigh(text, null).get('childFocus')!.present).toBe(false);
    json.childFocus = [...json.childFocus, 'case discussed'];
    const council = compileLexicon(json);
    expect(council.addsChildFocus).toBe(true);
    expect(createScorer(council, null).scoreRecord(text, null).childFocus).toBe(true);
    expect(createScorer(council).scoreRecord(text, null).childFocus).toBe(true);
    // Without the exemption, the model's words weigh against the council's phrase and it would be taken away.
    const words = createScorer(council).weigh(text, null).get('childFocus')!.weighed;
    expect(words.filter((w) => !w.key.includes(':')).reduce((s, w) => s + w.weight, 0)).toBeLessThan(0);
    // The scorer cannot tell which phrase found a record's child focus, so with a council's own
    // phrases it takes nothing away, the project's phrases included ("wishes recorded" at closure,
    // which it takes away with the project's lexicon, above).
    expect(
      createScorer(council).scoreRecord(
        "Oversight - case closure. All actions complete. Children's wishes recorded. No further role.",
        null,
      ).childFocus,
    ).toBe(true);
  });
});
