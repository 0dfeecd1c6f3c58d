/**
 * Reads a Children in Need census (XML, collection years 2022-23 to 2025-26; SPEC §6.3) into
 * canonical records, streamed child by child (xmlStream.ts): children, referrals (one per
 * `CINdetails`), assessments, section 47 enquiries, CIN plans, CP plans and their reviews.
 *
 * Choices, for QA officers:
 * - Ids are made from kind + child + date (ids.ts); an assessment, enquiry or plan names the
 *   referral (`CINdetails`) it sits in.
 * - `ReferralNFA` true → referral outcome `nfa`; otherwise the outcome is blank (the census codes
 *   no other outcome). A section 47 with a `DateOfInitialCPC` has outcome `icpc`; otherwise blank
 *   (`ICPCnotRequired` does not say whether the child went on to a CIN plan or no further action).
 * - CP plan category is `InitialCategoryOfAbuse`. Plan end reasons, teams, workers, visits and the
 *   dates a child was seen are not in the census: those columns are not filled, so the measures
 *   that need them are not measured.
 * - `NumberOfPreviousCPP` > 0 makes the plan a repeat even when the earlier plan is not in the
 *   files (SPEC §6.3); it is kept per plan id for the loader.
 * - `GenderCurrent` (to 2023-24) and `Sex` (2024-25 on) are read alike; an element from the other
 *   years' schema is listed as a difference, and elements in no schema are listed once.
 */
import { basename } from 'node:path';
import type { DataQualityLog } from '../issues.js';
import { CIN_ELEMENTS, CIN_GENDER, CIN_LABELS } from './cinCensusSchema.js';
import { NotThisReturn } from './collection.js';
import { IdMaker, isoDate } from './ids.js';
import type { ReturnRead, ReturnTable } from './types.js';
import { streamXml } from './xmlStream.js';

// Still exported from here, where the other return readers and detection import them.
export { NotThisReturn, xmlCollection } from './collection.js';

export interface CinCensusRead extends ReturnRead {
  /** CP plan ids whose `NumberOfPreviousCPP` is above 0. */
  previousCp: Set<string>;
}

type Review = { date: string; line: number };
/** Values of one record being read, plus the referral it sits in and CP details kept aside. */
type Fields = Record<string, string>;
/** A record read inside a child, finished when the child closes (its id needs the child id). */
interface Pending {
  table: 'referrals' | 'assessments' | 'section47' | 'plans';
  rec: Fields;
  line: number;
  kind: 'referral' | 'assessment' | 's47' | 'cin' | 'cp';
  ref: number;
  previous: string;
  reviews: Review[] | null;
}

const flag = (v: string) => v.trim().toLowerCase() === 'true' || v.trim() === '1';
export async function readCinCensus(path: string, dq: DataQualityLog, maxBytes?: number): Promise<CinCensusRead> {
  const file = basename(path);
  const t = (labels: Readonly<Record<string, string>>): ReturnTable => ({ labels, headerLine: 0, records: [] });
  const tables = {
    children: t(CIN_LABELS.children),
    referrals: t(CIN_LABELS.referrals),
    assessments: t(CIN_LABELS.assessments),
    section47: t(CIN_LABELS.section47),
    plans: t(CIN_LABELS.plans),
    reviews: t(CIN_LABELS.reviews),
  };
  const out: CinCensusRead = {
    file,
    kind: 'cin-census',
    role: 'CIN census',
    referenceDate: null,
    tables,
    previousCp: new Set(),
  };
  const ids = new IdMaker();
  const unknown = new Set<string>();
  let collection: string | null = null,
    year = '',
    genderElement = '';
  // The child being read, and the record being read inside it: values collected until it closes.
  let child: Record<string, string> = {};
  let childLine = 0;
  let disabilities: string[] = [];
  let pending: Pending[] = [];
  let ref: Fields | null = null;
  let refAt = 0;
  let curRef = 0;
  let curPrevious = '';
  let refLine = 0;
  let cur: Fields | null = null;
  let curLine = 0;
  let reviews: Review[] = [];

  const emit = () => {
    // Ids need the child id, which the schema puts first but a hand-made file may not: made here.
    const childId = child.LAchildID ?? '';
    const disability =
      disabilities.length === 0 ? '' : disabilities.some((d) => d.toUpperCase() !== 'NONE') ? 'Y' : 'N';
    const gender = child.gender ?? '';
    // Cells in the order of CIN_LABELS (cinCensusSchema.ts): the loader reads them as they are.
    tables.children.records.push({
      key: `child:${childId}`,
      line: childLine,
      cells: [
        childId,
        child.PersonBirthDate ?? '',
        CIN_GENDER[gender.toLowerCase()] ?? gender,
        child.Ethnicity ?? '',
        disability,
      ],
    });
    pending.sort((a, b) => a.line - b.line);
    const refIds = new Map<number, string>();
    for (const r of pending)
      if (r.kind === 'referral') refIds.set(r.ref, ids.make('REF', childId, r.rec.referral_date!, r.line));
    for (const r of pending) {
      const rec = r.rec;
      let key: string, cells: string[];
      switch (r.kind) {
        case 'referral':
          key = refIds.get(r.ref)!;
          cells = [key, childId, rec.referral_date!, rec.source!, rec.outcome!];
          break;
        case 'assessment':
          key = ids.make('ASM', childId, rec.start_date!, r.line);
          cells = [key, childId, refIds.get(r.ref) ?? '', rec.start_date!, rec.completion_date!];
          break;
        case 's47':
          key = ids.make('S47', childId, rec.strategy_date!, r.line);
          cells = [key, childId, rec.strategy_date!, rec.icpc_date!, rec.outcome!];
          break;
        default: {
          key = ids.make(r.kind === 'cp' ? 'CP' : 'CIN', childId, rec.start_date!, r.line);
          cells = [key, childId, rec.plan_type!, rec.start_date!, rec.end_date!, rec.category!];
          if (r.kind === 'cp' && Number(r.previous) > 0) out.previousCp.add(key);
          const planId = key;
          (r.reviews ?? []).forEach((v, i) =>
            tables.reviews.records.push({
              key: `${planId}@${isoDate(v.date) ?? `#${i}`}`,
              line: v.line,
              cells: [planId, v.date],
            }),
          );
        }
      }
      tables[r.table].records.push({ key, line: r.line, cells });
    }
  };

  let refNo = 0;
  const startRecord = (rec: Fields, line: number) => {
    cur = rec;
    curLine = line;
    curRef = ref ? refAt : 0;
    curPrevious = '';
    reviews = [];
  };
  await streamXml(
    path,
    file,
    {
      open(p, line) {
        const name = p[p.length - 1]!;
        if (!CIN_ELEMENTS.has(name) && !unknown.has(name)) {
          unknown.add(name);
          dq.add(
            'unknown-column',
            { table: 'children', file, line, columnIndex: 0, column: name },
            name,
            `<${name}> is in no CIN census schema 2022-2026; not read`,
          );
        }
        if (name === 'Child') {
          child = {};
          childLine = line;
          disabilities = [];
          pending = [];
        } else if (name === 'CINdetails') {
          ref = { referral_id: '', child_id: '', referral_date: '', source: '', outcome: '' };
          refAt = ++refNo;
          refLine = line;
        } else if (name === 'Assessments')
          startRecord({ assessment_id: '', child_id: '', referral_id: '', start_date: '', completion_date: '' }, line);
        else if (name === 'Section47')
          startRecord({ s47_id: '', child_id: '', strategy_date: '', icpc_date: '', outcome: '' }, line);
        else if (name === 'CINPlanDates' || name === 'ChildProtectionPlans')
          startRecord(
            {
              plan_id: '',
              child_id: '',
              plan_type: name === 'CINPlanDates' ? 'cin' : 'cp',
              start_date: '',
              end_date: '',
              category: '',
            },
            line,
          );
      },
      close(p, text, line) {
        const name = p[p.length - 1]!;
        const parent = p[p.length - 2];
        if (parent === 'CollectionDetails') {
          if (name === 'Collection') collection = text;
          else if (name === 'Year') year = text;
          else if (name === 'ReferenceDate') out.referenceDate = isoDate(text);
          return;
        }
        if (p[1] !== 'Children') return;
        switch (name) {
          case 'LAchildID':
          case 'PersonBirthDate':
          case 'Ethnicity':
            child[name] = text;
            return;
          case 'GenderCurrent':
          case 'Sex':
            child.gender = text;
            genderElement ||= name;
            return;
          case 'Disability':
            disabilities.push(text);
            return;
          case 'Child':
            emit();
            return;
          case 'CINreferralDate':
            if (ref) ref.referral_date = text;
            return;
          case 'ReferralSource':
            if (ref) ref.source = text;
            return;
          case 'ReferralNFA':
            if (ref) ref.outcome = flag(text) ? 'nfa' : '';
            return;
          case 'CINdetails':
            if (ref)
              pending.push({
                table: 'referrals',
                rec: ref,
                line: refLine,
                kind: 'referral',
                ref: refAt,
                previous: '',
                reviews: null,
              });
            ref = null;
            return;
          case 'AssessmentActualStartDate':
            if (cur) cur.start_date = text;
            return;
          case 'AssessmentAuthorisationDate':
            if (cur) cur.completion_date = text;
            return;
          case 'S47ActualStartDate':
            if (cur) cur.strategy_date = text;
            return;
          case 'DateOfInitialCPC':
            if (cur && parent === 'Section47') cur.icpc_date = text;
            return;
          case 'CINPlanStartDate':
          case 'CPPstartDate':
            if (cur) cur.start_date = text;
            return;
          case 'CINPlanEndDate':
          case 'CPPendDate':
            if (cur) cur.end_date = text;
            return;
          case 'InitialCategoryOfAbuse':
            if (cur) cur.category = text;
            return;
          case 'NumberOfPreviousCPP':
            curPrevious = text;
            return;
          case 'CPPreviewDate':
            reviews.push({ date: text, line });
            return;
          case 'Assessments':
            if (cur)
              pending.push({
                table: 'assessments',
                rec: cur,
                line: curLine,
                kind: 'assessment',
                ref: curRef,
                previous: '',
                reviews: null,
              });
            cur = null;
            return;
          case 'Section47':
            if (cur) {
              cur.outcome = cur.icpc_date!.trim() ? 'icpc' : '';
              pending.push({
                table: 'section47',
                rec: cur,
                line: curLine,
                kind: 's47',
                ref: curRef,
                previous: '',
                reviews: null,
              });
            }
            cur = null;
            return;
          case 'CINPlanDates':
            if (cur)
              pending.push({
                table: 'plans',
                rec: cur,
                line: curLine,
                kind: 'cin',
                ref: curRef,
                previous: '',
                reviews: null,
              });
            cur = null;
            return;
          case 'ChildProtectionPlans':
            if (cur)
              pending.push({
                table: 'plans',
                rec: cur,
                line: curLine,
                kind: 'cp',
                ref: curRef,
                previous: curPrevious,
                reviews,
              });
            cur = null;
            return;
        }
      },
    },
    maxBytes,
  );
  if ((collection ?? '').toUpperCase() !== 'CIN')
    throw new NotThisReturn(
      `${file}: not a CIN census (its <Collection> is ${collection === null ? 'missing' : `"${collection}"`}, expected "CIN")`,
    );
  const y = Number(year);
  if (genderElement && Number.isFinite(y)) {
    const expected = y >= 2025 ? 'Sex' : 'GenderCurrent';
    if (genderElement !== expected)
      dq.add(
        'unknown-column',
        { table: 'children', file, line: 0, columnIndex: 0, column: genderElement },
        genderElement,
        `<${genderElement}> is from another year's schema (collection year ${year} has <${expected}>); read as the child's sex, the same meaning`,
      );
  }
  out.role = `CIN census ${year || '(year not given)'}${out.referenceDate ? ` (reference date ${out.referenceDate})` : ''}`;
  return out;
}
