/**
 * A review of the last actions told without naming them as last time's (issue 22, round 12): the
 * record says what became of an item the child's previous record set ("Actions: viability of
 * Dean by 28/11" then "Viability of Dean - positive"; "SW to refer to play therapy" then "Play
 * therapy referral made 27/11"). No phrase can see this; the two records together can. An item
 * is a distinctive word of a task in the previous record (after an "Actions:" or "Plan:" label, a
 * "SW to refer", a "to be completed", a "by 30/11" or a "due 2/12"); the record follows it up when
 * one of its clauses names that word with what became of it (done, filed, started, positive, still,
 * not yet, …), is not itself a task, and is not a sentence carried over from the previous record.
 * Run only on a record with a previous one that no phrase found reviewing, so it costs nothing on
 * the rest.
 */

import type { Day } from '../../src/model/day.js';
import { STATUS } from './supervisionStatus.js';
import { daysIn } from './supervisionDays.js';
import { doneInItsVerb } from './supervisionFollowVerb.js';

/**
 * A record's text and actions, as the scorer reads them, and the row's date when the caller knows
 * it (an audit's supervision_date; the corpora have none): the stale-date check's record date.
 */
export type RecordTexts = readonly [string | null, string | null, (Day | null)?];

/** A line that lists tasks: "Actions:", "Plan -", "Next steps:", "Agreed:", "To do:". */
const TASK_LINE = /^\W*(?:actions?|plan|agreed|tasks?|to\s+do|next\s+steps)\b[^:\n-]{0,30}[:-]/i;
/**
 * A list of tasks labelled after a sentence on the same line (round 15): "Legal gateway – agreed to
 * issue. Actions: SW to complete SWET", "Oscar - actions: CCN to do the checklist", "Next: legal
 * gateway 16/12". The label closes with a colon, so "next week" or "plan to" is no label.
 */
const TASK_LABEL = /(?:^|[.;!?]\s|\s[-\u2013]\s)\W*(?:actions?|plan|agreed|tasks?|to\s+do|next(?:\s+steps)?)\s*:/i;
/**
 * A clause that opens with what to do, as a task written bare is (round 15): "Submit NRM.",
 * "Arrange CP medical.", "Book 8 sessions with mum.", "Start life story work."
 */
const BARE_TASK =
  /^\W*(?:book|request|send|chase|refer|convene|arrange|ring|write|check|speak|invite|share|obtain|seek|escalate|submit|draft|finalise|apply|explore|liaise|undertake|ensure|inform|instruct|complete|update|visit|start|use|make|set\s+up)\b/i;
/**
 * A task in a clause: someone to do something ("SW to refer", "Mum to book"; "to" before an object
 * — "referred to CAMHS", "to her" — is not one), "to be completed", "will chase", "by 30/11",
 * "by Friday", "due 2/12"; round 28: an irregular "to be sent", "to be set", "to be sought".
 */
const TASK =
  /\b(?:to\s+(?!(?:the|a|an|his|her|their|my|our|its|him|them|me|us|school|nursery|court|college|hospital|home|be)\b)[a-z]{3,}|to\s+be\s+(?:[a-z]+ed|sent|set|sought|done|seen|held|made|given|taken|written|met|found|kept|told|paid|shown|known|chosen|spoken|put|read|run)\b|will\s+[a-z]{3,}|by\s+(?:\d|mon|tue|wed|thu|fri|next|end\b|the\s+\d)|due\s+(?:by\s+|on\s+)?\d)/;
/**
 * TASK as read in a clause that says what became of an item (round 33): "to" before a name's
 * possessive or before the item's own outcome names where the item went, not a task ("Letter to
 * housing sent 16/12", "letter to dad's probation officer not yet sent"); a verb never takes "'s",
 * and "to VERB sent" is no English; "up to date" is no task either ("IHA done 11/12, immunisations
 * up to date"). The rest of TASK is unchanged.
 */
const TO_VERB = '[a-z]{3,}|to\\s+be',
  NOT_VERBS = '|home|be)';
// A wrong edit of TASK must not leave this silently equal to it.
if (!TASK.source.includes(TO_VERB) || !TASK.source.includes(NOT_VERBS))
  throw new Error('supervisionFollowUp: TASK no longer has its "to VERB" form');
const TASK_IN_STATUS = new RegExp(
  TASK.source
    .replace(NOT_VERBS, '|home|be|date)')
    .replace(
      TO_VERB,
      "[a-z]{3,}\\b(?!'s)(?!\\s+(?:sent|done|made|submitted|completed|filed|received|held|not\\s+yet)\\b)|to\\s+be",
    ),
);
/** An item set "to do" ("YC assessment to do"); "to do with" is about something, no task. */
const TO_DO = /\bto\s+do\b(?!\s+with\b)/i;
// What became of an item (done, filed, not yet, …): STATUS, shared with the tokeniser's mark of it.
/**
 * A dated clause ("Joint visit with HV on 3 Dec.", "Strategy discussion 18/12.", "Network meeting
 * w/c 18/01") that names no outcome (STATUS): in a previous record, a step planned for a day, so a
 * task whose item a later record may report on (round 25: writers list the last actions so, bare).
 */
const DATED =
  /\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bw\/c\b/i;
/**
 * Words too common in case records to identify an item: people, places and work every record names
 * ("visit", "school", "assessment", "contact"), time words, and the words of the task itself.
 */
const GENERIC: ReadonlySet<string> = new Set(
  (
    'with from that this they them their have been were will would about after before into onto over under than ' +
    'then when what where which while also just only very some more most much many such each every both either ' +
    'other another same does doing make need needs needed next last week weeks month months today tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday plan plans supervision session sessions meeting ' +
    'meetings review reviewed action actions agreed discuss discussed discussion update updated visit visits ' +
    'visited child children young person mum mother dad father parent parents carer carers family worker social ' +
    'team manager school home case record notes time date note says said told asked feel feels felt seen alone ' +
    'back well good there here going ongoing within days working because should could might must upon like ' +
    'again first second third january february march april june july august september october november ' +
    'december sept contact nursery missing safety weekend change down support direct work works assessment ' +
    'assessments referral referrals letter report reports check checks health risk concerns concern worries worry ' +
    'police court hearing order staff group core conversation information advice book chase arrange speak talk ' +
    'ensure consider continue follow attend attending appointment appointments send sent complete gran nan grandma ' +
    'grandmother grandad grandfather aunt uncle brother sister siblings partner foster baby boys girls ' +
    // A record's own section labels ("Analysis: ... to reduce the risk" is no task's item).
    'analysis reflection reflections summary background experience evaluation outcome outcomes conclusion ' +
    'scaling ' +
    // A word of a status of two ("took place"; "place" stays: "nursery place started").
    'took'
  ).split(' '),
);
/** Roles and plan types that every record of a case names. */
const ROLES: ReadonlySet<string> = new Set([
  'sw',
  'tm',
  'cp',
  'cin',
  'lac',
  'cla',
  'pa',
  'iro',
  'cpp',
  'mo',
  'nqsw',
  'asye',
  'fc',
  'sm',
  'ssw',
]);
const WORD = /[A-Za-z][A-Za-z'-]+/g;

/**
 * Whether `word` (lower case) is written in `text` as a name: capitalised after a lower-case word,
 * a comma or a bracket ("with Dean", "told Jordan"), so a person, not an item.
 */
function namedIn(text: string, word: string): boolean {
  const cap = capitalised(word);
  for (let at = text.indexOf(cap); at >= 0; at = text.indexOf(cap, at + 1)) {
    if (/[A-Za-z-]/.test(text[at + cap.length] ?? '')) continue;
    let k = at - 1;
    if (!isSpace(text.charCodeAt(k))) continue;
    while (k > 0 && isSpace(text.charCodeAt(k))) k--;
    if (/[a-z,;)]/.test(text[k] ?? '')) return true;
  }
  return false;
}

/**
 * `word` with a capital at its start and after each hyphen, as word.replace(/(^|-)([a-z])/g, …
 * toUpperCase) writes it: a letter a-z is raised where it opens the word or follows a hyphen (a
 * match ends on its letter, so no hyphen is taken by the match before). By hand, with no callback
 * a match (issue 22's speed). @internal Exported for its test.
 */
export function capitalised(word: string): string {
  let out = '',
    from = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122 && (i === 0 || word.charCodeAt(i - 1) === 45)) {
      out += word.slice(from, i) + String.fromCharCode(c - 32);
      from = i + 1;
    }
  }
  return from === 0 ? word : out + word.slice(from);
}

/** Clauses: sentences, lines, and the parts of a line a dash before a capital starts. */
function clauses(text: string): string[] {
  // The en dash escaped: the bundle is ASCII only (scripts/bundle.mjs).
  return text
    .split(/(?<=[.;!?])\s+|\n+|\s+[-\u2013]\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
const lowerWords = (clause: string): string[] => (clause.match(WORD) ?? []).map(stem);

/** Whether position `at` of `text` is in a task: a clause with one (TASK), or a line that lists them (TASK_LINE). */
function inTask(text: string, at: number): boolean {
  const [from, to] = clauseBounds(text, at);
  const clause = clauseText(text, from, to);
  // Round 40: "to do" sets an item too ("YC assessment to do").
  if (TASK.test(clause) || BARE_TASK.test(clause) || TO_DO.test(clause)) return true;
  if (DATED.test(clause) && !STATUS.test(clause)) return true;
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return TASK_LINE.test(text.slice(start, end < 0 ? text.length : end)) || TASK_LABEL.test(text.slice(start, at));
}

/**
 * The distinctive words of the previous record's tasks among `wanted` (the words the record's
 * status clauses could share with it): acronyms ("ISW", "FGC") and plain words of 4+ letters,
 * each looked for where it is written in the previous record rather than by reading all of it.
 */
function itemWords(previous: string, lowerPrevious: string, wanted: ReadonlySet<string>): Set<string> {
  const items = new Set<string>();
  for (const word of wanted) {
    for (let at = lowerPrevious.indexOf(word); at >= 0; at = lowerPrevious.indexOf(word, at + 1)) {
      const end = at + word.length;
      // The whole word only: "Dean's" holds "dean", "step-down" not "step".
      if (/[A-Za-z'-]/.test(previous[at - 1] ?? '')) continue;
      if (/[A-Za-z]/.test(previous[end] ?? '') || (previous[end] === '-' && /[A-Za-z]/.test(previous[end + 1] ?? '')))
        continue;
      if (word.length < 4 && !/^[A-Z]{2,}s?$/.test(previous.slice(at, end))) continue;
      if (!inTask(previous, at)) continue;
      items.add(word);
      break;
    }
  }
  return items;
}

/**
 * Whether a clause is carried over from the previous record, not an update: mostly the same words
 * as one of its clauses (word Jaccard >= 0.5) with no word of what became of the item that that
 * clause lacks ("Hair strand test done 4/3" after "Hair strand test by 1/3" is an update).
 */
function carriedOver(words: readonly string[], previous: readonly ReadonlySet<string>[]): boolean {
  const a = new Set(words);
  for (const b of previous) {
    let shared = 0;
    for (const w of a) if (b.has(w)) shared++;
    if (shared / (a.size + b.size - shared) < 0.5) continue;
    let news = false;
    for (const w of a) if (!b.has(w) && STATUS.test(w)) news = true;
    if (!news) return true;
  }
  return false;
}

/** The one-word statuses, to test a single word without a regex. */
const STATUS_WORDS: ReadonlySet<string> = new Set(
  STATUS.source
    .slice(5, -3)
    .split('|')
    .filter((w) => /^[a-z]+$/.test(w))
    .concat(['complete', 'completed']),
);
/** A word alternation `\\b(?:a|b|…)\\b` regrouped by first letter, which the regex engine tries faster. */
function byFirstLetter(source: string): string {
  const groups = new Map<string, string[]>();
  for (const w of source.slice(5, -3).split('|')) groups.set(w[0]!, [...(groups.get(w[0]!) ?? []), w.slice(1)]);
  return `\\b(?:${[...groups].map(([c, rest]) => `${c}(?:${rest.join('|')})`).join('|')})\\b`;
}
/** STATUS in any case, each place it is written. */
const STATUS_EACH = new RegExp(byFirstLetter(STATUS.source), 'gi');
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 10;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
/** [A-Za-z], and WORD's later characters [A-Za-z'-]. */
const isAlpha = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isWordPart = (c: number): boolean => isAlpha(c) || c === 39 || c === 45;
/** Whether a clause ends at text[i] (as `clauses` splits): a line end, a stop before a space, a dash between spaces before a capital. */
function endsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) return true;
  // . ; ! ?
  if (c === 46 || c === 59 || c === 33 || c === 63) return i + 1 >= text.length || isSpace(text.charCodeAt(i + 1));
  // - or an en dash
  return (
    (c === 45 || c === 0x2013) &&
    text.charCodeAt(i - 1) === 32 &&
    text.charCodeAt(i + 1) === 32 &&
    isUpper(text.charCodeAt(i + 2))
  );
}
/** Where the clause around position `at` starts and ends (as `clauses` splits the text). */
function clauseBounds(text: string, at: number): [number, number] {
  let from = at;
  while (from > 0 && !endsAt(text, from - 1)) from--;
  let to = at;
  while (to < text.length && !endsAt(text, to)) to++;
  return [from, to];
}
/** The clause from `from` to its end `to`, trimmed: a stop ends its clause; a line end or a dash does not belong to it. */
function clauseText(text: string, from: number, to: number): string {
  const c = text.charCodeAt(to);
  return text.slice(from, c === 10 || c === 45 || c === 0x2013 ? to : to + 1).trim();
}
/**
 * The clauses of `text` with a status word and no task, found from each status word outwards
 * rather than by splitting the whole text (most records have none, or one or two).
 */
function statusClauses(text: string): string[] {
  const found: string[] = [];
  STATUS_EACH.lastIndex = 0;
  for (let m = STATUS_EACH.exec(text); m !== null; m = STATUS_EACH.exec(text)) {
    const [from, to] = clauseBounds(text, m.index);
    const clause = clauseText(text, from, to);
    STATUS_EACH.lastIndex = to + 1;
    if (clause !== '' && !TASK_IN_STATUS.test(clause)) found.push(clause);
  }
  return found;
}
const stem = (w: string): string => (w.endsWith("'s") ? w.slice(0, -2) : w).toLowerCase();

/**
 * The words of the record's status clauses that could name an item at all: not words every record
 * uses, and of 4+ letters or an acronym's capitals. Only a quick test, before the previous record
 * is read: itemWords decides. @internal Exported for its test against WORD's matches.
 */
export function itemLike(clauses: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const c of clauses)
    // WORD's matches found by hand (a letter, then one or more of [A-Za-z'-]): most are short or
    // common, so no array of them and no string for a short one is made (issue 22's speed).
    for (let i = 0, n = c.length; i < n;) {
      if (!isAlpha(c.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isWordPart(c.charCodeAt(j))) j++;
      const from = i;
      i = j;
      if (j - from < 2 || (j - from < 4 && !(isUpper(c.charCodeAt(from)) && isUpper(c.charCodeAt(from + 1))))) continue;
      const lw = stem(c.slice(from, j));
      if (lw.length >= 2 && !GENERIC.has(lw) && !ROLES.has(lw) && !STATUS_WORDS.has(lw)) words.add(lw);
    }
  return words;
}

/** Whether `word` (from itemLike) is written in the previous record: 4+ letters in any case, an acronym in capitals. */
function writtenIn(word: string, before: string, lowerBefore: string): boolean {
  if (word.length >= 4) return lowerBefore.includes(word);
  const upper = word.toUpperCase();
  return before.includes(upper) || before.includes(`${upper.slice(0, -1)}s`);
}

/**
 * The clause of `current` that says what became of an item of `previous`'s tasks, with the item's
 * word, or null when none does. The record's clauses with a status and no task are found first,
 * and the previous record read only when one of them has a word it holds.
 */
export function followUp(previous: RecordTexts, current: RecordTexts): { clause: string; item: string } | null {
  const text = current[0];
  if (text === null || text === '') return null;
  const candidates = statusClauses(text);
  const before =
    previous[1] === null ? (previous[0] ?? '') : previous[0] === null ? previous[1] : `${previous[0]}\n${previous[1]}`;
  // The previous record's clauses, split once and only when a clause here needs comparing with them.
  let previousClauses: Set<string>[] | null = null;
  const carriedWords = (words: string[]): boolean =>
    carriedOver(words, (previousClauses ??= clauses(before).map((c) => new Set(lowerWords(c)))));
  const carried = (clause: string): boolean => TASK.test(clause) || carriedWords(lowerWords(clause));
  // No status word, no follow-up: the tokeniser's status mark lets the rule skip such records (issue
  // 22's speed); round 28's verb rule below runs on records with one (it costs 6 of 10,000 held out).
  if (candidates.length === 0) return null;
  const wanted = itemLike(candidates);
  const lowerBefore = before.toLowerCase();
  for (const w of wanted) if (!writtenIn(w, before, lowerBefore)) wanted.delete(w);
  const items = wanted.size === 0 ? wanted : itemWords(before, lowerBefore, wanted);
  for (const w of items) if (namedIn(before, w) || namedIn(text, w)) items.delete(w);
  if (items.size > 0)
    for (const clause of candidates) {
      const words = lowerWords(clause);
      const item = words.find((w) => items.has(w));
      if (item === undefined) continue;
      if (!carriedWords(words)) return { clause, item };
    }
  // Round 25: the item named by its date ("Strategy discussion 19/1." then "The strategy discussion
  // 19/1 happened"): the same day in a task of the previous record and in a status clause here; round 50:
  // written in numbers or in words, either way ("core group by 13 July", then "Core group 13/7 booked").
  for (const clause of candidates)
    for (const { key } of daysIn(clause)) {
      if (!datedTask(before, key)) continue;
      if (!carriedWords(lowerWords(clause))) return { clause, item: key };
    }
  // Round 28: a task reported done in its own verb ("SW to ask Rowan" then "Done - SW asked Rowan 2/12").
  return doneInItsVerb(before, () => clauses(text), carried);
}

/** Whether `day` ("20/1", no leading zeros) is written in a task of the previous record (inTask), in numbers or words. */
function datedTask(before: string, day: string): boolean {
  for (const { key, at } of daysIn(before)) if (key === day && inTask(before, at)) return true;
  return false;
}
