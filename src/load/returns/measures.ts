/**
 * What the statutory returns cannot support (SPEC §6.3), named with the file that would allow it.
 * Tables no return holds are absent (their rules are not run, with these reasons). Columns no
 * return fills are not bound, so the engine reports the measures needing them as not measured;
 * what the returns hold for some plan types only is said in the coverage. A canonical CSV given
 * beside the returns fills its table, and then the measures it allows are measured.
 */
import type { Coverage, TableCoverage } from '../../model/coverage.js';
import { addDays, addMonths, parseIsoDay } from '../../model/day.js';
import type { PlanType, TableName } from '../../model/tables.js';
import { byNewest, byText } from './merge.js';

export const RETURNS_ABSENT: { [T in TableName]?: string } = {
  contacts: 'contacts: not in any return; add contacts.csv (child_id, contact_date)',
  visits: 'visits: not in any return; add visits.csv (child_id, visit_date, seen, seen_alone)',
  supervisions:
    'supervisions: not in any return; add supervisions.csv (worker_id, supervision_date, child_id, type, record_text, actions)',
  allocations:
    'allocations: only the SSDA903 social worker table (2023-24 on) holds any; add allocations.csv (child_id, worker_id, start_date, end_date)',
  workers: 'workers: in the workforce census only; add its XML file or workers.csv',
  referrals: 'referrals: in the CIN census only; add its XML file or referrals.csv',
  assessments: 'assessments: in the CIN census only; add its XML file or assessments.csv',
  section47: 'section 47 enquiries: in the CIN census only; add its XML file or section47.csv',
  plans:
    'plans: in the CIN census (CIN and CP plans) and the SSDA903 episodes (looked-after periods); add them or plans.csv',
  reviews: 'reviews: in the CIN census (CP) and the SSDA903 reviews table (looked after); add them',
  children: 'children: in the CIN census and the SSDA903 header; add them or children.csv',
};

export interface ReturnsContent {
  /** A CIN census was read (CP plan reviews). */
  cin: boolean;
  /** An SSDA903 reviews table was read (looked-after reviews). */
  reviews903: boolean;
  /** Tables given as canonical CSVs beside the returns. */
  canonical: ReadonlySet<TableName>;
  /** The SSDA903 social worker table gave allocations. */
  allocationsFrom903: boolean;
  /** For each table the returns filled, the last day its records describe (TableCoverage.until). */
  until: { [T in TableName]?: TableCoverage['until'] };
  /** For each table the returns filled, the first day it holds every record (TableCoverage.from). */
  from: { [T in TableName]?: TableCoverage['from'] };
}

/**
 * Reviews: CP from the census, CLA from the 903 — no return has CIN plan reviews. Allocations from
 * the 903 social worker table: looked-after children only. A canonical CSV lifts the restriction.
 */
export function returnsCoverage(c: ReturnsContent): Coverage {
  const out: { -readonly [T in TableName]?: Coverage[T] } = {};
  if (!c.canonical.has('reviews')) {
    const types: PlanType[] = [...(c.cin ? ['cp' as const] : []), ...(c.reviews903 ? ['cla' as const] : [])];
    out.reviews = {
      planTypes: types,
      source:
        'CIN census (CP reviews) and SSDA903 reviews (looked after); CIN plan reviews are in no return: add reviews.csv',
    };
  }
  if (c.allocationsFrom903 && !c.canonical.has('allocations')) {
    out.allocations = {
      planTypes: ['cla'],
      source: 'the SSDA903 social worker table (looked-after children only): add allocations.csv for the others',
    };
  }
  for (const [t, until] of Object.entries(c.until) as [TableName, TableCoverage['until']][])
    if (until && !c.canonical.has(t)) out[t] = { ...out[t], until };
  for (const [t, from] of Object.entries(c.from) as [TableName, TableCoverage['from']][])
    if (from && !c.canonical.has(t)) out[t] = { ...out[t], from };
  return out;
}

interface Dated {
  referenceDate: string | null;
  file: string;
}

/**
 * The last day each table's records describe: the newest reference date of the returns that fill
 * it (several years merged reach the newest), and for a table two returns fill (plans and reviews
 * from the CIN census and the 903) the earlier of the two, as the other's records stop there.
 */
export function returnsUntil(
  cin: readonly Dated[],
  files903: readonly (Dated & { table: string })[],
): ReturnsContent['until'] {
  const newest = (files: readonly Dated[]): Dated | undefined =>
    files.filter((f) => f.referenceDate !== null && parseIsoDay(f.referenceDate) !== null).sort(byNewest)[0];
  const ends: { [T in TableName]?: Dated[] } = {};
  const add = (t: TableName, f: Dated | undefined) => {
    if (f) (ends[t] ??= []).push(f);
  };
  const census = newest(cin);
  for (const t of ['referrals', 'assessments', 'section47', 'plans', 'reviews'] as const) add(t, census);
  add('plans', newest(files903.filter((f) => f.table === 'episodes')));
  add('reviews', newest(files903.filter((f) => f.table === 'reviews')));
  add('allocations', newest(files903.filter((f) => f.table === 'socialWorker')));
  const out: ReturnsContent['until'] = {};
  for (const [t, files] of Object.entries(ends) as [TableName, Dated[]][]) {
    const first = [...files].sort(
      (a, b) => byText(a.referenceDate!, b.referenceDate!) || a.file.localeCompare(b.file),
    )[0]!;
    out[t] = { day: parseIsoDay(first.referenceDate!)!, what: `the reference date of ${first.file}` };
  }
  return out;
}

/**
 * The first day the CIN census tables hold every record from: a census holds the episodes open in
 * its year (1 April to its reference date), so the oldest year read starts it. The 903's looked-after
 * plans are not looked back over by any measure, so only the census decides.
 */
export function returnsFrom(cin: readonly Dated[]): ReturnsContent['from'] {
  const oldest = cin
    .filter((f) => f.referenceDate !== null && parseIsoDay(f.referenceDate) !== null)
    .sort((a, b) => byText(a.referenceDate!, b.referenceDate!) || a.file.localeCompare(b.file))[0];
  if (!oldest) return {};
  const day = addDays(addMonths(parseIsoDay(oldest.referenceDate!)!, -12), 1);
  const from = { day, what: `the CIN census years read (the oldest ${oldest.file})` };
  return { referrals: from, assessments: from, section47: from, plans: from, reviews: from };
}
