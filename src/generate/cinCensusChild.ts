/**
 * One generated child as the CIN census years write it, as a real census does (issue 18, SPEC
 * §6.3): each census year holds every CIN episode open at any point in that year (1 April to its
 * reference date), as it stood on the reference date, so consecutive years overlap and a later
 * year repeats, brought up to date, the episodes an earlier one left open.
 *
 * An episode is a referral and everything that followed it up to the next referral: the
 * assessments made on it, and the section 47 enquiries and CIN/CP plans dated from it on. It is
 * open from its referral date until it closes, on the latest date of anything in it (assessment
 * completions, enquiry and ICPC dates, plan ends, reviews); anything still open (an assessment not
 * completed, an ICPC not yet held, a plan not ended) keeps it open in every later year.
 *
 * As it stood on a reference date: assessments, enquiries, plans and reviews starting after it are
 * left out, and completion, ICPC and end dates after it are blank (still open then), as the
 * council's system would have returned them that year. `NumberOfPreviousCPP` counts the child's CP
 * plans started before the plan (all of them started by the reference date, as the plan did). Read
 * newest year first, the years give each record as it stands on the newest date that holds it.
 */
import { type Day, dayFromYmd, toIso, ymd } from '../model/day.js';
import type { GAssessment, GChild, GPlan, GReferral, GS47 } from './types.js';

const CATEGORY: Readonly<Record<string, string>> = {
  Neglect: 'NEG',
  'Emotional abuse': 'EMO',
  'Physical abuse': 'PHY',
  'Sexual abuse': 'SAB',
  Multiple: 'MUL',
};
/**
 * Referral sources as the census codes them (`referralsourcetype`): every code is in each schema
 * from 2022 to 2026 (`5D`, early help, is not in 2022's, and means something else anyway).
 */
const SOURCE: Readonly<Record<string, string>> = {
  Police: '6',
  Schools: '2A',
  'Health services': '3A',
  'Local authority services': '5A',
  Individual: '1A',
  Housing: '4',
  'Other legal agency': '7',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** One element on its own line; nothing for a blank value (the census leaves unknowns out). */
export const el = (name: string, value: string | number | null, indent: string) =>
  value === null || value === '' ? '' : `${indent}<${name}>${esc(String(value))}</${name}>\n`;

/** The collection year (ending 31 March) holding a day. */
export const yearOf = (d: Day) => {
  const { year, month } = ymd(d);
  return month <= 3 ? year : year + 1;
};

/** A census year's reference date: 31 March, or the as-at date for the year holding it (in-year). */
export const referenceOf = (year: number, asAt: Day): Day => Math.min(asAt, dayFromYmd(year, 3, 31));

interface Episode {
  referral: GReferral;
  assessments: GAssessment[];
  s47: GS47[];
  cin: GPlan[];
  cp: GPlan[];
  /** The day it closed, or null while anything in it is still open. */
  close: Day | null;
}

/** The child's referrals in date order, each with what followed it. */
function episodesOf(c: GChild): Episode[] {
  const refs = [...c.referrals].sort((a, b) => a.date - b.date);
  const episodes: Episode[] = refs.map((r) => ({
    referral: r,
    assessments: c.assessments.filter((a) => a.referralId === r.id),
    s47: [],
    cin: [],
    cp: [],
    close: r.date,
  }));
  // Each enquiry and plan belongs to the latest referral on or before it.
  const owner = (d: Day) => {
    let k = 0;
    for (let i = 0; i < refs.length; i++) if (refs[i]!.date <= d) k = i;
    return episodes[k]!;
  };
  for (const s of c.s47) owner(s.strategy).s47.push(s);
  for (const p of c.plans) if (p.type === 'cin' || p.type === 'cp') owner(p.start)[p.type].push(p);
  for (const e of episodes) {
    const dates: (Day | null)[] = [
      ...e.assessments.flatMap((a) => [a.start, a.completion]),
      // An enquiry with no outcome yet is waiting for its ICPC: open.
      ...e.s47.flatMap((s) => [s.strategy, s.outcome === null ? null : (s.icpc ?? s.strategy)]),
      ...[...e.cin, ...e.cp].flatMap((p) => [p.start, p.end, ...p.reviews]),
    ];
    e.close = dates.includes(null) ? null : Math.max(e.referral.date, ...(dates as Day[]));
  }
  return episodes;
}

const I6 = '          ',
  I7 = '            ',
  I8 = '              ';

/** One episode's `CINdetails` as it stood on `reference`, in schema order with `year`'s codes. */
function detailsXml(e: Episode, year: number, reference: Day, cpBefore: (p: GPlan) => number, nfa: boolean): string {
  // yesnotype: true/false to 2023-24, 0/1 from 2024-25 (the schemas of those years).
  const yes = (b: boolean) => (year >= 2025 ? (b ? '1' : '0') : b ? 'true' : 'false');
  // A date after the reference date was not known then: the element is blank (left out).
  const by = (d: Day | null) => (d === null || d > reference ? null : toIso(d));
  const r = e.referral;
  let x = '        <CINdetails>\n';
  x += el('CINreferralDate', toIso(r.date), I6) + el('ReferralSource', SOURCE[r.source] ?? '10', I6);
  for (const a of e.assessments) {
    if (a.start > reference) continue;
    x += `${I6}<Assessments>\n${el('AssessmentActualStartDate', toIso(a.start), I7)}${el('AssessmentAuthorisationDate', by(a.completion), I7)}${I6}</Assessments>\n`;
  }
  for (const p of e.cin) {
    if (p.start > reference) continue;
    x += `${I6}<CINPlanDates>\n${el('CINPlanStartDate', toIso(p.start), I7)}${el('CINPlanEndDate', by(p.end), I7)}${I6}</CINPlanDates>\n`;
  }
  for (const s of e.s47) {
    if (s.strategy > reference) continue;
    x += `${I6}<Section47>\n${el('S47ActualStartDate', toIso(s.strategy), I7)}${el('DateOfInitialCPC', by(s.icpc), I7)}${el('ICPCnotRequired', yes(!(s.outcome === 'icpc' || s.outcome === null)), I7)}${I6}</Section47>\n`;
  }
  x += el('ReferralNFA', yes(nfa), I6);
  for (const p of e.cp) {
    if (p.start > reference) continue;
    const cat = CATEGORY[p.category] ?? 'MUL';
    x += `${I6}<ChildProtectionPlans>\n${el('CPPstartDate', toIso(p.start), I7)}${el('CPPendDate', by(p.end), I7)}${el('InitialCategoryOfAbuse', cat, I7)}${el('LatestCategoryOfAbuse', cat, I7)}${el('NumberOfPreviousCPP', cpBefore(p), I7)}`;
    const reviews = p.reviews.filter((d) => d <= reference);
    if (reviews.length)
      x += `${I7}<Reviews>\n${reviews.map((d) => el('CPPreviewDate', toIso(d), I8)).join('')}${I7}</Reviews>\n`;
    x += `${I6}</ChildProtectionPlans>\n`;
  }
  return `${x}        </CINdetails>\n`;
}

/**
 * The child's `<Child>` element for each census year holding one of its episodes, oldest year
 * first, up to the year holding `asAt`. `nfaOf` says whether a referral is written as no further
 * action; `dob` false leaves the birth date out (written unreadably in the canonical files).
 */
export function censusChildByYear(
  c: GChild,
  asAt: Day,
  nfaOf: (r: GReferral) => boolean,
  dob: boolean,
): Map<number, string> {
  const byYear = new Map<number, string>();
  if (c.referrals.length === 0) return byYear;
  const cps = c.plans.filter((q) => q.type === 'cp');
  const cpBefore = (p: GPlan) => cps.filter((q) => q.start < p.start).length;
  const last = yearOf(asAt);
  for (const e of episodesOf(c)) {
    for (let year = yearOf(e.referral.date); year <= last; year++) {
      // Open at some point in the year: closed on or after its 1 April (or still open).
      if (e.close !== null && e.close < dayFromYmd(year - 1, 4, 1)) break;
      const details = detailsXml(e, year, referenceOf(year, asAt), cpBefore, nfaOf(e.referral));
      byYear.set(year, (byYear.get(year) ?? '') + details);
    }
  }
  const out = new Map<number, string>();
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const sex =
      year >= 2025
        ? el('Sex', c.gender === 'Female' ? 'F' : c.gender === 'Male' ? 'M' : 'U', '        ')
        : el('GenderCurrent', c.gender === 'Female' ? '2' : c.gender === 'Male' ? '1' : '9', '        ');
    out.set(
      year,
      `    <Child>\n      <ChildIdentifiers>\n${el('LAchildID', c.id, '        ')}${dob ? el('PersonBirthDate', toIso(c.dob), '        ') : ''}${sex}      </ChildIdentifiers>\n      <ChildCharacteristics>\n${el('Ethnicity', c.ethnicity, '        ')}        <Disabilities>\n${el('Disability', c.disability ? 'LD' : 'NONE', '          ')}        </Disabilities>\n      </ChildCharacteristics>\n${byYear.get(year)!}    </Child>\n`,
    );
  }
  return out;
}
