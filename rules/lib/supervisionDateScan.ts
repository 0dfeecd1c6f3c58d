/**
 * The numeric date patterns of supervisionDates (ISO_DATE, DMY_DATE) as hand-written scans, and a
 * test that WORD_DATE cannot match (issue 22's speed): a global replace with a callback cost about
 * a tenth of scoring, most of it on texts whose only dates are numeric or that hold none. Each scan
 * finds exactly the matches its pattern's global replace finds — leftmost first, resuming after a
 * match whether it was replaced or kept — and replaces exactly those that `mark` replaces, so the
 * text is the same character for character (test/supervision-date-scan.test.ts compares them).
 */

/** What a valid day and month become (supervisionDates DATE_TOKEN with a space either side). */
const MARKED = ' \u0001date ';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A regular expression's word character, for \b: [A-Za-z0-9_]. NaN (past either end) is none. */
const isWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** A digit, found by the pattern's own search: most characters of a text are no digit. */
const DIGIT = /\d/g;
/**
 * Where the first digit at or after `from` is, or the text's length when none is: the scans'
 * step to their next place, the same places as a loop over every character testing isDigit
 * (issue 22's speed: the loop was a twentieth of scoring, every text with a dot passing here).
 */
function nextDigit(s: string, from: number): number {
  DIGIT.lastIndex = from;
  return DIGIT.test(s) ? DIGIT.lastIndex - 1 : s.length;
}
/** How many digits run from `at`. */
function digits(s: string, at: number): number {
  let k = at;
  while (k < s.length && isDigit(s.charCodeAt(k))) k++;
  return k - at;
}
/** The value of the 1 or 2 digits at `at`. */
const valueOf = (s: string, at: number, n: number): number =>
  n === 1 ? s.charCodeAt(at) - 48 : (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;
const isSep = (c: number): boolean => c === 47 || c === 46 || c === 45; // / . -
const valid = (day: number, month: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/**
 * A global replace by a scan: `matchAt(s, p)` is the end of the pattern's match at `p` (where a
 * digit follows a non-word character, the only places either pattern can start), or -1, and sets
 * `day` and `month`. Returns `s` itself when nothing is replaced.
 */
function replaceScan(s: string, matchAt: (s: string, p: number) => number): string {
  let copied = 0;
  parts.length = 0;
  const len = s.length;
  for (let p = nextDigit(s, 0); p < len; p = nextDigit(s, p + 1)) {
    if (p > 0 && isWord(s.charCodeAt(p - 1))) continue;
    const end = matchAt(s, p);
    if (end < 0) continue;
    if (valid(found.day, found.month)) {
      parts.push(s.slice(copied, p), MARKED);
      copied = end;
    }
    // The pattern resumes after its match, replaced or not; the loop's step looks on from `end`.
    p = end - 1;
  }
  return copied === 0 ? s : joined(s, copied);
}
/**
 * The pieces of a text with its dates replaced. They are joined into one flat string: pieces added
 * with + make a tree of strings, which the tokeniser's every charCodeAt would walk (the
 * patterns' replace wrote a flat one).
 */
const parts: string[] = [];
function joined(s: string, copied: number): string {
  parts.push(s.slice(copied));
  const text = parts.join('');
  parts.length = 0;
  return text;
}
/** The day and month of the last match (set by the matchers, read at once). */
const found = { day: 0, month: 0 };

/** ISO_DATE at `p`: \b\d{4}-(\d{1,2})-(\d{1,2})\b (month, then day). */
function isoAt(s: string, p: number): number {
  if (digits(s, p) !== 4 || s.charCodeAt(p + 4) !== 45) return -1;
  const q = p + 5,
    m = digits(s, q);
  if (m < 1 || m > 2 || s.charCodeAt(q + m) !== 45) return -1;
  const t = q + m + 1,
    d = digits(s, t);
  if (d < 1 || d > 2 || isWord(s.charCodeAt(t + d))) return -1;
  found.month = valueOf(s, q, m);
  found.day = valueOf(s, t, d);
  return t + d;
}

/**
 * DMY_DATE at `p`: \b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})\b, else \b(\d{1,2})\/(\d{1,2})\b.
 * A run of one or two digits is what \d{1,2} takes before a character that is no digit; a run of
 * three or more fails it however it backtracks.
 */
function dmyAt(s: string, p: number): number {
  const d = digits(s, p);
  if (d < 1 || d > 2) return -1;
  const sep = s.charCodeAt(p + d);
  if (!isSep(sep)) return -1;
  const q = p + d + 1,
    m = digits(s, q);
  if (m < 1 || m > 2) return -1;
  found.day = valueOf(s, p, d);
  found.month = valueOf(s, q, m);
  if (isSep(s.charCodeAt(q + m))) {
    const t = q + m + 1,
      y = digits(s, t);
    if ((y === 4 || y === 2) && !isWord(s.charCodeAt(t + y))) return t + y;
  }
  // The second form: a slash, and the month's digits end the word.
  return sep === 47 && !isWord(s.charCodeAt(q + m)) ? q + m : -1;
}

/** s.replace(ISO_DATE, mark), by scan. */
export const replaceIsoDates = (s: string): string => replaceScan(s, isoAt);

/** JavaScript's \s (the tokeniser's sentence rule uses it too). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** FNV-1a of the letters s[from, to) lower-cased (no string made: most runs are no month). */
function lowerHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ (s.charCodeAt(k) | 32), 0x01000193);
  return h >>> 0;
}
/** The hashes of the month words last asked about (a hash shared with another word only makes the test true). */
let hashedMonths: ReadonlySet<string> | null = null;
const monthHashes = new Set<number>();
/** Whether the letters s[from, to) are one of `months` (lower-case words), or share a month's hash. */
function isMonth(s: string, from: number, to: number, months: ReadonlySet<string>): boolean {
  if (months !== hashedMonths) {
    monthHashes.clear();
    for (const m of months) monthHashes.add(lowerHash(m, 0, m.length));
    hashedMonths = months;
  }
  return to > from && monthHashes.has(lowerHash(s, from, to));
}

/**
 * Whether WORD_DATE may take the run of `n` (one or two) digits at `p`, which a non-word character
 * precedes: false only where it cannot. Every match of it holds such a run, and either (day first)
 * after the run an optional st/nd/rd/th, white space, an optional "of" and white space, then a
 * word that is a month; or (month first) before the run white space, an optional dot, and a word
 * that is a month. `months`: the month words, lower-case (supervisionDates MONTH_WORDS, which both
 * forms' months are among).
 */
function wordDateAt(s: string, p: number, n: number, months: ReadonlySet<string>): boolean {
  const len = s.length;
  let k = p + n;
  const a = s.charCodeAt(k) | 32,
    b = s.charCodeAt(k + 1) | 32;
  if ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104))
    k += 2; // st nd rd th, any case
  if (isSpace(s.charCodeAt(k))) {
    while (k < len && isSpace(s.charCodeAt(k))) k++;
    let w = k;
    while (w < len && isLetter(s.charCodeAt(w))) w++;
    // "of" (any case), then the word after it.
    if (w === k + 2 && (s.charCodeAt(k) | 32) === 111 && (s.charCodeAt(k + 1) | 32) === 102) {
      k = w;
      while (k < len && isSpace(s.charCodeAt(k))) k++;
      w = k;
      while (w < len && isLetter(s.charCodeAt(w))) w++;
    }
    if (isMonth(s, k, w, months)) return true;
  }
  if (p === 0 || !isSpace(s.charCodeAt(p - 1))) return false;
  let e = p - 1;
  while (e >= 0 && isSpace(s.charCodeAt(e))) e--;
  if (e >= 0 && s.charCodeAt(e) === 46) e--;
  let w = e;
  while (w >= 0 && isLetter(s.charCodeAt(w))) w--;
  return isMonth(s, w + 1, e + 1, months);
}

/** Whether WORD_DATE may match in `s` (wordDateAt at some run): false only where it cannot. */
export function mayHoldWordDate(s: string, months: ReadonlySet<string>): boolean {
  const len = s.length;
  for (let p = nextDigit(s, 0); p < len; p = nextDigit(s, p + 1)) {
    const n = digits(s, p);
    if (n <= 2 && (p === 0 || !isWord(s.charCodeAt(p - 1))) && wordDateAt(s, p, n, months)) return true;
    p += n - 1;
  }
  return false;
}

/**
 * s.replace(DMY_DATE, mark) by scan, and in the same pass whether WORD_DATE may match in the
 * result (mayHoldWordDate of it), in `dmyScan`. The result's digit runs are the text's outside the
 * dates replaced, and a replaced date, its digits gone, puts no month next to a run's white
 * space (" \u0001date " ends in "date"), so the runs are looked at in the text; a date kept (no
 * valid day and month) leaves its runs to a second look at the result.
 */
export function replaceDmyDatesGated(s: string, months: ReadonlySet<string>): string {
  let copied = 0,
    wordDate = false,
    kept = false;
  const len = s.length;
  for (let p = nextDigit(s, 0); p < len; p = nextDigit(s, p + 1)) {
    const n = digits(s, p);
    if (p > 0 && isWord(s.charCodeAt(p - 1))) {
      p += n - 1;
      continue;
    }
    const end = dmyAt(s, p);
    if (end >= 0) {
      if (valid(found.day, found.month)) {
        if (copied === 0) parts.length = 0;
        parts.push(s.slice(copied, p), MARKED);
        copied = end;
      } else kept = true;
      p = end - 1;
      continue;
    }
    if (!wordDate && n <= 2) wordDate = wordDateAt(s, p, n, months);
    p += n - 1;
  }
  const text = copied === 0 ? s : joined(s, copied);
  dmyScan.wordDate = wordDate || (kept && mayHoldWordDate(text, months));
  return text;
}
/** What replaceDmyDatesGated found besides the text. */
export const dmyScan = { wordDate: false };
