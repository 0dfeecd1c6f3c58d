/**
 * Header aliases and code synonyms shared by several tables in schema.ts (a child, worker or team
 * column goes by the same names in every table of an export).
 */
export const CHILD_ID_ALIASES = [
  'child unique id',
  'child id',
  'childid',
  'person_id',
  'pers_person_id',
  'la_child_id',
  'client_id',
  'cuid',
  'person id',
];
export const WORKER_ID_ALIASES = [
  'worker id',
  'prof_professional_id',
  'professional_id',
  'staff_id',
  'social_worker_id',
  'allocated worker id',
  'practitioner_id',
];
export const TEAM_ALIASES = ['team name', 'allocated team', 'team_name', 'dept_team_name'];

/** Words that mean the same code; keys are normalised (lower case, spaces and hyphens as `_`). */
export const PLAN_TYPE_SYNONYMS = {
  child_in_need: 'cin',
  cin_plan: 'cin',
  child_protection: 'cp',
  cp_plan: 'cp',
  child_protection_plan: 'cp',
  looked_after: 'cla',
  child_looked_after: 'cla',
  looked_after_child: 'cla',
  lac: 'cla',
  cic: 'cla',
  child_in_care: 'cla',
  eh: 'early_help',
  care_leavers: 'care_leaver',
  leaving_care: 'care_leaver',
} as const;
export const NFA_SYNONYMS = { no_further_action: 'nfa' } as const;
