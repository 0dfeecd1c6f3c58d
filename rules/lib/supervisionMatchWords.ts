/**
 * Word lists the phrase matcher (supervisionMatch.ts) reads to tell whose words a mention is: the
 * child's, an adult's report, or the worker's. Kept apart so the matcher stays small.
 */
import type { WordInfo } from './supervisionWords.js';
/** Last words of a pronoun or a child's role that can hold a worry before a linking verb (heldBy). */
export const CHILD_HOLDERS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'child',
  'person',
  'yp',
  'baby',
  'boys',
  'girls',
  'children',
  'siblings',
  'twins',
  'teenager',
]);

/** An adult's worry or belief: a report verb (REPORTS) and an opinion (OPINIONS) alike. */
const ADULT_BELIEFS: readonly string[] = [
  'worries',
  'worried',
  'worry',
  'fears',
  'feared',
  'concerned',
  'wonders',
  'wondered',
  'suspects',
  'suspected',
  'claims',
  'claimed',
];

/** Verbs by which an adult reports on the child (PhraseMatcher.reported). */
export const REPORTS: ReadonlySet<string> = new Set([
  'reports',
  'reported',
  'says',
  'said',
  'states',
  'stated',
  'feels',
  'felt',
  'thinks',
  'thought',
  'believes',
  'describes',
  'described',
  'told',
  'tells',
  'say',
  'report',
  'state',
  'feel',
  'think',
  'believe',
  'describe',
  'tell',
  'reporting',
  'saying',
  // An adult's worry or belief about the child stands for the adult's view, not the child's
  // ("Mum worries Tyler is lonely", "Dad is concerned Leo is scared"): the adult's account.
  ...ADULT_BELIEFS,
  'insists',
  'insisted',
  'explained',
  'explains',
  'mentioned',
  'admitted',
]);

/** Linking and auxiliary verbs between an adult and the report (PhraseMatcher.reported): "Mum is worried". */
export const REPORT_LINKS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'also',
  'still',
]);

/** Words before an adult that make the adult an object, not a subject (PhraseMatcher.objectOfPreposition). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'about',
  'with',
  'to',
  'for',
  'at',
  'from',
  'by',
  'near',
  'beside',
  'towards',
  'of',
  // "Told SW she misses her brother", "showed SW her drawing": the worker told or shown is an object.
  'told',
  'tells',
  'showed',
  'shows',
]);

/** Verbs by which a practitioner sees or asks the child (PhraseMatcher.practitionerSeeing). */
export const SEEING: ReadonlySet<string> = new Set([
  'observed',
  'saw',
  'noticed',
  'watched',
  'noted',
  'asked',
  'found',
  'visited',
]);

/** Words between a holder and the worry or reflection they hold: "Tyler is worried about". */
export const LINKS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'feels',
  'felt',
  'seems',
  'seemed',
  'became',
]);
/** Auxiliaries between a holder and a reflection they hold (heldBy): "she has been reflecting on". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'been',
  'is',
  'was',
  'will',
  'would',
  'also',
  // "Dad was able to reflect on why he gets angry": still Dad's (round 10).
  'able',
  'to',
]);
/** Adults whose worry or reflection is the practice's own (heldBy): the worker and the supervisor. */
export const PRACTITIONERS: ReadonlySet<string> = new Set(['sw', 'tm', 'worker', 'manager', 'supervisor', 'pa']);
/** Words that open a mention in the practitioners' own voice (heldBy). */
export const OWN_VOICE: ReadonlySet<string> = new Set(['i', "i'm", 'im', 'we', 'our', 'my']);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** Nouns after which a name labels a thing, not the person supervised ("read Munro review", "the Harris case"). */
export const ATTRIBUTIVE: ReadonlySet<string> = new Set([
  'case',
  'review',
  'report',
  'family',
  'household',
  'children',
]);
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them']);

/**
 * Bits of WordInfo.kinds: the lists above a word is in (and the lexicon's `family`), worked out
 * once per distinct word, so the matcher tests a bit where it looked a string up in a Set.
 */
export const KIND = {
  pronoun: 1,
  attributive: 2,
  practitioner: 4,
  seeing: 8,
  preposition: 16,
  possessivePronoun: 32,
  reportLink: 64,
  report: 128,
  ownVoice: 256,
  link: 512,
  childHolder: 1024,
  family: 2048,
  /** Ends in 's ("kelly's"). */
  possessive: 4096,
  auxiliary: 8192,
} as const;

/** The KIND bits of a lower-cased word; `family` is the lexicon's. */
export function wordKinds(family: ReadonlySet<string>, w: string): number {
  const lists: [ReadonlySet<string>, number][] = [
    [PRONOUNS, KIND.pronoun],
    [ATTRIBUTIVE, KIND.attributive],
    [PRACTITIONERS, KIND.practitioner],
    [SEEING, KIND.seeing],
    [PREPOSITIONS, KIND.preposition],
    [POSSESSIVE_PRONOUNS, KIND.possessivePronoun],
    [REPORT_LINKS, KIND.reportLink],
    [REPORTS, KIND.report],
    [OWN_VOICE, KIND.ownVoice],
    [LINKS, KIND.link],
    [CHILD_HOLDERS, KIND.childHolder],
    [family, KIND.family],
    [AUXILIARIES, KIND.auxiliary],
  ];
  let kinds = w.endsWith("'s") ? KIND.possessive : 0;
  for (const [list, bit] of lists) if (list.has(w)) kinds |= bit;
  return kinds;
}

/** A name as written lower-cased, without its possessive: "kelly's" and "kelly" are one person. */
export function nameOf(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

/** Whether any of the first `n` of `starts` is in [lo, hiExclusive). */
export function startsWithin(starts: readonly number[], n: number, lo: number, hiExclusive: number): boolean {
  for (let i = 0; i < n; i++) if (starts[i]! >= lo && starts[i]! < hiExclusive) return true;
  return false;
}

/** Words naming the meeting before "with" and the person supervised ("Supervision with Dom", "sup with Kerry"). */
const SUPERVISION: ReadonlySet<string> = new Set(['supervision', 'sup', 'supervisions']);
/**
 * Whether the name at `j` is the one supervised ("4x4x4 supervision with Dom. ... Dom said he's
 * frustrated"): the worker, an adult, in any record, not only one about the worker (s22-rp). Not a
 * possessive: "supervision with Tyler's SW" names the child.
 */
export function supervisedWith(t: readonly WordInfo[], j: number): boolean {
  return j > 1 && t[j - 1]!.word === 'with' && SUPERVISION.has(t[j - 2]!.word) && (t[j]!.kinds & KIND.possessive) === 0;
}

/** Words before "with" that make the name after it the worker the case was talked over with (discussedWith). */
const DISCUSSED: ReadonlySet<string> = new Set(['discussed', 'discussion', 'consultation', 'reflected', 'talked']);
/** Words after "with {name}" that make the name the worker bringing a case ("met with Marta about Amira"). */
const ABOUT: ReadonlySet<string> = new Set(['about', 're', 'regarding']);
/**
 * Whether the name at `j` is the worker a case is talked over with ("the Maguire case, discussed
 * with Becky", "I met with Marta about Amira"): an adult, as supervisedWith's (s22-acc). Not a
 * possessive ("discussed with Tyler's mum" names the child).
 */
export function discussedWith(t: readonly WordInfo[], j: number): boolean {
  if (j < 2 || t[j - 1]!.word !== 'with' || (t[j]!.kinds & KIND.possessive) !== 0) return false;
  return DISCUSSED.has(t[j - 2]!.word) || (j + 1 < t.length && ABOUT.has(t[j + 1]!.word));
}

/**
 * Report verbs that give an opinion, not what was seen (PhraseMatcher.reported): a professional's
 * opinion of the child is theirs ("The GP feels she is depressed"), a professional's report of
 * what the child did or said stays child focus ("HV reports the baby's weight has dropped").
 */
export const OPINIONS: ReadonlySet<string> = new Set([
  'thinks',
  'thought',
  'think',
  'believes',
  'believe',
  'feels',
  'felt',
  'feel',
  ...ADULT_BELIEFS,
]);

/**
 * Whether the name at token `j` follows "baby of" ("Unborn baby of Aimee Carter", "baby of Kirsty
 * Hale"): a pre-birth record names the baby by its mother, so the name is hers, an adult's, and
 * what she says or does is not the child's (round 14).
 */
export function babyOf(t: readonly WordInfo[], j: number): boolean {
  return j >= 2 && t[j - 1]!.word === 'of' && t[j - 2]!.word === 'baby';
}

/** Whether the words around the name at `j` show it is an adult's: the supervisee, the worker talked with, or a mother named for her baby. */
export const adultByContext = (t: readonly WordInfo[], j: number): boolean =>
  supervisedWith(t, j) || discussedWith(t, j) || babyOf(t, j);
