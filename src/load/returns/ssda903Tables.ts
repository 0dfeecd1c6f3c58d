/**
 * The SSDA903 tables (specs in ../shared/samples/ssda903/) and one 903 CSV file read as rows: all
 * that detection needs, apart from the readers that turn episodes into periods of care.
 */
import { basename } from 'node:path';
import { normaliseHeader } from '../../model/schema.js';
import type { DataQualityLog } from '../issues.js';
import { type RawCsv, type RawRow, readRawCsv } from '../ssd/rawCsv.js';
import { InputError } from '../csvFile.js';
import { dmyDay, isoDay } from '../values.js';
import { isoDate } from './ids.js';
import { type DatedCell, type Year903, year903 } from './ssda903Year.js';

/** The 903 tables: the columns that recognise each (all must be present) and every column of its spec. */
export const TABLES_903 = {
  header: {
    signature: ['CHILD', 'SEX', 'DOB', 'ETHNIC'],
    columns: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
    required: ['CHILD', 'DOB'],
  },
  episodes: {
    signature: ['CHILD', 'DECOM', 'RNE'],
    columns: [
      'CHILD',
      'DECOM',
      'RNE',
      'LS',
      'CIN',
      'PLACE',
      'PLACE_PROVIDER',
      'DEC',
      'REC',
      'REASON_PLACE_CHANGE',
      'HOME_POST',
      'PL_POST',
      'URN',
    ],
    required: ['CHILD', 'DECOM', 'DEC', 'REC'],
  },
  reviews: {
    signature: ['CHILD', 'REVIEW'],
    columns: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
    required: ['CHILD', 'REVIEW'],
  },
  socialWorker: {
    signature: ['CHILD', 'SW_ID'],
    columns: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
    required: ['CHILD', 'SW_ID', 'SW_DECOM'],
  },
  uasc: { signature: ['CHILD', 'DUC'], columns: [], required: [] },
  missing: { signature: ['CHILD', 'MIS_START'], columns: [], required: [] },
  oc2: { signature: ['CHILD', 'SDQ_SCORE'], columns: [], required: [] },
  oc3: { signature: ['CHILD', 'IN_TOUCH'], columns: [], required: [] },
  ad1: { signature: ['CHILD', 'DATE_INT'], columns: [], required: [] },
  placedAdoption: { signature: ['CHILD', 'DATE_PLACED'], columns: [], required: [] },
  prevPerm: { signature: ['CHILD', 'PREV_PERM'], columns: [], required: [] },
} as const;
export type Table903 = keyof typeof TABLES_903;
/** Tables read into canonical ones; the others are recognised and listed as not used. */
export const USED_903: readonly Table903[] = ['header', 'episodes', 'reviews', 'socialWorker'];

/** Which 903 table a header is, or null. */
export function table903Of(header: readonly string[]): Table903 | null {
  const cols = new Set(header.map((h) => normaliseHeader(h)));
  for (const [name, t] of Object.entries(TABLES_903) as [Table903, (typeof TABLES_903)[Table903]][]) {
    if (t.signature.every((c) => cols.has(normaliseHeader(c)))) return name;
  }
  return null;
}

/** One 903 file read as raw rows, with lookup by 903 column name. */
export class Table903File {
  private readonly index = new Map<string, number>();
  /**
   * Column positions by the spec's name as the readers spell it ('CHILD', 'DECOM'): looked up per
   * cell, so normalised once per name rather than once per cell.
   */
  private readonly byName = new Map<string, number>();
  private known: Year903 | null | undefined;
  constructor(
    readonly table: Table903,
    readonly raw: RawCsv,
    /** The folder the file is in: its name may give the year (ssda903Year.ts). */
    readonly folder = '',
  ) {
    raw.header.forEach((h, i) => {
      const k = normaliseHeader(h);
      if (!this.index.has(k)) this.index.set(k, i);
    });
  }
  get file(): string {
    return this.raw.file;
  }
  /** The column's index in the file, -1 when it has none. */
  private at(col: string): number {
    let i = this.byName.get(col);
    if (i === undefined) this.byName.set(col, (i = this.index.get(normaliseHeader(col)) ?? -1));
    return i;
  }
  has(col: string): boolean {
    return this.at(col) !== -1;
  }
  get(row: RawRow, col: string): string {
    const i = this.at(col);
    return i === -1 ? '' : (row.cells[i] ?? '').trim();
  }
  /** get() for one column, its place found once (a look-up by name per cell was most of a 903 read). */
  getter(col: string): (row: RawRow) => string {
    const i = this.at(col);
    return i === -1 ? () => '' : (row) => (row.cells[i] ?? '').trim();
  }
  position(col: string): number {
    return this.at(col) + 1;
  }
  /** The required columns of the spec that the file lacks. */
  missing(): string[] {
    return TABLES_903[this.table].required.filter((c) => !this.has(c));
  }
  /**
   * The 31 March ending the 903 year the file describes (ssda903Year.ts: from its name or folder,
   * else from its dates); null for a file with neither (a header table). Throws an InputError when
   * the year cannot be known or the name and the dates disagree.
   */
  referenceDate(): string | null {
    return this.year()?.referenceDate ?? null;
  }
  /** What the summary says the file was read as: its table, its year and how that is known. */
  describe(): string {
    const y = this.year();
    if (!y) return `SSDA903 ${this.table}`;
    const end = Number(y.referenceDate.slice(0, 4));
    return `SSDA903 ${this.table} ${end - 1}-${y.referenceDate.slice(2, 4)} (reference date ${y.referenceDate}; ${y.how})`;
  }
  /** referenceDate() and how it is known ("year from the file name"). */
  year(): Year903 | null {
    if (this.known === undefined) {
      const inYear: DatedCell[] = [],
        starts: DatedCell[] = [];
      const [ends, begins] =
        this.table === 'episodes'
          ? [['DEC'], ['DECOM']]
          : this.table === 'reviews'
            ? [['REVIEW'], []]
            : this.table === 'socialWorker'
              ? [['SW_DEC'], ['SW_DECOM']]
              : [[], []];
      const collect = (cols: readonly string[], into: DatedCell[]) => {
        for (const column of cols) {
          const get = this.getter(column);
          // Only the newest date of each column matters: kept as the rows are read. Compared by
          // day (the order of their ISO dates, all in the plausible years), DD/MM/YYYY read from
          // its characters: the ISO date of each cell was looked up by its text (1% of a load).
          let best: DatedCell | null = null;
          let bestDay = 0;
          const rows = this.raw.rows;
          for (let k = 0; k < rows.length; k++) {
            const r = rows[k]!;
            const text = get(r);
            let day = dmyDay(text);
            if (day === undefined) {
              const iso = isoDate(text);
              if (iso === null) continue;
              day = isoDay(iso)!;
            }
            if (best === null || day > bestDay) {
              best = { iso: isoDate(text)!, column, line: r.line, text };
              bestDay = day;
            }
          }
          if (best) into.push(best);
        }
      };
      collect(ends, inYear);
      collect(begins, starts);
      try {
        this.known = year903(this.file, this.folder, TABLE_FILE_NAMES[this.table], inYear, starts);
      } catch (e) {
        throw new InputError((e as Error).message);
      }
    }
    return this.known;
  }
}

/** The table's part of a 903 file name, as the generator writes it (ssda903_<year>_<table>.csv). */
const TABLE_FILE_NAMES: Readonly<Record<Table903, string>> = {
  header: 'header',
  episodes: 'episodes',
  reviews: 'reviews',
  socialWorker: 'social_worker',
  uasc: 'uasc',
  missing: 'missing',
  oc2: 'oc2',
  oc3: 'oc3',
  ad1: 'ad1',
  placedAdoption: 'placed_for_adoption',
  prevPerm: 'prev_perm',
};

/** Reads a CSV's header and rows (for detection and for reading). */
export function readCsv(path: string, dq: DataQualityLog, maxBytes: number): Promise<RawCsv> {
  return readRawCsv(path, basename(path), 'plans', dq, maxBytes);
}
