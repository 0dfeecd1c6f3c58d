/**
 * The CIN census schemas as data (element names, gender codes, where each canonical column comes
 * from), apart from the streaming reader so a new collection year is a change here only.
 */

/** Every element of the CIN census schemas 2022-2026 (../shared/samples/cin-census/). */
export const CIN_ELEMENTS = new Set([
  'AssessmentActualStartDate',
  'AssessmentAuthorisationDate',
  'AssessmentFactors',
  'AssessmentInternalReviewDate',
  'Assessments',
  'CINPlanDates',
  'CINPlanEndDate',
  'CINPlanStartDate',
  'CINclosureDate',
  'CINdetails',
  'CINreferralDate',
  'CPPendDate',
  'CPPreviewDate',
  'CPPstartDate',
  'Child',
  'ChildCharacteristics',
  'ChildIdentifiers',
  'ChildProtectionPlans',
  'Children',
  'Collection',
  'CollectionDetails',
  'DateOfInitialCPC',
  'DateTime',
  'Disabilities',
  'Disability',
  'Ethnicity',
  'ExpectedPersonBirthDate',
  'FactorsIdentifiedAtAssessment',
  'FormerUPN',
  'GenderCurrent',
  'Sex',
  'Header',
  'ICPCnotRequired',
  'InitialCPCtarget',
  'InitialCategoryOfAbuse',
  'LAchildID',
  'LEA',
  'LatestCategoryOfAbuse',
  'Message',
  'NumberOfPreviousCPP',
  'PersonBirthDate',
  'PersonDeathDate',
  'PrimaryNeedCode',
  'ReasonForClosure',
  'ReferenceDate',
  'ReferralNFA',
  'ReferralSource',
  'Release',
  'Reviews',
  'S47ActualStartDate',
  'Section47',
  'SerialNo',
  'SoftwareCode',
  'Source',
  'SourceLevel',
  'UPN',
  'UPNunknown',
  'Year',
]);

/**
 * The elements the record builder (cinRecords.ts) acts on, each a small number (0: any other).
 * The census scanner keeps each shared name's number with it (ScanName.code), so the builder's
 * `close` and `enter`, called for each of a census's 300,000 elements, branch on the number
 * through one jump table instead of comparing the name with up to thirty names in turn (`close`
 * was 2.7–3.7% of a load's samples). The generic reader's names are looked up here.
 */
export const enum El {
  other = 0,
  LAchildID = 1,
  PersonBirthDate = 2,
  Ethnicity = 3,
  GenderCurrent = 4,
  Sex = 5,
  Disability = 6,
  Child = 7,
  CINreferralDate = 8,
  ReferralSource = 9,
  ReferralNFA = 10,
  CINdetails = 11,
  AssessmentActualStartDate = 12,
  CINPlanStartDate = 13,
  CPPstartDate = 14,
  AssessmentAuthorisationDate = 15,
  S47ActualStartDate = 16,
  CINPlanEndDate = 17,
  CPPendDate = 18,
  DateOfInitialCPC = 19,
  InitialCategoryOfAbuse = 20,
  NumberOfPreviousCPP = 21,
  CPPreviewDate = 22,
  Assessments = 23,
  Section47 = 24,
  CINPlanDates = 25,
  ChildProtectionPlans = 26,
}

/**
 * Each name's number, by name: a `const enum` keeps none of its names at run time (its members are
 * compiled to their numbers, which is what lets a switch over them jump).
 */
const EL_BY_NAME = new Map<string, El>([
  ['LAchildID', El.LAchildID],
  ['PersonBirthDate', El.PersonBirthDate],
  ['Ethnicity', El.Ethnicity],
  ['GenderCurrent', El.GenderCurrent],
  ['Sex', El.Sex],
  ['Disability', El.Disability],
  ['Child', El.Child],
  ['CINreferralDate', El.CINreferralDate],
  ['ReferralSource', El.ReferralSource],
  ['ReferralNFA', El.ReferralNFA],
  ['CINdetails', El.CINdetails],
  ['AssessmentActualStartDate', El.AssessmentActualStartDate],
  ['CINPlanStartDate', El.CINPlanStartDate],
  ['CPPstartDate', El.CPPstartDate],
  ['AssessmentAuthorisationDate', El.AssessmentAuthorisationDate],
  ['S47ActualStartDate', El.S47ActualStartDate],
  ['CINPlanEndDate', El.CINPlanEndDate],
  ['CPPendDate', El.CPPendDate],
  ['DateOfInitialCPC', El.DateOfInitialCPC],
  ['InitialCategoryOfAbuse', El.InitialCategoryOfAbuse],
  ['NumberOfPreviousCPP', El.NumberOfPreviousCPP],
  ['CPPreviewDate', El.CPPreviewDate],
  ['Assessments', El.Assessments],
  ['Section47', El.Section47],
  ['CINPlanDates', El.CINPlanDates],
  ['ChildProtectionPlans', El.ChildProtectionPlans],
]);

/** An element name's number (El), El.other for a name the builder does not act on. */
export function elementCode(name: string): El {
  return EL_BY_NAME.get(name) ?? El.other;
}

/** A census flag (ReferralNFA): its own spellings answered without a lower-cased copy (one per referral). */
export const flag = (v: string) =>
  v === 'false' ? false : v === 'true' || v.trim().toLowerCase() === 'true' || v.trim() === '1';

export const CIN_GENDER: Readonly<Record<string, string>> = {
  '1': 'Male',
  '2': 'Female',
  m: 'Male',
  f: 'Female',
  '0': 'Unknown',
  '9': 'Unknown',
  u: 'Unknown',
};

/**
 * The gender cell of a census's gender code: CIN_GENDER's name for it, else the code as it is.
 * Kept per code (a census has a handful, each a shared string from the scanner's leaf texts, so
 * its hash is kept too): a lower-cased copy of the code and a look-up by it at every child cost more.
 */
export class GenderCells {
  private readonly cells = new Map<string, string>();
  of(code: string): string {
    let cell = this.cells.get(code);
    if (cell === undefined) {
      cell = CIN_GENDER[code.toLowerCase()] ?? code;
      // Capped, so a file of endless distinct codes cannot grow it without bound.
      if (this.cells.size < 64) this.cells.set(code, cell);
    }
    return cell;
  }
}

/** canonical column → the element it is read from, per table. */
export const CIN_LABELS = {
  children: {
    child_id: 'LAchildID',
    date_of_birth: 'PersonBirthDate',
    gender: 'GenderCurrent/Sex',
    ethnicity: 'Ethnicity',
    disability: 'Disability',
  },
  referrals: {
    referral_id: 'referral_id (derived)',
    child_id: 'LAchildID',
    referral_date: 'CINreferralDate',
    source: 'ReferralSource',
    outcome: 'ReferralNFA',
  },
  assessments: {
    assessment_id: 'assessment_id (derived)',
    child_id: 'LAchildID',
    referral_id: 'referral_id (derived)',
    start_date: 'AssessmentActualStartDate',
    completion_date: 'AssessmentAuthorisationDate',
  },
  section47: {
    s47_id: 's47_id (derived)',
    child_id: 'LAchildID',
    strategy_date: 'S47ActualStartDate',
    icpc_date: 'DateOfInitialCPC',
    outcome: 'DateOfInitialCPC (outcome)',
  },
  plans: {
    plan_id: 'plan_id (derived)',
    child_id: 'LAchildID',
    plan_type: 'plan_type (derived)',
    start_date: 'CPPstartDate/CINPlanStartDate',
    end_date: 'CPPendDate/CINPlanEndDate',
    category: 'InitialCategoryOfAbuse',
  },
  reviews: { plan_id: 'plan_id (derived)', review_date: 'CPPreviewDate' },
} as const;
