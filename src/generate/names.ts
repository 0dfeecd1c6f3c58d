/**
 * Fictional vocabulary for the generated council: first names used only inside supervision text
 * (no table has a name column), team names, referral sources and DfE ethnicity codes.
 */
/** Fictional first names; the first GIRL_NAMES of them are girls' names. */
export const GIRL_NAMES = 24;
export const FIRST_NAMES: readonly string[] = [
  'Amelia',
  'Olivia',
  'Isla',
  'Ava',
  'Mia',
  'Freya',
  'Lily',
  'Ella',
  'Grace',
  'Sophie',
  'Evie',
  'Poppy',
  'Ruby',
  'Chloe',
  'Aisha',
  'Zara',
  'Maryam',
  'Layla',
  'Nia',
  'Hannah',
  'Millie',
  'Daisy',
  'Jessica',
  'Phoebe',
  'Oliver',
  'George',
  'Noah',
  'Arthur',
  'Harry',
  'Leo',
  'Jack',
  'Charlie',
  'Oscar',
  'Jacob',
  'Muhammad',
  'Alfie',
  'Freddie',
  'Theo',
  'Archie',
  'Ibrahim',
  'Kai',
  'Tyler',
  'Kyle',
  'Reece',
  'Callum',
  'Dylan',
  'Ryan',
  'Jayden',
  'Kacper',
  'Dawid',
  'Yusuf',
  'Amir',
  'Elijah',
  'Mason',
  'Logan',
  'Riley',
  'Finley',
  'Ethan',
  'Lewis',
  'Owen',
];

export const CARER_WORDS: readonly string[] = [
  'mum',
  'dad',
  'nan',
  'the carers',
  'mum and her partner',
  'the foster carers',
  'dad and stepmum',
];

/** Teams every generated council has, whatever the seed. */
export const CORE_TEAMS = {
  assessmentNorth: 'Assessment North',
  assessmentSouth: 'Assessment South',
  disabled: 'Disabled Children',
  cic: 'Children in Care',
} as const;

/** Long-term (CIN and CP) teams; the seed picks how many of these the council has. */
export const SAFEGUARDING_TEAMS: readonly string[] = [
  'Safeguarding East',
  'Safeguarding West',
  'Family Support North',
  'Family Support South',
  'Safeguarding Central',
  'Family Support Central',
];

export const CONTACT_SOURCES: readonly string[] = [
  'Police',
  'Schools',
  'Health services',
  'GP',
  'Local authority services',
  'Individual',
  'Anonymous',
  'Housing',
  'Other legal agency',
];
export const CONTACT_OUTCOMES: readonly string[] = [
  'Information and advice',
  'Signposted to universal services',
  'Passed to early help',
  'No further action',
];
export const REFERRAL_SOURCES: readonly string[] = [
  'Police',
  'Schools',
  'Health services',
  'Local authority services',
  'Individual',
  'Housing',
  'Other legal agency',
];

export const ETHNICITIES: Readonly<Record<string, number>> = {
  WBRI: 62,
  WIRI: 1,
  WOTH: 6,
  WROM: 1,
  MWBC: 4,
  MWBA: 1,
  MWAS: 2,
  MOTH: 3,
  AIND: 3,
  APKN: 5,
  ABAN: 2,
  AOTH: 1,
  BCRB: 2,
  BAFR: 4,
  BOTH: 1,
  CHNE: 1,
  OOTH: 1,
  NOBT: 0.5,
  REFU: 0.5,
};

export const CP_CATEGORIES: Readonly<Record<string, number>> = {
  Neglect: 50,
  'Emotional abuse': 37,
  'Physical abuse': 7,
  'Sexual abuse': 4,
  Multiple: 2,
};
export const CIN_CATEGORIES: Readonly<Record<string, number>> = {
  'N1 Abuse or neglect': 55,
  'N2 Disability': 9,
  'N3 Parental illness': 3,
  'N4 Family in acute stress': 9,
  'N5 Family dysfunction': 16,
  'N6 Socially unacceptable behaviour': 3,
  'N8 Absent parenting': 5,
};
