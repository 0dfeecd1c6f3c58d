/**
 * Reads a Children in Need census (XML, collection years 2022-23 to 2025-26; SPEC §6.3) into
 * canonical records, streamed child by child (xmlStream.ts): children, referrals (one per
 * `CINdetails`), assessments, section 47 enquiries, CIN plans, CP plans and their reviews.
 *
 * Choices, for QA officers:
 * - Ids are made from kind + child + date (ids.ts); an assessment, enquiry or plan names the
 *   referral (`CINdetails`) it sits in.
 * - `ReferralNFA` true → referral outcome `nfa`; otherwise the outcome is blank (the census codes
 *   no other outcome). A section 47 with a `DateOfInitialCPC` has outcome `icpc`; otherwise blank
 *   (`ICPCnotRequired` does not say whether the child went on to a CIN plan or no further action).
 * - CP plan category is `InitialCategoryOfAbuse`. Plan end reasons, teams, workers, visits and the
 *   dates a child was seen are not in the census: those columns are not filled, so the measures
 *   that need them are not measured.
 * - `NumberOfPreviousCPP` > 0 makes the plan a repeat even when the earlier plan is not in the
 *   files (SPEC §6.3); it is kept per plan id for the loader.
 * - `GenderCurrent` (to 2023-24) and `Sex` (2024-25 on) are read alike; an element from the other
 *   years' schema is listed as a difference, and elements in no schema are listed once.
 */
import { basename } from 'node:path';
import type { DataQualityLog } from '../issues.js';
import { CinRecords } from './cinRecords.js';
import { scanCinCensus } from './cinScan.js';
import { NotThisReturn } from './collection.js';
import type { ReturnRead } from './types.js';
import { Fallback } from './xmlFast.js';
import { streamXmlWith } from './xmlStream.js';

// Still exported from here, where the other return readers and detection import them.
export { NotThisReturn, xmlCollection } from './collection.js';

export interface CinCensusRead extends ReturnRead {
  /** CP plan ids whose `NumberOfPreviousCPP` is above 0. */
  previousCp: Set<string>;
}

export interface CinReadOptions {
  /** 'scan' (the default) reads with the census scanner, falling back by itself; 'generic' is for tests. */
  engine?: 'scan' | 'generic';
  /** Characters per chunk read (tests use small ones to cut markup across chunks). */
  chunk?: number;
}

/** Reads the census with the census scanner; null when the file needs the generic reader. */
async function scanned(
  path: string,
  file: string,
  maxBytes: number,
  o: CinReadOptions,
  make: () => CinRecords,
): Promise<CinRecords | null> {
  const records = make();
  try {
    await scanCinCensus(path, file, records, maxBytes, o.chunk);
    return records;
  } catch (e) {
    if (e instanceof Fallback) return null;
    throw e;
  }
}

async function generic(
  path: string,
  file: string,
  maxBytes: number,
  o: CinReadOptions,
  make: () => CinRecords,
): Promise<CinRecords> {
  const records = make();
  await streamXmlWith(
    path,
    file,
    {
      open: (p, line) => records.open(p[p.length - 1]!, line),
      close: (p, text, line) => records.close(p[p.length - 1]!, p[p.length - 2], p[1] === 'Children', text, line),
    },
    { maxBytes, ...(o.chunk ? { chunk: o.chunk } : {}) },
  );
  return records;
}

/** The census's records, read by the scanner or, for a file outside its subset, the generic reader. */
export async function readCinRecords(
  path: string,
  maxBytes = Infinity,
  o: CinReadOptions = {},
  /** A fresh builder for each read (a second read must not add to the first's). */
  make = () => new CinRecords(),
): Promise<CinRecords> {
  const file = basename(path);
  // A file outside the scanner's plain subset is read again from the start by the generic
  // reader, which also words every refusal: nothing from the first read is kept.
  return (
    (o.engine === 'generic' ? null : await scanned(path, file, maxBytes, o, make)) ??
    (await generic(path, file, maxBytes, o, make))
  );
}

/** What a read census says besides its records (from this thread's read or a worker's). */
export type CinFacts = Pick<
  CinRecords,
  'tables' | 'previousCp' | 'collection' | 'year' | 'referenceDate' | 'genderElement' | 'unknown'
>;

export async function readCinCensus(
  path: string,
  dq: DataQualityLog,
  maxBytes = Infinity,
  o: CinReadOptions = {},
): Promise<CinCensusRead> {
  return finishCinCensus(await readCinRecords(path, maxBytes, o), basename(path), dq);
}

/** The census's issues into the log, and what it was read as; throws when it is not a CIN census. */
export function finishCinCensus(r: CinFacts, file: string, dq: DataQualityLog): CinCensusRead {
  const { collection, year, genderElement } = r;
  reportUnknown(r.unknown, dq, file);
  if ((collection ?? '').toUpperCase() !== 'CIN')
    throw new NotThisReturn(
      `${file}: not a CIN census (its <Collection> is ${collection === null ? 'missing' : `"${collection}"`}, expected "CIN")`,
    );
  const y = Number(year);
  if (genderElement && Number.isFinite(y)) {
    const expected = y >= 2025 ? 'Sex' : 'GenderCurrent';
    if (genderElement !== expected)
      dq.add(
        'unknown-column',
        { table: 'children', file, line: 0, columnIndex: 0, column: genderElement },
        genderElement,
        `<${genderElement}> is from another year's schema (collection year ${year} has <${expected}>); read as the child's sex, the same meaning`,
      );
  }
  const referenceDate = r.referenceDate;
  return {
    file,
    kind: 'cin-census',
    role: `CIN census ${year || '(year not given)'}${referenceDate ? ` (reference date ${referenceDate})` : ''}`,
    referenceDate,
    tables: r.tables,
    previousCp: r.previousCp,
  };
}

/** Elements found out of schema, into the log (after the read, so a re-read never repeats them). */
function reportUnknown(unknown: ReadonlyMap<string, number>, dq: DataQualityLog, file: string): void {
  for (const [name, line] of unknown)
    dq.add(
      'unknown-column',
      { table: 'children', file, line, columnIndex: 0, column: name },
      name,
      `<${name}> is in no CIN census schema 2022-2026; not read`,
    );
}
