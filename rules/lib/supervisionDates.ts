/**
 * Date normalising for the supervision-text scorer: written dates become one token so that
 * "by 12/04/2024" and "by 12th April" both match "by {date}"; and the word classes the lexicon's
 * placeholders ({n}, {weekday}, {month}, {ordinal}) stand for.
 */
import { dmyScan, mayHoldWordDate, replaceDmyDatesGated, replaceIsoDates } from './supervisionDateScan.js';

/** The token a written date becomes (a control character, so no real word can equal it). */
export const DATE_TOKEN = '\u0001date';
/** The months' names in order (January first). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBR]);
// Abbreviations too ("by Fri"), but not "sat" and "sun", which are ordinary words.
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'weds',
  'thu',
  'thur',
  'thurs',
  'fri',
]);
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'a',
  'few',
  'couple',
]);
/** The months' names and abbreviations as a RegExp alternation, longest first. */
export const MONTH_ALT = [...MONTHS, ...MONTH_ABBR].sort((a, b) => b.length - a.length).join('|');
// "May" the modal verb is common, so a month-first date only takes month names other than may.
export const MONTH_FIRST_ALT = [...MONTHS.filter((m) => m !== 'may'), ...MONTH_ABBR]
  .sort((a, b) => b.length - a.length)
  .join('|');
const ISO_DATE = /\b\d{4}-(\d{1,2})-(\d{1,2})\b/g;
// Day-first only (SPEC §2); a year is needed after a dot or dash so "3.5 hours" and "10-15 minutes" stay words.
const DMY_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})\b|\b(\d{1,2})\/(\d{1,2})\b/g;
// A dot after the month is the date's only before a year ("9 Mar. 2027"): "on 9 March. Fin told SW"
// is two sentences, and a dot taken into the date ran the task's sentence on into the child's.
const WORD_DATE = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_ALT})\\b(?:\\.?,?\\s+\\d{4}\\b)?|\\b(?:${MONTH_FIRST_ALT})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?`,
  'gi',
);

/** Every date form needs a digit; word dates also need a month, and each month name starts with one of these. */
const HAS_DIGIT = /\d/;
const HAS_MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

function replaceDates(text: string): string {
  // Skipping a replacement that cannot match is exact: the replacements only insert " \u0001date ",
  // which holds no digit, separator or month stem, so a later one never gains a match by it.
  return HAS_DIGIT.test(text) ? replaceDatesWithDigit(text) : text;
}
/** replaceDates of a text known to hold a digit. */
function replaceDatesWithDigit(text: string): string {
  let out = text;
  // The numeric patterns by scan, and the word pattern only where it may match (supervisionDateScan):
  // the same text as replaceDatesByPatterns, at a fraction of the cost (issue 22's speed).
  if (out.includes('-')) out = replaceIsoDates(out);
  let wordDate: boolean;
  if (out.includes('/') || out.includes('.') || out.includes('-')) {
    out = replaceDmyDatesGated(out, MONTH_WORDS);
    wordDate = dmyScan.wordDate;
  } else wordDate = mayHoldWordDate(out, MONTH_WORDS);
  if (wordDate) out = out.replace(WORD_DATE, ` ${DATE_TOKEN} `);
  return out;
}

/** @internal replaceDates as the patterns alone write it: what the scans must match (test/supervision-date-scan.test.ts). */
export function replaceDatesByPatterns(text: string): string {
  if (!HAS_DIGIT.test(text)) return text;
  let out = text;
  if (out.includes('-'))
    out = out.replace(ISO_DATE, (m: string, mo: string, d: string) => mark(m, Number(d), Number(mo)));
  if (out.includes('/') || out.includes('.') || out.includes('-')) {
    out = out.replace(DMY_DATE, (m: string, d1?: string, mo1?: string, d2?: string, mo2?: string) =>
      mark(m, Number(d1 ?? d2), Number(mo1 ?? mo2)),
    );
  }
  if (HAS_MONTH_STEM.test(out)) out = out.replace(WORD_DATE, ` ${DATE_TOKEN} `);
  return out;
}

function mark(m: string, day: number, month: number): string {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? ` ${DATE_TOKEN} ` : m;
}

/** A digit or a character `normalise` folds into an apostrophe. */
const DIGIT_OR_QUOTE = /[\d\u2018\u2019\u02bc`]/;

/**
 * Folds curly apostrophes and marks dates. Case is kept — the tokeniser folds it word by word — so
 * that a capitalised word can stand for a child's name ({name} in the lexicon).
 */
export function normalise(text: string): string {
  // Most texts hold neither a digit (every date form needs one) nor a quote to fold: one scan
  // for any of them answers those with the text itself, where five (four indexOf and \d) did.
  if (!DIGIT_OR_QUOTE.test(text)) return text;
  // Most texts hold none of these, and indexOf finds that faster than the pattern's replace (a
  // character outside Latin-1 is not even searched for in a one-byte string): same text either way.
  const plain =
    text.indexOf('\u2019') < 0 && text.indexOf('\u2018') < 0 && text.indexOf('\u02bc') < 0 && text.indexOf('`') < 0;
  // With no quote to fold, DIGIT_OR_QUOTE's match was a digit: replaceDates need not look for one again.
  return plain ? replaceDatesWithDigit(text) : replaceDates(text.replace(/[\u2018\u2019\u02bc`]/g, "'"));
}

/** @internal normalise with the date patterns alone (replaceDatesByPatterns): what normalise must equal. */
export function normaliseByPatterns(text: string): string {
  return replaceDatesByPatterns(text.replace(/[\u2018\u2019\u02bc`]/g, "'"));
}

const WORD = /[a-z0-9]+(?:'[a-z]+)*|\u0001date/g;

/** The words of a text as the scorer sees them (lower-cased, dates marked), for tests and tools. */
export function textWords(text: string): string[] {
  return normalise(text).toLowerCase().match(WORD) ?? [];
}
