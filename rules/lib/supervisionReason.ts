/**
 * Whether a word gives a reason (lexicon `reasoning`) where it stands: "because" does, "as"
 * comparing ("same as last time", "as agreed") and "since" dating a change ("since last month")
 * do not. Read by the tokeniser (text under a heading) and the scorer (each sentence's words).
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { DATE_TOKEN, MONTH_WORDS, WEEKDAYS } from './supervisionDates.js';
import { MARK, type WordInfo } from './supervisionWords.js';

/** "as" after these compares ("same as last time", "as well as"), it gives no reason. */
// A grading ("Risk is assessed as medium", "rated as low") names a level; it gives no reason.
const COMPARING_BEFORE: ReadonlySet<string> = new Set([
  'same',
  'as',
  'such',
  'well',
  'known',
  'remains',
  'remain',
  'assessed',
  'rated',
  'graded',
  'classed',
  'categorised',
  'scored',
  'forward',
  // "Mum presented as tired", "described as quiet", "seen as a risk": "as" names how someone or
  // something came across, a description, not a reason (s22-acc round 10).
  'presented',
  'presents',
  'presenting',
  'described',
  'identified',
  'recorded',
  'viewed',
  'seen',
  'regarded',
  'came',
]);
/** "as" before these refers to something else ("as before", "as agreed", "as per the plan"). */
const COMPARING_AFTER: ReadonlySet<string> = new Set([
  'before',
  'previously',
  'above',
  'below',
  'agreed',
  'planned',
  'per',
  'usual',
  'expected',
  'discussed',
  'follows',
  'last',
  'well',
  'part',
  'soon',
  // "Risk of reoffending assessed by YOS as medium": a grading names a level, it gives no reason.
  'low',
  'medium',
  'high',
  'moderate',
]);

/**
 * "so" before these is a degree, not a reason: "surprised he talked so freely", "so far", "so
 * much". A word ending in -ly after "so" is an adverb of manner or degree ("so quickly").
 */
const SO_DEGREE: ReadonlySet<string> = new Set(['far', 'much', 'many', 'long', 'little', 'well', 'often', 'young']);
/** Words ending in -ly that are not adverbs of degree: "so family time", "so early help", "so only mum". */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'only', 'early', 'daily', 'weekly', 'monthly', 'fortnightly']);

/**
 * "but" before these joins a second description to the same subject ("Lily is settled but still
 * hoping for return", "engaging but not consistently"): a contrast of states, not a ground weighed
 * (s22-acc round 10). "but mum's account does not fit" opens a clause of its own and still counts.
 */
const BUT_JOINING: ReadonlySet<string> = new Set(['still', 'also', 'not', 'now', 'otherwise', 'remains', 'carries']);

/** Words that put a condition on what follows them ("if progress is maintained"): no reason for it. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'until']);

/** "since" before these dates a change ("no change since last month"), it gives no reason. */
const SINCE_WHEN: ReadonlySet<string> = new Set([
  'last',
  'then',
  'yesterday',
  'early',
  'mid',
  'late',
  'the',
  'this',
  'her',
  'his',
  'their',
  ...MONTH_WORDS,
  ...WEEKDAYS,
  'saturday',
  'sunday',
  'christmas',
  'easter',
  'summer',
  'spring',
  'autumn',
  'winter',
  'discharge',
  'placement',
  'birth',
  DATE_TOKEN,
  // An event or a plan dates a change too ("risks reduced since CP plan ended", "since conference"): s22-acc.
  'cp',
  'cin',
  'lac',
  'icpc',
  'rcpc',
  'conference',
  'court',
  'contact',
  'school',
  // "missing three times since half term" dates a change (round 10); "since starting counselling" may be its ground.
  'half',
  'term',
]);

/**
 * A filter on the words of one `reasoning` set: bit (first letter's code & 31) of entry
 * min(length, 31) is set for each. A word whose bit is clear is not in the set, so most words
 * skip the Set lookup: the scorer asks about every word of a sentence that gives a reason.
 * Built for the last set asked about (a scorer has one lexicon; a compiled lexicon's sets are
 * never changed after it is compiled).
 */
let reasonSet: ReadonlySet<string> | null = null;
const reasonFilter = new Uint32Array(32);
function mayBeReason(set: ReadonlySet<string>, word: string): boolean {
  if (set !== reasonSet) {
    reasonFilter.fill(0);
    for (const w of set) reasonFilter[Math.min(w.length, 31)]! |= 1 << (w.charCodeAt(0) & 31);
    reasonSet = set;
  }
  // charCodeAt(0) of '' is NaN, and NaN & 31 is 0: the empty word has a bit too.
  return (reasonFilter[Math.min(word.length, 31)]! & (1 << (word.charCodeAt(0) & 31))) !== 0;
}

/** Whether `word`, between `prev` and `next` ('' at an end), gives a reason (lexicon `reasoning`). */
export function isReason(lex: CompiledLexicon, prev: string, word: string, next: string): boolean {
  if (!mayBeReason(lex.reasoning, word) || !lex.reasoning.has(word)) return false;
  if (word === 'since') return !(SINCE_WHEN.has(next) || /^\d/.test(next));
  // "baby due August", "review due 3/4": "due" gives a reason only as "due to".
  if (word === 'due') return next === 'to';
  // "a young carer in all but name": an idiom, no contrast at all.
  if (word === 'but') return !(prev === 'all' || BUT_JOINING.has(next));
  if (word === 'so') return !(SO_DEGREE.has(next) || (next.endsWith('ly') && next.length > 4 && !LY_NOUNS.has(next)));
  return word !== 'as' || !(COMPARING_BEFORE.has(prev) || COMPARING_AFTER.has(next));
}

/**
 * Whether tokens [from, to) of one sentence hold a word that gives a reason where it stands.
 * `marks` are the sentence's MARK bits together (none with a reason word: no scan). A condition
 * put on a reasoned mention starting at `mention` ("step down if progress is maintained": if,
 * unless or until just before it) is a plan's terms, not a reason weighed.
 */
export function givesReasonIn(
  lex: CompiledLexicon,
  marks: number,
  toks: readonly WordInfo[],
  from: number,
  to: number,
  mention = -1,
): boolean {
  if ((marks & MARK.reason) === 0) return false;
  for (let k = from; k < to; k++) {
    if (k === mention - 1 && CONDITIONS.has(toks[k]!.word)) continue;
    // "Scaling 5/10 - same as last time": "as" comparing, not giving a reason.
    const prev = k > from ? toks[k - 1]!.word : '',
      next = k + 1 < to ? toks[k + 1]!.word : '';
    if (isReason(lex, prev, toks[k]!.word, next) && !asDoneBefore(toks, k, to)) return true;
  }
  return false;
}

/** Auxiliaries of "as he did", "as they have done": a precedent, not a reason (asDoneBefore). */
const DID: ReadonlySet<string> = new Set(['did', 'does', 'do']);
const HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/**
 * Whether "as" at `k` of tokens up to `to` points to a precedent ("... if he comes to the house
 * drunk, as he has done twice since March", "as they did on 12 Aug"): what happened before, the
 * Signs of Safety danger statement's history, not a reason weighed (s22-acc).
 */
function asDoneBefore(toks: readonly WordInfo[], k: number, to: number): boolean {
  if (toks[k]!.word !== 'as' || k + 2 >= to) return false;
  const aux = toks[k + 2]!.word;
  // "as he did not attend" gives the reason: a negation after the auxiliary is the clause's verb.
  if (DID.has(aux)) return !(k + 3 < to && toks[k + 3]!.negation);
  return HAVE.has(aux) && k + 3 < to && toks[k + 3]!.word === 'done';
}
