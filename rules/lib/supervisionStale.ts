/**
 * Timescales that are no longer live (issue 22, round 26): an action's date that had already passed
 * on the record's own date ("Supervision 4/2/27 ... Actions: chase NRM decision - by 10/12", a record
 * copied forward with its old actions), and the record's own date read as a timescale ("SoS mapping
 * 16/11/26", "Sup 1/12 Haddad family."). Writers from outside the project count neither as an
 * outstanding action with a timescale.
 *
 * The tokeniser folds every date into one token; its place in the normalised column
 * (Tokens.dateAt) leads back to the date as written: the column's text and its normalised form
 * differ only where a date became the marker " \u0001date ", so the n-th marker's original starts
 * where the text before it, less the markers' lengths, ends. The date is read there by the same
 * patterns `normalise` marks with (sticky copies), and nothing is judged stale when the reading does
 * not line up. The record's date is the first date of its first sentence, unless a word before it
 * names an event, a deadline or a birth ("final hearing listed 22/2/27", "PLO review - Theo 19/3/27",
 * "EDD"), or the first date on a "Date:" line among its first lines. Only a record that has one and
 * a sentence whose timescale holds a date is read this far (issue 22's speed).
 *
 * In an audit every row has its date (supervision_date), and that is the record's date: a record
 * with no date in its text keeps no passed date live. The title's date is still found, so that
 * the title itself is no timescale, but it is the comparison's date only when no row date is given
 * (the labelled corpora have none). The score then depends on the date, so a caller that reuses an
 * identical text's score asks `usedDate` whether it may (Rows.settled).
 */
import { type Day, ymd } from '../../src/model/day.js';
import { DATE_TOKEN, MONTH_ALT, MONTH_FIRST_ALT, MONTHS, normalise } from './supervisionDates.js';
import type { Tokens } from './supervisionTokens.js';
import { PHRASE_SETS } from './supervisionTrie.js';

const TIMESCALES = PHRASE_SETS.indexOf('timescales');

/** A date as written: year (-1 when not written), month 1-12, day 1-31. */
interface Written {
  year: number;
  month: number;
  day: number;
}
/** The record's own date, and where its marker is in the record text's normalised form. */
interface RecordDate extends Written {
  at: number;
}

// A month's number from its name or the three-letter abbreviation (and "sept").
const MONTH_INDEX = new Map<string, number>();
for (const [i, m] of MONTHS.entries()) {
  MONTH_INDEX.set(m, i + 1);
  MONTH_INDEX.set(m.slice(0, 3), i + 1);
}
MONTH_INDEX.set('sept', 9);
// supervisionDates' patterns, sticky (read at one place), with the parts captured.
const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})\b/y;
const DMY = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b|(\d{1,2})\/(\d{1,2})\b/y;
const DAY_MONTH = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})\\b(?:\\.?,?\\s+(\\d{4})\\b)?`,
  'iy',
);
const MONTH_DAY = new RegExp(`(${MONTH_FIRST_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'iy');
const MARKED = ` ${DATE_TOKEN} `;

/** The date written at `at` in `raw` and its length, or null when none of the forms is there. */
function readAt(raw: string, at: number): (Written & { length: number }) | null {
  const year = (y: string | undefined): number =>
    y === undefined ? -1 : y.length === 2 ? 2000 + Number(y) : Number(y);
  for (const re of [ISO, DMY, DAY_MONTH, MONTH_DAY]) {
    re.lastIndex = at;
    const m = re.exec(raw);
    if (m === null) continue;
    const length = m[0].length;
    if (re === ISO) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), length };
    if (re === DMY)
      return m[1] !== undefined
        ? { year: year(m[3]), month: Number(m[2]), day: Number(m[1]), length }
        : { year: -1, month: Number(m[5]), day: Number(m[4]), length };
    if (re === DAY_MONTH)
      return { year: year(m[3]), month: MONTH_INDEX.get(m[2]!.toLowerCase())!, day: Number(m[1]), length };
    return { year: year(m[3]), month: MONTH_INDEX.get(m[1]!.toLowerCase())!, day: Number(m[2]), length };
  }
  return null;
}

/**
 * Each date marker of `s` (normalise(raw)) by the place of its DATE_TOKEN, with the date written
 * there; null when a marker does not line up with a date in `raw` (then nothing is judged stale).
 */
function datesOf(s: string, raw: string): Map<number, Written> | null {
  const out = new Map<number, Written>();
  let shift = 0;
  for (let at = s.indexOf(DATE_TOKEN); at >= 0; at = s.indexOf(DATE_TOKEN, at + DATE_TOKEN.length)) {
    const start = at - 1 - shift;
    const d = start >= 0 ? readAt(raw, start) : null;
    if (d === null) return null;
    // What follows the marker in `s` follows the date in `raw` (or both end there).
    const after = at - 1 + MARKED.length,
      rawAfter = start + d.length;
    if (after >= s.length ? rawAfter < raw.length : s.charCodeAt(after) !== raw.charCodeAt(rawAfter)) return null;
    out.set(at, d);
    shift += MARKED.length - d.length;
  }
  return out;
}

/**
 * Words before the first date of a record's first sentence that make it some event's date, not the
 * record's: hearings and meetings, deadlines, a birth ("Court - final hearing listed 22/2/27",
 * "Mapping - Alfie, CIN review 12/3/27", "strategy discussion held 10/12", "EDD 22/03/27").
 */
const NOT_RECORD_DATE: ReadonlySet<string> = new Set([
  'hearing',
  'listed',
  'irh',
  'fh',
  'cmh',
  'icpc',
  'rcpc',
  'conference',
  'panel',
  'review',
  'meeting',
  'held',
  'booked',
  'scheduled',
  'adjourned',
  'due',
  'by',
  'before',
  'until',
  'till',
  'from',
  'for',
  'edd',
  'dob',
  'born',
  'issue',
  'issued',
  'last',
  'previous',
  'agreed',
  // A task's own date: "PA to view the flat w/c 3rd Feb", "Please bring it to our session on 8 Nov".
  'to',
  'please',
  'c',
]);
const WORDS = /[a-z]+/gi;

/** Whether a word in s[from, to) makes the date after it an event's. */
function eventWordIn(s: string, from: number, to: number): boolean {
  WORDS.lastIndex = from;
  for (let m = WORDS.exec(s); m !== null && m.index < to; m = WORDS.exec(s))
    if (NOT_RECORD_DATE.has(m[0].toLowerCase())) return true;
  return false;
}

/** How far into the first sentence a title's date may be (characters of the normalised text). */
const HEAD_CHARS = 70;

/**
 * The record's own date in its text (see the module's comment), or null; `boxed`: the record has an
 * actions column; `normalised`: normalise(raw) if the caller has it (the tokeniser made it).
 * @internal Exported for tests.
 */
export function recordDateOf(raw: string, boxed: boolean, normalised: string | null): RecordDate | null {
  // The first lines are enough, and a date pattern never crosses a line break.
  let cut = -1;
  for (let k = 0; k < 6 && (cut = raw.indexOf('\n', cut + 1)) >= 0; k++);
  const head = cut < 0 ? raw : raw.slice(0, cut);
  const s = cut < 0 && normalised !== null ? normalised : normalise(head);
  // No date in the first lines: neither a title's nor a "Date:" line's below (issue 24: most
  // records asked have their timescale's date in the actions column, and the lines were searched).
  if (!s.includes(DATE_TOKEN)) return null;
  const lineEnd = (from: number): number => {
    const e = s.indexOf('\n', from);
    return e < 0 ? s.length : e;
  };
  let end = lineEnd(0);
  // The first sentence ends at . ! ? ; before a space, as the tokeniser ends one.
  for (let k = 0; k < end; k++) {
    const c = s.charCodeAt(k);
    if ((c === 46 || c === 33 || c === 63 || c === 59) && (k + 1 === s.length || /\s/.test(s[k + 1]!))) {
      end = k;
      break;
    }
  }
  let at = s.indexOf(DATE_TOKEN);
  // A record of one sentence and no actions column has no title to date it.
  if (at >= 0 && at < end && (boxed || /\S/.test(s.slice(end + 1)))) {
    // A title's date comes early ("Supervision – Tyler Brannock – 4/2/27"); one later in a first
    // sentence is something that happened ("like on 20/11 when Kian was found").
    if (at > HEAD_CHARS || eventWordIn(s, 0, at)) return null;
  } else {
    // A "Date:" line among the first lines, or (round 40) a "Date:" opening a sentence on one
    // ("Supervision: Tyler M, 15. Date: 9/3/27. ...").
    at = -1;
    for (let from = 0; from < s.length; from = lineEnd(from) + 1) {
      const opens = /^\s*date\b/i.test(s.slice(from, from + 12)) ? from : sentenceDate(s, from, lineEnd(from));
      if (opens >= 0) {
        const d = s.indexOf(DATE_TOKEN, opens);
        if (d >= 0 && d < lineEnd(from)) at = d;
        break;
      }
    }
    if (at < 0) return null;
  }
  const d = datesOf(s, head)?.get(at);
  return d === undefined ? null : { ...d, at };
}

/** "Date:" opening a sentence after a stop in s[from, to): where it starts, or -1. */
function sentenceDate(s: string, from: number, to: number): number {
  const m = /[.!?;]\s+date\s*:/i.exec(s.slice(from, to));
  return m === null ? -1 : from + m.index;
}

/** How far before the record's date a date written without a year is read as passed (31-day months). */
const STALE_DAYS = 155;
/** Words of a period, which a date after "from" starts ("45 working days from 10/02"). */
const PERIOD: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months']);

/** Day of the year, near enough to order dates (31-day months). */
const dayOf = (d: Written): number => d.month * 31 + d.day;

/**
 * Whether `d` is before the record's date `r`. A date written without a year is taken in the year
 * that puts it nearest the record's ("by 10/12" in a record of 4/2/27 is 10/12/26), as is a record
 * date without one.
 */
function before(d: Written, r: Written): boolean {
  if (d.year >= 0 && r.year >= 0) return d.year !== r.year ? d.year < r.year : dayOf(d) < dayOf(r);
  // Without both years, only a date up to about five months before: further back (or across the
  // year's end from further on) the year a writer meant is a guess.
  let diff = dayOf(d) - dayOf(r);
  if (diff > 186) diff -= 372;
  return diff < 0 && diff > -STALE_DAYS;
}

/** Per record: the record's date, and each column's dates, read only when asked for. */
export class StaleDates {
  private text = '';
  private boxed = false;
  private record: RecordDate | null | undefined;
  private column = '';
  private columnSource = '';
  private dates: Map<number, Written> | null | undefined;
  private rowDay: Day | null = null;
  private row: Written | null = null;
  /** Whether the record's date was read for the record last begun: only then can its date change its score. */
  usedDate = false;

  /**
   * A new record, whose text (as the tokeniser reads it) is `text`, dated `day` when the caller
   * knows the row's date (null: the text's title date, if any); returns `text`.
   */
  newRecord(text: string, actions: string | null, day: Day | null = null): string {
    this.text = text;
    this.boxed = !!actions;
    this.usedDate = false;
    if (day !== this.rowDay) {
      this.rowDay = day;
      this.row = day === null ? null : ymd(day);
    }
    this.record = undefined;
    this.dates = undefined;
    this.column = '';
    return text;
  }

  /**
   * Whether the timescale the matcher found (`hitStart`/`hitEnd`, its TIMESCALES entries) in the
   * sentence in tokens [from, to) is a date no longer live: every date from the timescale to the
   * sentence's end is the record's own date or before it.
   */
  stale(tokens: Tokens, from: number, to: number, hitStarts: Int32Array, hitEnds: Int32Array): boolean {
    const { toks, dateAt, raw, source, inText } = tokens;
    const hitEnd = hitEnds[TIMESCALES]!;
    let k = hitStarts[TIMESCALES]!;
    while (k < hitEnd && toks[k]!.word !== DATE_TOKEN) k++;
    if (k === hitEnd) return false;
    // "45 working days from 10/02": the date starts a period that may run on.
    if (k > from && toks[k - 1]!.word === 'from')
      for (let j = Math.max(from, k - 4); j < k - 1; j++) if (PERIOD.has(toks[j]!.word)) return false;
    if (this.record === undefined)
      this.record = recordDateOf(this.text, this.boxed, inText && raw === this.text ? source : null);
    // From here the answer may depend on the date, given or not.
    this.usedDate = true;
    const title = this.record;
    const r = this.row ?? title;
    if (r === null) return false;
    if (this.column !== raw || this.columnSource !== source) {
      this.column = raw;
      this.columnSource = source;
      this.dates = datesOf(source, raw);
    }
    const dates = this.dates;
    if (dates === null || dates === undefined) return false;
    for (; k < to; k++) {
      if (toks[k]!.word !== DATE_TOKEN) continue;
      const at = dateAt[k]!;
      if (inText && title !== null && at === title.at) continue;
      const d = dates.get(at);
      if (d === undefined || !before(d, r)) return false;
    }
    return true;
  }
}
