/**
 * Each column's parser by its kind, for the table builder (src/load/tableBuilder.ts): what a cell's
 * string is read as, and, where the kind allows, a reader of the cell in place in the parser's text
 * (a record given as cell bounds: csvParser.ts's SpanSink), which gives the same value or declines.
 */
import type { ColumnSpec } from '../model/schema.js';
import type { IdPool } from './idPool.js';
import { type SpanParser, spellings } from './spellingTable.js';
import {
  cleanText,
  dayAt,
  detached,
  isoDay,
  makeCodeParser,
  parseCount,
  parseDate,
  parseFlag,
  parseFraction,
} from './values.js';

type Parser = (raw: string) => unknown;

/** Text values repeat (team, role, source, outcome); most distinct values a column keeps shared. */
const INTERN_LIMIT = 10_000;
/** Longer values are free text, which rarely repeats: hashing it for a lookup would cost more than it saves. */
const INTERN_MAX_LENGTH = 64;

/**
 * Text columns share one string per distinct value: a million rows naming a dozen teams hold a
 * dozen strings, not a million copies. Capped, so a column of free text does not grow a map as big
 * as itself; values past the cap are still correct, just not shared.
 */
function internedText(): Parser {
  const seen = new Map<string, string>();
  return (raw) => {
    const t = cleanText(raw);
    if (t === null || t.length > INTERN_MAX_LENGTH) return t === null ? t : detached(t);
    const hit = seen.get(t);
    if (hit !== undefined) return hit;
    const v = detached(t);
    if (seen.size < INTERN_LIMIT) seen.set(v, v);
    return v;
  };
}

/**
 * Codes and flags take a handful of spellings in a column ("Y", "yes", "CIN", "Child in need"):
 * each distinct spelling is parsed once. Capped, so a column of junk cannot grow the map.
 */
function memoised(parse: Parser, limit = 1_000): Parser {
  const seen = new Map<string, unknown>();
  return (raw) => {
    // One lookup: no parser returns undefined.
    const hit = seen.get(raw);
    if (hit !== undefined) return hit;
    const v = parse(raw);
    if (seen.size < limit) seen.set(raw, v);
    return v;
  };
}

/** How many dates of a column decide whether they repeat enough to be looked up, not parsed. */
const DATE_SAMPLE = 2_048;
/** Most distinct date spellings a column keeps: ten years of days, bounded for junk. */
const DATE_MEMO_LIMIT = 4_096;

/**
 * Dates repeat: 430,000 date cells of the 1.1M-row export's seven-metric tables hold 3,279
 * spellings. A lookup in a small map of them is faster than parsing each (and its code is warm
 * sooner, which is most of the difference in a single run). A column of timestamps (every value
 * distinct) would only pay for the map: after DATE_SAMPLE values with fewer than a quarter
 * repeats, it is parsed directly. Same values either way (a day number, null or the same error).
 */
function memoisedDate(): Parser {
  const seen = new Map<string, unknown>();
  let looked = 0,
    repeats = 0,
    memo = true;
  return (raw) => {
    // The export's own spellings need neither the lookup nor the parse (issue 24: the lookups of
    // 430,000 date cells and the full parse of 125,000 timestamps at 1.1M rows).
    const iso = isoDay(raw);
    if (iso !== undefined) return iso;
    if (!memo) return parseDate(raw);
    const hit = seen.get(raw);
    if (looked < DATE_SAMPLE) {
      looked++;
      if (hit !== undefined) repeats++;
      if (looked === DATE_SAMPLE && repeats < DATE_SAMPLE / 4) {
        memo = false;
        seen.clear();
      }
    }
    if (hit !== undefined) return hit;
    const v = parseDate(raw);
    // A copy as the key: a cell of 13 characters or more is a slice that keeps its whole chunk alive.
    if (memo && seen.size < DATE_MEMO_LIMIT) seen.set(detached(raw), v);
    return v;
  };
}

/** A column's parser, and its reader of a cell in place where its kind has one (Bound.span). */
export function parserFor(spec: ColumnSpec, ids: IdPool): { parse: Parser; span: SpanParser | null } {
  switch (spec.kind.type) {
    case 'id':
      return ids.column();
    case 'text':
      return spellings(internedText());
    case 'date':
      // Read in place: the day memoisedDate gives for the export's whole-date spellings (parseDate's).
      return { parse: memoisedDate(), span: dayAt };
    case 'flag':
      return spellings(memoised(parseFlag));
    case 'fraction':
      return { parse: parseFraction, span: null };
    case 'count':
      return spellings(memoised(parseCount));
    case 'code':
      return spellings(memoised(makeCodeParser(spec.kind.values, spec.kind.synonyms)));
  }
}
