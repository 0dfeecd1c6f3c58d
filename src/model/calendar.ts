/**
 * England and Wales bank holidays and the working-day count of SPEC §1.
 *
 * The holidays are computed from the statutory pattern (New Year, Easter, early May, spring,
 * summer, Christmas with substitute days) plus the proclaimed one-off and moved days. The test
 * suite checks the result against the published gov.uk list for 2015–2030, so a future
 * proclamation shows up as a failing test rather than a silent miscount.
 */
import { type Day, dayFromYmd, weekday, ymd } from './day.js';

/** Moved or extra days proclaimed by royal proclamation (one-offs). */
const PROCLAIMED_EXTRA: readonly string[] = [
  '1999-12-31', // millennium
  '2002-06-03', // golden jubilee
  '2011-04-29', // royal wedding
  '2012-06-05', // diamond jubilee
  '2022-06-03', // platinum jubilee
  '2022-09-19', // state funeral of Queen Elizabeth II
  '2023-05-08', // coronation of King Charles III
];
/** Years whose early-May or spring holiday moved: year → the date it moved to. */
const EARLY_MAY_MOVED: Readonly<Record<number, [number, number]>> = { 1995: [5, 8], 2020: [5, 8] };
const SPRING_MOVED: Readonly<Record<number, [number, number]>> = { 2002: [6, 4], 2012: [6, 4], 2022: [6, 2] };

function easterSunday(year: number): Day {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromYmd(year, month, day);
}

function firstMonday(year: number, month: number): Day {
  const first = dayFromYmd(year, month, 1);
  return first + ((8 - weekday(first)) % 7);
}

function lastMonday(year: number, month: number): Day {
  const last = dayFromYmd(year, month + 1, 1) - 1;
  return last - ((weekday(last) + 6) % 7);
}

export function bankHolidaysIn(year: number): Day[] {
  const days: Day[] = [];
  const newYear = dayFromYmd(year, 1, 1);
  const nyWd = weekday(newYear);
  days.push(nyWd === 6 ? newYear + 2 : nyWd === 0 ? newYear + 1 : newYear);
  const easter = easterSunday(year);
  days.push(easter - 2, easter + 1);
  const em = EARLY_MAY_MOVED[year];
  days.push(em ? dayFromYmd(year, em[0], em[1]) : firstMonday(year, 5));
  const sp = SPRING_MOVED[year];
  days.push(sp ? dayFromYmd(year, sp[0], sp[1]) : lastMonday(year, 5));
  days.push(lastMonday(year, 8));
  // Christmas and Boxing Day: a holiday falling at a weekend moves to the next free weekday.
  const xmas = dayFromYmd(year, 12, 25);
  switch (weekday(xmas)) {
    case 5:
      days.push(xmas, xmas + 3);
      break; // Fri: Boxing Day (Sat) → Mon 28
    case 6:
      days.push(xmas + 2, xmas + 3);
      break; // Sat: Mon 27, Tue 28
    case 0:
      days.push(xmas + 1, xmas + 2);
      break; // Sun: Mon 26, Tue 27
    default:
      days.push(xmas, xmas + 1);
  }
  for (const iso of PROCLAIMED_EXTRA) {
    if (iso.startsWith(`${year}-`)) {
      days.push(dayFromYmd(year, Number(iso.slice(5, 7)), Number(iso.slice(8, 10))));
    }
  }
  return [...new Set(days)].sort((x, y) => x - y);
}

/**
 * The years data dates are accepted in (SPEC §2); the as-at date must lie in them too (issue 19:
 * `--as-at 9999-12-31` stepped day by day for ever, `0000-01-01` printed a period start of 00-1-01-02).
 */
export const FIRST_YEAR = 1910;
export const LAST_YEAR = 2100;

// Prefix sums of working days over a fixed window make wd() two array reads. The window covers
// every accepted date, a ten-year period before the earliest as-at date and due dates just past
// the last year, so any date the loader accepts costs O(1) (issue 19: it was 1990–2070, and
// dates outside it were stepped one day at a time with the year's holidays recomputed per day).
const WINDOW_START = dayFromYmd(FIRST_YEAR - 11, 1, 1);
const WINDOW_END = dayFromYmd(LAST_YEAR + 2, 12, 31);
let cumulative: Int32Array | null = null;
let holidaySet: Set<Day> | null = null;
/** Holidays of years outside the window, computed once per year. */
const otherYears = new Map<number, Set<Day>>();

function holidays(): Set<Day> {
  if (!holidaySet) {
    holidaySet = new Set();
    for (let y = FIRST_YEAR - 11; y <= LAST_YEAR + 2; y++) for (const d of bankHolidaysIn(y)) holidaySet.add(d);
  }
  return holidaySet;
}

function holidaysOfYear(year: number): Set<Day> {
  let s = otherYears.get(year);
  if (!s) otherYears.set(year, (s = new Set(bankHolidaysIn(year))));
  return s;
}

export function isBankHoliday(d: Day): boolean {
  if (d >= WINDOW_START && d <= WINDOW_END) return holidays().has(d);
  return holidaysOfYear(ymd(d).year).has(d);
}

export function isWorkingDay(d: Day): boolean {
  const w = weekday(d);
  return w !== 0 && w !== 6 && !isBankHoliday(d);
}

function table(): Int32Array {
  if (!cumulative) {
    const n = WINDOW_END - WINDOW_START + 1;
    // Built at the start of every audit (74,000 days): the weekday is stepped and the holidays
    // marked in an array, not asked of weekday() and a Set per day (about 15 ms of start-up).
    const holiday = new Uint8Array(n);
    for (const d of holidays()) holiday[d - WINDOW_START] = 1;
    const c = new Int32Array(n);
    let count = 0;
    let w = weekday(WINDOW_START);
    for (let i = 0; i < n; i++) {
      if (w !== 0 && w !== 6 && holiday[i] === 0) count++;
      c[i] = count; // working days in [WINDOW_START, WINDOW_START + i]
      w = w === 6 ? 0 : w + 1;
    }
    cumulative = c;
  }
  return cumulative;
}

/** Weekdays x with a < x ≤ b (a < b), by whole weeks plus at most six single days. */
function weekdaysBetween(a: Day, b: Day): number {
  const span = b - a;
  let n = Math.floor(span / 7) * 5;
  for (let x = a + Math.floor(span / 7) * 7 + 1; x <= b; x++) {
    const w = weekday(x);
    if (w !== 0 && w !== 6) n++;
  }
  return n;
}

/** Working days x with a < x ≤ b; negative when b < a (SPEC §1). */
export function wd(a: Day, b: Day): number {
  if (b < a) return 0 - wd(b, a) || 0; // never -0: a count of days has no sign of zero
  if (a === b) return 0;
  if (a >= WINDOW_START && b <= WINDOW_END) {
    const c = table();
    return c[b - WINDOW_START]! - c[a - WINDOW_START]!;
  }
  // Outside the window (never for accepted dates): weekdays less the weekday holidays, year by year.
  let n = weekdaysBetween(a, b);
  for (let y = ymd(a).year; y <= ymd(b).year; y++) {
    for (const h of bankHolidaysIn(y)) if (h > a && h <= b && weekday(h) !== 0 && weekday(h) !== 6) n--;
  }
  return n;
}

/** The day that is `n` working days after `d` (n ≥ 0): the smallest x with wd(d, x) = n. */
export function addWorkingDays(d: Day, n: number): Day {
  let x = d;
  let left = n;
  while (left > 0) {
    x++;
    if (isWorkingDay(x)) left--;
  }
  return x;
}
