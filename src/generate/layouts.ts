/**
 * Output layouts of `caseaudit generate` besides the canonical CSVs (SPEC §3): the generator
 * hands each child's records to a LayoutSink as they are made, so every layout is written in
 * bounded memory, child by child, and the same seed gives the same bytes.
 *
 * A sink is given the records *as the canonical export reads them*: the data-quality issues the
 * generator plants in the canonical files (an impossible date of birth, an unknown referral
 * outcome, a duplicated contact) arrive as `ChildPlants`, so that a value the canonical loader
 * would read as blank is blank in every layout and the audits of the two layouts agree.
 */
import { type Day, ymd } from '../model/day.js';
import type { GChild, GContact, GWorker } from './types.js';

// The layouts generate writes, and their writers: src/generate/layoutWriters.ts.

/** How the canonical files of one child differ from its records (data-quality plants). */
export interface ChildPlants {
  /** The date of birth is written unreadably (an impossible date or a two-digit year). */
  dobUnreadable: boolean;
  /** A second contact row written with the id of an existing one (duplicate-id plant). */
  duplicateContact: GContact | null;
  /** The referral whose outcome is written as an unknown code (read as blank). */
  unknownOutcomeReferralId: string | null;
}

export const NO_PLANTS: ChildPlants = { dobUnreadable: false, duplicateContact: null, unknownOutcomeReferralId: null };

export interface LayoutSink {
  /** One generated child, with the plants its canonical rows carry. */
  child(c: GChild, plants: ChildPlants): void;
  /** A further contact of an already written child (the contact on the as-at date that anchors as-at inference). */
  contact(k: GContact, c: GChild, plants: ChildPlants): void;
  /** Each worker, after every child. */
  worker(w: GWorker): void;
  /** True when the caller should await drain() before writing more. */
  readonly full: boolean;
  drain(): Promise<void>;
  close(): Promise<void>;
  /** Rows written per file name (without the header). */
  rows(): Record<string, number>;
  /** What the generated council has that this layout cannot carry, one line each. */
  readonly notCarried: readonly string[];
}

/** Whole years from `dob` to `on` (age at the as-at date), or '' when unknown. */
export function ageOn(dob: Day | null, on: Day): string {
  if (dob === null || dob > on) return '';
  const a = ymd(dob),
    b = ymd(on);
  return String(b.year - a.year - (b.month < a.month || (b.month === a.month && b.day < a.day) ? 1 : 0));
}
