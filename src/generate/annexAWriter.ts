/**
 * `generate --layout annex-a`: streams the generated council as the Ofsted Annex A lists saved
 * as CSV (`List 1.csv` … `List 9.csv`, the sheet names the Annex A reader looks for, with the
 * headings of the Annex A template), one row per child per episode, as an LA would return them
 * on the as-at date:
 *
 * - Lists 1–3 (contacts, early help assessments, referrals) hold what started in the audit
 *   period (the 12 months ending on the as-at date; Ofsted usually asks for fewer months).
 * - List 4 holds assessments started or completed in the period and every assessment still open
 *   on the as-at date; List 5 section 47 enquiries whose strategy discussion or ICPC fell in the
 *   period.
 * - Lists 6, 7 and 8 hold child in need, child protection and looked-after episodes open at any
 *   time in the period, each with only its latest visit (seen) and latest review, as Annex A does.
 *   List 9 holds care leavers open on the as-at date.
 * - "Allocated Worker" is the child's worker on the as-at date in every list (blank when none).
 * - Nothing dated after the as-at date is written: an Annex A return cannot know it.
 *
 * Dates are `dd/mm/yyyy`, yes/no answers and gender carry Annex A's letter prefixes, CRLF line
 * ends. What Annex A cannot carry is listed in ANNEX_A_NOT_CARRIED (printed by the command).
 */
import { addMonths, type Day } from '../model/day.js';
import { type ChildPlants, type LayoutSink, ageOn } from './layouts.js';
import type { GChild, GContact, GPlan, GVisit } from './types.js';
import { CsvTableWriter, formatDate } from './writer.js';

const PERSON = ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age'] as const;
const DISABILITY = 'Does the Child have a Disability';
const ALLOCATED = ['Allocated Team', 'Allocated Worker'] as const;

/** Headings per list, from the Annex A template (only the columns the generator can fill). */
export const ANNEX_A_LISTS: ReadonlyArray<{ list: number; title: string; header: readonly string[] }> = [
  { list: 1, title: 'Contacts', header: [...PERSON, 'Date of Contact', 'Contact Source'] },
  { list: 2, title: 'Early help', header: [...PERSON, 'Assessment start date', 'Organisation completing assessment'] },
  {
    list: 3,
    title: 'Referrals',
    header: [
      ...PERSON,
      'Date of Referral',
      'Referral Source',
      'Referral NFA?',
      'Number of Referrals in Last 12 Months',
      ...ALLOCATED,
    ],
  },
  {
    list: 4,
    title: 'Assessments',
    header: [
      ...PERSON,
      DISABILITY,
      'Continuous Assessment Start Date',
      'Child Seen During Continuous Assessment',
      'Continuous Assessment Date of Authorisation',
      "Was the child assessed as requiring LA children's social care support?",
      ...ALLOCATED,
    ],
  },
  {
    list: 5,
    title: 'Section 47 enquiries',
    header: [
      ...PERSON,
      DISABILITY,
      'Strategy discussion initiating Section 47 Enquiry Start Date',
      'Was an Initial Child Protection Conference deemed unnecessary?',
      'Date of Initial Child Protection Conference',
      ...ALLOCATED,
    ],
  },
  {
    list: 6,
    title: 'Children in need',
    header: [
      ...PERSON,
      DISABILITY,
      'Case Status',
      'CIN Start Date',
      "Child's Category of Need",
      'Date Child Was Last Seen',
      'CIN Closure Date',
      ...ALLOCATED,
    ],
  },
  {
    list: 7,
    title: 'Child protection',
    header: [
      ...PERSON,
      DISABILITY,
      'Child Protection Plan Start Date',
      'Initial Category of Abuse',
      'Latest Category of Abuse',
      'Date of the Last Statutory Visit',
      'Was the Child Seen Alone?',
      'Date of latest review conference',
      'Child Protection Plan End Date',
      'Number of Previous Child Protection Plans',
      ...ALLOCATED,
    ],
  },
  {
    list: 8,
    title: 'Children in care',
    header: [
      ...PERSON,
      'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)',
      DISABILITY,
      'Date Started to be Looked After',
      "Child's Category of Need",
      'Date of Latest Statutory Review',
      'Date of Last Social Work Visit',
      'Date Ceased to be Looked After',
      ...ALLOCATED,
    ],
  },
  {
    list: 9,
    title: 'Care leavers',
    header: [
      ...PERSON,
      'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)',
      ...ALLOCATED,
    ],
  },
];

export const ANNEX_A_NOT_CARRIED: readonly string[] = [
  'workers and supervision records (Annex A has no workforce list): caseloads, workforce and supervision-quality are not run',
  'allocation start and end dates (only the worker allocated on the as-at date)',
  'every visit and review but the latest of each episode, and CIN plan reviews',
  'assessment seen dates and seen-alone dates (only a yes/no "child seen")',
  'record ids, plan end reasons, referral and assessment outcomes beyond NFA / needs support',
  "anything before the 12-month period (earlier referrals, closed plans, contacts): re-referrals and repeat CP plans come from the lists' counts, and the change in CP plans starting is not measured",
  'episodes closed before the period, and anything dated after the as-at date',
];

const yesNo = (b: boolean | null): string => (b === null ? '' : b ? 'a) Yes' : 'b) No');

export class AnnexAWriter implements LayoutSink {
  private readonly writers = new Map<number, CsvTableWriter>();
  private readonly cache = new Map<Day, string>();
  readonly notCarried = ANNEX_A_NOT_CARRIED;

  constructor(
    dir: string,
    private readonly asAt: Day,
    private readonly periodStart: Day,
  ) {
    for (const l of ANNEX_A_LISTS)
      this.writers.set(
        l.list,
        new CsvTableWriter(dir, `List ${l.list}`, l.header, 'dmy-slash', {
          fileName: `List ${l.list}.csv`,
          eol: '\r\n',
        }),
      );
  }

  /** dd/mm/yyyy, or blank for no date or a date after the as-at date. */
  private date(d: Day | null): string {
    if (d === null || d > this.asAt) return '';
    let s = this.cache.get(d);
    if (s === undefined) this.cache.set(d, (s = formatDate(d, 'dmy-slash')));
    return s;
  }
  private known(d: Day | null): Day | null {
    return d === null || d > this.asAt ? null : d;
  }
  private inPeriod(d: Day | null): d is Day {
    return d !== null && d >= this.periodStart && d <= this.asAt;
  }
  private open(start: Day, end: Day | null): boolean {
    return start <= this.asAt && (end === null || end >= this.periodStart);
  }
  private row(list: number, cells: readonly string[]): void {
    this.writers.get(list)!.row(cells);
  }

  private person(c: GChild, plants: ChildPlants): string[] {
    const dob = plants.dobUnreadable ? null : c.dob;
    return [
      c.id,
      c.gender === 'Male' ? 'a) Male' : c.gender === 'Female' ? 'b) Female' : c.gender,
      c.ethnicity,
      this.date(dob),
      ageOn(dob, this.asAt),
    ];
  }

  contact(k: GContact, c: GChild, plants: ChildPlants): void {
    if (this.inPeriod(k.date)) this.row(1, [...this.person(c, plants), this.date(k.date), k.source]);
  }

  child(c: GChild, plants: ChildPlants): void {
    const A = this.asAt;
    const person = this.person(c, plants);
    const disability = yesNo(c.disability);
    const current = c.allocations.find((a) => a.start <= A && (a.end === null || a.end >= A));
    const worker = current?.workerId ?? '';
    const latestSeen = (p: GPlan): GVisit | undefined => {
      const to = Math.min(p.end ?? A, A);
      let best: GVisit | undefined;
      for (const v of c.visits)
        if (v.seen && v.date >= p.start && v.date <= to && (!best || v.date >= best.date)) best = v;
      return best;
    };
    const latestReview = (p: GPlan): Day | null => {
      const to = Math.min(p.end ?? A, A);
      let best: Day | null = null;
      for (const r of p.reviews) if (r >= p.start && r <= to && (best === null || r > best)) best = r;
      return best;
    };

    const contacts = plants.duplicateContact ? [...c.contacts, plants.duplicateContact] : c.contacts;
    for (const k of contacts) if (this.inPeriod(k.date)) this.row(1, [...person, this.date(k.date), k.source]);
    for (const p of c.plans) {
      if (p.type === 'early_help' && this.inPeriod(p.start)) this.row(2, [...person, this.date(p.start), p.team]);
    }
    for (const r of c.referrals) {
      if (!this.inPeriod(r.date)) continue;
      const outcome = r.id === plants.unknownOutcomeReferralId ? null : r.outcome;
      // The referrals in the 12 months before this one, not counting it (as the reader takes it;
      // SPEC §4.6's window: strictly earlier, on or after addMonths(date, −12)).
      const windowStart = addMonths(r.date, -12);
      const year = c.referrals.filter((x) => x.date < r.date && x.date >= windowStart).length;
      this.row(3, [
        ...person,
        this.date(r.date),
        r.source,
        outcome === null ? '' : yesNo(outcome === 'nfa'),
        String(year),
        r.team,
        worker,
      ]);
    }
    for (const a of c.assessments) {
      const completion = this.known(a.completion);
      if (!(this.inPeriod(a.start) || this.inPeriod(completion) || (a.start <= A && completion === null))) continue;
      const seen = this.known(a.seen) !== null;
      const support = a.outcome === null ? '' : yesNo(a.outcome !== 'nfa');
      this.row(4, [
        ...person,
        disability,
        this.date(a.start),
        yesNo(seen),
        this.date(completion),
        support,
        a.team,
        worker,
      ]);
    }
    for (const s of c.s47) {
      const icpc = this.known(s.icpc);
      if (!(this.inPeriod(s.strategy) || this.inPeriod(icpc))) continue;
      const unnecessary = s.outcome === null ? '' : yesNo(s.outcome !== 'icpc');
      this.row(5, [...person, disability, this.date(s.strategy), unnecessary, this.date(icpc), s.team, worker]);
    }
    for (const p of c.plans) {
      if (!this.open(p.start, this.known(p.end))) continue;
      const end = this.date(p.end);
      if (p.type === 'cin') {
        this.row(6, [
          ...person,
          disability,
          'Child in need plan',
          this.date(p.start),
          p.category,
          this.date(latestSeen(p)?.date ?? null),
          end,
          p.team,
          worker,
        ]);
      } else if (p.type === 'cp') {
        const v = latestSeen(p);
        const previous = c.plans.filter((x) => x.type === 'cp' && x.start < p.start).length;
        this.row(7, [
          ...person,
          disability,
          this.date(p.start),
          p.category,
          p.category,
          this.date(v?.date ?? null),
          yesNo(v?.seenAlone ?? null),
          this.date(latestReview(p)),
          end,
          String(previous),
          p.team,
          worker,
        ]);
      } else if (p.type === 'cla') {
        this.row(8, [
          ...person,
          c.uasc ? 'a) Yes' : 'b) No',
          disability,
          this.date(p.start),
          p.category,
          this.date(latestReview(p)),
          this.date(latestSeen(p)?.date ?? null),
          end,
          p.team,
          worker,
        ]);
      } else if (p.type === 'care_leaver' && p.start <= A && (p.end === null || p.end > A)) {
        this.row(9, [...person, c.uasc ? 'a) Yes' : 'b) No', p.team, worker]);
      }
    }
  }

  worker(): void {
    /* Annex A has no workforce list */
  }

  get full(): boolean {
    for (const w of this.writers.values()) if (w.full) return true;
    return false;
  }
  async drain(): Promise<void> {
    for (const w of this.writers.values()) if (w.full) await w.drain();
  }
  async close(): Promise<void> {
    await Promise.all([...this.writers.values()].map((w) => w.close()));
  }
  rows(): Record<string, number> {
    return Object.fromEntries([...this.writers].map(([n, w]) => [`List ${n}.csv`, w.rows]));
  }
}
