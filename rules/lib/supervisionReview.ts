/**
 * What counts as reviewing the last supervision's actions beyond the lexicon's phrases (issue 22,
 * s22-rp): a list of earlier items with what became of them, and what a review heading's text must
 * say. Councils write the review as a heading ("PREVIOUS ACTIONS", "Progress since last time"), a
 * list of items each marked done, outstanding or carried forward, or a line opening with the last
 * meeting; a heading with only an acknowledgement under it ("noted"), or a plan to review later,
 * is not a review.
 */
import { MARK, type WordInfo } from './supervisionWords.js';

/** Where the clause holding `at` begins: after the last line end, ". " or "; " before it (the item an explanation names). */
export const clauseStart = (text: string, at: number): number =>
  Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;

/** Words that say what became of an earlier item ("GP letter - done", "nursery (yes)", "DBS still awaited"). */
const STATUS: ReadonlySet<string> = new Set([
  'done',
  'completed',
  'complete',
  'outstanding',
  'achieved',
  'chased',
  'yes',
  'awaited',
  'carried',
  'ongoing',
  'pending',
  'booked',
  'sent',
  'attended',
  'submitted',
  'received',
  'started',
  // "handed in on time", "happening, but always at 2pm", "not booked, carry forward" (round 10).
  'handed',
  'happening',
  'carry',
  'actioned',
  'arranged',
]);

/**
 * A sentence that opens with the last meeting or its items ("Previous: read the review (done),
 * shadow IRO (done)", "Last month: FGC - yes; hair strand - yes") and marks at least two items with
 * what became of them. One status word is not enough: "Previous SW completed the assessment" is
 * history, not a review. Returns the start of the sentence, or -1.
 */
export function previousWithStatuses(toks: readonly WordInfo[], from: number, to: number): number {
  if ((toks[from]!.marks & MARK.last) === 0) return -1;
  let statuses = 0;
  for (let k = from + 1; k < to; k++) {
    if (!STATUS.has(toks[k]!.word)) continue;
    // One item with its status closing the sentence ("Previous: IRO informed of episodes - done",
    // "Previous: dentist - not attended again") reviews it too (round 10); history names a person
    // after the last-meeting word ("Previous SW completed the assessment") and goes on after it.
    if (++statuses === 2 || (k >= to - 3 && from + 1 < to && !toks[from + 1]!.adult)) return from;
  }
  return -1;
}

/**
 * Whether the sentence in tokens [from, to) is a short item closed by its status ("food bank
 * referral - done", "Life story - outstanding"): two such sentences running, with no heading over
 * them, are a status list of the last actions (round 10: "CP medical done; school meeting - done").
 */
export function statusItem(toks: readonly WordInfo[], from: number, to: number): boolean {
  return to - from >= 2 && to - from <= 7 && LIST_STATUS.has(toks[to - 1]!.word);
}
/**
 * The statuses that close a listed item; not a plain past event ("Letter before proceedings sent.",
 * "Health assessment completed."), which records this month's work as often as last month's.
 */
const LIST_STATUS: ReadonlySet<string> = new Set(['done', 'outstanding']);

/** Text under a review heading that says every action is done: "none outstanding", "nothing left". */
const ALL_DONE =
  /^\W*(?:none|nothing|no actions?)\s+(?:outstanding|left|remaining|pending|carried\s+(?:forward|over))\b/i;
/** Text under a review heading that only plans the review: "To be reviewed next supervision", "Next time". */
const PENDING =
  /^\W*(?:to\s+be\b|to\s+review\b|will\s+be\b|for\s+review\b|next\s+(?:supervision|session|time|month)\b)/i;
/**
 * An acknowledgement that says nothing of the actions: "noted", "reviewed, see last record"; round 47: "Y", and a
 * pointer to another record alone ("Previous actions reviewed: see Ayesha's record", a sibling's).
 */
const ACKNOWLEDGED =
  /^\W*(?:(?:noted|reviewed|discussed|acknowledged|read|seen|yes|y|ok)\W*(?:see\b[^.;]*)?|see\s+[\w']+(?:\s+[\w']+){0,2}\s+(?:record|records|notes|file))\W*$/i;
/**
 * Round 50: a state that goes on, alone under a review heading ("Progress since last supervision: CIN plan in place.",
 * "CIN visits continuing.", "Ongoing"): nothing of what became of an action. At most four words before it and no dash,
 * so an item ticked off ("Previous: stair gate - in place") is still read as one.
 */
const GOES_ON =
  /^[^\S\n]*(?:[\w'/&]+[^\S\n]+){0,4}?(?:continuing|continues|ongoing|in[^\S\n]+place|unchanged|as[^\S\n]+before)\W*$/i;
/** A heading that names only the last meeting ("Last supervision:", "Previous -"), not its actions. */
const MEETING_ONLY =
  /^(?:reviewed\s+)?(?:last|previous|prev)(?:\s+(?:supervision|session|time|sup|oversight|meeting|mo))?$/i;
/**
 * What became of an item, in the text under a heading that names only the last meeting; round 14
 * added the outcomes of a referral or a request ("accepted", "approved", "declined", "obtained") and
 * an item closed by a dash and a past participle ("stair gate - fitted", "GP - not contacted"); round 45
 * an item held (not the meeting itself: "Previous supervision - held on 4/11"), positive or negative,
 * allocated, uploaded or in draft; round 47 the task's doer said to have done it ("Previous: speak to DSL - Priya
 * did on 27/10").
 */
const SAYS_STATUS =
  /\b(?:done|did|completed?|outstanding|achieved|chased|yes|awaited|awaiting|carried|ongoing|pending|booked|sent|made|submitted|received|attended|started|not\s+yet|in\s+progress|approved|obtained|accepted|agreed|declined|refused|confirmed|drafted|rebooked|arranged|actioned|in\s+place|(?<!^\W*)held|positive|negative|allocated|uploaded|in\s+draft)\b|[\u2713\u2714]|\s[-\u2013\u2014]\s*(?:not\s+)?[a-z]+(?:ed|en)\b/i;

/**
 * Whether text under a review heading (`heading` as written) reviews the last actions, given
 * whether it `saysSomething` (not empty, not opening with a negation): "none outstanding" does,
 * though it opens with one; a plan to review, or an acknowledgement alone, does not; under a
 * heading naming only the last meeting ("Last supervision: 12/02") the text must say what became
 * of an item.
 */
export function reviewsUnder(heading: string, text: string, saysSomething: boolean): boolean {
  if (!saysSomething && !ALL_DONE.test(text)) return false;
  if (PENDING.test(text) || ACKNOWLEDGED.test(text) || GOES_ON.test(text)) return false;
  return !MEETING_ONLY.test(heading.trim().replace(/\s+/g, ' ')) || SAYS_STATUS.test(text);
}

/**
 * An item closed by its outcome set off after a dash or in brackets (round 15): "CMH 9/12 – done",
 * "co-work visit happened (done)", "Observation 2 written up – done", "TARGET 1 – ACHIEVED",
 * "Bereavement referral - accepted", "FGC - held 3/2", "drug test - not done". Set off so, the
 * outcome reports an earlier task as a practice supervisor ticks it off; a plain "done" in a
 * sentence ("we have done a genogram"), a hyphenated word ("hand-held") or a list bullet ("- Met
 * the team") is no such mark. Today's work ("referral made today (done)", "(done same day)"), a
 * description ("(completed with SW Lucy)") and the last meeting itself are not reviews. Every
 * outcome here is a STATUS word, so the tokeniser's status mark tells which records to read.
 */
const SET_OFF_STATUS =
  /(?:[-\u2013\u2014]|\()[ \t]*(done|completed?|achieved|submitted|received|accepted|filed|held|sent|chased|not[ \t]+done|in[ \t]+place|carried[ \t]+forward)\b/gi;
const LAST_MEETING = /^\W*(?:last|previous|prev)\s+(?:supervision|session|meeting|oversight|sup|mo)\W*$/i;
const AFTER_NOT_A_REVIEW = /^[ \t]+(?:same[ \t]+day|today|with)\b/i;

/** The item and outcome of the first set-off status in `text` ("CMH 9/12 – done"), or null. */
export function setOffStatus(text: string): string | null {
  SET_OFF_STATUS.lastIndex = 0;
  for (let m = SET_OFF_STATUS.exec(text); m !== null; m = SET_OFF_STATUS.exec(text)) {
    // A hyphen inside a word ("hand-held", "self-completed") sets nothing off.
    if (text[m.index] === '-' && text[m.index - 1] !== ' ' && text[m.index + 1] !== ' ') continue;
    const end = m.index + m[0].length;
    if (AFTER_NOT_A_REVIEW.test(text.slice(end, end + 12))) continue;
    // An item before the mark, on the same line: not a bullet opening a line.
    let k = m.index - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
    if (k < 0 || !/[A-Za-z0-9)'"]/.test(text[k]!)) continue;
    const from = clauseStart(text, k);
    const item = text.slice(from, end).trim();
    // Today's work, or the last meeting itself ("Previous supervision - held on 4/11"), is no item.
    if (/\btoday\b/i.test(item) || LAST_MEETING.test(text.slice(from, m.index))) continue;
    return item;
  }
  return null;
}

/**
 * Whether `text` ticks an earlier item off (setOffStatus), the item added to the explanation's
 * reviews when one is being written. Applied by the scorer after the model, as the follow-up of a
 * previous record is: a union, so the model's inputs and weights are not moved by it.
 */
export function tickedOff(text: string | null, explanation: { reviewsPrevious: string[] } | null): boolean {
  const item = text ? setOffStatus(text) : null;
  if (item !== null) explanation?.reviewsPrevious.push(item);
  return item !== null;
}
