/**
 * Deadlines without an action cue (issue 22, round 21): when a sentence's timescale counts as a
 * task though nobody is named to do it. Writers count "ICPC within 15 working days" (a timescale
 * opened by a `deadlines` word), and, from outside38 on, a meeting or review set for a day that
 * closes the sentence: "Core group 16/2.", "Next LAC review 02/02/27.",
 * "Review 6 wks." The lexicon names those events in a word class (`events`) that opens timescale
 * phrases ("{events} {date}"); a timescale that opens with a word-class word is such an event.
 * Only when it closes the sentence: "CIN review 4/12 - Ayesha didn't attend", "RCPC 22/01 - remains
 * on plan" report a meeting held, and the writers do not count those (the scorer also leaves out a
 * sentence that records the past: "Core group 19/02 held"). Kept apart from the scorer, which is at
 * its size limit.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { PHRASE_SETS, PLACEHOLDERS } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';

const TIMESCALES = PHRASE_SETS.indexOf('timescales');
/** Slot bits of the lexicon's word classes (after the built-in placeholders'). */
const CLASS_SLOTS = ~((1 << PLACEHOLDERS.length) - 1);

/**
 * Whether the sentence ending before token `to`, whose timescale the matcher found at
 * `hitStart`/`hitEnd`, sets a deadline without a cue: its timescale opens with a `deadlines` word,
 * or it names an event (opens with a word-class word) and closes the sentence.
 */
export function deadlineAt(
  lex: CompiledLexicon,
  toks: readonly WordInfo[],
  from: number,
  to: number,
  hitStart: Int32Array,
  hitEnd: Int32Array,
): boolean {
  const first = toks[hitStart[TIMESCALES]!]!;
  if (lex.deadlines.has(first.word)) return true;
  return from > 0 && hitEnd[TIMESCALES] === to && (first.slots & CLASS_SLOTS) !== 0;
}
