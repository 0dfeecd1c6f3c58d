/**
 * The returns carry no referral, assessment, section 47 or plan ids, so the reader makes them
 * from what identifies the record: kind + child + date (SPEC §6.3). The same file always gives the
 * same ids, so baselines and suppressions line up from run to run and year to year (a plan present
 * in two years' returns gets the same id in both, which is how the years are merged).
 */
import { toIso } from '../../model/day.js';
import { isValueError, parseDate } from '../values.js';

export type RecordKind = 'REF' | 'ASM' | 'S47' | 'CIN' | 'CP' | 'CLA';

/**
 * Answers by date text: a return repeats a few thousand dates over hundreds of thousands of
 * records. Capped so a file of endless distinct junk cannot grow it without bound.
 */
const isoByText = new Map<string, string | null>();

/** ISO date of a return's date text, or null when it is blank or not a date. */
export function isoDate(raw: string): string | null {
  let iso = isoByText.get(raw);
  if (iso === undefined) {
    const d = parseDate(raw);
    iso = typeof d === 'number' && !isValueError(d) ? toIso(d) : null;
    if (isoByText.size < 50_000) isoByText.set(raw, iso);
  }
  return iso;
}

/**
 * Ids within one return file: `CP-<child>-<yyyy-mm-dd>`; a second record of the same kind, child
 * and date gets `~2`, `~3` in file order; a record whose date is unreadable is named by its line.
 */
export class IdMaker {
  /** Every base made; `repeats` counts only those made more than once (few), so most ids cost one look-up. */
  private readonly seen = new Set<string>();
  private readonly repeats = new Map<string, number>();
  make(kind: RecordKind, child: string, rawDate: string, line: number): string {
    const base = `${kind}-${child}-${isoDate(rawDate) ?? `line${line}`}`;
    const before = this.seen.size;
    if (this.seen.add(base).size > before) return base;
    const n = (this.repeats.get(base) ?? 1) + 1;
    this.repeats.set(base, n);
    return `${base}~${n}`;
  }
}
