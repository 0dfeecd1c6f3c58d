/**
 * The lexicon's phrases as one trie of word steps, so phrases sharing a first word ("by {date}",
 * "by next {weekday}", ...) are followed together. A step is a whole word, a word prefix
 * ("reflect*") or a placeholder ("{date}").
 */
import { DATE_TOKEN, MONTH_WORDS, NUMBER_WORDS, WEEKDAYS } from './supervisionDates.js';

export const CRITERIA = ['childFocus', 'reflection', 'reviewsPrevious', 'actionCues', 'timescales'] as const;
/**
 * The criteria's phrase sets, reasoned (reflection when their sentence gives a reason), then the phrases that negate a mention they follow or make one they
 * precede a task, and those that make the record one about the worker.
 */
export const PHRASE_SETS = [...CRITERIA, 'reasoned', 'negatedAfter', 'pendingBefore', 'workerRecord'] as const;
export type PhraseSet = (typeof PHRASE_SETS)[number];
/** Phrase sets as bits, so a sentence's hits are one number. */
export const SET_BIT = Object.fromEntries(PHRASE_SETS.map((set, i) => [set, 1 << i])) as Readonly<
  Record<PhraseSet, number>
>;

export const PLACEHOLDERS = ['date', 'n', 'weekday', 'month', 'ordinal', 'name', 'names'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
/** Placeholders as bits, so the slots a word fills are one number. */
export const slotBit = (slot: Placeholder): number => 1 << PLACEHOLDERS.indexOf(slot);

export function slotMatches(slot: Placeholder, w: string): boolean {
  switch (slot) {
    case 'date':
      return w === DATE_TOKEN;
    case 'n':
      return /^\d{1,3}$/.test(w) || NUMBER_WORDS.has(w);
    case 'weekday':
      return WEEKDAYS.has(w);
    case 'month':
      return MONTH_WORDS.has(w);
    case 'ordinal':
      return /^\d{1,2}(?:st|nd|rd|th)$/.test(w);
    // A name depends on how the word is written, so supervisionWords decides it.
    case 'name':
    case 'names':
      return false;
  }
}

type Step = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'slot'; bit: number };

/**
 * A trie node: the phrase sets with a phrase ending here (as bits) and the steps onward. Word
 * steps are keyed by the word's number in the trie's vocabulary (wordBit), so the matcher follows
 * one with an integer lookup, and most words that go nowhere from a node skip even that.
 */
export interface PhraseTrie {
  ends: number;
  readonly words: Map<number, PhraseTrie>;
  /** wordBit of every word step onward, together: a word whose bit is not here has no step. */
  wordMask: number;
  readonly prefixes: { readonly prefix: string; readonly node: PhraseTrie }[];
  readonly slots: { readonly bit: number; readonly node: PhraseTrie }[];
  /** The bits of `slots` together: a word filling none of them need not try each. */
  slotMask: number;
  /** The node's number in its trie's WordSteps (numbered when one is built), -1 before. */
  index: number;
}

/** The phrases' trie and the number of every word a word step names. */
export interface Phrases {
  readonly root: PhraseTrie;
  readonly vocabulary: Map<string, number>;
}

export const newNode = (): PhraseTrie => ({
  ends: 0,
  words: new Map(),
  wordMask: 0,
  prefixes: [],
  slots: [],
  slotMask: 0,
  index: -1,
});
/** A word's bit in a node's wordMask, from its vocabulary number; 0 for a word no step names (-1). */
export const wordBit = (id: number): number => (id < 0 ? 0 : 1 << (id & 31));
export const newPhrases = (): Phrases => ({ root: newNode(), vocabulary: new Map() });

export function addPhrase(phrases: Phrases, set: PhraseSet, steps: readonly Step[]): void {
  let node = phrases.root;
  for (const step of steps) {
    let next: PhraseTrie | undefined;
    if (step.kind === 'word') {
      let id = phrases.vocabulary.get(step.word);
      if (id === undefined) phrases.vocabulary.set(step.word, (id = phrases.vocabulary.size));
      next = node.words.get(id);
      if (!next) {
        node.words.set(id, (next = newNode()));
        node.wordMask |= wordBit(id);
      }
    } else if (step.kind === 'prefix') {
      next = node.prefixes.find((e) => e.prefix === step.prefix)?.node;
      if (!next) node.prefixes.push({ prefix: step.prefix, node: (next = newNode()) });
    } else {
      next = node.slots.find((e) => e.bit === step.bit)?.node;
      if (!next) {
        node.slots.push({ bit: step.bit, node: (next = newNode()) });
        node.slotMask |= step.bit;
      }
    }
    node = next;
  }
  node.ends |= SET_BIT[set];
}

/**
 * A phrase as steps: placeholders kept whole, everything else split into words exactly as record
 * text is. `classes` holds the lexicon's word classes ({feeling}, ...) by name, with their slot bits.
 */
export function compilePhrase(phrase: string, classes: ReadonlyMap<string, number> = new Map()): Step[] {
  const steps: Step[] = [];
  for (const part of phrase
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/(\{[a-z]+\})/)) {
    const slot = /^\{([a-z]+)\}$/.exec(part);
    if (slot) {
      const name = slot[1]!;
      const bit = (PLACEHOLDERS as readonly string[]).includes(name) ? slotBit(name as Placeholder) : classes.get(name);
      if (bit === undefined) {
        const known = [...PLACEHOLDERS, ...classes.keys()].map((p) => `{${p}}`).join(', ');
        throw new Error(`"${phrase}": unknown placeholder {${name}} (known: ${known})`);
      }
      steps.push({ kind: 'slot', bit });
      continue;
    }
    for (const m of part.matchAll(/([a-z0-9]+(?:'[a-z]+)*)(\*)?/g)) {
      steps.push(m[2] ? { kind: 'prefix', prefix: m[1]! } : { kind: 'word', word: m[1]! });
    }
  }
  if (steps.length === 0) throw new Error(`"${phrase}": has no words`);
  return steps;
}

/**
 * A trie's word steps in one open-addressing table keyed by (node, word): the matcher follows a
 * word step once a sentence for every few words, and a Map lookup per step was a tenth of its time
 * (issue 22's speed). The same steps as `words`, which stay for building and for readers.
 *
 * The whole trie is also kept here as numbers, node by node (`ends`, the masks, the prefix and
 * slot steps in flat lists), so the matcher walks it by node number: no node object is loaded on
 * the way, only typed arrays (issue 22's speed: the walk was about a tenth of scoring).
 */
export class WordSteps {
  private readonly nodes: PhraseTrie[] = [];
  private readonly keys: Int32Array;
  private readonly nextNode: Int32Array;
  private readonly mask: number;
  private readonly vocabulary: number;
  /** Per node number: the phrase sets with a phrase ending there (PhraseTrie.ends). */
  readonly ends: Int32Array;
  /** Per node number: PhraseTrie.wordMask and slotMask. */
  readonly wordMask: Int32Array;
  readonly slotMask: Int32Array;
  /** Node n's slot steps are slotBit[q] → slotNext[q] for q in [slotFrom[n], slotFrom[n + 1]). */
  readonly slotFrom: Int32Array;
  readonly slotBit: Int32Array;
  readonly slotNext: Int32Array;
  /** Node n's prefix steps are prefix[q] → prefixNext[q] for q in [prefixFrom[n], prefixFrom[n + 1]). */
  readonly prefixFrom: Int32Array;
  readonly prefix: readonly string[];
  readonly prefixNext: Int32Array;

  constructor(root: PhraseTrie, vocabulary: number) {
    // Numbered in the order the trie is walked (Maps and arrays keep insertion order), so every
    // table built from one trie numbers it alike.
    const order: PhraseTrie[] = [];
    const visit = (node: PhraseTrie): void => {
      node.index = order.push(node) - 1;
      for (const child of node.words.values()) visit(child);
      for (const e of node.prefixes) visit(e.node);
      for (const e of node.slots) visit(e.node);
    };
    visit(root);
    this.nodes = order;
    this.vocabulary = Math.max(1, vocabulary);
    let steps = 0,
      slots = 0,
      prefixes = 0;
    for (const node of order) {
      steps += node.words.size;
      slots += node.slots.length;
      prefixes += node.prefixes.length;
    }
    let size = 16;
    while (size < steps * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.nextNode = new Int32Array(size);
    for (const node of order)
      for (const [id, child] of node.words) {
        const key = node.index * this.vocabulary + id;
        let h = stepSlot(key) & this.mask;
        while (this.keys[h] !== -1) h = (h + 1) & this.mask;
        this.keys[h] = key;
        this.nextNode[h] = child.index;
      }
    const n = order.length;
    this.ends = new Int32Array(n);
    this.wordMask = new Int32Array(n);
    this.slotMask = new Int32Array(n);
    this.slotFrom = new Int32Array(n + 1);
    this.slotBit = new Int32Array(slots);
    this.slotNext = new Int32Array(slots);
    this.prefixFrom = new Int32Array(n + 1);
    const prefix: string[] = [];
    this.prefixNext = new Int32Array(prefixes);
    let q = 0;
    for (const node of order) {
      this.ends[node.index] = node.ends;
      this.wordMask[node.index] = node.wordMask;
      this.slotMask[node.index] = node.slotMask;
      this.slotFrom[node.index] = q;
      for (const e of node.slots) {
        this.slotBit[q] = e.bit;
        this.slotNext[q++] = e.node.index;
      }
      this.prefixFrom[node.index] = prefix.length;
      for (const e of node.prefixes) {
        this.prefixNext[prefix.length] = e.node.index;
        prefix.push(e.prefix);
      }
    }
    this.slotFrom[n] = q;
    this.prefixFrom[n] = prefix.length;
    this.prefix = prefix;
  }

  /** node.words.get(id): the node a word step by word `id` (>= 0) leads to from `node`, or undefined. */
  step(node: PhraseTrie, id: number): PhraseTrie | undefined {
    const next = this.next(node.index, id);
    return next < 0 ? undefined : this.nodes[next];
  }

  /** The number of the node a word step by word `id` (>= 0) leads to from node number `node`, or -1. */
  next(node: number, id: number): number {
    const key = node * this.vocabulary + id,
      keys = this.keys;
    for (let h = stepSlot(key) & this.mask; ; h = (h + 1) & this.mask) {
      const k = keys[h]!;
      if (k === key) return this.nextNode[h]!;
      if (k === -1) return -1;
    }
  }
}
/** Fibonacci hashing of a (node, word) key, for its slot. */
const stepSlot = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 8;
