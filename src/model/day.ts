/**
 * Calendar days as integers: days since 1970-01-01 (UTC). Every date in a loaded export is a
 * `Day`, so comparisons are integer comparisons and no time zone can shift a date.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month: number, day: number): Day {
  // Days from the civil date by arithmetic (proleptic Gregorian; the era/year-of-era method), not
  // Date.UTC: this runs for every date cell read. Months and days outside their ranges roll over
  // as Date.UTC's do; callers validate real dates with validDay first.
  if (month < 1 || month > 12) return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Validates a calendar date; returns null for 31 February and the like. */
export function validDay(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromYmd(year, month, day);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Arithmetic, not a Date: called for every date cell the loader parses. month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1]!;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Days either side of 1970 that ymd works out by arithmetic (Date's own range is 100,000,000). */
const YMD_ARITHMETIC_DAYS = 100_000_000;

export function ymd(d: Day): Ymd {
  // The civil date by arithmetic (the inverse of dayFromYmd's era method), not a Date: addMonths
  // calls this for every referral at every trend point (issue 24: the Date and its three getters
  // were about 35 ms of the seven-metric run). The same answers as Date's getters over Date's
  // range (test/day.test.ts checks every day of ±1,000,000); anything else is left to Date.
  if (!Number.isInteger(d) || d > YMD_ARITHMETIC_DAYS || d < -YMD_ARITHMETIC_DAYS) {
    const date = new Date(d * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

const isoCache = new Map<Day, string>();

export function toIso(d: Day): string {
  let s = isoCache.get(d);
  if (s === undefined) {
    const { year, month, day } = ymd(d);
    s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isoCache.size < 100_000) isoCache.set(d, s);
  }
  return s;
}

export function isoOrNull(d: Day | null | undefined): string | null {
  return d === null || d === undefined ? null : toIso(d);
}

/** Strict `YYYY-MM-DD` (used for command-line and config dates). */
export function parseIsoDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** SPEC §1: same day-of-month n months later, clamped to that month's last day. */
export function addMonths(d: Day, n: number): Day {
  const { year, month, day } = ymd(d);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addDays(d: Day, n: number): Day {
  return d + n;
}

/** SPEC §1: the period is the `months` calendar months ending on asAt, inclusive. */
export function periodStartFor(asAt: Day, months: number): Day {
  return addMonths(asAt, -months) + 1;
}
