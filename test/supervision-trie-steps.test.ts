import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../rules/lib/supervisionText.js';
import { addPhrase, compilePhrase, newPhrases, type PhraseTrie, WordSteps } from '../rules/lib/supervisionTrie.js';
import type { CompiledLexicon } from '../rules/lib/supervisionLexicon.js';
import { isReason } from '../rules/lib/supervisionReason.js';
import { wordPacks, WordTable } from '../rules/lib/supervisionWords.js';
import {
  ATTRIBUTIVE,
  AUXILIARIES,
  CHILD_HOLDERS,
  KIND,
  LINKS,
  OWN_VOICE,
  POSSESSIVE_PRONOUNS,
  PRACTITIONERS,
  PREPOSITIONS,
  PRONOUNS,
  REPORT_LINKS,
  REPORTS,
  SEEING,
} from '../rules/lib/supervisionMatchWords.js';

/** Every node of a trie, root first. */
function nodesOf(root: PhraseTrie): PhraseTrie[] {
  const out: PhraseTrie[] = [];
  const visit = (n: PhraseTrie): void => {
    out.push(n);
    for (const c of n.words.values()) visit(c);
    for (const e of n.prefixes) visit(e.node);
    for (const e of n.slots) visit(e.node);
  };
  visit(root);
  return out;
}

describe('WordSteps (the matcher’s table of word steps)', () => {
  it('leads from every node of the project lexicon by every word exactly where the trie’s own Map does', () => {
    const { phrases } = loadLexicon();
    const steps = new WordSteps(phrases.root, phrases.vocabulary.size);
    const nodes = nodesOf(phrases.root);
    let found = 0;
    const wrong: string[] = [];
    for (const node of nodes)
      for (let id = 0; id < phrases.vocabulary.size; id++) {
        const want = node.words.get(id);
        if (steps.step(node, id) !== want) wrong.push(`node ${node.index}, word ${id}`);
        if (want !== undefined) found++;
      }
    expect(wrong).toEqual([]);
    // A trie of hundreds of phrases: the table holds every one of its word steps.
    expect(found).toBe(nodes.reduce((n, node) => n + node.words.size, 0));
    expect(found).toBeGreaterThan(500);
  });

  it('works on a small trie with prefix and slot steps between word steps', () => {
    const phrases = newPhrases();
    addPhrase(phrases, 'childFocus', compilePhrase('{name} said'));
    addPhrase(phrases, 'reflection', compilePhrase('explor* why'));
    addPhrase(phrases, 'timescales', compilePhrase('by close of play'));
    const steps = new WordSteps(phrases.root, phrases.vocabulary.size);
    const id = (w: string): number => phrases.vocabulary.get(w)!;
    const by = steps.step(phrases.root, id('by'))!;
    expect(by).toBe(phrases.root.words.get(id('by')));
    expect(steps.step(by, id('close'))).toBe(by.words.get(id('close')));
    expect(steps.step(by, id('play'))).toBeUndefined();
    const named = phrases.root.slots[0]!.node;
    expect(steps.step(named, id('said'))).toBe(named.words.get(id('said')));
    const explored = phrases.root.prefixes[0]!.node;
    expect(steps.step(explored, id('why'))).toBe(explored.words.get(id('why')));
    expect(steps.step(explored, id('said'))).toBeUndefined();
  });
});

describe('the speed-work tables agree with what they stand for (issue 22)', () => {
  it('WordSteps holds every node’s ends, masks, prefix and slot steps as numbers, leading where the trie does', () => {
    const { phrases } = loadLexicon();
    const steps = new WordSteps(phrases.root, phrases.vocabulary.size);
    const nodes = nodesOf(phrases.root);
    const wrong: string[] = [];
    for (const node of nodes) {
      const i = node.index;
      if (steps.ends[i] !== node.ends || steps.wordMask[i] !== node.wordMask || steps.slotMask[i] !== node.slotMask)
        wrong.push(`node ${i}: ends or masks`);
      const slots: [number, number][] = [];
      for (let q = steps.slotFrom[i]!; q < steps.slotFrom[i + 1]!; q++)
        slots.push([steps.slotBit[q]!, steps.slotNext[q]!]);
      if (JSON.stringify(slots) !== JSON.stringify(node.slots.map((e) => [e.bit, e.node.index])))
        wrong.push(`node ${i}: slot steps`);
      const prefixes: [string, number][] = [];
      for (let q = steps.prefixFrom[i]!; q < steps.prefixFrom[i + 1]!; q++)
        prefixes.push([steps.prefix[q]!, steps.prefixNext[q]!]);
      if (JSON.stringify(prefixes) !== JSON.stringify(node.prefixes.map((e) => [e.prefix, e.node.index])))
        wrong.push(`node ${i}: prefix steps`);
      for (const [id, child] of node.words) if (steps.next(i, id) !== child.index) wrong.push(`node ${i}: word ${id}`);
    }
    expect(wrong).toEqual([]);
    // The project lexicon has prefix and slot steps (not only word steps) for this to test.
    expect(steps.prefix.length).toBeGreaterThan(5);
    expect(steps.slotBit.length).toBeGreaterThan(100);
    // A word that no step names from the root leads nowhere.
    expect(steps.next(0, phrases.vocabulary.size - 1 + 1)).toBe(-1);
  });

  it('a word’s KIND bits and name are exactly the matcher’s lists and nameOf', () => {
    const lex = loadLexicon();
    const table = new WordTable(lex);
    const lists: [ReadonlySet<string>, number][] = [
      [PRONOUNS, KIND.pronoun],
      [ATTRIBUTIVE, KIND.attributive],
      [PRACTITIONERS, KIND.practitioner],
      [SEEING, KIND.seeing],
      [PREPOSITIONS, KIND.preposition],
      [POSSESSIVE_PRONOUNS, KIND.possessivePronoun],
      [REPORT_LINKS, KIND.reportLink],
      [REPORTS, KIND.report],
      [OWN_VOICE, KIND.ownVoice],
      [LINKS, KIND.link],
      [CHILD_HOLDERS, KIND.childHolder],
      [lex.family, KIND.family],
      [AUXILIARIES, KIND.auxiliary],
    ];
    const words = new Set<string>(['table', "kelly's", 'kelly', "mum's", 'Mum', 'HE', "Jade's"]);
    for (const [list] of lists) for (const w of list) words.add(w);
    const wrong: string[] = [];
    for (const raw of words) {
      const { hi, lo } = wordPacks(raw, 0, raw.length);
      const info = table.find(raw, 0, raw.length, hi, lo);
      const w = raw.toLowerCase();
      let want = w.endsWith("'s") ? KIND.possessive : 0;
      for (const [list, bit] of lists) if (list.has(w)) want |= bit;
      if (info.kinds !== want) wrong.push(`${raw}: kinds ${info.kinds}, want ${want}`);
      if (info.name !== (w.endsWith("'s") ? w.slice(0, -2) : w)) wrong.push(`${raw}: name ${info.name}`);
    }
    expect(wrong).toEqual([]);
    const find = (w: string) => table.find(w, 0, w.length, wordPacks(w, 0, w.length).hi, wordPacks(w, 0, w.length).lo);
    expect(find('table').kinds).toBe(0);
    expect(find("Kelly's").name).toBe('kelly');
  });

  it('isReason’s filter lets every reasoning word through, for each lexicon in turn', () => {
    const lexOf = (words: string[]) => ({ reasoning: new Set(words) }) as unknown as CompiledLexicon;
    // Long words share the last filter entry; '' has a bit of its own; an apostrophe word too.
    const a = lexOf(['because', 'so', 'given', 'notwithstandingnessesandmoreletters', "that's", '']);
    const b = lexOf(['therefore', 'given']);
    for (const w of a.reasoning) expect(isReason(a, '', w, '')).toBe(true);
    for (const w of ['becausf', 'sp', 'table', 'notwithstandingnessesandmorelettersx', 'thats', 'therefore'])
      expect(isReason(a, '', w, '')).toBe(false);
    // Another lexicon's set: the filter is rebuilt, not reused.
    expect(isReason(b, '', 'therefore', '')).toBe(true);
    expect(isReason(b, '', 'because', '')).toBe(false);
    expect(isReason(a, '', 'because', '')).toBe(true);
    // The project lexicon: every reasoning word gives a reason between neutral neighbours ("due"
    // only as "due to", round 10: "baby due August" gives none).
    const lex = loadLexicon();
    for (const w of lex.reasoning) expect(isReason(lex, 'we', w, 'to')).toBe(true);
    expect(isReason(lex, 'baby', 'due', 'august')).toBe(false);
    expect(isReason(lex, 'same', 'as', 'before')).toBe(false);
    expect(isReason(lex, 'worried', 'because', 'she')).toBe(true);
  });
});
