/**
 * Someone's feelings or report under a reflection label (issue 22, reflection precision): "Reflection:
 * SW felt alarmed but stayed calm", "Analysis: Mum says things are better because dad has left".
 * A reason there is the cause of a feeling or a fact, not the practice's weighing, so the label
 * earns no reflection from it (a phrase of analysis in the same text still counts on its own).
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import type { WordInfo } from './supervisionWords.js';

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
