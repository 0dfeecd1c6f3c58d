/**
 * `generate --layout returns`: streams the generated council as the three statutory returns
 * (SPEC §6.3), child by child:
 *
 * - CIN census XML, one file per collection year (`cin_census_<year>.xml`, reference date 31
 *   March), each holding, as a real census does, every CIN episode (`CINdetails`: a referral with
 *   the assessments, section 47 enquiries and CIN/CP plans that followed it) open at any point in
 *   that year, as it stood on the reference date (cinCensusChild.ts): consecutive years overlap.
 *   The year holding the as-at date is an in-year census dated the as-at date. Elements are in
 *   schema order with schema codes (`GenderCurrent` to 2023-24, `Sex` from 2024-25).
 * - SSDA903 CSVs, one set per year as a real 903 is (`ssda903_<year>_header.csv`, `_episodes`,
 *   `_reviews`, `_social_worker`; the year ends on 31 March, or is in-year to the as-at date),
 *   dates `DD/MM/YYYY`: each holds the episodes open at any point in its year as they stood on its
 *   reference date, and the reviews and social worker rows of the year, so a period of care is read
 *   whole only from every year since it began. Each looked-after period is split into episodes at
 *   invented placement changes (REC `X1`), so the reader must join them again.
 * - A workforce census XML (`csww.xml`) dated the as-at date (a real one is dated 30 September:
 *   generate with that as-at date for one), with `Cases30` the children allocated to each
 *   worker on that date. Vacancies are invented (one per 8 workers).
 *
 * Early help, care leavers, contacts, visits, supervisions, teams, seen dates, end reasons and CIN
 * plan reviews are not in any return (RETURNS_NOT_CARRIED).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { type Day, dayFromYmd, toIso } from '../model/day.js';
import { censusChildByYear, el, referenceOf, yearOf } from './cinCensusChild.js';
import { type ChildPlants, type LayoutSink } from './layouts.js';
import type { GChild, GReferral, GWorker } from './types.js';
import { CsvTableWriter } from './writer.js';
// The 903 columns are the reader's own list, so what is written is exactly what is read.
import { TABLES_903 } from '../load/returns/ssda903Tables.js';

export const RETURNS_NOT_CARRIED: readonly string[] = [
  'contacts, visits and supervision records (in no return)',
  'teams, assessment seen and seen-alone dates, plan end reasons and CIN plan reviews (in no return)',
  'early help and care-leaver plans (in no return)',
  'allocations of children who were never looked after (the SSDA903 social worker table covers looked-after children)',
];

/**
 * The census's social worker England number (`swetype`: two letters and ten digits), made from the
 * generator's worker id (`W00001` → `SW0000000001`). The 903 social worker table names workers by
 * the same number, so the returns join; canonical tables given beside them must use it too.
 */
export const sweNumber = (workerId: string): string => `SW${workerId.replace(/^\D+/, '').padStart(10, '0')}`;

/** One XML file written with backpressure (the CIN census files, child by child). */
class XmlFile {
  private readonly stream: WriteStream;
  private buffer: string;
  constructor(
    path: string,
    head: string,
    private readonly tail: string,
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.buffer = head;
  }
  write(s: string): void {
    this.buffer += s;
  }
  get full(): boolean {
    return this.buffer.length >= 1 << 16;
  }
  async drain(): Promise<void> {
    if (this.buffer.length === 0) return;
    const ok = this.stream.write(this.buffer);
    this.buffer = '';
    if (!ok) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
  async close(): Promise<void> {
    this.buffer += this.tail;
    await this.drain();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(resolve);
    });
  }
}

const header = (collection: string, year: number, reference: Day) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n      <Collection>${collection}</Collection>\n      <Year>${year}</Year>\n      <ReferenceDate>${toIso(reference)}</ReferenceDate>\n    </CollectionDetails>\n    <Source>\n      <SourceLevel>L</SourceLevel>\n      <LEA>999</LEA>\n      <SoftwareCode>caseaudit generate</SoftwareCode>\n    </Source>\n  </Header>\n`;

/** One SSDA903 year's tables. */
interface Year903 {
  header: CsvTableWriter;
  episodes: CsvTableWriter;
  reviews: CsvTableWriter;
  social: CsvTableWriter;
}

/** One episode of a period of care, before it is written into the 903 years it is open in. */
interface Episode903 {
  from: Day;
  to: Day | null;
  rne: string;
  place: string;
  rec: string;
  reason: string;
}

export class ReturnsWriter implements LayoutSink {
  private readonly cin = new Map<number, XmlFile>();
  private readonly cinRows = new Map<number, number>();
  /** Each SSDA903 year's tables, by the year ending 31 March (`ssda903_<year>_<table>.csv`). */
  private readonly y903 = new Map<number, Year903>();
  /** Workers are few (one per ~12 children): held, and written at close after the vacancies. */
  private readonly cswwWorkers: string[] = [];
  private workers = 0;
  private vacancies = 0;
  /** Children with an allocation open on as-at, per worker (the census's Cases30). */
  private readonly cases = new Map<string, Set<string>>();
  readonly notCarried = RETURNS_NOT_CARRIED;

  constructor(
    private readonly dir: string,
    private readonly asAt: Day,
  ) {}

  private year903(year: number): Year903 {
    let y = this.y903.get(year);
    if (!y) {
      const table = (name: string, columns: readonly string[]) =>
        new CsvTableWriter(this.dir, name, [...columns], 'dmy-slash', { fileName: `ssda903_${year}_${name}.csv` });
      y = {
        header: table('header', TABLES_903.header.columns),
        episodes: table('episodes', TABLES_903.episodes.columns),
        reviews: table('reviews', TABLES_903.reviews.columns),
        social: table('social_worker', TABLES_903.socialWorker.columns),
      };
      this.y903.set(year, y);
    }
    return y;
  }

  private cinFile(year: number): XmlFile {
    let f = this.cin.get(year);
    if (!f) {
      // The year holding the as-at date is an in-year census dated the as-at date.
      f = new XmlFile(
        join(this.dir, `cin_census_${year}.xml`),
        `${header('CIN', year, referenceOf(year, this.asAt))}  <Children>\n`,
        '  </Children>\n</Message>\n',
      );
      this.cin.set(year, f);
    }
    return f;
  }

  contact(): void {
    /* no return holds contacts */
  }

  child(c: GChild, plants: ChildPlants): void {
    const A = this.asAt;
    for (const a of c.allocations) {
      if (a.start <= A && (a.end === null || a.end >= A)) {
        let s = this.cases.get(a.workerId);
        if (!s) this.cases.set(a.workerId, (s = new Set()));
        s.add(c.id);
      }
    }
    this.census(c, plants);
    this.lookedAfter(c, plants);
  }

  /** The child's CIN episodes in every census year they are open in (cinCensusChild.ts). */
  private census(c: GChild, plants: ChildPlants): void {
    const nfa = (r: GReferral) => r.outcome === 'nfa' && r.id !== plants.unknownOutcomeReferralId;
    for (const [year, xml] of censusChildByYear(c, this.asAt, nfa, !plants.dobUnreadable)) {
      this.cinFile(year).write(xml);
      this.cinRows.set(year, (this.cinRows.get(year) ?? 0) + 1);
    }
  }

  /**
   * Looked-after periods as 903 episodes, split at invented placement changes, written into each
   * 903 year they are open in as that year's return holds them: the episodes open at any point
   * from 1 April to its reference date (an end after it left blank), the reviews and social worker
   * rows of the year, and the child's header row.
   */
  private lookedAfter(c: GChild, plants: ChildPlants): void {
    const A = this.asAt;
    const cla = c.plans.filter((p) => p.type === 'cla').sort((a, b) => a.start - b.start);
    if (cla.length === 0) return;
    const episodes: Episode903[] = [];
    for (const p of cla) {
      const end = p.end ?? A;
      // 1-3 episodes, split evenly; the split count comes from the dates, so no random draw is used.
      const parts = Math.min(1 + (p.start % 3), Math.max(1, end - p.start));
      for (let k = 0; k < parts; k++) {
        const last = k === parts - 1;
        episodes.push({
          from: p.start + Math.floor(((end - p.start) * k) / parts),
          to: last ? p.end : p.start + Math.floor(((end - p.start) * (k + 1)) / parts),
          rne: k === 0 ? 'S' : 'P',
          place: k % 2 === 0 ? 'U1' : 'U4',
          rec: last ? (p.end === null ? '' : 'E8') : 'X1',
          reason: last || k === 0 ? '' : 'CARPL',
        });
      }
    }
    const reviews = cla.flatMap((p) => p.reviews).sort((a, b) => a - b);
    const allocations = c.allocations.filter((a) =>
      cla.some((p) => a.start <= (p.end ?? A) && (a.end === null || a.end >= p.start)),
    );
    const open = (from: Day, to: Day | null, start: Day, reference: Day) =>
      from <= reference && (to === null || to >= start);
    for (let year = yearOf(episodes[0]!.from); year <= yearOf(A); year++) {
      const start = dayFromYmd(year - 1, 4, 1);
      const reference = referenceOf(year, A);
      const inYear = episodes.filter((e) => open(e.from, e.to, start, reference));
      const held = reviews.filter((r) => r >= start && r <= reference);
      const social = allocations.filter((a) => open(a.start, a.end, start, reference));
      if (inYear.length === 0 && held.length === 0 && social.length === 0) continue;
      const t = this.year903(year);
      const dob = plants.dobUnreadable ? '' : t.header.date(c.dob);
      t.header.row([c.id, c.gender === 'Female' ? '2' : '1', dob, c.ethnicity, '', '', '']);
      for (const e of inYear) {
        // As it stood on the reference date: an episode ending later is open, its reason unknown.
        const ended = e.to !== null && e.to <= reference;
        t.episodes.row([
          c.id,
          t.episodes.date(e.from),
          e.rne,
          'C2',
          'N1',
          e.place,
          'PR1',
          ended ? t.episodes.date(e.to) : '',
          ended ? e.rec : '',
          e.reason,
          '',
          '',
          '',
        ]);
      }
      for (const r of held) t.reviews.row([c.id, dob, t.reviews.date(r), 'PN1']);
      for (const a of social) {
        const ended = a.end !== null && a.end <= reference;
        t.social.row([c.id, dob, sweNumber(a.workerId), t.social.date(a.start), ended ? t.social.date(a.end) : '', '']);
      }
    }
  }

  worker(w: GWorker): void {
    this.workers++;
    const A = this.asAt;
    const active = w.start <= A && (w.end === null || w.end >= A);
    const nq = w.qualified !== null && w.qualified <= A && A - w.qualified <= 365;
    const cases = this.cases.get(w.id)?.size ?? 0;
    const i = '    ';
    this.cswwWorkers.push(
      `  <CSWWWorker>\n${el('AgencyWorker', w.agency ? 1 : 0, i)}${el('SWENo', sweNumber(w.id), i)}${el('FTE', w.fte, i)}${i}<QualInst>Institution Name</QualInst>\n${el('OrgRole', w.manager ? 3 : 5, i)}${el('RoleStartDate', toIso(w.start), i)}${el('StartOrigin', 9, i)}${el('RoleEndDate', w.end === null ? null : toIso(w.end), i)}${active ? el('Cases30', cases, i) : ''}${nq || /\b(asye|nqsw)\b/i.test(w.role) ? el('CFKSSstatus', 1, i) : ''}  </CSWWWorker>\n`,
    );
    if (active && this.workers % 8 === 0) this.vacancies++;
  }

  private tables903(): CsvTableWriter[] {
    return [...this.y903.values()].flatMap((t) => [t.header, t.episodes, t.reviews, t.social]);
  }

  get full(): boolean {
    return [...this.cin.values()].some((f) => f.full) || this.tables903().some((w) => w.full);
  }
  async drain(): Promise<void> {
    for (const f of this.cin.values()) if (f.full) await f.drain();
    for (const w of this.tables903()) if (w.full) await w.drain();
  }
  async close(): Promise<void> {
    const vacancies = `  <LALevelVacancies>\n    <NumberOfVacancies>${this.vacancies.toFixed(2)}</NumberOfVacancies>\n    <NoAgencyFTE>0.00</NoAgencyFTE>\n    <NoAgencyHeadcount>0</NoAgencyHeadcount>\n  </LALevelVacancies>\n`;
    const csww = new XmlFile(
      join(this.dir, 'csww.xml'),
      `${header('CSWW', yearOf(this.asAt), this.asAt)}${vacancies}`,
      '</Message>\n',
    );
    for (const w of this.cswwWorkers) csww.write(w);
    await Promise.all([...this.cin.values()].map((f) => f.close()));
    await Promise.all(this.tables903().map((w) => w.close()));
    await csww.close();
  }
  rows(): Record<string, number> {
    return {
      ...Object.fromEntries([...this.cinRows].sort((a, b) => a[0] - b[0]).map(([y, n]) => [`cin_census_${y}.xml`, n])),
      ...Object.fromEntries(
        [...this.y903]
          .sort((a, b) => a[0] - b[0])
          .flatMap(([y, t]) => [
            [`ssda903_${y}_header.csv`, t.header.rows],
            [`ssda903_${y}_episodes.csv`, t.episodes.rows],
            [`ssda903_${y}_reviews.csv`, t.reviews.rows],
            [`ssda903_${y}_social_worker.csv`, t.social.rows],
          ]),
      ),
      'csww.xml': this.cswwWorkers.length,
    };
  }
}
