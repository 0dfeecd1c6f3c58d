import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../rules/lib/supervisionText.js';
import { addPhrase, compilePhrase, newPhrases, type PhraseTrie, WordSteps } from '../rules/lib/supervisionTrie.js';

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
