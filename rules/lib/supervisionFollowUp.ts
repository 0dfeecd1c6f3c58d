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

/** A record's text and actions, as the scorer reads them. */
export type RecordTexts = readonly [string | null, string | null];

/** A line that lists tasks: "Actions:", "Plan -", "Next steps:", "Agreed:", "To do:". */
const TASK_LINE = /^\W*(?:actions?|plan|agreed|tasks?|to\s+do|next\s+steps)\b[^:\n-]{0,30}[:-]/i;
/**
 * A task in a clause: someone to do something ("SW to refer", "Mum to book"; "to" before an object
 * — "referred to CAMHS", "to her" — is not one), "to be completed", "will chase", "by 30/11",
 * "by Friday", "due 2/12".
 */
const TASK =
  /\b(?:to\s+(?!(?:the|a|an|his|her|their|my|our|its|him|them|me|us|school|nursery|court|college|hospital|home|be)\b)[a-z]{3,}|to\s+be\s+[a-z]+ed\b|will\s+[a-z]{3,}|by\s+(?:\d|mon|tue|wed|thu|fri|next|end\b|the\s+\d)|due\s+(?:by\s+|on\s+)?\d)/;
/** What became of an item: done, filed, started, positive, still outstanding, not yet, now in place. */
const STATUS =
  /\b(?:done|completed?|made|sent|filed|submitted|accepted|attended|held|happened|started|booked|passed|received|declined|refused|outstanding|carried|chased|not\s+yet|now|in\s+place|went|gone|took\s+place|arranged|positive|negative|approved|granted|confirmed|finished|secured|allocated|cancelled|postponed|awaiting|awaited|pending|still)\b/;
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
    'grandmother grandad grandfather aunt uncle brother sister siblings partner foster baby boys girls'
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
/** A capitalised word after a lower-case word or a comma: a name, not an item ("with Dean", "told Jordan"). */
const NAME = /(?<=[a-z,;)]\s+)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g;

/** Clauses: sentences, lines, and the parts of a line a dash before a capital starts. */
function clauses(text: string): string[] {
  return text
    .split(/(?<=[.;!?])\s+|\n+|\s+[-–]\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
const lowerWords = (clause: string): string[] =>
  (clause.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/'s$/, ''));

/** The distinctive words of the previous record's tasks: acronyms ("ISW", "FGC") and plain words of 4+ letters that are not names. */
function itemWords(previous: string, names: ReadonlySet<string>): Set<string> {
  const items = new Set<string>();
  for (const line of previous.split(/\n+/)) {
    const listed = TASK_LINE.test(line);
    for (const clause of clauses(line)) {
      if (!listed && !TASK.test(clause)) continue;
      for (const w of clause.match(WORD) ?? []) {
        const acronym = /^[A-Z]{2,}s?$/.test(w);
        const lw = w.toLowerCase().replace(/'s$/, '');
        if ((!acronym && lw.length < 4) || GENERIC.has(lw) || ROLES.has(lw) || names.has(lw) || STATUS.test(lw))
          continue;
        items.add(lw);
      }
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

/**
 * The clause of `current` that says what became of an item of `previous`'s tasks, with the item's
 * word, or null when none does.
 */
export function followUp(previous: RecordTexts, current: RecordTexts): { clause: string; item: string } | null {
  const before = previous.filter((t): t is string => t !== null).join('\n');
  const text = current[0];
  if (text === null || text === '' || before === '' || !(TASK.test(before) || /[:-]/.test(before))) return null;
  const names = new Set<string>();
  for (const m of `${before}\n${text}`.matchAll(NAME)) names.add(m[0].toLowerCase());
  const items = itemWords(before, names);
  if (items.size === 0) return null;
  let previousClauses: Set<string>[] | null = null;
  for (const clause of clauses(text)) {
    if (!STATUS.test(clause.toLowerCase()) || TASK.test(clause)) continue;
    const words = lowerWords(clause);
    const item = words.find((w) => items.has(w));
    if (item === undefined) continue;
    previousClauses ??= clauses(before).map((c) => new Set(lowerWords(c)));
    if (!carriedOver(words, previousClauses)) return { clause, item };
  }
  return null;
}
