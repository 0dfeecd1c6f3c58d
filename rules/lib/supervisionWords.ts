/**
 * Word interning for the supervision-text scorer: every distinct word is described once per
 * lexicon (its hash, the placeholders it fills, whether it negates, where it enters the phrase
 * trie) and kept in an open-addressing table that the tokeniser probes in place, so a word
 * already seen costs no substring and no Map lookup.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { PLACEHOLDERS, slotBit, slotMatches, wordBit } from './supervisionTrie.js';
import { nameOf, wordKinds } from './supervisionMatchWords.js';
import { endsStatus } from './supervisionStatus.js';

export const FNV_OFFSET = 0x811c9dc5,
  FNV_PRIME = 0x01000193;

/** FNV-1a of a word: the unit the copy test's shingles are built from. */
export function wordHash(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Four characters of seven bits: a word's packs (wordPacks) stay small integers. */
export const PACK_MASK = 0x0fffffff;
/**
 * A word's last eight characters, seven bits each: `lo` the last four, `hi` the four before (the
 * tokeniser works them out as it reads, supervisionTokens readColumn). For a word of at most eight
 * characters, all ASCII, the pair and the length are the word itself (each character is one field of
 * one of them), so WordTable.find takes it or passes it on them with no character compared. A word
 * with a character beyond ASCII has `lo` -1: compared character by character, as a longer word is.
 */
export function wordPacks(s: string, from: number, to: number): { hi: number; lo: number } {
  let hi = 0,
    lo = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c > 127) return { hi: 0, lo: -1 };
    hi = ((hi << 7) | (lo >>> 21)) & PACK_MASK;
    lo = ((lo << 7) | c) & PACK_MASK;
  }
  return { hi, lo };
}
/** The longest word (length + 1, as WordTable keeps it) its packs name exactly. */
const PACKED_LEN = 9;
/**
 * Where the word table starts looking for a word of `len` characters (+ 1) with these packs: a mix
 * of them, worked out once a word (the tokeniser hashes no character for the table). Words longer
 * than eight characters that share their length and last eight characters share it too, and are
 * told apart by their characters.
 */
function slotHash(len: number, hi: number, lo: number): number {
  const h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + len, 0x85ebca6b);
  return h ^ (h >>> 15);
}

/**
 * A set of word hashes (wordHash, as uint32 or int32) probed in a typed array: a heading's first
 * word is looked up at every line start (supervisionTokens mayHead), where a Set<number> hashed a
 * heap number for every hash above 2^31 (issue 22's speed). Open addressing; `used` marks a slot.
 */
export class HashSet32 {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  readonly size: number;
  constructor(hashes: Iterable<number>) {
    const all = [...new Set([...hashes].map((h) => h | 0))];
    let cap = 16;
    while (cap < all.length * 4) cap *= 2;
    this.keys = new Int32Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
    this.size = all.length;
    for (const h of all) {
      let i = h & this.mask;
      while (this.used[i] === 1) i = (i + 1) & this.mask;
      this.keys[i] = h;
      this.used[i] = 1;
    }
  }
  has(hash: number): boolean {
    const h = hash | 0;
    for (let i = h & this.mask; this.used[i] === 1; i = (i + 1) & this.mask) if (this.keys[i] === h) return true;
    return false;
  }
}

/**
 * Bits of WordInfo.marks: words one of the scorer's checks needs, so that a sentence holding none
 * of them (the matcher gathers its words' marks) skips that check.
 */
export const MARK = { last: 1, reason: 2, past: 4, unborn: 8 } as const;
/** Words naming the last meeting ("last supervision", "previous MO"): SupervisionScorer.lastWithOutcome. */
export const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'previous', 'prev']);

/**
 * The lexicon's single words naming a child not yet born ("unborn", "EDD"), lower-cased (issue 22,
 * round 17): a record holding one has no child focus (supervisionCues unbornIn). A part of
 * CompiledLexicon, declared here beside the mark it sets.
 */
export interface UnbornWords {
  readonly unbornWords: ReadonlySet<string>;
}

/**
 * The lexicon's ordinary words, lower-cased (issue 22, round 40): one capitalised only because it
 * opens a sentence ("Feed observed by SW", "Closure agreed") is that word, not a name, unless the
 * record writes it capitalised mid-sentence too (supervisionTokens plainAtStart). A part of
 * CompiledLexicon, declared here beside WordInfo.known.
 */
export interface KnownWords {
  readonly knownWords: ReadonlySet<string>;
}

/** What one distinct word means to a lexicon: worked out the first time the word is seen, then kept. */
export interface WordInfo {
  /** The word as written (the table's key). */
  readonly raw: string;
  /** The word lower-cased: what the lexicon matches. */
  readonly word: string;
  /**
   * FNV-1a of the lower-cased word, so the copy test ignores case; as int32 (`| 0`): the shingles
   * only XOR it, and a uint32 above 2^31 would make V8 box the field in a heap number that every
   * token read (Tokens.push) follows.
   */
  readonly hash: number;
  /** The placeholders ({n}, {date}, ...) the word fills, as bits. */
  readonly slots: number;
  readonly negation: boolean;
  /** An adult's title or role (lexicon `adults`): "mum", "carer", "ms". */
  readonly adult: boolean;
  /** An adult's possessive ("sw's", "mum's"): what follows is theirs ("SW's feelings about the case"). */
  readonly adultsOwn: boolean;
  /**
   * The phrase-trie nodes reached from the root by this word (phrases can start at it when
   * non-empty), by their number in the lexicon's WordSteps, which the matcher walks.
   */
  readonly roots: readonly number[];
  /** The word's number in the phrases' vocabulary (a word step's key), or -1 when no step names it. */
  readonly id: number;
  /** wordBit(id): tested against a trie node's wordMask before its steps are looked up. */
  readonly idBit: number;
  /** The phrase sets with a one-word phrase of this word (its roots' ends together). */
  readonly rootEnds: number;
  /**
   * Its roots' wordMask and slotMask together, and whether any has a prefix step: a next word
   * that fits none cannot carry a phrase on, so the matcher leaves the roots untouched.
   */
  readonly nextWords: number;
  readonly nextSlots: number;
  readonly nextPrefixes: boolean;
  /** Whether the word could end a status of supervisionFollowUp ("done", "yet"): the record needs its scan. */
  readonly status: boolean;
  /** MARK bits: one of LAST_WORDS, a `reasoning` word, a `pastMarkers` word. */
  readonly marks: number;
  /** KIND bits (supervisionMatchWords): the matcher's word lists the word is in. */
  readonly kinds: number;
  /** The word without its possessive (nameOf): who a name stands for. */
  readonly name: string;
  /**
   * A name by its capital alone (not a possessive) whose lower-case form is a lexicon `knownWords`
   * word: opening a sentence it may be read as that word (round 40).
   */
  readonly known: boolean;
  /** The word's number in the scorer's model (supervisionModel), -1 for none or no model. */
  feature: number;
  /**
   * The sentence classes of the model's word (supervisionSentence; 0 for none), read from the
   * model by the word's number once, so the tokeniser ORs them per sentence as it pushes the word.
   */
  classes: number;
}

function isNegation(lex: CompiledLexicon, w: string): boolean {
  if (lex.negations.has(w)) return true;
  for (const s of lex.negationSuffixes) if (w.endsWith(s)) return true;
  return false;
}

/** A capitalised word (not all capitals), or one with 's: a name, unless the lexicon says the word is not one. */
const NAME = /^[A-Z][a-z]+$/,
  NAME_POSSESSIVE = /^([A-Z][a-z]+)'s$/;

function describeWord(lex: CompiledLexicon, raw: string): WordInfo {
  const w = raw.toLowerCase();
  let slots = 0;
  for (const p of PLACEHOLDERS) if (slotMatches(p, w)) slots |= slotBit(p);
  for (const c of lex.wordClasses) if (c.words.has(w)) slots |= c.bit;
  const possessive = NAME_POSSESSIVE.exec(raw);
  let known = false;
  if (possessive && !lex.notNames.has(possessive[1]!.toLowerCase())) slots |= slotBit('names');
  else if (NAME.test(raw) && !lex.notNames.has(w)) {
    slots |= slotBit('name');
    known = lex.knownWords.has(w);
  }
  // The root's steps by the word, read from the trie's tables (node 0 is the root), as the matcher walks them.
  const roots: number[] = [];
  const trie = lex.wordSteps;
  const id = lex.vocabulary.get(w) ?? -1;
  const byWord = id < 0 ? -1 : trie.next(0, id);
  if (byWord >= 0) roots.push(byWord);
  for (let q = trie.prefixFrom[0]!; q < trie.prefixFrom[1]!; q++)
    if (w.startsWith(trie.prefix[q]!)) roots.push(trie.prefixNext[q]!);
  for (let q = trie.slotFrom[0]!; q < trie.slotFrom[1]!; q++)
    if ((slots & trie.slotBit[q]!) !== 0) roots.push(trie.slotNext[q]!);
  let rootEnds = 0,
    nextWords = 0,
    nextSlots = 0,
    nextPrefixes = false;
  for (const r of roots) {
    rootEnds |= trie.ends[r]!;
    nextWords |= trie.wordMask[r]!;
    nextSlots |= trie.slotMask[r]!;
    nextPrefixes ||= trie.prefixFrom[r + 1]! !== trie.prefixFrom[r]!;
  }
  return {
    raw,
    word: w,
    hash: wordHash(w) | 0,
    slots,
    negation: isNegation(lex, w),
    adult: lex.adults.has(w),
    adultsOwn: w.endsWith("'s") && lex.adults.has(w.slice(0, -2)),
    roots,
    id,
    idBit: wordBit(id),
    rootEnds,
    nextWords,
    nextSlots,
    nextPrefixes,
    status: endsStatus(w),
    marks:
      (LAST_WORDS.has(w) ? MARK.last : 0) |
      (lex.reasoning.has(w) ? MARK.reason : 0) |
      (lex.pastMarkers.has(w) ? MARK.past : 0) |
      (lex.unbornWords.has(w) ? MARK.unborn : 0),
    kinds: wordKinds(lex.family, w),
    name: nameOf(w),
    known,
    feature: -1,
    classes: 0,
  };
}

// Real exports hold names and typos, so a word table is bounded; emptying it changes no result.
const WORD_TABLE_LIMIT = 100_000;

/** The words a lexicon has seen, by FNV-1a hash (open addressing). */
export class WordTable {
  private slots: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(1024).fill(undefined);
  /** Per slot, the word's length + 1 (0: an empty slot). */
  private lens = new Int32Array(1024);
  /**
   * Per slot, where the word's characters start in `chars`, all the words' characters one after
   * another: the probe compares a token with a typed array, not with a string held by an object
   * (the comparison confirms every token of every record; a string's characters cost more to read).
   */
  private offs = new Int32Array(1024);
  /** Per slot, the word's packs (wordPacks): a word of up to eight characters is confirmed on them. */
  private his = new Int32Array(1024);
  private los = new Int32Array(1024);
  private chars = new Uint16Array(16384);
  private charsUsed = 0;
  private mask = 1023;
  private size = 0;

  /**
   * `feature`: a word's number in the scorer's model (WordInfo.feature), worked out as it is
   * described; `classOf`: by that number + 1, the word's sentence classes (WordInfo.classes).
   */
  constructor(
    private readonly lex: CompiledLexicon,
    private readonly feature: ((info: WordInfo) => number) | null = null,
    private readonly classOf: Int32Array | null = null,
  ) {}

  /** The word s[from, to) as written, whose packs are `hi` and `lo` (wordPacks). */
  find(s: string, from: number, to: number, hi: number, lo: number): WordInfo {
    // The probe reads the slots' lengths and packs from typed arrays, and a word's own object only
    // when they match: every token of every record is looked up here.
    const len = to - from + 1,
      lens = this.lens,
      mask = this.mask;
    for (let i = slotHash(len, hi, lo) & mask; ; i = (i + 1) & mask) {
      const l = lens[i]!;
      if (l === 0) return this.add(s.slice(from, to), i);
      if (l !== len || this.los[i] !== lo || this.his[i] !== hi) continue;
      // Nine tokens in ten end here: an ASCII word of up to eight characters is its packs.
      if (len <= PACKED_LEN && lo >= 0) return this.slots[i]!;
      // A longer word (or one beyond ASCII): the same characters as the word in this slot
      // (chars[offs[i] ..]), s[k] against chars[off + k].
      const chars = this.chars,
        off = this.offs[i]! - from;
      let k = from;
      while (k < to && chars[off + k] === s.charCodeAt(k)) k++;
      if (k === to) return this.slots[i]!;
    }
  }

  private add(raw: string, at: number): WordInfo {
    const info = describeWord(this.lex, raw);
    if (this.feature !== null) info.feature = this.feature(info);
    if (this.classOf !== null) info.classes = this.classOf[info.feature + 1]!;
    if (this.size >= WORD_TABLE_LIMIT) {
      this.reset(1024);
      return this.insert(info);
    }
    this.put(at, info);
    if (++this.size * 2 > this.mask) this.reset((this.mask + 1) * 2);
    return info;
  }

  private put(at: number, info: WordInfo): void {
    this.slots[at] = info;
    this.lens[at] = info.raw.length + 1;
    const raw = info.raw;
    if (this.charsUsed + raw.length > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + raw.length));
      grown.set(this.chars.subarray(0, this.charsUsed));
      this.chars = grown;
    }
    const packs = wordPacks(raw, 0, raw.length);
    this.his[at] = packs.hi;
    this.los[at] = packs.lo;
    this.offs[at] = this.charsUsed;
    for (let k = 0; k < raw.length; k++) this.chars[this.charsUsed++] = raw.charCodeAt(k);
  }

  private reset(capacity: number): void {
    const old = this.slots;
    this.slots = new Array<WordInfo | undefined>(capacity).fill(undefined);
    this.lens = new Int32Array(capacity);
    this.offs = new Int32Array(capacity);
    this.his = new Int32Array(capacity);
    this.los = new Int32Array(capacity);
    // The words kept are put again below, their characters written afresh (none left behind).
    this.charsUsed = 0;
    this.mask = capacity - 1;
    this.size = 0;
    if (capacity > old.length) for (const info of old) if (info !== undefined) this.insert(info);
  }

  private insert(info: WordInfo): WordInfo {
    const { hi, lo } = wordPacks(info.raw, 0, info.raw.length);
    let i = slotHash(info.raw.length + 1, hi, lo) & this.mask;
    while (this.lens[i] !== 0) i = (i + 1) & this.mask;
    this.put(i, info);
    this.size++;
    return info;
  }
}
