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
 * - SSDA903 CSVs (`ssda903_header.csv`, `ssda903_episodes.csv`, `ssda903_reviews.csv`,
 *   `ssda903_social_worker.csv`), dates `DD/MM/YYYY`: each looked-after period is split into
 *   episodes at invented placement changes (REC `X1`), so the reader must join them again.
 * - A workforce census XML (`csww.xml`) dated the as-at date (a real one is dated 30 September:
 *   generate with that as-at date for one), with `Cases30` the children allocated to each
 *   worker on that date. Vacancies are invented (one per 8 workers).
 *
 * Early help, care leavers, contacts, visits, supervisions, teams, seen dates, end reasons and CIN
 * plan reviews are not in any return (RETURNS_NOT_CARRIED).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { type Day, toIso } from '../model/day.js';
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

export class ReturnsWriter implements LayoutSink {
  private readonly cin = new Map<number, XmlFile>();
  private readonly cinRows = new Map<number, number>();
  private readonly h903: CsvTableWriter;
  private readonly episodes: CsvTableWriter;
  private readonly reviews: CsvTableWriter;
  private readonly social: CsvTableWriter;
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
  ) {
    const dmy = 'dmy-slash' as const;
    this.h903 = new CsvTableWriter(dir, 'header', [...TABLES_903.header.columns], dmy, {
      fileName: 'ssda903_header.csv',
    });
    this.episodes = new CsvTableWriter(dir, 'episodes', [...TABLES_903.episodes.columns], dmy, {
      fileName: 'ssda903_episodes.csv',
    });
    this.reviews = new CsvTableWriter(dir, 'reviews', [...TABLES_903.reviews.columns], dmy, {
      fileName: 'ssda903_reviews.csv',
    });
    this.social = new CsvTableWriter(dir, 'social_worker', [...TABLES_903.socialWorker.columns], dmy, {
      fileName: 'ssda903_social_worker.csv',
    });
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

  /** Looked-after periods as 903 episodes, split at invented placement changes. */
  private lookedAfter(c: GChild, plants: ChildPlants): void {
    const cla = c.plans.filter((p) => p.type === 'cla').sort((a, b) => a.start - b.start);
    if (cla.length === 0) return;
    const dob = plants.dobUnreadable ? '' : this.h903.date(c.dob);
    this.h903.row([c.id, c.gender === 'Female' ? '2' : '1', dob, c.ethnicity, '', '', '']);
    for (const p of cla) {
      const end = p.end ?? this.asAt;
      // 1-3 episodes, split evenly; the split count comes from the dates, so no random draw is used.
      const parts = Math.min(1 + (p.start % 3), Math.max(1, end - p.start));
      for (let k = 0; k < parts; k++) {
        const from = p.start + Math.floor(((end - p.start) * k) / parts);
        const last = k === parts - 1;
        const to = last ? p.end : p.start + Math.floor(((end - p.start) * (k + 1)) / parts);
        this.episodes.row([
          c.id,
          this.episodes.date(from),
          k === 0 ? 'S' : 'P',
          'C2',
          'N1',
          k % 2 === 0 ? 'U1' : 'U4',
          'PR1',
          to === null ? '' : this.episodes.date(to),
          last ? (p.end === null ? '' : 'E8') : 'X1',
          last || k === 0 ? '' : 'CARPL',
          '',
          '',
          '',
        ]);
      }
      for (const r of p.reviews) this.reviews.row([c.id, dob, this.reviews.date(r), 'PN1']);
    }
    for (const a of c.allocations) {
      if (!cla.some((p) => a.start <= (p.end ?? this.asAt) && (a.end === null || a.end >= p.start))) continue;
      this.social.row([
        c.id,
        dob,
        sweNumber(a.workerId),
        this.social.date(a.start),
        a.end === null ? '' : this.social.date(a.end),
        '',
      ]);
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

  get full(): boolean {
    return (
      [...this.cin.values()].some((f) => f.full) ||
      [this.h903, this.episodes, this.reviews, this.social].some((w) => w.full)
    );
  }
  async drain(): Promise<void> {
    for (const f of this.cin.values()) if (f.full) await f.drain();
    for (const w of [this.h903, this.episodes, this.reviews, this.social]) if (w.full) await w.drain();
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
    await Promise.all([this.h903, this.episodes, this.reviews, this.social].map((w) => w.close()));
    await csww.close();
  }
  rows(): Record<string, number> {
    return {
      ...Object.fromEntries([...this.cinRows].sort((a, b) => a[0] - b[0]).map(([y, n]) => [`cin_census_${y}.xml`, n])),
      'ssda903_header.csv': this.h903.rows,
      'ssda903_episodes.csv': this.episodes.rows,
      'ssda903_reviews.csv': this.reviews.rows,
      'ssda903_social_worker.csv': this.social.rows,
      'csww.xml': this.cswwWorkers.length,
    };
  }
}
