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
  const workers: ReturnTable = { labels: LABELS, headerLine: 0, records: [] };
  const out: WorkforceCensusRead = {
    file,
    kind: 'workforce-census',
    role: 'workforce census',
    referenceDate: null,
    tables: { workers },
    facts: null,
  };
  const unknown = new Set<string>();
  const cases = new Map<string, number>();
  let collection: string | null = null,
    year = '',
    vacancies: number | null = null;
  let w: Record<string, string> = {};
  let line0 = 0;
  await streamXml(
    path,
    file,
    {
      open(p, line) {
        const name = p[p.length - 1]!;
        if (!KNOWN.has(name) && !unknown.has(name)) {
          unknown.add(name);
          dq.add(
            'unknown-column',
            { table: 'workers', file, line, columnIndex: 0, column: name },
            name,
            `<${name}> is not in the workforce census schema; not read`,
          );
        }
        if (name === 'CSWWWorker') {
          w = {};
          line0 = line;
        }
      },
      close(p, text) {
        const name = p[p.length - 1]!;
        const parent = p[p.length - 2];
        if (parent === 'CollectionDetails') {
          if (name === 'Collection') collection = text;
          else if (name === 'Year') year = text;
          else if (name === 'ReferenceDate') out.referenceDate = isoDate(text);
        } else if (parent === 'LALevelVacancies' && name === 'NumberOfVacancies') {
          const n = Number(text);
          vacancies = text !== '' && Number.isFinite(n) && n >= 0 ? n : null;
        } else if (parent === 'CSWWWorker') {
          w[name] = text;
        } else if (name === 'CSWWWorker') {
          const id = w.SWENo ?? '';
          const asye = (w.CFKSSstatus ?? '') === '1';
          workers.records.push({
            key: `worker:${id}`,
            line: line0,
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
          if (id !== '' && (w.Cases30 ?? '') !== '' && Number.isInteger(c) && c >= 0) cases.set(id, c);
        }
      },
    },
    maxBytes,
  );
  if ((collection ?? '').toUpperCase() !== 'CSWW')
    throw new NotThisReturn(
      `${file}: not a workforce census (its <Collection> is ${collection === null ? 'missing' : `"${collection}"`}, expected "CSWW")`,
    );
  const census = out.referenceDate ? parseIsoDay(out.referenceDate) : null;
  if (census !== null)
    out.facts = { file, censusDate: census, vacancies, cases, workersFromCensus: true, casesAreCaseloads: true };
  out.role = `workforce census ${year || '(year not given)'}${out.referenceDate ? ` (census date ${out.referenceDate})` : ''}`;
  return out;
}

/** The worker's FTE: `FTE`, or `FTE30` where `FTE` is blank or zero and `FTE30` is given. */
function fteOf(fte: string, fte30: string): string {
  return (fte === '' || Number(fte) === 0) && fte30 !== '' ? fte30 : fte;
}
