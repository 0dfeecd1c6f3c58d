/**
 * Text that says less than its words suggest (issue 22, s22-refl2): someone's feelings or report
 * under a reflection label ("Reflection: SW felt alarmed but stayed calm", "Analysis: Mum says
 * things are better because dad has left"), where a reason is the cause of a feeling or a fact, not
 * the practice's weighing, so the label earns no reflection from it (a phrase of analysis in the
 * same text still counts on its own); and a child's-voice heading that only records a visit.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import type { PhraseMatcher } from './supervisionMatch.js';
import { JUDGEMENT_BIT } from './supervisionSentence.js';
import { PHRASE_SETS } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';

const REASONED = PHRASE_SETS.indexOf('reasoned'),
  CHILD_FOCUS = PHRASE_SETS.indexOf('childFocus');

/** Verbs of feeling, being or reporting that, straight after an adult, open that adult's account. */
const ACCOUNT_VERBS: ReadonlySet<string> = new Set([
  'felt',
  'feels',
  'feel',
  'was',
  'is',
  'were',
  'are',
  'says',
  'said',
  'reports',
  'reported',
  'told',
  'tells',
  'seemed',
  'seems',
]);
/** How far into the text the adult may stand: "SW felt", "The foster carer says". */
const OPENING = 3;

/** Whether tokens [at, to) open with an adult (lexicon `adults`) and an account verb straight after. */
export function opensAccount(toks: readonly WordInfo[], at: number, to: number): boolean {
  for (let k = at; k < Math.min(to - 1, at + OPENING); k++)
    if (toks[k]!.adult) return ACCOUNT_VERBS.has(toks[k + 1]!.word);
  return false;
}

/**
 * Whether the reason in a sentence with a reasoned mention (`m`'s last hits) is not the practice's
 * ground: the child's own words or doings open the sentence ("Aaliyah put home at 3 on her worry
 * scale and said it's because of the rows": the child's account, child focus), or a one-word
 * reflection label opens someone's feelings or report with no judgement of risk in the sentence
 * ("Reflection: SW felt alarmed but stayed calm"; not "Analysis: Mum is engaging but the risk
 * remains because ...").
 */
export function notTheWorkersGround(
  lex: CompiledLexicon,
  tokens: { readonly toks: readonly WordInfo[]; readonly classes: number },
  m: PhraseMatcher,
  from: number,
  to: number,
  childFocus: boolean,
): boolean {
  const r = m.hitStart[REASONED]!,
    toks = tokens.toks;
  if (childFocus && m.hitStart[CHILD_FOCUS] === from && r > from) return true;
  return (
    r === from &&
    m.hitEnd[REASONED] === from + 1 &&
    (tokens.classes & JUDGEMENT_BIT) === 0 &&
    lex.reflectionLabels.has(toks[from]!.word) &&
    opensAccount(toks, from + 1, to)
  );
}

const WORD = /[A-Za-z0-9']+/g;
/** opensAccount on the text under a heading, as written. */
export function opensAccountText(lex: CompiledLexicon, text: string): boolean {
  let k = 0,
    adult = false;
  for (const m of text.slice(0, 200).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (adult) return ACCOUNT_VERBS.has(w);
    adult = lex.adults.has(w);
    if (!adult && ++k === OPENING) return false;
  }
  return false;
}

/**
 * Words that only record a visit: "Seen alone at school.", "Jayden seen and spoken to alone on
 * 12/03". The lead's decision (2026-12-03): a visit is not the child's experience, so text of these
 * words alone (and names, numbers, dates) under a child's-voice heading says nothing of the child.
 */
const VISIT_WORDS: ReadonlySet<string> = new Set([
  'seen',
  'and',
  'spoken',
  'spoke',
  'to',
  'alone',
  'at',
  'on',
  'in',
  'school',
  'home',
  'nursery',
  'college',
  'visit',
  'the',
  'was',
  'were',
  'has',
  'have',
  'been',
  'child',
  'children',
  'both',
  'today',
  'during',
  'by',
  'sw',
  // A date, as the tokeniser writes it (\u0001date).
  'date',
]);

/** Whether text (under a child's-voice heading) only records that the child was seen, or seen alone. */
export function visitOnly(text: string): boolean {
  if (text.length > 120) return false;
  let seen = false;
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w === 'seen' || w === 'spoken') seen = true;
    // A name (capitalised, not opening a sentence: "Seen alone. Happy." is not a name) or a number
    // or a date stays a visit.
    const name = /^[A-Z]/.test(m[0]) && !VISIT_WORDS.has(w) && !/[.!?]\s*$/.test(text.slice(0, m.index));
    if (!VISIT_WORDS.has(w) && !name && !/^\d/.test(w)) return false;
  }
  return seen;
}
