/**
 * A date that says when something was done is no timescale (issue 22, round 33). Writers list what
 * became of the last actions under the new ones, or under an actions heading the tokeniser reads on
 * into ("Next steps: contextual safeguarding referral - done 20/1", "Last actions: direct work on
 * feelings - done 9/12", "MACE - held 4/2 (done)"): each date there follows the word that reports
 * the work done ("done", "held", "sent", "completed": the lexicon's `pastMarkers`), so it dates the
 * past, and nobody is given a task by it (over outside20-73 and the style corpus's development
 * part, reading them so judged 30 records' actions more right and 2 less). A date after "to be
 * held" or "will be done" is the task's own ("MACE to be held 3/3"), and any other date in the
 * sentence from the timescale on ("SW to visit by 20/3") keeps the timescale live.
 */
import { DATE_TOKEN } from './supervisionDates.js';
import type { Tokens } from './supervisionTokens.js';
import { PHRASE_SETS } from './supervisionTrie.js';
import { MARK, type WordInfo } from './supervisionWords.js';

const TIMESCALES = PHRASE_SETS.indexOf('timescales');

/**
 * Whether every date of the sentence in tokens [from, to), from the timescale the matcher found
 * (`at`, its first token) on, follows a past marker that is not "be ..." ("done 9/12", not "to be
 * held 3/3"), and there is at least one: the timescale dates work done.
 */
export function doneOn(toks: readonly WordInfo[], from: number, to: number, at: number): boolean {
  let any = false;
  for (let k = Math.max(at, from); k < to; k++) {
    if (toks[k]!.word !== DATE_TOKEN) continue;
    // A date opening the sentence follows no marker.
    const after = k > from && (toks[k - 1]!.marks & MARK.past) !== 0 && !(k - 2 >= from && toks[k - 2]!.word === 'be');
    if (!after && !doneAfter(toks, from, to, k)) return false;
    any = true;
  }
  return any;
}

/**
 * Round 35: a date the word reporting the work done follows ("strategy 12/01 held", "Doreen respite
 * assessment 5/2 - done", "SO plan 30/1 (done)") dates the past as one after it does; not a
 * deadline's date ("by 20/3 done?" sets one), nor one followed by "agreed", "was" or "had", which
 * tell of a decision or a state rather than the work.
 */
const NOT_DONE_AFTER: ReadonlySet<string> = new Set(['agreed', 'was', 'were', 'had']);
const DEADLINES: ReadonlySet<string> = new Set(['by', 'within', 'before']);
function doneAfter(toks: readonly WordInfo[], from: number, to: number, k: number): boolean {
  const next = toks[k + 1];
  return (
    k + 1 < to &&
    (next!.marks & MARK.past) !== 0 &&
    !NOT_DONE_AFTER.has(next!.word) &&
    !(k > from && DEADLINES.has(toks[k - 1]!.word))
  );
}

/**
 * Whether the timescale the matcher found in the sentence in tokens [from, to) is live: not a date
 * passed at the record's own date (round 26, StaleDates) and not a date of work done (doneOn).
 */
export function liveTimescale(
  tokens: Tokens,
  from: number,
  to: number,
  hitStart: Int32Array,
  hitEnd: Int32Array,
): boolean {
  return (
    !tokens.stale.stale(tokens, from, to, hitStart, hitEnd) && !doneOn(tokens.toks, from, to, hitStart[TIMESCALES]!)
  );
}
