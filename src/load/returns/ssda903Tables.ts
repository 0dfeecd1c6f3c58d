/**
 * The SSDA903 tables (specs in ../shared/samples/ssda903/) and one 903 CSV file read as rows: all
 * that detection needs, apart from the readers that turn episodes into periods of care.
 */
import { basename } from 'node:path';
import { normaliseHeader } from '../../model/schema.js';
import type { DataQualityLog } from '../issues.js';
import { type RawCsv, type RawRow, readRawCsv } from '../ssd/rawCsv.js';
import { isoDate } from './ids.js';

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
  private reference: string | null | undefined;
  constructor(
    readonly table: Table903,
    readonly raw: RawCsv,
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
  /** The newest date in the file: the 903 year it describes ends on the 31 March on or after it. */
  referenceDate(): string | null {
    if (this.reference === undefined) this.reference = this.newest();
    return this.reference;
  }
  private newest(): string | null {
    let best: string | null = null;
    const cols =
      this.table === 'episodes'
        ? ['DECOM', 'DEC']
        : this.table === 'reviews'
          ? ['REVIEW']
          : this.table === 'socialWorker'
            ? ['SW_DECOM', 'SW_DEC']
            : [];
    const gets = cols.map((c) => this.getter(c));
    for (const r of this.raw.rows)
      for (const get of gets) {
        const d = isoDate(get(r));
        if (d !== null && (best === null || d > best)) best = d;
      }
    if (best === null) return null;
    const y = Number(best.slice(0, 4));
    return best.slice(5) <= '03-31' ? `${y}-03-31` : `${y + 1}-03-31`;
  }
}

/** Reads a CSV's header and rows (for detection and for reading). */
export function readCsv(path: string, dq: DataQualityLog, maxBytes: number): Promise<RawCsv> {
  return readRawCsv(path, basename(path), 'plans', dq, maxBytes);
}
