/**
 * Reads supervision and management-oversight records (SPEC §4.7): does a record speak to the
 * child's experience, reflect on practice, set actions with timescales, review the last actions,
 * or copy the previous record? A lexicon of phrases (data/supervision-lexicon.json, replaceable
 * from the config) is compiled once into a token-level matcher; each record is then scored in one
 * pass over its words, so 100,000 records take a second or two rather than minutes.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
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
/** Sentences end at . ! ? ; followed by a space or the end, and at every line break. */
const SENTENCE_END = /[.!?;](?=\s|$)|\r?\n|\r|\u2022/;

function replaceDates(lower: string): string {
  const mark = (m: string, day: number, month: number): string => (month >= 1 && month <= 12 && day >= 1 && day <= 31 ? ` ${DATE_TOKEN} ` : m);
  return lower
    .replace(ISO_DATE, (m: string, mo: string, d: string) => mark(m, Number(d), Number(mo)))
    .replace(DMY_DATE, (m: string, d1?: string, mo1?: string, d2?: string, mo2?: string) => mark(m, Number(d1 ?? d2), Number(mo1 ?? mo2)))
    .replace(WORD_DATE, ` ${DATE_TOKEN} `);
}

/** Lower-cases, folds curly apostrophes and dashes, and marks dates. */
function normalise(text: string): string {
  return replaceDates(text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'"));
}

function words(sentence: string): string[] {
  return sentence.match(WORD) ?? [];
}

// ---------------------------------------------------------------------------------------------
// Compiled lexicon
// ---------------------------------------------------------------------------------------------

type Step =
  | { kind: 'word'; word: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'slot'; slot: Placeholder };

interface Pattern { set: PhraseSet; steps: Step[] }

export interface CompiledLexicon {
  /** Patterns whose first step is a literal word, by that word. */
  readonly byFirstWord: ReadonlyMap<string, readonly Pattern[]>;
  /** Patterns starting with a prefix (reflect*), by the prefix's first letter. */
  readonly byPrefixLetter: ReadonlyMap<string, readonly Pattern[]>;
  /** Patterns starting with a placeholder: tried at every word (there are few). */
  readonly slotFirst: readonly Pattern[];
  readonly negations: ReadonlySet<string>;
  readonly negationSuffixes: readonly string[];
  readonly negationWindow: number;
  readonly heading: RegExp | null;
}

function compilePhrase(set: PhraseSet, phrase: string): Pattern {
  const steps: Step[] = [];
  // Placeholders are kept whole; everything else is split into words exactly as record text is.
  for (const part of phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/(\{[a-z]+\})/)) {
    const slot = /^\{([a-z]+)\}$/.exec(part);
    if (slot) {
      if (!(PLACEHOLDERS as readonly string[]).includes(slot[1]!)) {
        throw new Error(`"${phrase}": unknown placeholder {${slot[1]}} (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`);
      }
      steps.push({ kind: 'slot', slot: slot[1] as Placeholder });
      continue;
    }
    for (const m of part.matchAll(/([a-z0-9]+(?:'[a-z]+)*)(\*)?/g)) {
      steps.push(m[2] ? { kind: 'prefix', prefix: m[1]! } : { kind: 'word', word: m[1]! });
    }
  }
  if (steps.length === 0) throw new Error(`"${phrase}": has no words`);
  return { set, steps };
}

/** Validates and compiles a lexicon; throws an Error naming the problem (used for config errors). */
export function compileLexicon(input: unknown): CompiledLexicon {
  const parsed = lexiconSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; '));
  }
  const lex = parsed.data;
  const byFirstWord = new Map<string, Pattern[]>();
  const byPrefixLetter = new Map<string, Pattern[]>();
  const slotFirst: Pattern[] = [];
  for (const set of PHRASE_SETS) {
    for (const phrase of lex[set]) {
      let p: Pattern;
      try {
        p = compilePhrase(set, phrase);
      } catch (e) {
        throw new Error(`${set}: ${(e as Error).message}`);
      }
      const first = p.steps[0]!;
      if (first.kind === 'slot') slotFirst.push(p);
      else {
        const [map, k] = first.kind === 'word' ? [byFirstWord, first.word] : [byPrefixLetter, first.prefix[0]!];
        let list = map.get(k);
        if (!list) map.set(k, (list = []));
        list.push(p);
      }
    }
  }
  const headings = lex.actionHeadings.map((h) => h.toLowerCase().trim().split(/\s+/).map(escapeRegExp).join('\\s+'));
  // A heading starts a line (after any bullet or number) and is followed by a colon, a dash or nothing.
  const heading = headings.length
    ? new RegExp(`^[\\s\\-*\u2022\u00b7>#\\d.)]*(?:${headings.sort((a, b) => b.length - a.length).join('|')})\\s*(?::|-|\u2013|$)`, 'i')
    : null;
  return {
    byFirstWord, byPrefixLetter, slotFirst,
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
// Matching
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

function stepMatches(step: Step, w: string): boolean {
  if (step.kind === 'word') return step.word === w;
  if (step.kind === 'prefix') return w.startsWith(step.prefix);
  return slotMatches(step.slot, w);
}

function patternEnd(p: Pattern, ws: readonly string[], at: number): number {
  if (at + p.steps.length > ws.length) return -1;
  for (let k = 0; k < p.steps.length; k++) if (!stepMatches(p.steps[k]!, ws[at + k]!)) return -1;
  return at + p.steps.length;
}

function isNegation(lex: CompiledLexicon, w: string): boolean {
  if (lex.negations.has(w)) return true;
  for (const s of lex.negationSuffixes) if (w.endsWith(s)) return true;
  return false;
}

/**
 * Which phrase sets have a mention in this sentence that is not negated. Overlapping matches of
 * one set form a single mention judged from its first word, so "without discussing the child's
 * wishes and feelings" is negated as a whole rather than rescued by its tail. A mention is negated
 * when (SPEC §4.7) a negation word is among the `negationWindow` words before it; beyond SPEC, also
 * when a `negatedAfter` phrase starts within the window after it ("previous actions not
 * reviewed"), or when it follows a negated mention of the same set within the window ("did not
 * reflect on the impact") — the negation still governs the clause there.
 */
function sentenceHits(lex: CompiledLexicon, ws: readonly string[]): ReadonlySet<PhraseSet> {
  // Most sentences match nothing: allocate only when something does.
  const spans: Spans = { map: null };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const cands = lex.byFirstWord.get(w);
    if (cands) for (const p of cands) addSpan(spans, p, i, patternEnd(p, ws, i));
    const pre = lex.byPrefixLetter.get(w[0]!);
    if (pre) for (const p of pre) addSpan(spans, p, i, patternEnd(p, ws, i));
    for (const p of lex.slotFirst) addSpan(spans, p, i, patternEnd(p, ws, i));
  }
  if (spans.map === null) return NO_HITS;
  const hits = new Set<PhraseSet>();
  const after = (spans.map.get('negatedAfter') ?? []).map(([s]) => s);
  const win = lex.negationWindow;
  for (const [set, list] of spans.map) {
    if (set === 'negatedAfter') continue;
    // Spans were added in order of their start word, so they need no sort to be merged.
    const mentions: [number, number][] = [];
    for (const [s, e] of list) {
      const last = mentions[mentions.length - 1];
      if (last && s < last[1]) last[1] = Math.max(last[1], e);
      else mentions.push([s, e]);
    }
    let prevEnd = -Infinity, prevNegated = false;
    for (const [s, e] of mentions) {
      const negated: boolean = negatedAt(lex, ws, s) || after.some((t) => t >= s && t < e + win) || (prevNegated && s - prevEnd < win);
      if (!negated) { hits.add(set); break; }
      prevEnd = e; prevNegated = negated;
    }
  }
  return hits;
}

interface Spans { map: Map<PhraseSet, [number, number][]> | null }
const NO_HITS: ReadonlySet<PhraseSet> = new Set();

function addSpan(spans: Spans, p: Pattern, s: number, e: number): void {
  if (e < 0) return;
  spans.map ??= new Map();
  let list = spans.map.get(p.set);
  if (!list) spans.map.set(p.set, (list = []));
  list.push([s, e]);
}

/** SPEC §4.7: a negation word among the three words before the phrase, in the same sentence. */
function negatedAt(lex: CompiledLexicon, ws: readonly string[], start: number): boolean {
  for (let k = Math.max(0, start - lex.negationWindow); k < start; k++) if (isNegation(lex, ws[k]!)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

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
  shingles: ReadonlySet<number>;
}

export const COPY_THRESHOLD = 0.8;

/**
 * Scores one record. `previous` is the shingle set of the child's previous record with text (or
 * null). Pure: the same text and lexicon always give the same score.
 */
export function scoreRecord(lex: CompiledLexicon, recordText: string | null, actions: string | null, previous: ReadonlySet<number> | null = null, copyThreshold = COPY_THRESHOLD): RecordScore {
  let childFocus = false, reflection = false, reviewsPrevious = false, hasAction = false;
  const allWords: string[] = [];
  const read = (text: string, actionText: boolean): void => {
    let inActions = actionText;
    for (const line of normalise(text).split(/\r?\n|\r/)) {
      let body = line;
      if (!inActions && lex.heading) {
        const h = lex.heading.exec(line);
        // Everything after an "Actions:" heading is read as the actions column would be.
        if (h) { inActions = true; body = line.slice(h[0].length); }
      }
      for (const sentence of body.split(SENTENCE_END)) {
        const ws = words(sentence);
        if (ws.length === 0) continue;
        for (const w of ws) allWords.push(w);
        const hits = sentenceHits(lex, ws);
        if (hits.has('childFocus')) childFocus = true;
        if (hits.has('reflection')) reflection = true;
        if (hits.has('reviewsPrevious')) reviewsPrevious = true;
        if (hits.has('timescales') && (inActions || hits.has('actionCues'))) hasAction = true;
      }
    }
  };
  if (recordText) read(recordText, false);
  if (actions) read(actions, true);
  const shingles = shingleSet(allWords);
  const similarity = previous === null ? null : jaccard(shingles, previous);
  return {
    childFocus, reflection, actions: hasAction, reviewsPrevious,
    similarity, copied: similarity !== null && similarity >= copyThreshold, shingles,
  };
}

/** FNV-1a of a word: shingles are sets of numbers, which is several times faster than strings. */
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A 53-bit key for a run of word hashes (two independent 32- and 21-bit mixes), so collisions are negligible. */
function runKey(hs: readonly number[], from: number, to: number): number {
  let a = 0x811c9dc5, b = 0x2545f491;
  for (let i = from; i < to; i++) {
    a = Math.imul(a ^ hs[i]!, 0x01000193);
    b = Math.imul(b ^ hs[i]!, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (b & 0x1fffff) * 0x100000000 + (a >>> 0);
}

/**
 * Word 3-shingles (hashed). A text of one or two words is one shingle of itself, so a bare
 * "No change" repeated from the last record still counts as copied.
 */
export function shingleSet(ws: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (ws.length === 0) return out;
  const hs = ws.map(wordHash);
  if (ws.length < 3) { out.add(runKey(hs, 0, hs.length)); return out; }
  for (let i = 0; i + 3 <= hs.length; i++) out.add(runKey(hs, i, i + 3));
  return out;
}

/** |A ∩ B| / |A ∪ B|; two empty sets are 0 (nothing to copy). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const s of small) if (large.has(s)) inter++;
  return inter / (a.size + b.size - inter);
}

/** The words of a text as the scorer sees them (lower-cased, dates marked), for tests and tools. */
export function textWords(text: string): string[] {
  return words(normalise(text));
}
