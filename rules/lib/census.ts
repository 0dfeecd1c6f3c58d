/** The workforce census describes its census date only (SPEC §6.3): the note for any other as-at date. */
import { type Day, toIso } from '../../src/model/day.js';

export function censusNote(censusDate: Day): string {
  return `not measured: the workforce census describes ${toIso(censusDate)} only; audit with --as-at ${toIso(censusDate)} to measure it`;
}
