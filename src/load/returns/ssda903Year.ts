/**
 * Which year an SSDA903 file describes (a 903 covers 1 April to 31 March; "the 2024 903" is the
 * year ending 31 March 2024, as the DfE's and the generator's file names say). The year sets how
 * far its looked-after plans and reviews reach (measures.ts), so a year guessed a year early would
 * judge plans as whole whose earlier reviews are not in the file: a wrong number.
 *
 * Choices, for QA officers:
 * - The file's name says it first (`SSDA903_2020_episodes.csv`, `episodes_2023-24.csv`), else the
 *   name of the folder it is in (`903-2024/`); a full date in a name (`2024-05-01`) is not a year.
 * - Else its dates, when they can: an episode's end (`DEC`), a review (`REVIEW`) and a social
 *   worker's end (`SW_DEC`) fall within the year of the file that holds them, so the newest date
 *   of the file is in its year when such a date is in the same year. Starts (`DECOM`, `SW_DECOM`)
 *   only bound it: an episode open on 31 March may have begun years before, so a file holding only
 *   open episodes (no one left care, no review) could be of any later year.
 * - When neither tells, or the name and the dates disagree (a date after the named year's 31 March,
 *   or every date that falls within a year in an earlier one), the audit stops with one line naming
 *   the file and what to do: name the year in the file name. Never a year guessed.
 */
import { basename, extname, resolve } from 'node:path';

/** How a 903 file's year is known: the 31 March it ends on, and why, for the summary. */
export interface Year903 {
  /** `YYYY-03-31`. */
  referenceDate: string;
  /** "from the file name", "from its dates (DEC 26/09/2019 at line 4)". */
  how: string;
}

/** A date of the file that says something about its year. */
export interface DatedCell {
  iso: string;
  column: string;
  line: number;
  text: string;
}

/** The year ending on the 31 March on or after an ISO date. */
export function yearEnding(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return iso.slice(5) <= '03-31' ? y : y + 1;
}

const MONTH = '(?:0?[1-9]|1[0-2])',
  DAY = '(?:0?[1-9]|[12]\\d|3[01])';

/**
 * The one year a name gives (the year ending 31 March), or null when it gives none or several.
 * `2023-24`, `2023_24` and `2023-2024` are the year ending 2024; a lone `2024` is that year.
 * `folder`: the year must stand apart from letters too (a temporary folder's random suffix is not
 * a year).
 */
export function yearInName(name: string, folder = false): number | null {
  const edge = folder ? '[A-Za-z0-9]' : '\\d';
  let text = folder ? name : basename(name, extname(name));
  // A full date is when the file was made, not its year.
  text = text
    .replace(new RegExp(`(?<!${edge})\\d{4}([-_.]?)${MONTH}\\1${DAY}(?!${edge})`, 'g'), ' ')
    .replace(new RegExp(`(?<!${edge})${DAY}([-_.])${MONTH}\\1\\d{4}(?!${edge})`, 'g'), ' ');
  const years = new Set<number>();
  text = text.replace(
    new RegExp(`(?<!${edge})(20\\d{2})[-_/](\\d{2}|20\\d{2})(?!${edge})`, 'g'),
    (whole: string, a: string, b: string) => {
      const first = Number(a),
        second = Number(b.length === 2 ? a.slice(0, 2) + b : b);
      if (second !== first + 1) return whole;
      years.add(second);
      return ' ';
    },
  );
  for (const m of text.matchAll(new RegExp(`(?<!${edge})(20\\d{2})(?!${edge})`, 'g'))) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0]! : null;
}

const DMY = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const at = (d: DatedCell) => `${d.column} ${d.text || DMY(d.iso)} at line ${d.line}`;
const yearText = (y: number) => `the year ending 31 March ${y} (${y - 1}-${String(y % 100).padStart(2, '0')})`;

/**
 * The year of one 903 file: from its name or folder, else from its dates; throws (with the
 * message to show) when it cannot be known or the name and the dates disagree. Null for a file
 * with no dates and no year in its name (a header table, an empty table): it reaches nothing.
 * `inYear`: dates that fall within the file's year; `starts`: dates that only bound it.
 */
export function year903(
  file: string,
  folder: string,
  table: string,
  inYear: readonly DatedCell[],
  starts: readonly DatedCell[],
): Year903 | null {
  const newest = (xs: readonly DatedCell[]) =>
    xs.reduce<DatedCell | null>((b, d) => (b === null || d.iso > b.iso ? d : b), null);
  const lastInYear = newest(inYear);
  const last = newest([...inYear, ...starts]);
  const fromData = last === null ? null : yearEnding(last.iso);
  // The data name the year when a date that falls within it is in the newest date's year.
  const pinned = lastInYear !== null && yearEnding(lastInYear.iso) === fromData ? lastInYear : null;
  const nameYear = yearInName(file);
  // The folder as named on disk, also when audited as "." from inside it.
  const folderName = folder === '' ? '' : basename(resolve(folder));
  const folderYear = nameYear === null ? yearInName(folderName, true) : null;
  const named = nameYear ?? folderYear;
  const where = nameYear !== null ? 'the file name' : `the name of its folder (${folderName})`;
  const fix = (y: number | null) =>
    `name the year in the file name (e.g. SSDA903_${y ?? 2024}_${table}.csv for ${yearText(y ?? 2024)})`;
  if (named !== null) {
    if (last !== null && fromData! > named)
      throw new Error(
        `${file}: ${where} says SSDA903 ${yearText(named)}, but it holds a later date (${at(last)}): a 903 holds its year only; correct that date or ${fix(fromData)}`,
      );
    if (lastInYear !== null && yearEnding(lastInYear.iso) < named)
      throw new Error(
        `${file}: ${where} says SSDA903 ${yearText(named)}, but nothing in it falls within that year: its newest ${lastInYear.column} (${at(lastInYear)}) is in ${yearText(yearEnding(lastInYear.iso))}, and a 903 holds only what ended in its year; check it is that year's file, or ${fix(yearEnding(lastInYear.iso))}`,
      );
    return { referenceDate: `${named}-03-31`, how: `year from ${where}` };
  }
  if (last === null) return null;
  if (pinned !== null) return { referenceDate: `${fromData}-03-31`, how: `year from its dates: ${at(pinned)}` };
  throw new Error(
    `${file}: which SSDA903 year it describes cannot be known: its name gives no year, and no date in it falls within one for certain (${lastInYear === null ? 'no episode ended, no review or social worker change' : `its newest end, ${at(lastInYear)}, is older than its newest start`}; its newest date, ${at(last)}, puts it in ${yearText(fromData!)} or a later one); ${fix(fromData)}`,
  );
}
