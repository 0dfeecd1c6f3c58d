/**
 * The words that say what became of an item (supervisionFollowUp's status clauses), and the
 * tokeniser's cheap superset of them (issue 22's speed): most records a follow-up check reads hold
 * no status word, and the tokeniser reads every word already, so a word-table mark lets
 * scoreByChild skip those records' scan for status clauses.
 */

/**
 * What became of an item: done, filed, started, positive, still outstanding, not yet, now in place;
 * round 15: drafted, overdue, fitted, signed, achieved; round 25: an objective met, the task's own
 * verb done ("PA visited 10/02", "CAWN served 1/12"), a check come back, work underway or on track.
 * Round 28: "did happen", "happening" ("FSW evenings happening 3x a week since 8/2"). Round 33: the plan
 * done as it was made ("HV was spoken to before the review as planned", "asked Jade directly as practised"),
 * and the item's own verb done ("Body map protocol shared with HV 18/12", "Different interpreter used 2/2",
 * "Ellie raised the ending plan", "parenting course offered"). Round 35: more of the item's own verbs
 * done ("critical reflection - handed in", "CAWN issued to the 24yo 1/2", "Nursery funding applied for",
 * "OT checked it 17/2", "school contacted", "rang the GP", "letter written", "ISW commissioned").
 * Round 40: a visit the previous record set, reported made ("Chloe seen alone 22/12", "Mia seen and handled"),
 * and "not X yet" ("School nurse not asked yet").
 */
export const STATUS =
  /\b(?:saw|seen|handed|issued|applied|checked|contacted|rang|emailed|written|commissioned|instructed|as\s+planned|as\s+practised|shared|used|raised|requested|offered|done|completed?|made|sent|filed|submitted|accepted|attended|held|happened|started|booked|passed|received|declined|refused|outstanding|carried|chased|not\s+yet|not\s+[a-z]+\s+yet|now|in\s+place|went|gone|took\s+place|arranged|positive|negative|approved|granted|confirmed|finished|secured|allocated|cancelled|postponed|awaiting|awaited|pending|still|drafted|overdue|obtained|fitted|signed|achieved|met|visited|served|came\s+back|underway|on\s+track|happen|happening)\b/;

/**
 * Every word a STATUS match ends on ("completed?" both ways; "yet" and "place" for the statuses of
 * two words): a match's last word is always one whole token, or one apostrophe-separated part of one
 * ("x'done"), since tokens are runs of [A-Za-z0-9] joined by 'letters and \b needs a non-word
 * character (which is no token character) on each side.
 */
const STATUS_ENDS: ReadonlySet<string> = new Set(
  STATUS.source
    .slice(5, -3)
    .split('|')
    .flatMap((w) => {
      const last = w.split('\\s+').pop()!;
      return last.endsWith('?') ? [last.slice(0, -2), last.slice(0, -1)] : [last];
    }),
);

/** Whether a token (lower case, as the word table folds it) could end a STATUS match. */
export function endsStatus(word: string): boolean {
  if (STATUS_ENDS.has(word)) return true;
  if (!word.includes("'")) return false;
  for (const part of word.split("'")) if (STATUS_ENDS.has(part)) return true;
  return false;
}

const STATUS_ANY = new RegExp(STATUS.source, 'i');
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 39;

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c > 0x1000;

/**
 * Whether s[from, to) — text the tokeniser consumes without making tokens of it (a heading) holds
 * the end of a STATUS match: read on to the end of the word at `to`, and back over the spaces and
 * the word before `from` (the first word of "not yet" may be on the line before), so the slice's
 * edges fall between a word character and another, as in the text.
 */
export function statusIn(s: string, from: number, to: number): boolean {
  while (to < s.length && isWordChar(s.charCodeAt(to))) to++;
  while (from > 0 && isSpace(s.charCodeAt(from - 1))) from--;
  while (from > 0 && isWordChar(s.charCodeAt(from - 1))) from--;
  return STATUS_ANY.test(s.slice(from, to));
}
