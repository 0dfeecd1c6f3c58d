/**
 * Cell parsers for SPEC §2. Each returns the parsed value, BLANK, or a ValueError naming why the
 * value was rejected; the loader turns a ValueError into a data-quality issue and a blank.
 */
import { FIRST_YEAR, LAST_YEAR } from '../model/calendar.js';
import { type Day, validDay } from '../model/day.js';
import { normaliseCode } from '../model/schema.js';

export const BLANK = null;
export interface ValueError {
  error: CellIssueCode;
  expected: string;
}
import type { CellIssueCode } from '../model/issues.js';

export type { CellIssueCode };

const BLANK_TOKENS = new Set(['', 'null', '#n/a', 'n/a', '-', 'na']);

export function isBlank(raw: string): boolean {
  const n = raw.length;
  if (n === 0) return true;
  // Fast path for the usual cell: visible ASCII at both ends means nothing to trim, and longer
  // than every blank token.
  const a = raw.charCodeAt(0),
    z = raw.charCodeAt(n - 1);
  if (n > 4 && a > 32 && a < 127 && z > 32 && z < 127) return false;
  const t = spaced(raw).trim();
  return t.length === 0 || (t.length <= 4 && BLANK_TOKENS.has(t.toLowerCase()));
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Own keys only: "5 constructor 2024" is not a date. */
const monthNumber = (word: string): number | undefined => {
  const k = word.toLowerCase();
  return Object.hasOwn(MONTHS, k) ? MONTHS[k] : undefined;
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC_DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d+)$/;
const NAMED_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+)\.?[\s,-]+(\d+)$/;
const TIME_SUFFIX = /(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)$/;

/** Dates earlier or later than these are almost always placeholders (01/01/1900) or typos. */
const MIN_YEAR = FIRST_YEAR;
const MAX_YEAR = LAST_YEAR;

const MAX_DATE_LENGTH = 64;

const DATE_EXPECTED = 'a date as YYYY-MM-DD or DD/MM/YYYY (day first, four-digit year)';

/** Parses a date of SPEC §2; never month-first, two-digit years rejected. */
export function parseDate(raw: string): Day | null | ValueError {
  return readDate(raw, true);
}

/**
 * parseDate without the fast paths: the definition they must agree with (a property test checks
 * they do on generated near misses).
 */
export function parseDateGeneral(raw: string): Day | null | ValueError {
  return readDate(raw, false);
}

function readDate(raw: string, fast: boolean): Day | null | ValueError {
  if (isBlank(raw)) return BLANK;
  const t = spaced(raw).trim();
  // No date format is this long; refusing early also keeps the regexes below linear on a
  // multi-megabyte cell (TIME_SUFFIX backtracks quadratically over a long run of T or spaces).
  if (t.length > MAX_DATE_LENGTH) return { error: 'bad-date', expected: DATE_EXPECTED };
  return (fast ? fastDate(t) : undefined) ?? generalDate(t);
}

function generalDate(trimmed: string): Day | ValueError {
  const t = trimmed.replace(TIME_SUFFIX, '');
  let match = ISO.exec(t);
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC_DMY.exec(t);
  if (match) {
    if (match[4]!.length !== 4) return { error: 'two-digit-year', expected: DATE_EXPECTED };
    return checked(Number(match[4]), Number(match[3]), Number(match[1]));
  }
  match = NAMED_MONTH.exec(t);
  if (match) {
    const month = monthNumber(match[2]!);
    if (month === undefined) return { error: 'bad-date', expected: DATE_EXPECTED };
    if (match[3]!.length !== 4) return { error: 'two-digit-year', expected: DATE_EXPECTED };
    return checked(Number(match[3]), month, Number(match[1]));
  }
  return { error: 'bad-date', expected: DATE_EXPECTED };
}

/**
 * The forms case-management systems export, read without regular expressions: YYYY-MM-DD,
 * DD/MM/YYYY (or with - or .) and DD-Mon-YYYY (or with spaces), each alone or followed by a time of
 * day. Undefined for anything else, which takes the general path; where a fast path answers, the
 * general path gives the same answer.
 */
function fastDate(t: string): Day | ValueError | undefined {
  const n = t.length;
  if (n < 10) return undefined;
  const c2 = t.charCodeAt(2);
  if (t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45 && (n === 10 || isTimeOfDay(t, 10))) {
    const y = num4(t, 0),
      m = num2(t, 5),
      d = num2(t, 8);
    return y >= 0 && m >= 0 && d >= 0 ? checked(y, m, d) : undefined;
  }
  if (isDmySeparator(c2) && t.charCodeAt(5) === c2 && (n === 10 || isTimeOfDay(t, 10))) {
    const d = num2(t, 0),
      m = num2(t, 3),
      y = num4(t, 6);
    return y >= 0 && m >= 0 && d >= 0 ? checked(y, m, d) : undefined;
  }
  if ((c2 === 45 || c2 === 32) && t.charCodeAt(6) === c2 && (n === 11 || isTimeOfDay(t, 11))) {
    const month = monthNumber(t.slice(3, 6));
    const d = num2(t, 0),
      y = num4(t, 7);
    return month !== undefined && d >= 0 && y >= 0 ? checked(y, month, d) : undefined;
  }
  return undefined;
}

/**
 * The day of a cell spelt exactly YYYY-MM-DD, or that and THH:MM:SSZ (the forms the export's date
 * and timestamp columns take), when it is a real date in the plausible years: what parseDate gives
 * for it, found without its blank, space and format checks or a lookup. Undefined for anything else,
 * which parseDate then reads (a bad or implausible date among them, to word its error).
 */
export function isoDay(raw: string): Day | undefined {
  const n = raw.length;
  if ((n !== 10 && n !== 20) || raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45) return undefined;
  if (
    n === 20 &&
    !(
      raw.charCodeAt(10) === 84 &&
      raw.charCodeAt(13) === 58 &&
      raw.charCodeAt(16) === 58 &&
      raw.charCodeAt(19) === 90 &&
      num2(raw, 11) >= 0 &&
      num2(raw, 14) >= 0 &&
      num2(raw, 17) >= 0
    )
  )
    return undefined;
  const y = num4(raw, 0),
    m = num2(raw, 5),
    d = num2(raw, 8);
  if (y < MIN_YEAR || y > MAX_YEAR || m < 0 || d < 0) return undefined;
  return validDay(y, m, d) ?? undefined;
}

/**
 * The day of a cell spelt exactly DD/MM/YYYY (as the SSDA903 writes every date), when it is a real
 * date in the plausible years: what parseDate gives for it, read from its characters without its
 * blank, space and format checks or a look-up. Undefined for anything else, which parseDate then
 * reads (a bad or implausible date among them, to word its error).
 */
export function dmyDay(raw: string): Day | undefined {
  if (raw.length !== 10 || raw.charCodeAt(2) !== 47 || raw.charCodeAt(5) !== 47) return undefined;
  const d = num2(raw, 0),
    m = num2(raw, 3),
    y = num4(raw, 6);
  if (y < MIN_YEAR || y > MAX_YEAR || m < 0 || d < 0) return undefined;
  return validDay(y, m, d) ?? undefined;
}

const isDmySeparator = (c: number): boolean => c === 47 || c === 45 || c === 46; // / - .

/**
 * From `at` to the end of t: a T or space, then HH:MM, optionally :SS and .fraction, optionally Z —
 * a subset of what TIME_SUFFIX removes.
 */
function isTimeOfDay(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  if (c !== 32 && c !== 84) return false;
  if (num2(t, at + 1) < 0 || t.charCodeAt(at + 3) !== 58 || num2(t, at + 4) < 0) return false;
  let p = at + 6;
  if (t.charCodeAt(p) === 58) {
    if (num2(t, p + 1) < 0) return false;
    p += 3;
    if (t.charCodeAt(p) === 46) {
      const digits = ++p;
      while (isDigit(t.charCodeAt(p))) p++;
      if (p === digits) return false;
    }
  }
  if (t.charCodeAt(p) === 90) p++; // Z
  return p === t.length;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function checked(y: number, m: number, d: number): Day | ValueError {
  const day = validDay(y, m, d);
  if (day === null) return { error: 'bad-date', expected: DATE_EXPECTED };
  if (y < MIN_YEAR || y > MAX_YEAR)
    return { error: 'implausible-date', expected: `a date between ${MIN_YEAR} and ${MAX_YEAR}` };
  return day;
}

function num4(s: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
function num2(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48,
    b = s.charCodeAt(at + 1) - 48;
  return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
}

export function isValueError(v: unknown): v is ValueError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

const TRUE_FLAGS = new Set(['y', 'yes', 'true', '1', 't']);
const FALSE_FLAGS = new Set(['n', 'no', 'false', '0', 'f']);

export function parseFlag(raw: string): boolean | null | ValueError {
  if (isBlank(raw)) return BLANK;
  const t = normaliseCode(raw);
  if (TRUE_FLAGS.has(t)) return true;
  if (FALSE_FLAGS.has(t)) return false;
  return { error: 'bad-flag', expected: 'Y/N, Yes/No, True/False or 1/0' };
}

export function makeCodeParser(values: readonly string[], synonyms: Readonly<Record<string, string>> = {}) {
  const lookup = new Map<string, string>();
  for (const v of values) lookup.set(v, v);
  for (const [k, v] of Object.entries(synonyms)) lookup.set(k, v);
  const expected = `one of ${values.join(', ')}`;
  return (raw: string): string | null | ValueError => {
    if (isBlank(raw)) return BLANK;
    const hit = lookup.get(normaliseCode(raw));
    return hit ?? { error: 'unknown-code', expected };
  };
}

/** A whole number ≥ 0: a count the export records (Annex A's previous CP plans, referrals in 12 months). */
export function parseCount(raw: string): number | null | ValueError {
  if (isBlank(raw)) return BLANK;
  const t = raw.trim();
  // Excel saves whole numbers from a numeric cell as "2" or "2.0".
  return /^\d{1,6}(?:\.0+)?$/.test(t) ? Number(t) : { error: 'bad-number', expected: 'a whole number of 0 or more' };
}

/** A fraction in (0, 1]: FTE. */
export function parseFraction(raw: string): number | null | ValueError {
  if (isBlank(raw)) return BLANK;
  const t = raw.trim();
  // Length cap: the pattern backtracks quadratically over a long run of digits.
  const v = t.length <= 32 && /^[0-9]*\.?[0-9]+$/.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(v) || v <= 0 || v > 1)
    return { error: 'bad-number', expected: 'a number greater than 0 and at most 1' };
  return v;
}

export function parseText(raw: string): string | null {
  const t = cleanText(raw);
  return t === null ? t : detached(t);
}

/** parseText without the copy: for callers that look the value up before keeping it. */
export function cleanText(raw: string): string | null {
  if (isBlank(raw)) return BLANK;
  return spaced(raw).trim();
}

/** No-break spaces read as spaces; the regex only runs when there is one. */
function spaced(raw: string): string {
  return raw.indexOf('\u00a0') === -1 ? raw : raw.replace(/\u00a0/g, ' ');
}

/**
 * A copy of s that shares no memory with the text it was cut from. Cells are slices of the
 * parser's 1 MB chunks, and V8 keeps a slice's whole parent alive: one kept team name per chunk
 * would hold the entire file in memory for the audit. Slices under 13 characters are already
 * copies in V8; for longer ones, flattening a concatenation makes the copy.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
