/**
 * Reads supervision and management-oversight records (SPEC §4.7): does a record speak to the
 * child's experience, reflect on practice, set actions with timescales, review the last actions,
 * or copy the previous record? A lexicon of phrases (data/supervision-lexicon.json, replaceable
 * from the config) is compiled once into a trie of word steps. Each record is then tokenised in
 * one hand-written pass; every distinct word is described once per lexicon (its hash, the
 * placeholders it fills, whether it negates, where it enters the trie) and the same tokens serve
 * both the phrase matching and the copy test, whose 3-shingles are an array of numeric keys
 * de-duplicated in a reusable hash set. 100,000 records take well under a second (bench/supervision.ts).
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { dataPath } from '../../src/engine/paths.js';

// ---------------------------------------------------------------------------------------------
// Lexicon file
// ---------------------------------------------------------------------------------------------

const phraseList = z.array(z.string().trim().min(1, 'a phrase cannot be blank'));

export const lexiconSchema = z.object({
  description: z.string().optional(),
  negations: z.array(z.string().trim().min(1)).min(1, 'at least one negation word is needed'),
  negationSuffixes: z.array(z.string().trim().min(1)).default([]),
  /** SPEC §4.7: a negation counts when it is among this many words before the phrase. */
  negationWindow: z.number().int().min(0).max(10).default(3),
  /** Phrases that negate a mention they follow within the window ("his views were not obtained"). */
  negatedAfter: phraseList.default([]),
  childFocus: phraseList.min(1),
  reflection: phraseList.min(1),
  reviewsPrevious: phraseList.min(1),
  actionHeadings: phraseList.default([]),
  actionCues: phraseList.min(1),
  timescales: phraseList.min(1),
}).strict();

export type Lexicon = z.infer<typeof lexiconSchema>;

export const CRITERIA = ['childFocus', 'reflection', 'reviewsPrevious', 'actionCues', 'timescales'] as const;
const PHRASE_SETS = [...CRITERIA, 'negatedAfter'] as const;
type PhraseSet = (typeof PHRASE_SETS)[number];
const PLACEHOLDERS = ['date', 'n', 'weekday', 'month', 'ordinal'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];
/** Phrase sets and placeholders as bits, so a sentence's hits and a word's slots are one number each. */
const SET_BIT = Object.fromEntries(PHRASE_SETS.map((set, i) => [set, 1 << i])) as Readonly<Record<PhraseSet, number>>;
const slotBit = (slot: Placeholder): number => 1 << PLACEHOLDERS.indexOf(slot);

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/** Written dates become one token so "by 12/04/2024" and "by 12th April" match "by {date}". */
const DATE_TOKEN = '\u0001date';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const MONTH_WORDS = new Set([...MONTHS, ...MONTH_ABBR]);
// Abbreviations too ("by Fri"), but not "sat" and "sun", which are ordinary words.
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'a', 'few', 'couple']);
const MONTH_ALT = [...MONTHS, ...MONTH_ABBR].sort((a, b) => b.length - a.length).join('|');
// "May" the modal verb is common, so a month-first date only takes month names other than may.
const MONTH_FIRST_ALT = [...MONTHS.filter((m) => m !== 'may'), ...MONTH_ABBR].sort((a, b) => b.length - a.length).join('|');
const ISO_DATE = /\b\d{4}-(\d{1,2})-(\d{1,2})\b/g;
// Day-first only (SPEC §2); a year is needed after a dot or dash so "3.5 hours" and "10-15 minutes" stay words.
const DMY_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})\b|\b(\d{1,2})\/(\d{1,2})\b/g;
const WORD_DATE = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_ALT})\\b\\.?(?:,?\\s+\\d{4}\\b)?|\\b(?:${MONTH_FIRST_ALT})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?`,
  'g',
);
const WORD = /[a-z0-9]+(?:'[a-z]+)*|\u0001date/g;

/** Every date form needs a digit; word dates also need a month, and each month name starts with one of these. */
const HAS_DIGIT = /\d/;
const HAS_MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;

function replaceDates(lower: string): string {
  // Skipping a replacement that cannot match is exact: the replacements only insert " \u0001date ",
  // which holds no digit, separator or month stem, so a later one never gains a match by it.
  if (!HAS_DIGIT.test(lower)) return lower;
  let out = lower;
  if (out.includes('-')) out = out.replace(ISO_DATE, (m: string, mo: string, d: string) => mark(m, Number(d), Number(mo)));
  if (out.includes('/') || out.includes('.') || out.includes('-')) {
    out = out.replace(DMY_DATE, (m: string, d1?: string, mo1?: string, d2?: string, mo2?: string) => mark(m, Number(d1 ?? d2), Number(mo1 ?? mo2)));
  }
  if (HAS_MONTH_STEM.test(out)) out = out.replace(WORD_DATE, ` ${DATE_TOKEN} `);
  return out;
}

function mark(m: string, day: number, month: number): string {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? ` ${DATE_TOKEN} ` : m;
}

/** Lower-cases, folds curly apostrophes and dashes, and marks dates. */
function normalise(text: string): string {
  return replaceDates(text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'"));
}

/** The words of a normalised text by the WORD pattern (the scorer's own tokeniser is `scan`, which agrees with it). */
function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

// ---------------------------------------------------------------------------------------------
// Compiled lexicon
// ---------------------------------------------------------------------------------------------

type Step =
  | { kind: 'word'; word: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'slot'; slot: Placeholder; bit: number };

/**
 * Every phrase of every set as one trie of steps, so the phrases sharing a first word ("by
 * {date}", "by next {weekday}", ...) are followed together: a node holds the phrase sets with a
 * phrase ending there (as bits) and the steps onward.
 */
export interface PhraseTrie {
  ends: number;
  readonly words: Map<string, PhraseTrie>;
  readonly prefixes: { readonly prefix: string; readonly node: PhraseTrie }[];
  readonly slots: { readonly bit: number; readonly node: PhraseTrie }[];
}

const newNode = (): PhraseTrie => ({ ends: 0, words: new Map(), prefixes: [], slots: [] });

function addPhrase(root: PhraseTrie, set: PhraseSet, steps: readonly Step[]): void {
  let node = root;
  for (const step of steps) {
    let next: PhraseTrie | undefined;
    if (step.kind === 'word') {
      next = node.words.get(step.word);
      if (!next) node.words.set(step.word, (next = newNode()));
    } else if (step.kind === 'prefix') {
      next = node.prefixes.find((e) => e.prefix === step.prefix)?.node;
      if (!next) node.prefixes.push({ prefix: step.prefix, node: (next = newNode()) });
    } else {
      next = node.slots.find((e) => e.bit === step.bit)?.node;
      if (!next) node.slots.push({ bit: step.bit, node: (next = newNode()) });
    }
    node = next;
  }
  node.ends |= SET_BIT[set];
}

export interface CompiledLexicon {
  readonly phrases: PhraseTrie;
  readonly negations: ReadonlySet<string>;
  readonly negationSuffixes: readonly string[];
  readonly negationWindow: number;
  /** Sticky: run at a line start of the whole text (set lastIndex); matches an actions heading there. */
  readonly heading: RegExp | null;
}

function compilePhrase(phrase: string): Step[] {
  const steps: Step[] = [];
  // Placeholders are kept whole; everything else is split into words exactly as record text is.
  for (const part of phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/(\{[a-z]+\})/)) {
    const slot = /^\{([a-z]+)\}$/.exec(part);
    if (slot) {
      if (!(PLACEHOLDERS as readonly string[]).includes(slot[1]!)) {
        throw new Error(`"${phrase}": unknown placeholder {${slot[1]}} (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`);
      }
      steps.push({ kind: 'slot', slot: slot[1] as Placeholder, bit: slotBit(slot[1] as Placeholder) });
      continue;
    }
    for (const m of part.matchAll(/([a-z0-9]+(?:'[a-z]+)*)(\*)?/g)) {
      steps.push(m[2] ? { kind: 'prefix', prefix: m[1]! } : { kind: 'word', word: m[1]! });
    }
  }
  if (steps.length === 0) throw new Error(`"${phrase}": has no words`);
  return steps;
}

/** Validates and compiles a lexicon; throws an Error naming the problem (used for config errors). */
export function compileLexicon(input: unknown): CompiledLexicon {
  const parsed = lexiconSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; '));
  }
  const lex = parsed.data;
  const phrases = newNode();
  for (const set of PHRASE_SETS) {
    for (const phrase of lex[set]) {
      let steps: Step[];
      try {
        steps = compilePhrase(phrase);
      } catch (e) {
        throw new Error(`${set}: ${(e as Error).message}`);
      }
      addPhrase(phrases, set, steps);
    }
  }
  // A heading starts a line (after any bullet or number) and is followed by a colon, a dash or the
  // line's end. The text is not split into lines: the pattern runs at each line start and its
  // white space stops at a line break, so it matches exactly what it would on the line alone.
  const sp = '[^\\S\\r\\n]';
  const headings = lex.actionHeadings.map((h) => h.toLowerCase().trim().split(/\s+/).map(escapeRegExp).join(`${sp}+`));
  const heading = headings.length
    ? new RegExp(`(?:${sp}|[\\-*\u2022\u00b7>#\\d.)])*(?:${headings.sort((a, b) => b.length - a.length).join('|')})${sp}*(?::|-|\u2013|(?=[\\r\\n])|$)`, 'iy')
    : null;
  return {
    phrases,
    negations: new Set(lex.negations.map((n) => n.toLowerCase())),
    negationSuffixes: lex.negationSuffixes.map((s) => s.toLowerCase().replace(/\u2019/g, "'")),
    negationWindow: lex.negationWindow,
    heading,
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiledByText = new Map<string, CompiledLexicon>();

/**
 * Reads, validates and compiles a lexicon file; the default when no path is given. Compiled
 * lexicons are cached by file content, so a changed file is re-read but an unchanged one is
 * compiled once however many audits run. Errors name the file and the problem.
 */
export function loadLexicon(path?: string): CompiledLexicon {
  const file = path ?? dataPath('supervision-lexicon.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`lexicon ${file}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'error'})`}`);
  }
  const cached = compiledByText.get(text);
  if (cached) return cached;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`lexicon ${file}: not valid JSON`);
  }
  let compiled: CompiledLexicon;
  try {
    compiled = compileLexicon(json);
  } catch (e) {
    throw new Error(`lexicon ${file}: ${(e as Error).message}`);
  }
  compiledByText.set(text, compiled);
  return compiled;
}

// ---------------------------------------------------------------------------------------------
// Words as a lexicon sees them
// ---------------------------------------------------------------------------------------------

function slotMatches(slot: Placeholder, w: string): boolean {
  switch (slot) {
    case 'date': return w === DATE_TOKEN;
    case 'n': return /^\d{1,3}$/.test(w) || NUMBER_WORDS.has(w);
    case 'weekday': return WEEKDAYS.has(w);
    case 'month': return MONTH_WORDS.has(w);
    case 'ordinal': return /^\d{1,2}(?:st|nd|rd|th)$/.test(w);
  }
}

function isNegation(lex: CompiledLexicon, w: string): boolean {
  if (lex.negations.has(w)) return true;
  for (const s of lex.negationSuffixes) if (w.endsWith(s)) return true;
  return false;
}

/** What one distinct word means to a lexicon: worked out the first time the word is seen, then kept. */
interface WordInfo {
  readonly word: string;
  /** FNV-1a of the word: the unit the copy test's shingles are built from. */
  readonly hash: number;
  /** The placeholders ({n}, {date}, ...) the word fills, as bits. */
  readonly slots: number;
  readonly negation: boolean;
  /** The phrase-trie nodes reached from the root by this word (phrases can start at it when non-empty). */
  readonly roots: readonly PhraseTrie[];
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

// Real exports hold names and typos, so a lexicon's word table is bounded; emptying it changes no result.
const WORD_TABLE_LIMIT = 100_000;

/**
 * The words a lexicon has seen, by FNV-1a hash (open addressing). The tokeniser hashes each word
 * as it scans it and finds it here by comparing characters in place, so a word already seen
 * costs no substring and no Map lookup.
 */
class WordTable {
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

const wordTables = new WeakMap<CompiledLexicon, WordTable>();

function wordTable(lex: CompiledLexicon): WordTable {
  let table = wordTables.get(lex);
  if (!table) wordTables.set(lex, (table = new WordTable(lex)));
  return table;
}

// ---------------------------------------------------------------------------------------------
// Tokens of the record being scored
// ---------------------------------------------------------------------------------------------

// Scoring is synchronous and not re-entrant, so one growable token buffer (and one of their
// hashes) serves every record, and a record costs no arrays of its own beyond its shingles.
const toks: WordInfo[] = [];
let hashes = new Float64Array(512);
let nToks = 0;

function pushToken(info: WordInfo): void {
  if (nToks === hashes.length) {
    const grown = new Float64Array(hashes.length * 2);
    grown.set(hashes);
    hashes = grown;
  }
  hashes[nToks] = info.hash;
  toks[nToks++] = info;
}

const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;
const DATE_HASH = wordHash(DATE_TOKEN);
/** Character classes for the tokeniser: a word character ([a-z0-9]), and a lower-case letter. */
const WORD_CHAR = 1, LOWER = 2;
const CHAR_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = WORD_CHAR;
for (let c = 97; c <= 122; c++) CHAR_CLASS[c] = WORD_CHAR | LOWER;
const isWordChar = (c: number): boolean => c < 128 && (CHAR_CLASS[c]! & WORD_CHAR) !== 0;
const isLower = (c: number): boolean => c < 128 && (CHAR_CLASS[c]! & LOWER) !== 0;

/** JavaScript's \s, which the sentence rule "[.!?;] followed by a space" was written with. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const CHILD_FOCUS_BIT = SET_BIT.childFocus, REFLECTION_BIT = SET_BIT.reflection, REVIEWS_BIT = SET_BIT.reviewsPrevious;
const CUE_BIT = SET_BIT.actionCues, TIMESCALE_BIT = SET_BIT.timescales, NEGATED_AFTER = PHRASE_SETS.indexOf('negatedAfter');
/** Not a phrase set: a sentence with a timescale that counts as an action. */
const ACTION_BIT = 1 << PHRASE_SETS.length;

/**
 * Tokenises one column of a record into the token buffer and judges each sentence as it ends,
 * returning the criteria bits found. Tokens are the WORD pattern's: [a-z0-9]+ with 'letters
 * suffixes, or a marked date. Sentences end at . ! ? ; before a space or the line's end, at •,
 * and at every line break. After an actions heading at the start of a line, the rest of the
 * column is read as the actions column would be (and the heading's own words are not tokens).
 */
function readColumn(lex: CompiledLexicon, table: WordTable, text: string, actionText: boolean): number {
  const s = normalise(text);
  const len = s.length;
  let inActions = actionText;
  let found = 0, sentStart = nToks, lineStart = true, i = 0;
  while (i < len) {
    if (lineStart) {
      lineStart = false;
      if (!inActions && lex.heading) {
        lex.heading.lastIndex = i;
        const h = lex.heading.exec(s);
        if (h) { inActions = true; i += h[0].length; continue; }
      }
    }
    const c = s.charCodeAt(i);
    if (c === 32) { i++; continue; }
    if (isWordChar(c)) {
      let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      let j = i + 1, d = 0;
      while (j < len && isWordChar((d = s.charCodeAt(j)))) { h = Math.imul(h ^ d, FNV_PRIME); j++; }
      while (j + 1 < len && s.charCodeAt(j) === 39 && isLower((d = s.charCodeAt(j + 1)))) {
        h = Math.imul(Math.imul(h ^ 39, FNV_PRIME) ^ d, FNV_PRIME);
        j += 2;
        while (j < len && isLower((d = s.charCodeAt(j)))) { h = Math.imul(h ^ d, FNV_PRIME); j++; }
      }
      pushToken(table.find(s, i, j, h >>> 0));
      i = j;
      continue;
    }
    if (c === 1 && s.startsWith('date', i + 1)) {
      pushToken(table.find(s, i, i + 5, DATE_HASH));
      i += 5;
      continue;
    }
    let end = false;
    if (c === 10 || c === 13) { end = true; lineStart = true; }
    else if (c === 46 || c === 33 || c === 63 || c === 59) end = i + 1 === len || isSpace(s.charCodeAt(i + 1));
    else end = c === 0x2022;
    if (end && nToks > sentStart) {
      found |= judgeSentence(lex, sentStart, inActions);
      sentStart = nToks;
    }
    i++;
  }
  if (nToks > sentStart) found |= judgeSentence(lex, sentStart, inActions);
  return found;
}

/** The criteria bits of the sentence in tokens [from, nToks). */
function judgeSentence(lex: CompiledLexicon, from: number, inActions: boolean): number {
  const hits = sentenceHits(lex, from, nToks);
  let found = hits & (CHILD_FOCUS_BIT | REFLECTION_BIT | REVIEWS_BIT);
  if ((hits & TIMESCALE_BIT) !== 0 && (inActions || (hits & CUE_BIT) !== 0)) found |= ACTION_BIT;
  return found;
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

// Spans found in the current sentence, per phrase set (start and end token), reused: `used` has
// the bits of the sets with spans so far, and a set's count is reset when it is first used.
const spanStarts: number[][] = PHRASE_SETS.map(() => []);
const spanEnds: number[][] = PHRASE_SETS.map(() => []);
const spanCount = new Int32Array(PHRASE_SETS.length);
let used = 0;

/** Records a span [start, end) for every phrase set in `sets` (bits). */
function addSpans(sets: number, start: number, end: number): void {
  for (let k = 0; k < PHRASE_SETS.length; k++) {
    const bit = 1 << k;
    if ((sets & bit) === 0) continue;
    if ((used & bit) === 0) { used |= bit; spanCount[k] = 0; }
    const c = spanCount[k]!;
    spanStarts[k]![c] = start;
    spanEnds[k]![c] = end;
    spanCount[k] = c + 1;
  }
}

/**
 * Follows the phrase trie from `node`, which a phrase starting at token `start` has reached with
 * tokens up to `at`, recording every phrase that ends within the sentence (tokens before `to`).
 */
function walk(node: PhraseTrie, start: number, at: number, to: number): void {
  if (node.ends !== 0) addSpans(node.ends, start, at);
  if (at >= to) return;
  const t = toks[at]!;
  if (node.words.size !== 0) {
    const next = node.words.get(t.word);
    if (next) walk(next, start, at + 1, to);
  }
  for (const e of node.prefixes) if (t.word.startsWith(e.prefix)) walk(e.node, start, at + 1, to);
  for (const e of node.slots) if ((t.slots & e.bit) !== 0) walk(e.node, start, at + 1, to);
}

/**
 * Which phrase sets (as bits) have a mention in tokens [from, to) — one sentence — that is not
 * negated. Overlapping matches of one set form a single mention judged from its first word, so
 * "without discussing the child's wishes and feelings" is negated as a whole rather than rescued
 * by its tail. A mention is negated when (SPEC §4.7) a negation word is among the
 * `negationWindow` words before it; beyond SPEC, also when a `negatedAfter` phrase starts within
 * the window after it ("previous actions not reviewed"), or when it follows a negated mention of
 * the same set within the window ("did not reflect on the impact") — the negation still governs
 * the clause there.
 */
function sentenceHits(lex: CompiledLexicon, from: number, to: number): number {
  used = 0;
  // Spans arrive in order of their start word, so they need no sort to be merged; the order of
  // spans sharing a start does not change the mentions they merge into.
  for (let i = from; i < to; i++) {
    const roots = toks[i]!.roots;
    for (let q = 0; q < roots.length; q++) walk(roots[q]!, i, i + 1, to);
  }
  if (used === 0) return 0;
  const win = lex.negationWindow;
  const after = spanStarts[NEGATED_AFTER]!, nAfter = (used & SET_BIT.negatedAfter) !== 0 ? spanCount[NEGATED_AFTER]! : 0;
  let hits = 0;
  for (let k = 0; k < NEGATED_AFTER; k++) {
    if ((used & (1 << k)) === 0) continue;
    const ss = spanStarts[k]!, es = spanEnds[k]!, n = spanCount[k]!;
    let prevEnd = -Infinity, prevNegated = false, j = 0;
    while (j < n) {
      // One mention: this span and every later one starting inside it.
      const s = ss[j]!;
      let e = es[j]!;
      for (j++; j < n && ss[j]! < e; j++) e = Math.max(e, es[j]!);
      const negated = negatedBefore(lex, from, s) || startsWithin(after, nAfter, s, e + win) || (prevNegated && s - prevEnd < win);
      if (!negated) { hits |= 1 << k; break; }
      prevEnd = e;
      prevNegated = true;
    }
  }
  return hits;
}

/** SPEC §4.7: a negation word among the `negationWindow` words before the phrase, in the same sentence. */
function negatedBefore(lex: CompiledLexicon, from: number, start: number): boolean {
  for (let k = Math.max(from, start - lex.negationWindow); k < start; k++) if (toks[k]!.negation) return true;
  return false;
}

/** Whether any of the first `n` of `starts` is in [lo, hiExclusive). */
function startsWithin(starts: readonly number[], n: number, lo: number, hiExclusive: number): boolean {
  for (let i = 0; i < n; i++) if (starts[i]! >= lo && starts[i]! < hiExclusive) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

/** A record's word 3-shingles as hashed keys, each once, in no particular order. */
export type Shingles = readonly number[];

export interface RecordScore {
  childFocus: boolean;
  reflection: boolean;
  /** At least one action with a timescale. */
  actions: boolean;
  reviewsPrevious: boolean;
  /** Jaccard similarity of word 3-shingles with the previous record; null when there is none. */
  similarity: number | null;
  copied: boolean;
  /** The record's word 3-shingles, to pass as `previous` when scoring the child's next record. */
  shingles: Shingles;
}

export const COPY_THRESHOLD = 0.8;

/**
 * Scores one record. `previous` is the shingles of the child's previous record with text (or
 * null). Pure: the same text and lexicon always give the same score.
 */
export function scoreRecord(lex: CompiledLexicon, recordText: string | null, actions: string | null, previous: Shingles | null = null, copyThreshold = COPY_THRESHOLD): RecordScore {
  const found = readRecord(lex, wordTable(lex), recordText, actions);
  const shingles = shinglesOfHashes(hashes, nToks);
  // The record's shingles are still in the key set, so the previous record's are looked up there.
  const similarity = previous === null ? null : overlap(shingles, previous);
  return {
    childFocus: (found & CHILD_FOCUS_BIT) !== 0, reflection: (found & REFLECTION_BIT) !== 0,
    actions: (found & ACTION_BIT) !== 0, reviewsPrevious: (found & REVIEWS_BIT) !== 0,
    similarity, copied: similarity !== null && similarity >= copyThreshold, shingles,
  };
}

/** Tokenises a record's text and actions into the token buffer; returns the criteria bits found. */
function readRecord(lex: CompiledLexicon, table: WordTable, recordText: string | null, actions: string | null): number {
  nToks = 0;
  let found = 0;
  if (recordText) found |= readColumn(lex, table, recordText, false);
  if (actions) found |= readColumn(lex, table, actions, true);
  return found;
}

/** Bits of `TextScores.bits`: the criteria a row's text meets, and whether it was scored at all. */
export const TEXT_BITS = { childFocus: 1, reflection: 2, actions: 4, reviewsPrevious: 8, scored: 128 } as const;

/**
 * Criteria and word 3-shingles of many records at once, by row position, in flat typed arrays so
 * that a worker thread can hand them over without copying (src/engine/prepare.ts). Row i's
 * shingle keys are keys[start[i] .. start[i + 1]); a row not scored has bits 0 and no keys.
 */
export interface TextScores {
  bits: Uint8Array;
  start: Int32Array;
  keys: Float64Array;
}

/**
 * Scores the text of `n` rows: `textOf(i)` gives the record text and actions of row i, or null
 * for a row that is not to be scored. Row i's criteria are exactly those scoreRecord finds.
 */
export function scoreTexts(lex: CompiledLexicon, n: number, textOf: (i: number) => readonly [string | null, string | null] | null): TextScores {
  const table = wordTable(lex);
  const bits = new Uint8Array(n);
  const start = new Int32Array(n + 1);
  let keys = new Float64Array(Math.max(1024, n * 16));
  let used = 0;
  for (let i = 0; i < n; i++) {
    start[i] = used;
    const text = textOf(i);
    if (text === null) continue;
    const found = readRecord(lex, table, text[0], text[1]);
    // At most max(1, nToks - 2) distinct shingles, written straight into the flat array.
    if (used + Math.max(1, nToks) > keys.length) {
      const grown = new Float64Array(Math.max(keys.length * 2, used + nToks));
      grown.set(keys.subarray(0, used));
      keys = grown;
    }
    used += shinglesInto(hashes, nToks, keys, used);
    bits[i] = TEXT_BITS.scored
      | ((found & CHILD_FOCUS_BIT) !== 0 ? TEXT_BITS.childFocus : 0) | ((found & REFLECTION_BIT) !== 0 ? TEXT_BITS.reflection : 0)
      | ((found & ACTION_BIT) !== 0 ? TEXT_BITS.actions : 0) | ((found & REVIEWS_BIT) !== 0 ? TEXT_BITS.reviewsPrevious : 0);
  }
  start[n] = used;
  // A view of what is used: no copy (the spare capacity goes along when transferred, uncopied).
  return { bits, start, keys: keys.subarray(0, used) };
}

/** Jaccard similarity of the shingles of rows `i` and `j` (0 when either has none), as scoreRecord computes it. */
export function rowSimilarity(scores: TextScores, i: number, j: number): number {
  const { start, keys } = scores;
  const a0 = start[i]!, a1 = start[i + 1]!, b0 = start[j]!, b1 = start[j + 1]!;
  if (a1 === a0 || b1 === b0) return 0;
  newKeySet(a1 - a0);
  for (let k = a0; k < a1; k++) addKey(keys[k]!);
  let inter = 0;
  for (let k = b0; k < b1; k++) if (hasKey(keys[k]!)) inter++;
  return inter / ((a1 - a0) + (b1 - b0) - inter);
}

/** FNV-1a of a word: shingles are numbers, which is several times faster than strings. */
function wordHash(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** A 53-bit key for a run of word hashes (two independent 32- and 21-bit mixes), so collisions are negligible. */
function runKey(hs: ArrayLike<number>, from: number, to: number): number {
  let a = 0x811c9dc5, b = 0x2545f491;
  for (let i = from; i < to; i++) {
    a = Math.imul(a ^ hs[i]!, 0x01000193);
    b = Math.imul(b ^ hs[i]!, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (b & 0x1fffff) * 0x100000000 + (a >>> 0);
}

// The key set: open addressing over keys, where a slot counts only when its stamp is the current
// generation, so starting a new set costs nothing however large the last one was.
let setKeys = new Float64Array(1024);
let setStamps = new Uint32Array(1024);
let setShift = 22; // 32 - log2(capacity)
let generation = 0;

const slotOf = (key: number): number => Math.imul(key >>> 0, 0x9e3779b1) >>> setShift;

function newKeySet(expected: number): void {
  let capacity = setKeys.length;
  while (capacity < expected * 2) capacity *= 2;
  if (capacity !== setKeys.length || generation === 0xffffffff) {
    setKeys = new Float64Array(capacity);
    setStamps = new Uint32Array(capacity);
    setShift = 32 - Math.log2(capacity);
    generation = 0;
  }
  generation++;
}

/** Adds a key to the set; false when it was already there. */
function addKey(key: number): boolean {
  const mask = setKeys.length - 1;
  for (let i = slotOf(key); ; i = (i + 1) & mask) {
    if (setStamps[i] !== generation) { setStamps[i] = generation; setKeys[i] = key; return true; }
    if (setKeys[i] === key) return false;
  }
}

function hasKey(key: number): boolean {
  const mask = setKeys.length - 1;
  for (let i = slotOf(key); ; i = (i + 1) & mask) {
    if (setStamps[i] !== generation) return false;
    if (setKeys[i] === key) return true;
  }
}

const NO_SHINGLES: Shingles = [];

/**
 * The distinct 3-shingle keys of the first `n` word hashes in `hs`, also left in the key set. A
 * text of one or two words is one shingle of itself, so a bare "No change" repeated from the
 * last record still counts as copied. (A plain array: a small typed array costs far more to make.)
 */
function shinglesOfHashes(hs: ArrayLike<number>, n: number): Shingles {
  if (n === 0) { newKeySet(0); return NO_SHINGLES; }
  if (n < 3) {
    const key = runKey(hs, 0, n);
    newKeySet(1);
    addKey(key);
    return [key];
  }
  const m = n - 2;
  newKeySet(m);
  const out: number[] = [];
  for (let i = 0; i < m; i++) {
    const key = runKey(hs, i, i + 3);
    if (addKey(key)) out.push(key);
  }
  return out;
}

/** shinglesOfHashes, writing the distinct keys into `out` from `at`; returns how many. */
function shinglesInto(hs: ArrayLike<number>, n: number, out: Float64Array, at: number): number {
  if (n === 0) return 0;
  if (n < 3) { out[at] = runKey(hs, 0, n); return 1; }
  const m = n - 2;
  newKeySet(m);
  let k = at;
  for (let i = 0; i < m; i++) {
    const key = runKey(hs, i, i + 3);
    if (addKey(key)) out[k++] = key;
  }
  return k - at;
}

/** Jaccard similarity of `current` (the shingles in the key set) and `other`. */
function overlap(current: Shingles, other: Shingles): number {
  if (current.length === 0 || other.length === 0) return 0;
  let inter = 0;
  for (let i = 0; i < other.length; i++) if (hasKey(other[i]!)) inter++;
  return inter / (current.length + other.length - inter);
}

/** Word 3-shingles (hashed) of a list of words, as the scorer computes them for a record. */
export function shingleSet(ws: readonly string[]): Shingles {
  return shinglesOfHashes(ws.map(wordHash), ws.length);
}

/** |A ∩ B| / |A ∪ B| of two shingle sets; two empty sets are 0 (nothing to copy). */
export function jaccard(a: Shingles, b: Shingles): number {
  newKeySet(a.length);
  for (let i = 0; i < a.length; i++) addKey(a[i]!);
  return overlap(a, b);
}

/** The words of a text as the scorer sees them (lower-cased, dates marked), for tests and tools. */
export function textWords(text: string): string[] {
  return words(normalise(text));
}
