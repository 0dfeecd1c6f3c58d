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

type Reach = NonNullable<TableCoverage['from']>;

export interface ReturnsContent {
  /** A CIN census was read (CP plan reviews). */
  cin: boolean;
  /** An SSDA903 reviews table was read (looked-after reviews). */
  reviews903: boolean;
  /** Tables given as canonical CSVs beside the returns. */
  canonical: ReadonlySet<TableName>;
  /** The SSDA903 social worker table gave allocations. */
  allocationsFrom903: boolean;
  /** How far each table's records reach (returnsReach). */
  reach: ReturnsReach;
}

/**
 * Reviews: CP from the census, CLA from the 903 — no return has CIN plan reviews. Allocations from
 * the 903 social worker table: looked-after children only. A canonical CSV lifts the restriction,
 * and its table is then read as complete (no reach of the returns').
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
  for (const [t, reach] of Object.entries(c.reach) as [TableName, TableReach][])
    if (!c.canonical.has(t)) out[t] = { ...out[t], ...reach };
  return out;
}

interface Dated {
  referenceDate: string | null;
  file: string;
}

/** What a table of the returns says of its reach: one range, or one per plan type. */
type TableReach = Pick<TableCoverage, 'from' | 'until' | 'byPlanType'>;
export type ReturnsReach = { [T in TableName]?: TableReach };

/**
 * The reference dates of the years that reach back unbroken from the newest (each a year before
 * the next), oldest first, and the newest year missing below them (null when none is). A year
 * missing between two read breaks the reach: what happened in it (a referral, a review, an episode
 * begun and ended in it) is in no file, so the older years read do not extend how far back the
 * records are whole.
 */
export function unbrokenYears(dates: readonly string[]): { years: string[]; missing: string | null } {
  const sorted = [...new Set(dates)].sort();
  if (sorted.length === 0) return { years: [], missing: null };
  const years = [sorted.at(-1)!];
  const before = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;
  while (sorted.includes(before(years[0]!))) years.unshift(before(years[0]!));
  return { years, missing: sorted.length > years.length ? before(years[0]!) : null };
}

/** "; the year ending 2023-03-31 is missing, so the older years read do not extend it", or "". */
export function missingYearText(missing: string | null): string {
  return missing === null ? '' : `; the year ending ${missing} is missing, so the older years read do not extend it`;
}

/**
 * How far the records of a set of files of one return reach: from the oldest year's 1 April (a
 * return holds its year's records: the CIN census the episodes open in it, the SSDA903 the
 * episodes and reviews of 1 April to 31 March) to the newest reference date (several years merged
 * reach from the oldest to the newest, unbroken: unbrokenYears). Null when no file has a reference
 * date.
 */
function reachOf(files: readonly Dated[], years: string): { from: Reach; until: Reach } | null {
  const dated = files
    .filter((f) => f.referenceDate !== null && parseIsoDay(f.referenceDate) !== null)
    .sort((a, b) => byText(a.referenceDate!, b.referenceDate!) || byText(a.file, b.file));
  if (dated.length === 0) return null;
  const run = unbrokenYears(dated.map((f) => f.referenceDate!));
  const oldest = dated.find((f) => f.referenceDate === run.years[0])!;
  const newest = [...dated].sort(byNewest)[0]!;
  return {
    from: {
      day: addDays(addMonths(parseIsoDay(oldest.referenceDate!)!, -12), 1),
      what: `${years} (the oldest ${oldest.file}${missingYearText(run.missing)})`,
    },
    until: { day: parseIsoDay(newest.referenceDate!)!, what: `the reference date of ${newest.file}` },
  };
}

/**
 * How far each table the returns fill reaches. Referrals, assessments and section 47 come from
 * the CIN census alone. Plans and reviews come from two returns of different reach, so they
 * reach per plan type: CIN and CP plans and CP reviews as far as the CIN census years read,
 * looked-after plans (903 episodes) and their reviews (903 reviews) as far as the SSDA903 years read;
 * the 903 social worker table's allocations (looked-after children) as far as its own years. One
 * return read a year behind the other then leaves only its own plan types unmeasured.
 */
export function returnsReach(cin: readonly Dated[], files903: readonly (Dated & { table: string })[]): ReturnsReach {
  const census = reachOf(cin, 'the CIN census years read');
  const of903 = (table: string) =>
    reachOf(
      files903.filter((f) => f.table === table),
      'the SSDA903 years read',
    );
  const episodes = of903('episodes');
  const reviews = of903('reviews');
  const social = of903('socialWorker');
  const out: ReturnsReach = {};
  if (census) for (const t of ['referrals', 'assessments', 'section47'] as const) out[t] = census;
  // A 903 year holds its year's episodes and reviews only: a period of care begun earlier lacks
  // its earlier episodes and reviews (partialPlans); a census holds each plan open in its year whole.
  // A return not read holds its plan types' records: they are absent, not none (issue: a 903
  // alone gave "0 CP plans open 24 months or more").
  const noCensus = { absent: 'the CIN census holds them: add its XML files, or plans.csv' };
  const no903 = { absent: 'the SSDA903 episodes hold them: add its CSV files, or plans.csv' };
  const plans = {
    ...(census ? { cin: census, cp: census } : { cin: noCensus, cp: noCensus }),
    ...(episodes ? { cla: { ...episodes, partialPlans: true } } : { cla: no903 }),
  };
  if (census || episodes) out.plans = { byPlanType: plans };
  const reviewed = {
    ...(census ? { cp: census } : {}),
    ...(reviews ? { cla: { ...reviews, partialPlans: true } } : {}),
  };
  if (Object.keys(reviewed).length > 0) out.reviews = { byPlanType: reviewed };
  if (social) out.allocations = { byPlanType: { cla: social } };
  return out;
}

/**
 * How far the SSDA903 reaches, said beside the plans: a 903 holds the episodes and reviews of its
 * year (1 April to 31 March), so looked-after plans are measured from the oldest year's 1 April to
 * the newest year's 31 March, and a period of care begun before is seen from its first episode in
 * the files, without its earlier reviews: review timeliness then leaves looked-after plans out.
 */
export function lookedAfterReach(files903: readonly (Dated & { table: string })[]): string | null {
  const years = [
    ...new Set(
      files903
        .filter((f) => f.table === 'episodes' || f.table === 'reviews')
        .map((f) => f.referenceDate)
        .filter((d): d is string => d !== null),
    ),
  ].sort();
  if (years.length === 0) return null;
  const run = unbrokenYears(years);
  const from = `${Number(run.years[0]!.slice(0, 4)) - 1}-04-01`;
  const until = years.at(-1)!;
  return `looked-after plans and their reviews read from ${years.length} SSDA903 year${years.length > 1 ? 's' : ''} (ending ${years.join(', ')}): they reach from ${from} to ${until}${missingYearText(run.missing)}. A measure over them is not measured (or counts the other plan types only, saying so) for a period starting before ${from} or an as-at date after ${until}, and reviews of a period of care begun before ${from} are not judged (its earlier episodes and reviews are not in these files); add the SSDA903 files of other years to reach further. CIN and CP plans reach as far as the CIN census years read.`;
}

/** How far back referrals and plans reach, so look-back measures can be read for what they are. */
export function historyReach(cin: readonly Dated[]): string | null {
  const years = cin
    .map((c) => c.referenceDate)
    .filter((d): d is string => d !== null)
    .sort();
  if (years.length === 0) return null;
  const run = unbrokenYears(years);
  const from = `${Number(run.years[0]!.slice(0, 4)) - 1}-04-01`;
  return `read from ${years.length} CIN census year${years.length > 1 ? 's' : ''} (${years.join(', ')}): the census holds the episodes open in each year from ${from}${missingYearText(run.missing)}, so re-referrals, repeat CP plans and the change in CP plans starting see no earlier episode than that (NumberOfPreviousCPP still marks repeat CP plans); add earlier years' census files to look further back.`;
}
