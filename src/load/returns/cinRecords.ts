/**
 * Turns a CIN census's elements into canonical records (the choices are listed in cinCensus.ts).
 * Both readers drive it: the census scanner (cinScan.ts) and, for a file outside its plain subset,
 * the generic XML stream (xmlStream.ts). One builder, so both give the same records.
 */
import { CIN_ELEMENTS, CIN_LABELS, GenderCells } from './cinCensusSchema.js';
import { NO_DAY } from './types.js';
import { plain } from '../plainCells.js';
import { byLine, type Kind, type Pending, pendingRecord, type Review } from './cinPending.js';
import { IdMaker, isoDate } from './ids.js';
import type { ReturnTable } from './types.js';
import { type CinSink, type CinTableName, type PutTo, putTo } from './cinPut.js';

export type { CinSink, CinTableName } from './cinPut.js';

/** The tables whose keys are ids the IdMaker made (the others' keys are a child id, or a plan's and a date). */
const MADE: readonly CinTableName[] = ['referrals', 'assessments', 'section47', 'plans'];

// The census's own spellings answered without a lower-cased copy (one per referral).
const flag = (v: string) =>
  v === 'false' ? false : v === 'true' || v.trim().toLowerCase() === 'true' || v.trim() === '1';
const table = (labels: Readonly<Record<string, string>>): ReturnTable => ({ labels, headerLine: 0, records: [] });

export class CinRecords {
  readonly tables = {
    children: table(CIN_LABELS.children),
    referrals: table(CIN_LABELS.referrals),
    assessments: table(CIN_LABELS.assessments),
    section47: table(CIN_LABELS.section47),
    plans: table(CIN_LABELS.plans),
    reviews: table(CIN_LABELS.reviews),
  };
  /** CP plan ids whose `NumberOfPreviousCPP` is above 0. */
  readonly previousCp = new Set<string>();
  collection: string | null = null;
  year = '';
  referenceDate: string | null = null;
  genderElement = '';
  /** Elements in no schema, with the line first seen: listed in the log once the file is read. */
  readonly unknown = new Map<string, number>();

  private readonly ids = new IdMaker(() => this.madeIds());

  /** `sinks`: each table's records built as they are read, none kept; else kept in `tables`. */
  constructor(private readonly sinks?: Readonly<Record<CinTableName, CinSink>>) {
    this.toChildren = putTo(this.tables, this.sinks, 'children');
    this.toReferrals = putTo(this.tables, this.sinks, 'referrals');
    this.toAssessments = putTo(this.tables, this.sinks, 'assessments');
    this.toSection47 = putTo(this.tables, this.sinks, 'section47');
    this.toPlans = putTo(this.tables, this.sinks, 'plans');
    this.toReviews = putTo(this.tables, this.sinks, 'reviews');
  }

  /** Every id made and kept so far (IdMaker needs them only for a child met again). */
  private *madeIds(): Iterable<string> {
    for (const t of MADE) {
      if (this.sinks) yield* this.sinks[t].keys;
      else for (const r of this.tables[t].records) yield r.key;
    }
  }

  /**
   * One record's cells, in the order of CIN_LABELS (cinCensusSchema.ts). Built straight into rows
   * (sinks), one array per table is reused: the builder reads the cells at once and keeps none.
   * `to` is the table's own PutTo, held in a field of its own: the table's name looked up in three
   * records at every put went through V8's generic property cache (six names at one site).
   */
  private put(to: PutTo, key: string, line: number, a: string, b: string, c = '', d = '', e = '', f = ''): void {
    const sink = to.sink;
    const width = to.width;
    const cells = sink !== null ? to.cells : new Array<string>(width);
    cells[0] = a;
    cells[1] = b;
    if (width > 2) {
      cells[2] = c;
      cells[3] = d;
      cells[4] = e;
      if (width > 5) cells[5] = f;
    }
    if (sink !== null) sink.add(key, line, cells, this.days, this.childPlain, this.childCell);
    else to.table.records.push({ key, line, cells });
  }
  // Set in the constructor: a field's initialiser runs before the constructor's `sinks` is set.
  private readonly toChildren: PutTo;
  private readonly toReferrals: PutTo;
  private readonly toAssessments: PutTo;
  private readonly toSection47: PutTo;
  private readonly toPlans: PutTo;
  private readonly toReviews: PutTo;
  /**
   * The days of the cells put next (put's caller sets those of its dates and sets them back to
   * NO_DAY after): a date's day is worked out once per distinct date text, not at every record.
   */
  private readonly days: number[] = [NO_DAY, NO_DAY, NO_DAY, NO_DAY, NO_DAY, NO_DAY];
  /**
   * Whether the child being emitted's id holds no no-break space, and so every key put for it:
   * a key is that id, or an id made from it (ids.ts: the kind, the id, then an ISO date, `line`
   * and digits, `~` and digits, `@` and a date or `#` and digits, all ASCII). Found once per
   * child instead of by searching every key (which also made V8 join each made id's two parts).
   */
  private childPlain = true;
  /** Whether the child id itself is a plain cell (plainCells.ts), found once per child. */
  private childCell = false;
  // The child being read, and the record being read inside it: values collected until it closes.
  private childId: string | undefined;
  private birth: string | undefined;
  private birthDay = NO_DAY;
  private gender: string | undefined;
  private ethnicity: string | undefined;
  private childLine = 0;
  /**
   * The child's disability so far: '' (no Disability element), 'N' (only NONE) or 'Y' (another).
   * Kept as it goes rather than as a list per child (the lists were 5% of what a load allocated).
   */
  private disability = '';
  /**
   * The child's records so far: the first `pendingCount` (the list is reused from child to child:
   * a list per child, grown record by record, was 5% of what a load allocated).
   */
  private readonly pending: Pending[] = [];
  private pendingCount = 0;
  private ref: Pending | null = null;
  private cur: Pending | null = null;
  /** `NumberOfPreviousCPP` and review dates read since the last record opened. */
  private previous = '';
  private reviews: Review[] | null = null;

  private start(kind: Kind, line: number, ref: Pending | null): Pending {
    if (kind !== 'referral') {
      this.previous = '';
      this.reviews = null;
    }
    return pendingRecord(kind, line, ref, this.spare.pop());
  }
  /**
   * Records of children already emitted, reused by start(): nothing refers to them once their
   * child is emitted (a record's referral is its child's), and one object per record was 6% of
   * what a load allocated.
   */
  private readonly spare: Pending[] = [];

  private readonly shared = new Map<string, string>();
  private share(text: string): string {
    const s = this.shared.get(text);
    if (s !== undefined) return s;
    // Capped, so a file of endless distinct values cannot grow it without bound.
    if (this.shared.size < 20_000) this.shared.set(text, text);
    return text;
  }

  /** An element opened. */
  open(name: string, line: number): void {
    this.note(name, line);
    this.enter(name, line);
  }

  /**
   * An element name met for the first time (or again: only its first line is kept), listed when it
   * is in no schema. The census scanner calls it once per distinct name, not once per element (a
   * set look-up for each of a census's 300,000 elements).
   */
  note(name: string, line: number): void {
    if (!CIN_ELEMENTS.has(name) && !this.unknown.has(name)) this.unknown.set(name, line);
  }

  /** An element opened, its name already noted. */
  enter(name: string, line: number): void {
    switch (name) {
      case 'Child':
        this.childId = this.birth = this.gender = this.ethnicity = undefined;
        this.birthDay = NO_DAY;
        this.childLine = line;
        this.disability = '';
        this.pendingCount = 0;
        return;
      case 'CINdetails':
        this.ref = this.start('referral', line, null);
        return;
      case 'Assessments':
        this.cur = this.start('assessment', line, this.ref);
        return;
      case 'Section47':
        this.cur = this.start('s47', line, this.ref);
        return;
      case 'CINPlanDates':
        this.cur = this.start('cin', line, this.ref);
        return;
      case 'ChildProtectionPlans':
        this.cur = this.start('cp', line, this.ref);
        return;
    }
  }

  /**
   * An element closed: `text` is its own text, trimmed; `parent` the element it sits in;
   * `inChildren` whether it is inside `<Message><Children>`; `day` the text's day when the
   * scanner knew it (NO_DAY: the text is read as ever).
   */
  close(name: string, parent: string | undefined, inChildren: boolean, text: string, line: number, day = NO_DAY): void {
    if (parent === 'CollectionDetails') {
      if (name === 'Collection') this.collection = text;
      else if (name === 'Year') this.year = text;
      else if (name === 'ReferenceDate') this.referenceDate = isoDate(text);
      return;
    }
    if (!inChildren) return;
    if (name === 'LAchildID') {
      this.childId = text;
      return;
    }
    // Dates and codes repeat across a census's records: when records are kept, one string each is
    // kept (the record's own copy dies young), which leaves the garbage collector fewer strings to
    // move. Built straight into typed rows (sinks), no text is kept: sharing would only cost.
    if (!this.sinks) text = this.share(text);
    const cur = this.cur;
    switch (name) {
      case 'PersonBirthDate':
        this.birth = text;
        this.birthDay = day;
        return;
      case 'Ethnicity':
        this.ethnicity = text;
        return;
      case 'GenderCurrent':
      case 'Sex':
        this.gender = text;
        this.genderElement ||= name;
        return;
      case 'Disability':
        if (text.toUpperCase() !== 'NONE') this.disability = 'Y';
        else if (this.disability === '') this.disability = 'N';
        return;
      case 'Child':
        this.emit();
        return;
      case 'CINreferralDate':
        if (this.ref) {
          this.ref.a = text;
          this.ref.aDay = day;
        }
        return;
      case 'ReferralSource':
        if (this.ref) this.ref.b = text;
        return;
      case 'ReferralNFA':
        if (this.ref) this.ref.c = flag(text) ? 'nfa' : '';
        return;
      case 'CINdetails':
        if (this.ref) this.pending[this.pendingCount++] = this.ref;
        this.ref = null;
        return;
      // Each sets the field of that name in the record being read, when that record has one
      // (as a hand-made file nesting them oddly has always been read).
      case 'AssessmentActualStartDate':
      case 'CINPlanStartDate':
      case 'CPPstartDate':
        if (cur && cur.kind !== 's47') {
          cur.a = text;
          cur.aDay = day;
        }
        return;
      case 'AssessmentAuthorisationDate':
        if (cur && cur.kind === 'assessment') {
          cur.b = text;
          cur.bDay = day;
        }
        return;
      case 'S47ActualStartDate':
        if (cur && cur.kind === 's47') {
          cur.a = text;
          cur.aDay = day;
        }
        return;
      case 'CINPlanEndDate':
      case 'CPPendDate':
        if (cur && (cur.kind === 'cin' || cur.kind === 'cp')) {
          cur.b = text;
          cur.bDay = day;
        }
        return;
      case 'DateOfInitialCPC':
        // The s47's ICPC date; the same element elsewhere (CP plans) is not read.
        if (cur && cur.kind === 's47' && parent === 'Section47') {
          cur.b = text;
          cur.bDay = day;
        }
        return;
      case 'InitialCategoryOfAbuse':
        if (cur && (cur.kind === 'cin' || cur.kind === 'cp')) cur.c = text;
        return;
      case 'NumberOfPreviousCPP':
        // Kept for the CP plan being read (the last one read since the record opened).
        this.previous = text;
        return;
      case 'CPPreviewDate':
        (this.reviews ??= []).push({ date: text, line });
        return;
      case 'Assessments':
      case 'Section47':
      case 'CINPlanDates':
      case 'ChildProtectionPlans':
        if (cur) {
          if (cur.kind === 'cp') {
            cur.previous = this.previous;
            cur.reviews = this.reviews;
          }
          this.pending[this.pendingCount++] = cur;
        }
        this.cur = null;
        return;
    }
  }

  private readonly genders = new GenderCells();

  private emit(): void {
    // Ids need the child id, which the schema puts first but a hand-made file may not: made here.
    const childId = this.childId ?? '';
    const disability = this.disability;
    const gender = this.gender ?? '';
    const ids = this.ids;
    const days = this.days;
    this.childPlain = childId.indexOf('\u00a0') === -1;
    this.childCell = plain(childId);
    // Cells in the order of CIN_LABELS (cinCensusSchema.ts): the loader reads them as they are.
    days[1] = this.birthDay;
    this.put(
      this.toChildren,
      childId,
      this.childLine,
      childId,
      this.birth ?? '',
      this.genders.of(gender),
      this.ethnicity ?? '',
      disability,
    );
    days[1] = NO_DAY;
    const pending = this.pending;
    const n = this.pendingCount;
    // Records are listed as they close; ids follow the order they open in: a stable sort by line,
    // needed whenever a referral holds an assessment or plan (it closes after them).
    byLine(pending, n);
    // Referral ids first: the records in a referral name it. A record whose referral is not
    // among this child's (a hand-made file nesting them oddly) names none: its id is still ''.
    for (let i = 0; i < n; i++) {
      const r = pending[i]!;
      if (r.kind === 'referral') r.id = ids.make('REF', childId, r.a, r.line, r.aDay);
    }
    for (let i = 0; i < n; i++) {
      const r = pending[i]!;
      switch (r.kind) {
        case 'referral': {
          const key = r.id;
          days[2] = r.aDay;
          this.put(this.toReferrals, key, r.line, key, childId, r.a, r.b, r.c);
          days[2] = NO_DAY;
          break;
        }
        case 'assessment': {
          const key = ids.make('ASM', childId, r.a, r.line, r.aDay);
          days[3] = r.aDay;
          days[4] = r.bDay;
          this.put(this.toAssessments, key, r.line, key, childId, r.ref ? r.ref.id : '', r.a, r.b);
          days[3] = days[4] = NO_DAY;
          break;
        }
        case 's47': {
          const key = ids.make('S47', childId, r.a, r.line, r.aDay);
          const outcome = r.b.trim() ? 'icpc' : '';
          days[2] = r.aDay;
          days[3] = r.bDay;
          this.put(this.toSection47, key, r.line, key, childId, r.a, r.b, outcome);
          days[2] = days[3] = NO_DAY;
          break;
        }
        default: {
          const key = ids.make(r.kind === 'cp' ? 'CP' : 'CIN', childId, r.a, r.line, r.aDay);
          days[3] = r.aDay;
          days[4] = r.bDay;
          this.put(this.toPlans, key, r.line, key, childId, r.kind, r.a, r.b, r.c);
          days[3] = days[4] = NO_DAY;
          if (r.kind === 'cp' && Number(r.previous) > 0) this.previousCp.add(key);
          const reviews = r.reviews;
          if (reviews)
            for (let i = 0; i < reviews.length; i++) {
              const v = reviews[i]!;
              this.put(this.toReviews, `${key}@${isoDate(v.date) ?? `#${i}`}`, v.line, key, v.date);
            }
        }
      }
    }
    for (let i = 0; i < n && this.spare.length < 256; i++) this.spare.push(pending[i]!);
  }
}
