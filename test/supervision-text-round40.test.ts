/**
 * Issue 22, round 40 (s22-acc44): a word capitalised only because it opens a sentence is that word,
 * not the child's name ("Feed observed by SW", "Closure agreed", "Dietician says"), unless the
 * record also writes it capitalised mid-sentence, where it is a name (a child called Hope, Summer or
 * Ward). The lexicon's `knownWords` list says which words are ordinary. Every sentence here is new,
 * written for this test, not a corpus record.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../src/engine/paths.js';
import { compileLexicon, loadLexicon } from '../rules/lib/supervisionLexicon.js';
import { wordKey } from '../rules/lib/supervisionModel.js';
import { createScorer } from '../rules/lib/supervisionText.js';
import { slotBit } from '../rules/lib/supervisionTrie.js';
import { writtenMidSentence } from '../rules/lib/supervisionKnown.js';

const lex = loadLexicon();
// The lexicon alone (no model): what its {name} phrases find.
const lexiconOnly = createScorer(lex, null);
const NAME = slotBit('name');
/** Whether the record's `k`-th token is read as a name (what the phrases and the model's "<name>" read). */
const nameAt = (text: string, k: number, actions: string | null = null): boolean =>
  (lexiconOnly.modelInput(text, actions).words[k]!.slots & NAME) !== 0;
const focus = (text: string, actions: string | null = null): boolean =>
  lexiconOnly.scoreRecord(text, actions).childFocus;

describe('round 40: a known word opening a sentence is the word', () => {
  it('is no name, so no "{name} observed / says / feels" phrase finds the child', () => {
    expect(lex.knownWords.has('feed')).toBe(true);
    expect(nameAt('Feed observed by SW at the hospital.', 0)).toBe(false);
    expect(focus('Feed observed by SW at the hospital.')).toBe(false);
    expect(focus('Dietician says the new formula is tolerated.')).toBe(false);
    expect(focus('Case discussed. Swap feels the cleanest option for the family.')).toBe(false);
    // The builder's key for the model: the word, not "<name>", so training and scoring read it alike.
    const first = lexiconOnly.modelInput('Closure agreed at panel.', null).words[0]!;
    expect(wordKey(first, () => false)).toBe('closure');
  });

  it("a real child's name opening a sentence is still a name", () => {
    // Not a known word: a name wherever it is written.
    expect(lex.knownWords.has('freya')).toBe(false);
    expect(nameAt('Freya observed playing with her brother.', 0)).toBe(true);
    expect(focus('Freya says she likes her new school.')).toBe(true);
    // A name with 's is never read as the word.
    const names = slotBit('names');
    expect(lexiconOnly.modelInput("Hope's view is that she wants to stay.", null).words[0]!.slots & names).toBe(names);
  });
});

describe('round 40: a known word written capitalised mid-sentence elsewhere is a name', () => {
  it('Hope, Summer, Ward, Grace, Rose: names when the record writes them mid-sentence', () => {
    for (const w of ['hope', 'summer', 'ward']) expect(lex.knownWords.has(w)).toBe(true);
    expect(nameAt('Hope says she is happy at home. Mum and Hope walked to school together.', 0)).toBe(true);
    expect(focus('Hope says she is happy at home. Mum and Hope walked to school together.')).toBe(true);
    expect(nameAt('Summer told me she misses her dad. SW saw Summer at school on Monday.', 0)).toBe(true);
    expect(focus('Summer told me she misses her dad. SW saw Summer at school on Monday.')).toBe(true);
    // Written mid-sentence in the actions column only.
    expect(nameAt('Ward said he feels safer at home now.', 0, 'SW to see Ward alone by 3/4.')).toBe(true);
    expect(focus('Ward said he feels safer at home now.', 'SW to see Ward alone by 3/4.')).toBe(true);
    // Not known words at all: names however they are written.
    expect(focus('Grace says she likes her foster carers.')).toBe(true);
    expect(focus('Rose said she wants to see her nan more.')).toBe(true);
  });

  it('the same words only opening sentences are the words', () => {
    expect(nameAt('Ward wanted discharge home on Friday. Baby is feeding well.', 0)).toBe(false);
    expect(nameAt('Hope remains that mum will engage with the plan.', 0)).toBe(false);
    expect(nameAt('Summer holidays were difficult for the family.', 0)).toBe(false);
    // Lower case mid-sentence is the word, not a name: still the word at the start.
    expect(nameAt('Ward staff say mum visits daily. The ward is busy.', 0)).toBe(false);
  });

  it('mid-sentence means after a word, a comma or a colon, not after a full stop or a line break', () => {
    expect(writtenMidSentence('Mum and Hope went out.', 'Hope', -1)).toBe(true);
    expect(writtenMidSentence('Present: Hope, mum.', 'Hope', -1)).toBe(true);
    expect(writtenMidSentence('Seen. Hope is a word.\nHope again.', 'Hope', -1)).toBe(false);
    // Part of a longer word is not the word.
    expect(writtenMidSentence('mum is Hopeful.', 'Hope', -1)).toBe(false);
    // The token itself (at `skip`) does not count.
    expect(writtenMidSentence('Notes: Hope said.', 'Hope', 7)).toBe(false);
  });
});

describe("round 40: a council's lexicon without knownWords reads capitals as before", () => {
  it('every capitalised word not in notNames stays a name', () => {
    const own = JSON.parse(readFileSync(dataPath('supervision-lexicon.json'), 'utf8')) as Record<string, unknown>;
    delete own.knownWords;
    const scorer = createScorer(compileLexicon(own), null);
    expect(scorer.modelInput('Feed observed by SW at the hospital.', null).words[0]!.slots & NAME).toBe(NAME);
    expect(scorer.scoreRecord('Feed observed by SW at the hospital.', null).childFocus).toBe(true);
  });
});
