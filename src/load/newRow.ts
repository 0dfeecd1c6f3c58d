import type { Day } from '../model/day.js';
import type { TableName, TableRows } from '../model/tables.js';

/**
 * What a row factory reads its cells through (TableBuilder): the value of the column at `slot`, its
 * place in TABLE_SPECS, parsed as that column's kind, or null when blank or invalid (the reader
 * logs why). A code column's type is the row's own union of codes.
 */
export interface CellReader {
  id(slot: number): string | null;
  text(slot: number): string | null;
  date(slot: number): Day | null;
  code<C extends string>(slot: number): C | null;
  flag(slot: number): boolean | null;
  fraction(slot: number): number | null;
  count(slot: number): number | null;
}

/** A CellReader whose every kind reads through `read`, for a source whose values already have their kinds. */
export function cellReader(read: (slot: number) => unknown): CellReader {
  return { id: read, text: read, date: read, code: read, flag: read, fraction: read, count: read } as CellReader;
}

/**
 * Each table's row, built by one object literal from its cells (by the loader, and when rows read
 * by a worker thread are rebuilt from columns). Rows are nearly all kept for the whole audit: a
 * literal is an allocation site V8 learns to create straight in the old generation, where a copy
 * of a template object ({ ...blank }) is first made young and then copied again by every scavenge
 * it survives (about 30% slower to build a million rows). Writing the columns by name, not by a key
 * held in a variable, also lets V8 store each one straight into its place in the row. TypeScript
 * checks no column of a row is missing; a test checks each literal has exactly its table's columns,
 * in order, each read from its own slot as its own kind.
 */
export const BUILD_ROW: { readonly [T in TableName]: (r: CellReader, line: number) => TableRows[T] } = {
  children: (r, line) => ({
    line,
    childId: r.id(0),
    dateOfBirth: r.date(1),
    gender: r.text(2),
    ethnicity: r.text(3),
    disability: r.flag(4),
    uasc: r.flag(5),
  }),
  workers: (r, line) => ({
    line,
    workerId: r.id(0),
    team: r.text(1),
    role: r.text(2),
    fte: r.fraction(3),
    startDate: r.date(4),
    endDate: r.date(5),
    agency: r.flag(6),
    qualifiedDate: r.date(7),
  }),
  contacts: (r, line) => ({
    line,
    contactId: r.id(0),
    childId: r.id(1),
    contactDate: r.date(2),
    source: r.text(3),
    outcome: r.text(4),
  }),
  referrals: (r, line) => ({
    line,
    referralId: r.id(0),
    childId: r.id(1),
    referralDate: r.date(2),
    source: r.text(3),
    team: r.text(4),
    outcome: r.code(5),
    referralsLast12Months: r.count(6),
  }),
  assessments: (r, line) => ({
    line,
    assessmentId: r.id(0),
    childId: r.id(1),
    referralId: r.id(2),
    startDate: r.date(3),
    completionDate: r.date(4),
    workerId: r.id(5),
    team: r.text(6),
    seenDate: r.date(7),
    seenAloneDate: r.date(8),
    outcome: r.code(9),
  }),
  section47: (r, line) => ({
    line,
    s47Id: r.id(0),
    childId: r.id(1),
    strategyDate: r.date(2),
    icpcDate: r.date(3),
    outcome: r.code(4),
    team: r.text(5),
  }),
  plans: (r, line) => ({
    line,
    planId: r.id(0),
    childId: r.id(1),
    planType: r.code(2),
    startDate: r.date(3),
    endDate: r.date(4),
    endReason: r.code(5),
    category: r.text(6),
    team: r.text(7),
    previousCpPlans: r.count(8),
  }),
  reviews: (r, line) => ({ line, planId: r.id(0), reviewDate: r.date(1) }),
  allocations: (r, line) => ({ line, childId: r.id(0), workerId: r.id(1), startDate: r.date(2), endDate: r.date(3) }),
  visits: (r, line) => ({
    line,
    childId: r.id(0),
    visitDate: r.date(1),
    workerId: r.id(2),
    seen: r.flag(3),
    seenAlone: r.flag(4),
  }),
  supervisions: (r, line) => ({
    line,
    supervisionId: r.id(0),
    workerId: r.id(1),
    supervisionDate: r.date(2),
    childId: r.id(3),
    supervisorId: r.id(4),
    type: r.code(5),
    recordText: r.text(6),
    actions: r.text(7),
  }),
};
