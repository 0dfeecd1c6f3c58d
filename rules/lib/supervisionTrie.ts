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

export type Step = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'slot'; bit: number };

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
  const steps = textSteps(phrase, classes);
  if (typeof steps === 'string') {
    const known = [...PLACEHOLDERS, ...classes.keys()].map((p) => `{${p}}`).join(', ');
    throw new Error(`"${phrase}": unknown placeholder {${steps}} (known: ${known})`);
  }
  if (steps.length === 0) throw new Error(`"${phrase}": has no words`);
  return steps;
}

/** Any text's steps (none for text with no words), or the name of the first placeholder it holds that is not known. */
export function textSteps(text: string, classes: ReadonlyMap<string, number>): Step[] | string {
  const steps: Step[] = [];
  for (const part of text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/(\{[a-z]+\})/)) {
    const slot = /^\{([a-z]+)\}$/.exec(part);
    if (slot) {
      const name = slot[1]!;
      const bit = (PLACEHOLDERS as readonly string[]).includes(name) ? slotBit(name as Placeholder) : classes.get(name);
      if (bit === undefined) return name;
      steps.push({ kind: 'slot', bit });
      continue;
    }
    for (const m of part.matchAll(/([a-z0-9]+(?:'[a-z]+)*)(\*)?/g)) {
      steps.push(m[2] ? { kind: 'prefix', prefix: m[1]! } : { kind: 'word', word: m[1]! });
    }
  }
  return steps;
}

/**
 * A trie as numbers (issue 24): its nodes in the order WordSteps numbers them (root first, then each
 * node's word steps, prefix steps and slot steps, depth first, in the order they were added), each
 * after the root by the step that reaches it. The form of the trie data/supervision-lexicon.flat.json
 * holds for the project's lexicon, so a thread reads it instead of compiling ~18,600 phrases.
 */
export interface FlatTrie {
  /** Per node after the root: how many nodes back its parent is. */
  readonly up: readonly number[];
  /** Per node after the root, the step to it: a word's number (>= 0), -1 - b for slot bit 1 << b, -32 - k for prefixes[k]. */
  readonly step: readonly number[];
  readonly prefixes: readonly string[];
  /** Per node: the phrase sets with a phrase ending there (PhraseTrie.ends). */
  readonly ends: readonly number[];
}

/** A trie's FlatTrie, and its nodes in order, numbered (`index`) as WordSteps numbers them. */
export function flattenTrie(root: PhraseTrie): { flat: FlatTrie; order: PhraseTrie[] } {
  const order: PhraseTrie[] = [];
  const up: number[] = [],
    step: number[] = [],
    ends: number[] = [],
    prefixes: string[] = [];
  const visit = (node: PhraseTrie, parent: number, label: number): void => {
    node.index = order.push(node) - 1;
    ends.push(node.ends);
    if (parent >= 0) {
      up.push(node.index - parent);
      step.push(label);
    }
    node.words.forEach((child, id) => visit(child, node.index, id));
    for (const e of node.prefixes) {
      let k = prefixes.indexOf(e.prefix);
      if (k < 0) k = prefixes.push(e.prefix) - 1;
      visit(e.node, node.index, -32 - k);
    }
    for (const e of node.slots) visit(e.node, node.index, -1 - (31 - Math.clz32(e.bit)));
  };
  visit(root, -1, 0);
  return { flat: { up, step, prefixes, ends }, order };
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
  /** The trie's nodes by number: the trie built from, or (from a FlatTrie) made when first asked for. */
  private nodes: PhraseTrie[] | undefined;
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

  /** From a trie (numbering its nodes) or its FlatTrie: either gives the same tables. */
  constructor(source: PhraseTrie | FlatTrie, vocabulary: number) {
    let flat: FlatTrie;
    if ('words' in source) ({ flat, order: this.nodes } = flattenTrie(source));
    else flat = source;
    this.vocabulary = Math.max(1, vocabulary);
    const n = flat.ends.length;
    // Each node's steps of each kind, counted, then placed in node order (a node's steps in the order added).
    const wordFrom = new Int32Array(n + 1);
    this.slotFrom = new Int32Array(n + 1);
    this.prefixFrom = new Int32Array(n + 1);
    for (let k = 1; k < n; k++) {
      const p = k - flat.up[k - 1]!,
        s = flat.step[k - 1]!;
      (s >= 0 ? wordFrom : s > -32 ? this.slotFrom : this.prefixFrom)[p + 1]!++;
    }
    for (let p = 0; p < n; p++) {
      wordFrom[p + 1]! += wordFrom[p]!;
      this.slotFrom[p + 1]! += this.slotFrom[p]!;
      this.prefixFrom[p + 1]! += this.prefixFrom[p]!;
    }
    const steps = wordFrom[n]!;
    const wordId = new Int32Array(steps),
      wordNext = new Int32Array(steps);
    this.slotBit = new Int32Array(this.slotFrom[n]!);
    this.slotNext = new Int32Array(this.slotFrom[n]!);
    this.prefixNext = new Int32Array(this.prefixFrom[n]!);
    const prefix = new Array<string>(this.prefixFrom[n]!);
    this.ends = Int32Array.from(flat.ends);
    this.wordMask = new Int32Array(n);
    this.slotMask = new Int32Array(n);
    const at = wordFrom.slice(0, n),
      slotAt = this.slotFrom.slice(0, n),
      prefixAt = this.prefixFrom.slice(0, n);
    for (let k = 1; k < n; k++) {
      const p = k - flat.up[k - 1]!,
        s = flat.step[k - 1]!;
      if (s >= 0) {
        const q = at[p]!++;
        wordId[q] = s;
        wordNext[q] = k;
        this.wordMask[p]! |= wordBit(s);
      } else if (s > -32) {
        const q = slotAt[p]!++;
        this.slotBit[q] = 1 << (-1 - s);
        this.slotNext[q] = k;
        this.slotMask[p]! |= 1 << (-1 - s);
      } else {
        const q = prefixAt[p]!++;
        prefix[q] = flat.prefixes[-32 - s]!;
        this.prefixNext[q] = k;
      }
    }
    this.prefix = prefix;
    let size = 16;
    while (size < steps * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.nextNode = new Int32Array(size);
    // Node by node, each node's steps in the order added: the table a trie's Maps would fill.
    for (let p = 0; p < n; p++)
      for (let q = wordFrom[p]!; q < wordFrom[p + 1]!; q++) {
        const key = p * this.vocabulary + wordId[q]!;
        let h = stepSlot(key) & this.mask;
        while (this.keys[h] !== -1) h = (h + 1) & this.mask;
        this.keys[h] = key;
        this.nextNode[h] = wordNext[q]!;
      }
  }

  /**
   * The trie's nodes by number (root first): the ones built from, or made from the tables once, for
   * the rare reader of PhraseTrie objects (tests, CompiledLexicon.phrases); the matcher reads the tables.
   */
  trie(): readonly PhraseTrie[] {
    if (this.nodes !== undefined) return this.nodes;
    const n = this.ends.length;
    const nodes = Array.from({ length: n }, (_, i): PhraseTrie => {
      const node = newNode();
      node.index = i;
      node.ends = this.ends[i]!;
      node.wordMask = this.wordMask[i]!;
      node.slotMask = this.slotMask[i]!;
      return node;
    });
    // Word steps by the node they lead to: in number order, each node's Map gets them in the order added.
    const words: [number, number, number][] = [];
    for (let h = 0; h < this.keys.length; h++) {
      const key = this.keys[h]!;
      if (key !== -1) words.push([this.nextNode[h]!, Math.floor(key / this.vocabulary), key % this.vocabulary]);
    }
    words.sort((a, b) => a[0] - b[0]);
    for (const [next, p, id] of words) nodes[p]!.words.set(id, nodes[next]!);
    for (let p = 0; p < n; p++) {
      for (let q = this.prefixFrom[p]!; q < this.prefixFrom[p + 1]!; q++)
        nodes[p]!.prefixes.push({ prefix: this.prefix[q]!, node: nodes[this.prefixNext[q]!]! });
      for (let q = this.slotFrom[p]!; q < this.slotFrom[p + 1]!; q++)
        nodes[p]!.slots.push({ bit: this.slotBit[q]!, node: nodes[this.slotNext[q]!]! });
    }
    return (this.nodes = nodes);
  }

  /** node.words.get(id): the node a word step by word `id` (>= 0) leads to from `node`, or undefined. */
  step(node: PhraseTrie, id: number): PhraseTrie | undefined {
    const next = this.next(node.index, id);
    return next < 0 ? undefined : this.trie()[next];
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
