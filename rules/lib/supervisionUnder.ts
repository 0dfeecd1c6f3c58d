/**
 * What is written under a template heading, read as a whole (issue 22): whose words it holds, whether
 * it says the voice is absent, opens with a task, or gives a reason. Split from supervisionTokens,
 * which finds the headings and reads the words; these only look at the text under one.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { isReason } from './supervisionReason.js';

const WORD = /[A-Za-z0-9']+/g;
/**
 * Where WORD's match starting at `i` ends (up to `n`), or `i` when none starts there. A text's
 * words found with it, not by matchAll, make no match array and no iterator result a word: about
 * 20 MB of garbage over the speed bench's 100,000 records (issue 22).
 */
export function wordEnd(text: string, i: number, n: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); j < n; c = text.charCodeAt(++j))
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39)) break;
  return j;
}
/** Words that open a task rather than what the child said or showed: "To be seen next week", "Awaiting direct work". */
const TASK_OPENERS: ReadonlySet<string> = new Set(['to', 'awaiting', 'pending', 'planned']);

/**
 * Whether text under a child's-voice heading is someone else's or a task: an adult among its first
 * two words ("Mum says he is fine", "The foster carer reports ..."), or an opening imperative or
 * task word ("See him alone at school", "To be gathered at the next visit").
 */
export function someoneElsesOrTask(lex: CompiledLexicon, text: string): boolean {
  let k = 0;
  for (const m of text.slice(0, 200).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (lex.adults.has(w) || (k === 0 && (lex.imperatives.has(w) || TASK_OPENERS.has(w)))) return true;
    if (++k === 2) return false;
  }
  return false;
}

/**
 * Whether text under a child's-voice heading says the voice is absent: a negatedAfter phrase in its
 * first sentence ("Emily's voice is absent from this record", "Baby was asleep so could not be
 * observed"). A later sentence may still give the child's voice or presentation, and is read as
 * any sentence is; only the heading's own credit is withheld.
 */
export function absent(lex: CompiledLexicon, text: string): boolean {
  if (lex.absence === null) return false;
  const end = text.search(/[.;!?](?:\s|$)/);
  return lex.absence.test(end < 0 ? text.slice(0, 200) : text.slice(0, Math.min(end, 200)));
}

/** The text after its first sentence ('' when it has one only). */
export function afterFirstSentence(text: string): string {
  const end = text.search(/[.;!?](?:\s|$)/);
  return end < 0 ? '' : text.slice(end + 1);
}

/** Whether text opens with an imperative or a task's opener ("Consider whether ...", "To ..."). */
export function opensWithTask(lex: CompiledLexicon, text: string): boolean {
  const w = /[A-Za-z0-9']+/.exec(text)?.[0].toLowerCase();
  return w !== undefined && (lex.imperatives.has(w) || TASK_OPENERS.has(w));
}

/** Whether text under a reasoned heading gives a reason: one of the lexicon's `reasoning` words. */
export function givesReason(lex: CompiledLexicon, text: string): boolean {
  let prev = '',
    pending = '';
  // Each word is judged once the next is known ("as before" compares, it gives no reason).
  // WORD's matches in the first 400 characters, found by hand (wordEnd).
  for (let i = 0, j: number, n = Math.min(text.length, 400); i < n; i = j === i ? i + 1 : j) {
    if ((j = wordEnd(text, i, n)) === i) continue;
    const w = text.slice(i, j).toLowerCase();
    if (pending !== '' && isReason(lex, prev, pending, w)) return true;
    prev = pending;
    pending = w;
  }
  return pending !== '' && isReason(lex, prev, pending, '');
}
