/**
 * Action cues that date the past or name no task, rather than set one (issue 22; the weak cue of a
 * review, then round 16). Writers count "Agreed: SW to visit 12/12" as an action with a timescale,
 * but not a decision reported with the date it was made ("step down to Early Help agreed at the
 * CIN review 21/1", "plan – agreed 6/1"), a meeting with the day it is held ("Strategy meeting held
 * 4/3"), a cause ("adjourned due to no court time") or a birth ("Baby due 28/1"): nobody is given a
 * task. Kept apart from the scorer so that stays a small module.
 */
import { DATE_TOKEN, WEEKDAYS } from './supervisionDates.js';
import { PHRASE_SETS, slotBit } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';

export { deadlineAt } from './supervisionEvents.js';
export { liveTimescale } from './supervisionDoneOn.js';

const CUES = PHRASE_SETS.indexOf('actionCues'),
  TIMESCALES = PHRASE_SETS.indexOf('timescales');

/**
 * Words that, between "agreed" and the date, tie the date to a task ("agreed SW to visit 12/12",
 * "agreed she will not take new cases until 1/2").
 */
const TASK_WORDS: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'until',
  'till',
  'from',
  'for',
  'should',
  'must',
]);

/** Cues that in a sentence reviewing the last actions name those actions, not a new one. */
const WEAK_CUES: ReadonlySet<string> = new Set(['action', 'actions', 'agreed']);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Whether the sentence from token `from`, whose action cue and timescale the matcher found at
 * `hitStart`/`hitEnd`, has "agreed" dating a decision rather than setting a task: the timescale is
 * a bare date after it, with no task word between. "Agreed"
 * opening the sentence, or a numbered list after it ("agreed: 1 ..."), opens what was agreed: a task.
 */
export function agreedOnDate(
  toks: readonly WordInfo[],
  from: number,
  hitStart: Int32Array,
  hitEnd: Int32Array,
): boolean {
  const cue = hitStart[CUES]!,
    at = hitStart[TIMESCALES]!,
    end = hitEnd[TIMESCALES]!;
  if (cue === from || at <= cue || end !== at + 1 || toks[cue]!.word !== 'agreed' || toks[at]!.word !== DATE_TOKEN)
    return false;
  if (isDigit(toks[cue + 1]!.word.charCodeAt(0))) return false;
  for (let k = cue + 1; k < at; k++) if (TASK_WORDS.has(toks[k]!.word)) return false;
  return true;
}

/**
 * Whether a meeting named as the cue ("Strategy meeting held 4/3", "Strategy meeting 25/11: s47")
 * is followed by the bare day it is or was held, with no task word between: the meeting's date,
 * nobody's task. "Strategy meeting within 5 working days", "... for 19/12" or "... tomorrow" still set one.
 */
function meetingOnDate(toks: readonly WordInfo[], hitStart: Int32Array, hitEnd: Int32Array): boolean {
  const cueEnd = hitEnd[CUES]!,
    at = hitStart[TIMESCALES]!;
  if (toks[cueEnd - 1]!.word !== 'meeting' || at < cueEnd || hitEnd[TIMESCALES] !== at + 1) return false;
  const w = toks[at]!.word;
  if (w !== DATE_TOKEN && !WEEKDAYS.has(w)) return false;
  for (let k = cueEnd; k < at; k++) if (TASK_WORDS.has(toks[k]!.word)) return false;
  return true;
}

/** Words before "due" that date a cause, a birth or the past ("due to no court time", "Baby due 28/1", "was due 3/2"). */
const DUE_AFTER: ReadonlySet<string> = new Set(['baby', 'was', 'were']);
const NAMES = slotBit('name') | slotBit('names');

/**
 * Whether "due" at the cue is no task's due date: "due to" gives a cause ("adjourned to 15/3 due to
 * no court time"), a baby due is a birth ("Baby due 28/1"), "was due" or "were due" is gone by;
 * round 40: another party's work due ("Guardian's analysis due 1/2", "ISW report due 26/4": a word
 * of the lexicon's `others` class before it in the sentence), unless someone is given a task after
 * it ("... - SW to send the chronology by 20/4").
 */
function dueNotTask(
  toks: readonly WordInfo[],
  from: number,
  to: number,
  cue: number,
  others: ReadonlySet<string>,
): boolean {
  if (toks[cue]!.word !== 'due') return false;
  if (toks[cue + 1]?.word === 'to' || (cue > from && DUE_AFTER.has(toks[cue - 1]!.word))) return true;
  let k = from;
  while (k < cue && !others.has(toks[k]!.name)) k++;
  if (k === cue) return false;
  for (let j = cue + 2; j < to; j++) if (toks[j]!.word === 'to' && tasked(toks[j - 1]!)) return false;
  return true;
}
/** Someone who can be given a task: an adult's role ("SW", "mum"), a name, "we" or "I". */
const tasked = (t: WordInfo): boolean => t.adult || (t.slots & NAMES) !== 0 || t.word === 'we' || t.word === 'i';

/**
 * Whether the sentence's action cue dates the past, not a task: a weak cue in a sentence reviewing
 * the last actions ("Actions agreed on 3 March: referral made"), or "agreed" dating a decision
 * (agreedOnDate) or a meeting its day (meetingOnDate) when the sentence has a timescale; or "due"
 * naming a cause, a birth, the past or another party's work (dueNotTask); `to`: the sentence's end,
 * `others`: the lexicon's `others` word class.
 */
export function pastCue(
  toks: readonly WordInfo[],
  from: number,
  hitStart: Int32Array,
  hitEnd: Int32Array,
  reviewing: boolean,
  timed: boolean,
  to: number,
  others: ReadonlySet<string>,
): boolean {
  return (
    (reviewing && WEAK_CUES.has(toks[hitStart[CUES]!]!.word)) ||
    (timed && (agreedOnDate(toks, from, hitStart, hitEnd) || meetingOnDate(toks, hitStart, hitEnd))) ||
    dueNotTask(toks, from, to, hitStart[CUES]!, others)
  );
}
