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
