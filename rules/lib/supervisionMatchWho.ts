/**
 * Whose words a mention is, the s22-acc round's checks (issue 22): kept apart from the phrase matcher
 * (supervisionMatch.ts) so it stays small. Each is a pure function of the sentence's words.
 */
import { KIND, OPINIONS } from './supervisionMatchWords.js';
import type { WordInfo } from './supervisionWords.js';

/** Nouns after an adult's possessive that make what follows their account ("Mum's account is that"). */
const ACCOUNTS: ReadonlySet<string> = new Set(['account', 'view', 'opinion', 'belief', 'understanding', 'version']);
/**
 * Labels of a reflective model's stages (Kolb, 4x4x4) that open the worker's own part: a pronoun
 * straight after one is the worker ("Reflection: she felt scared", "Feelings - he was angry").
 */
const STAGE_LABELS: ReadonlySet<string> = new Set([
  'reflection',
  'reflections',
  'feelings',
  'feeling',
  'emotion',
  'emotions',
  'emotional',
  'experience',
  'evaluation',
]);
/** Nouns of "is of the view that": another's opinion (othersView). */
const VIEWS: ReadonlySet<string> = new Set(['view', 'opinion']);

/**
 * Whether the adult at `k` reports what follows, before the mention at `start`: a parent's or
 * carer's report ("nan, who says Jasmine is wetting the bed", "Mum is worried Tyler is lonely"),
 * their account ("Mum's account is that Alfie is settled"), or a professional's opinion ("The
 * teacher thinks Leo is anxious"); a professional's report stays what was seen ("nurses say Theo
 * settles on her chest", "HV reports the baby's weight has dropped").
 */
export function adultReports(toks: readonly WordInfo[], k: number, start: number): boolean {
  const t = toks[k]!;
  if (t.adultsOwn && ACCOUNTS.has(toks[k + 1]!.word)) return true;
  if (!t.adult) return false;
  let v = toks[k + 1]!.word === 'who' && k + 2 < start ? k + 2 : k + 1;
  // Through a linking or auxiliary verb: "Mum is worried", "Dad has said".
  if ((toks[v]!.kinds & KIND.reportLink) !== 0 && v + 1 < start) v++;
  return (toks[v]!.kinds & KIND.report) !== 0 && ((t.kinds & KIND.family) !== 0 || OPINIONS.has(toks[v]!.word));
}

/** Whether the name at `k` opens a numbered item ("(1) Shadow IRO - done"): a sentence's opening in all but name. */
export function opensItem(toks: readonly WordInfo[], k: number, number: number, names: number): boolean {
  return k > 0 && (toks[k - 1]!.slots & number) !== 0 && (toks[k - 1]!.slots & names) === 0;
}

/** Whether the pronoun at `start` comes straight after a reflective model's stage label opening the sentence at `from`. */
export function afterStageLabel(toks: readonly WordInfo[], from: number, start: number): boolean {
  return start === from + 1 && STAGE_LABELS.has(toks[from]!.word);
}

/**
 * Whether a mention at `s` that opens with no subject of its own (no pronoun, name or role) follows
 * one of the family straight away ("a mum disclosed she'd been raped", "dad described"): the
 * adult's words, not the child's.
 */
export function familyVerb(toks: readonly WordInfo[], from: number, s: number, names: number): boolean {
  const t = toks[s]!;
  return (
    s > from &&
    (toks[s - 1]!.kinds & KIND.family) !== 0 &&
    (t.kinds & KIND.pronoun) === 0 &&
    (t.slots & names) === 0 &&
    !t.adult &&
    t.word !== 'the'
  );
}

/**
 * Whether an analysis at `start` is reported as another's view earlier in its sentence ("The IRO
 * is of the view that the plan is drifting because ...", "the Guardian thinks ..."): another
 * agency's or the family's analysis, not the supervisor's. The practitioners' own view ("SW thinks
 * ...", or "I think" after a report) stays theirs to weigh.
 */
export function othersView(toks: readonly WordInfo[], from: number, start: number): boolean {
  let theirs = false;
  for (let k = from; k <= start; k++) {
    const t = toks[k]!;
    if ((t.kinds & (KIND.ownVoice | KIND.practitioner)) !== 0) theirs = false;
    if (k + 1 >= start || !t.adult || (t.kinds & KIND.practitioner) !== 0) continue;
    let v = k + 1;
    if ((toks[v]!.kinds & KIND.reportLink) !== 0 && v + 1 < start) v++;
    const w = toks[v]!;
    if (
      (w.kinds & KIND.report) !== 0 ||
      (w.word === 'of' && v + 2 < start && toks[v + 1]!.word === 'the' && VIEWS.has(toks[v + 2]!.word))
    )
      theirs = true;
  }
  return theirs;
}

/** Modal verbs of a Signs of Safety danger statement's prediction ("will be hurt", "could be exploited"). */
const PREDICTING: ReadonlySet<string> = new Set(['will', 'may', 'might', 'could', 'would']);
/** Words of a worry phrase (dangerStatement). */
const WORRY_WORDS: ReadonlySet<string> = new Set(['worried', 'concerned']);

/**
 * Whether the worry in tokens [s, e) is a Signs of Safety danger statement: "(we are) worried that
 * Theo (5) and Ruby (3) will be hurt if ...", a worry that the child will come to harm on a
 * condition, stated as the model's formula, not weighed (round 10, s22-acc). The children (names,
 * their ages, "and", a pronoun or a child's role) come straight after "that", then a modal verb,
 * then "if", "when" or "unless" later in the sentence. "I am worried that mum's drinking has
 * increased" is not one.
 */
export function dangerStatement(toks: readonly WordInfo[], s: number, e: number, to: number, names: number): boolean {
  if (e - s < 2 || toks[e - 1]!.word !== 'that' || !WORRY_WORDS.has(toks[e - 2]!.word)) return false;
  let k = e,
    child = false;
  for (; k < to && k < e + 8; k++) {
    const t = toks[k]!;
    if ((t.slots & names) !== 0 || (t.kinds & (KIND.childHolder | KIND.pronoun)) !== 0) child = true;
    // Between the children: "and", "the", "both" and their ages ("Theo (5) and Ruby (3)").
    else if (!(t.word === 'and' || t.word === 'the' || t.word === 'both' || (t.word.charCodeAt(0) ^ 48) < 10)) break;
  }
  if (!child || k >= to || !PREDICTING.has(toks[k]!.word)) return false;
  // The formula puts the harm on a condition ("... will be hurt if mum and dad argue"); "We are
  // worried that Tyler will be hurt." alone stays the supervisor's worry.
  for (k++; k < to; k++) if (CONDITIONAL.has(toks[k]!.word)) return true;
  return false;
}
const CONDITIONAL: ReadonlySet<string> = new Set(['if', 'when', 'unless']);

/**
 * Whether the name at `j`, after a practitioner's title that opens its sentence (`opensSentence`),
 * is a child's name with 's: the title labels who wrote ("TM: Hamza's words ..."), the name is the
 * child's (round 10). "Ms Khan's view" (a title, not a practitioner) and "SW Kerry said" stay the adult's.
 */
export function writerLabel(t: readonly WordInfo[], j: number, opensSentence: boolean): boolean {
  return opensSentence && (t[j - 1]!.kinds & KIND.practitioner) !== 0 && (t[j]!.kinds & KIND.possessive) !== 0;
}

/** Words after a name that say the person is back from, or on, leave (onLeave). */
const LEAVE_VERBS: ReadonlySet<string> = new Set(['back', 'returned', 'returning', 'on']);
const LEAVE: ReadonlySet<string> = new Set(['leave', 'secondment', 'maternity', 'paternity', 'annual']);

/** Whether the name at `j` is back from or on leave ("Kerry back from leave", "Sam on annual leave"): staff, not a child (round 10). */
export function onLeave(t: readonly WordInfo[], j: number, to: number): boolean {
  if (j + 2 >= to || !LEAVE_VERBS.has(t[j + 1]!.word)) return false;
  const k = t[j + 2]!.word === 'from' ? j + 3 : j + 2;
  return k < to && LEAVE.has(t[k]!.word);
}

/**
 * Whether tokens [from, to) name an adult who is not the object of a preposition ("with mum"), and
 * no child: no name that is not an adult's (`isAdultName`), no child's role ("the baby", "the
 * boys"). A pronoun opening the next sentence is then the adult's (round 12: "I asked the SW why.
 * She said she felt unsafe").
 */
export function namesAdultOnly(
  t: readonly WordInfo[],
  from: number,
  to: number,
  names: number,
  isAdultName: (k: number, to: number) => boolean,
  afterPreposition: (from: number, k: number) => boolean,
): boolean {
  let adult = false;
  for (let k = from; k < to; k++) {
    const w = t[k]!;
    if ((w.slots & names) !== 0) {
      if (!isAdultName(k, to)) return false;
      adult = true;
    } else if ((w.kinds & (KIND.childHolder | KIND.pronoun)) === KIND.childHolder) return false;
    else if (w.adult && !afterPreposition(from, k)) adult = true;
  }
  return adult;
}
