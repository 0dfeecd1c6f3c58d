/**
 * Reads SSDA903 (children looked after) CSV tables (SPEC §6.3; specs in
 * ../shared/samples/ssda903/) with the project's CSV reader (../ssd/rawCsv.ts). Tables are known by
 * their header columns, never by file name: a 903 `reviews.csv` is not the canonical reviews table.
 * The tables and their files are in ssda903Tables.ts, periods of care and reviews in
 * ssda903Periods.ts; this module reads episodes and checks their codes.
 *
 * Choices, for QA officers:
 * - Episodes are joined into *periods of care*, one `cla` plan each: a period runs from its first
 *   episode's `DECOM` while each episode ends with `REC` = `X1` (a placement or legal-status change),
 *   and ends at the `DEC` of the first episode with another reason; an episode with no `DEC` leaves
 *   it open. A gap or overlap between an episode's `DEC` and the next `DECOM` is a data-quality
 *   issue with file and line, and the period is still built. The plan id is `CLA-<child>-<start>`.
 * - A review (`REVIEW`) belongs to the period of care of the same child that holds its date;
 *   a review no period holds is a data-quality issue and is not read.
 * - The social worker table (2023-24 on) gives allocations of looked-after children only.
 * - `RNE`, `LS`, `PLACE`, `REC` are checked against the codes of the 2023-24 to 2025-26 specs;
 *   an unknown code is a data-quality issue (the episode is still read).
 */
import type { DataQualityLog } from '../issues.js';
import { isoDate } from './ids.js';
import type { Table903File } from './ssda903Tables.js';
import type { Episode } from './ssda903Periods.js';
import type { KeyedCells } from './types.js';

// Still exported from here, where the returns loader and detection import them.
export { TABLES_903, type Table903, USED_903, table903Of, Table903File, readCsv } from './ssda903Tables.js';
export { PLAN_LABELS, periodsOfCare, reviewsOf } from './ssda903Periods.js';

const CODES: Readonly<Record<string, ReadonlySet<string>>> = {
  RNE: new Set(['S', 'L', 'P', 'T', 'B', 'U']),
  LS: new Set(['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3']),
  // 2023-24 codes plus K3 (2024-25) and Z11-Z14 (2025-26); H5 and P2 were withdrawn in 2024-25.
  PLACE: new Set([
    'A3',
    'A4',
    'A5',
    'A6',
    'H5',
    'K1',
    'K2',
    'K3',
    'P1',
    'P2',
    'P3',
    'R1',
    'R2',
    'R3',
    'R5',
    'S1',
    'T0',
    'T1',
    'T2',
    'T3',
    'T4',
    'U1',
    'U2',
    'U3',
    'U4',
    'U5',
    'U6',
    'Z1',
    'Z11',
    'Z12',
    'Z13',
    'Z14',
  ]),
  REC: new Set([
    'X1',
    'E11',
    'E12',
    'E2',
    'E3',
    'E4A',
    'E4B',
    'E13',
    'E41',
    'E45',
    'E46',
    'E47',
    'E48',
    'E5',
    'E6',
    'E7',
    'E9',
    'E14',
    'E15',
    'E16',
    'E17',
    'E8',
  ]),
};

/** Data-quality issues for unknown 903 codes in an episodes file. */
function checkCodes(f: Table903File, dq: DataQualityLog): void {
  // The file's coded columns, each found once (not a list of them made, and each looked up, per row).
  const checks = Object.entries(CODES)
    .filter(([col]) => f.has(col))
    .map(([col, codes]) => ({ col, codes, get: f.getter(col) }));
  // Indexed loops: a fresh process runs this in the interpreter, where each step of a for-of
  // allocates an iterator result (an eighth of what a 903 file's reading allocated; issue 18, s18-row).
  const rows = f.raw.rows;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    for (let c = 0; c < checks.length; c++) {
      const { col, codes, get } = checks[c]!;
      const v = get(r);
      if (v === '' || codes.has(v.toUpperCase())) continue;
      dq.add(
        'unknown-code',
        { table: 'plans', file: f.file, line: r.line, columnIndex: f.position(col), column: col },
        v,
        `not a ${col} code of the SSDA903 specs 2023-24 to 2025-26`,
      );
    }
  }
}

/**
 * A file's episodes, their ISO dates found once here (the join compared each several times, each
 * a look-up of the date text): no values object a row.
 */
export function episodesOf(f: Table903File, dq: DataQualityLog): Episode[] {
  checkCodes(f, dq);
  const getChild = f.getter('CHILD'),
    getDecom = f.getter('DECOM'),
    getDec = f.getter('DEC'),
    getRec = f.getter('REC');
  const file = f.file;
  return f.raw.rows.map((r) => {
    const child = getChild(r),
      decom = getDecom(r),
      dec = getDec(r),
      from = isoDate(decom);
    return {
      key: `${child}@${from ?? `line${r.line}`}`,
      line: r.line,
      child,
      decom,
      dec,
      rec: getRec(r).toUpperCase(),
      file,
      from,
      to: isoDate(dec),
    };
  });
}

/*
 * The header's and social worker table's rows as cells in their labels' order (index.ts), not a
 * values object a row that assemble.ts then read back column by column; each cell trimmed once.
 */

/** Header rows: child_id, date_of_birth, gender, ethnicity; the child id alone is the key (each table's keys are merged apart, as in cinRecords.ts). */
export function childrenOf(f: Table903File): KeyedCells[] {
  const [child, dob, sex, ethnic] = [f.getter('CHILD'), f.getter('DOB'), f.getter('SEX'), f.getter('ETHNIC')];
  return f.raw.rows.map((row) => {
    const id = child(row);
    return { key: id, line: row.line, cells: [id, dob(row), sex(row), ethnic(row)] };
  });
}

/** Allocations: child_id, worker_id, start_date, end_date; one a key (`seen`: every file's so far). */
export function allocationsOf(f: Table903File, seen: Set<string>): KeyedCells[] {
  const [child, worker, from, to] = [f.getter('CHILD'), f.getter('SW_ID'), f.getter('SW_DECOM'), f.getter('SW_DEC')];
  const records: KeyedCells[] = [];
  const rows = f.raw.rows;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const c = child(row),
      w = worker(row),
      start = from(row);
    const key = `${c}/${w}/${start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    records.push({ key, line: row.line, cells: [c, w, start, to(row)] });
  }
  return records;
}
