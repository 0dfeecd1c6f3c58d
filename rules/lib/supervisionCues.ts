/**
 * Structural cues of the supervision scorer that need no phrase (issue 22, round 4): an inference
 * that reframes, two explanations weighed, the last meeting named with what became of its items;
 * round 17, a record about an unborn baby.
 */
import { DATE_TOKEN } from './supervisionDates.js';
import { previousWithStatuses } from './supervisionReview.js';
import { MARK, type WordInfo } from './supervisionWords.js';

/** Words that open a sentence drawing an inference, which can ground a verdict in the next one. */
export const INFERRING: ReadonlySet<string> = new Set(['so', 'therefore', 'hence', 'thus', 'consequently', 'overall']);
/** Linking verbs after which a contrast reframes what something is ("So the fights are X, not Y"). */
const COPULAS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  "it's",
  "that's",
  "he's",
  "she's",
  "they're",
]);
/** Words that contrast what something is with what it seemed ("not random aggression", "rather than"). */
const CONTRASTS: ReadonlySet<string> = new Set(['not', 'rather', 'than', 'instead']);
/** Words that leave a "not" part of a plain negative fact ("So mum is still not engaging"). */
const PLAIN_NOT: ReadonlySet<string> = new Set(['still', 'also', 'just', 'really', 'definitely', 'certainly', 'now']);
/** "Last supervision: housing referral - done": the last meeting named (LAST_WORDS), then what became of its items. */
const MEETINGS: ReadonlySet<string> = new Set([
  'supervision',
  'session',
  'time',
  'mo',
  'oversight',
  'meeting',
  // s22-rp: the last meeting abbreviated or mistyped ("last sup", "Previous supervison:"), or a group's.
  'sup',
  'supn',
  'supervison',
  'supervsion',
  'group',
]);
const OUTCOMES: ReadonlySet<string> = new Set(['done', 'completed', 'complete', 'outstanding', 'achieved', 'chased']);

/** Bit (c & 31) for the first letter of each word that can open a reframing (INFERRING and "either"). */
const OPENER_LETTERS = [...INFERRING, 'either'].reduce((m, w) => m | (1 << (w.charCodeAt(0) & 31)), 0);
/** False only when `w` cannot be one of those words: its first letter (mod 32) is none of theirs. */
const opensWithOpenerLetter = (w: string): boolean => (OPENER_LETTERS & (1 << (w.charCodeAt(0) & 31))) !== 0;

/**
 * Analysis written with no signal word (issue 22, round 4): an inference that reframes what
 * something is ("So the fights are Elijah protecting his mum's name, not random aggression": an
 * inferring opener, a linking verb, then a contrast not straight after it), or one that weighs
 * two explanations ("Either mum is protecting him or she does not know": "either", a linking
 * verb, then "or"). Returns the end of the words that show it, or -1.
 */
export function reframes(toks: readonly WordInfo[], from: number, to: number): number {
  const first = toks[from]!.word;
  // Asked of most sentences: a first letter no opener has answers without the Set.
  if (!opensWithOpenerLetter(first)) return -1;
  if (!INFERRING.has(first) && first !== 'either') return -1;
  let copula = -1;
  for (let k = from + 1; k < to; k++) {
    const w = toks[k]!.word;
    if (copula < 0) {
      if (COPULAS.has(w)) copula = k;
    } else if (
      first === 'either' ? w === 'or' : CONTRASTS.has(w) && k > copula + 1 && !PLAIN_NOT.has(toks[k - 1]!.word)
    )
      return k + 1;
  }
  return -1;
}

/**
 * Where a sentence names the last meeting ("last supervision", "previous MO") and, later in it,
 * what became of an item ("done", "outstanding"): a review of the last actions with no phrase
 * of the lexicon ("Last supervision: housing referral - done"), where a bare mention ("Last
 * supervision 12/02.") is not one. Returns the start of the mention, or -1.
 */
export function lastWithOutcome(toks: readonly WordInfo[], from: number, to: number): number {
  for (let k = from; k + 1 < to; k++) {
    if ((toks[k]!.marks & MARK.last) === 0 || !MEETINGS.has(toks[k + 1]!.word)) continue;
    for (let j = k + 2; j < to; j++) if (OUTCOMES.has(toks[j]!.word)) return k;
    return -1;
  }
  return -1;
}

/** A review of the last actions with no phrase: lastWithOutcome, else previousWithStatuses (s22-rp). Returns its start, or -1. */
export function lastReviewed(toks: readonly WordInfo[], from: number, to: number): number {
  const at = lastWithOutcome(toks, from, to);
  return at >= 0 ? at : previousWithStatuses(toks, from, to);
}

/**
 * A record about an unborn baby says so at its head ("Supervision 25/11 - unborn baby of ...",
 * "Pre-birth, EDD 14/6"): only its first words are read for one, so most records pay a few bit tests.
 */
const UNBORN_HEAD = 32;
/** Words that, followed by a date, say the baby has been born ("born 22/11", "delivered 3/1"). */
const BORN: ReadonlySet<string> = new Set(['born', 'delivered']);

/**
 * Whether a record is about an unborn baby (issue 22, round 17): it holds one of the lexicon's
 * unbornWords ("Unborn baby of ...", "EDD 21/01"), so it has no child focus, since the baby has no
 * experience to record yet and what the mother says is her own account (the writers outside the
 * project judged so); unless it says the baby has since been born ("born 22/11"). The word found
 * goes to the explanation when one is being written.
 */
export function unbornIn(
  tokens: { readonly toks: readonly WordInfo[]; readonly n: number },
  ex: { unborn?: string } | null,
): boolean {
  const { toks, n } = tokens;
  const head = Math.min(n, UNBORN_HEAD);
  let k = 0;
  while (k < head && (toks[k]!.marks & MARK.unborn) === 0) k++;
  if (k === head) return false;
  for (let j = 0; j + 1 < n; j++) if (BORN.has(toks[j]!.word) && toks[j + 1]!.word === DATE_TOKEN) return false;
  if (ex !== null) ex.unborn = toks[k]!.word;
  return true;
}
