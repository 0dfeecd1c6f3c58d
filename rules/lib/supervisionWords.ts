/**
 * Word interning for the supervision-text scorer: every distinct word is described once per
 * lexicon (its hash, the placeholders it fills, whether it negates, where it enters the phrase
 * trie) and kept in an open-addressing table that the tokeniser probes in place, so a word
 * already seen costs no substring and no Map lookup.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { PLACEHOLDERS, type PhraseTrie, slotBit, slotMatches } from './supervisionTrie.js';

export const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

/** FNV-1a of a word: the unit the copy test's shingles are built from. */
export function wordHash(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** What one distinct word means to a lexicon: worked out the first time the word is seen, then kept. */
export interface WordInfo {
  readonly word: string;
  /** FNV-1a of the word. */
  readonly hash: number;
  /** The placeholders ({n}, {date}, ...) the word fills, as bits. */
  readonly slots: number;
  readonly negation: boolean;
  /** The phrase-trie nodes reached from the root by this word (phrases can start at it when non-empty). */
  readonly roots: readonly PhraseTrie[];
}

function isNegation(lex: CompiledLexicon, w: string): boolean {
  if (lex.negations.has(w)) return true;
  for (const s of lex.negationSuffixes) if (w.endsWith(s)) return true;
  return false;
}

function describeWord(lex: CompiledLexicon, w: string): WordInfo {
  let slots = 0;
  for (const p of PLACEHOLDERS) if (slotMatches(p, w)) slots |= slotBit(p);
  const roots: PhraseTrie[] = [];
  const root = lex.phrases;
  const byWord = root.words.get(w);
  if (byWord) roots.push(byWord);
  for (const e of root.prefixes) if (w.startsWith(e.prefix)) roots.push(e.node);
  for (const e of root.slots) if ((slots & e.bit) !== 0) roots.push(e.node);
  return { word: w, hash: wordHash(w), slots, negation: isNegation(lex, w), roots };
}

// Real exports hold names and typos, so a word table is bounded; emptying it changes no result.
const WORD_TABLE_LIMIT = 100_000;

/** The words a lexicon has seen, by FNV-1a hash (open addressing). */
export class WordTable {
  private slots: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(1024).fill(undefined);
  private mask = 1023;
  private size = 0;

  constructor(private readonly lex: CompiledLexicon) {}

  /** The word s[from, to), whose FNV-1a hash is `hash`. */
  find(s: string, from: number, to: number, hash: number): WordInfo {
    const len = to - from;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const info = this.slots[i];
      if (info === undefined) return this.add(s.slice(from, to), i);
      if (info.hash === hash && info.word.length === len && sameChars(info.word, s, from)) return info;
    }
  }

  private add(word: string, at: number): WordInfo {
    const info = describeWord(this.lex, word);
    if (this.size >= WORD_TABLE_LIMIT) {
      this.reset(1024);
      return this.insert(info);
    }
    this.slots[at] = info;
    if (++this.size * 2 > this.mask) this.reset((this.mask + 1) * 2);
    return info;
  }

  private reset(capacity: number): void {
    const old = this.slots;
    this.slots = new Array<WordInfo | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    this.size = 0;
    if (capacity > old.length) for (const info of old) if (info !== undefined) this.insert(info);
  }

  private insert(info: WordInfo): WordInfo {
    let i = info.hash & this.mask;
    while (this.slots[i] !== undefined) i = (i + 1) & this.mask;
    this.slots[i] = info;
    this.size++;
    return info;
  }
}

function sameChars(word: string, s: string, from: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== s.charCodeAt(from + k)) return false;
  return true;
}
