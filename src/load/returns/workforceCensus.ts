/**
 * Reads a children's social work workforce census (CSWW, XML; SPEC §6.3), streamed: one worker
 * per `<CSWWWorker>`, plus what no canonical table holds — council-level vacancies and `Cases30`,
 * each worker's caseload on the census date (30 September).
 *
 * Choices, for QA officers:
 * - `FTE` is the worker's FTE; when blank or 0 (leavers: the public sample returns them with
 *   `<FTE>0</FTE>` beside their `FTE30`), `FTE30`. A 0 with no `FTE30` stays 0, an invalid FTE
 *   reported as such (and then counted as 1, SPEC §3's blank).
 * - Newly qualified: `CFKSSstatus` 1 (ASYE) makes the role `ASYE` (SPEC §3 reads that as newly
 *   qualified); `StartOrigin` 1 (came as a newly qualified social worker) makes the qualified date
 *   the role start date. Otherwise the role is the `OrgRole` name.
 * - The census names no team, so measures by team have one row, "(no team)".
 */
import { basename } from 'node:path';
import { parseIsoDay } from '../../model/day.js';
import type { WorkforceCensusFacts } from '../../model/export.js';
import type { DataQualityLog } from '../issues.js';
import { isoDate } from './ids.js';
import { NotThisReturn } from './cinCensus.js';
import type { ReturnRead, ReturnTable } from './types.js';
import { type ScanSink, scanCinCensus } from './cinScan.js';
import { Fallback } from './xmlFast.js';
import { streamXml } from './xmlStream.js';

const KNOWN = new Set([
  'Message',
  'Header',
  'CollectionDetails',
  'Collection',
  'Year',
  'ReferenceDate',
  'Source',
  'SourceLevel',
  'LEA',
  'SoftwareCode',
  'DateTime',
  'LALevelVacancies',
  'NumberOfVacancies',
  'NoAgencyFTE',
  'NoAgencyHeadcount',
  'CSWWWorker',
  'AgencyWorker',
  'SWENo',
  'FTE',
  'PersonBirthDate',
  'GenderCurrent',
  'Ethnicity',
  'QualInst',
  'QualLevel',
  'StepUpGrad',
  'OrgRole',
  'RoleStartDate',
  'StartOrigin',
  'RoleEndDate',
  'LeaverDestination',
  'ReasonLeave',
  'FTE30',
  'Cases30',
  'WorkingDaysLost',
  'ContractWeeks',
  'FrontlineGrad',
  'Absat30Sept',
  'ReasonAbsence',
  'CFKSSstatus',
]);

const ROLES: Readonly<Record<string, string>> = {
  '1': 'Senior Manager',
  '2': 'Middle Manager',
  '3': 'First Line Manager',
  '4': 'Senior Practitioner',
  '5': 'Case Holder',
  '6': 'Qualified Without Cases',
};

const LABELS = {
  worker_id: 'SWENo',
  role: 'OrgRole/CFKSSstatus',
  fte: 'FTE',
  start_date: 'RoleStartDate',
  end_date: 'RoleEndDate',
  agency: 'AgencyWorker',
  qualified_date: 'StartOrigin/RoleStartDate',
};

export interface WorkforceCensusRead extends ReturnRead {
  facts: WorkforceCensusFacts | null;
}

export async function readWorkforceCensus(
  path: string,
  dq: DataQualityLog,
  maxBytes?: number,
): Promise<WorkforceCensusRead> {
  const file = basename(path);
  // The census scanner first (cinScan.ts: the generic reader's element tree cost about as much as
  // the census's 762 workers' rows); anything outside its plain subset is read again from the
  // start by the generic reader, with a fresh reader, which words every refusal.
  let r = new CswwReader(file);
  try {
    await scanCinCensus(path, file, r, maxBytes);
  } catch (e) {
    if (!(e instanceof Fallback)) throw e;
    const g = (r = new CswwReader(file));
    await streamXml(
      path,
      file,
      {
        open(p, line) {
          const name = p[p.length - 1]!;
          g.note(name, line);
          g.enter(name, line);
        },
        close: (p, text) => g.close(p[p.length - 1]!, p[p.length - 2], false, text),
      },
      maxBytes,
    );
  }
  return r.finish(dq);
}

/** One read of a workforce census: what its elements give, kept until the read ends. */
class CswwReader implements ScanSink {
  private readonly workers: ReturnTable = { labels: LABELS, headerLine: 0, records: [] };
  private readonly out: WorkforceCensusRead;
  /** Elements in no schema, with the line first met: into the log once the read ends. */
  private readonly unknown = new Map<string, number>();
  private readonly cases = new Map<string, number>();
  private collection: string | null = null;
  private year = '';
  private vacancies: number | null = null;
  private w: Record<string, string> = {};
  private line0 = 0;

  constructor(private readonly file: string) {
    this.out = {
      file,
      kind: 'workforce-census',
      role: 'workforce census',
      referenceDate: null,
      tables: { workers: this.workers },
      facts: null,
    };
  }

  note(name: string, line: number): void {
    if (!KNOWN.has(name) && !this.unknown.has(name)) this.unknown.set(name, line);
  }

  enter(name: string, line: number): void {
    if (name === 'CSWWWorker') {
      this.w = {};
      this.line0 = line;
    }
  }

  close(name: string, parent: string | undefined, _inChildren: boolean, text: string): void {
    if (parent === 'CollectionDetails') {
      if (name === 'Collection') this.collection = text;
      else if (name === 'Year') this.year = text;
      else if (name === 'ReferenceDate') this.out.referenceDate = isoDate(text);
    } else if (parent === 'LALevelVacancies' && name === 'NumberOfVacancies') {
      const n = Number(text);
      this.vacancies = text !== '' && Number.isFinite(n) && n >= 0 ? n : null;
    } else if (parent === 'CSWWWorker') {
      this.w[name] = text;
    } else if (name === 'CSWWWorker') {
      const w = this.w;
      const id = w.SWENo ?? '';
      const asye = (w.CFKSSstatus ?? '') === '1';
      this.workers.records.push({
        key: `worker:${id}`,
        line: this.line0,
        values: {
          worker_id: id,
          role: asye ? 'ASYE' : (ROLES[w.OrgRole ?? ''] ?? w.OrgRole ?? ''),
          fte: fteOf(w.FTE ?? '', w.FTE30 ?? ''),
          start_date: w.RoleStartDate ?? '',
          end_date: w.RoleEndDate ?? '',
          agency: w.AgencyWorker ?? '',
          qualified_date: (w.StartOrigin ?? '') === '1' ? (w.RoleStartDate ?? '') : '',
        },
      });
      const c = Number(w.Cases30 ?? '');
      if (id !== '' && (w.Cases30 ?? '') !== '' && Number.isInteger(c) && c >= 0) this.cases.set(id, c);
    }
  }

  /** The unknown elements into the log (in the order met, as they were while reading), then what was read. */
  finish(dq: DataQualityLog): WorkforceCensusRead {
    const { file, out, collection, year } = this;
    for (const [name, line] of this.unknown)
      dq.add(
        'unknown-column',
        { table: 'workers', file, line, columnIndex: 0, column: name },
        name,
        `<${name}> is not in the workforce census schema; not read`,
      );
    if ((collection ?? '').toUpperCase() !== 'CSWW')
      throw new NotThisReturn(
        `${file}: not a workforce census (its <Collection> is ${collection === null ? 'missing' : `"${collection}"`}, expected "CSWW")`,
      );
    const census = out.referenceDate ? parseIsoDay(out.referenceDate) : null;
    if (census !== null)
      out.facts = {
        file,
        censusDate: census,
        vacancies: this.vacancies,
        cases: this.cases,
        workersFromCensus: true,
        casesAreCaseloads: true,
      };
    out.role = `workforce census ${year || '(year not given)'}${out.referenceDate ? ` (census date ${out.referenceDate})` : ''}`;
    return out;
  }
}

/** The worker's FTE: `FTE`, or `FTE30` where `FTE` is blank or zero and `FTE30` is given. */
function fteOf(fte: string, fte30: string): string {
  return (fte === '' || Number(fte) === 0) && fte30 !== '' ? fte30 : fte;
}
