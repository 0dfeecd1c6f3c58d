/**
 * Text under a child's-voice heading that names the child and points elsewhere (issue 22, round
 * 30): "Dawit - see pathway plan", "Leo (6) - see SW visit note", "Hollie - voice gathered by
 * CAMHS", "Rose - to be observed at next visit", "Reuben observed - see nursery report". The
 * heading is filled in but nothing of the child is written: writers from outside the project label
 * such records not child-focused, as they do "Child's voice: see last record" (an emptyText entry,
 * which the name in front used to hide). Only a short text is read (a pointer is a line, not an
 * account), and only its opening: the child's names, ages and "and", a word saying the child was
 * seen, then a `pointers` phrase of the lexicon (a council adds its own). `bareText`, how empty texts
 * and pointers are compared, lives here (supervisionLexicon re-exports it).
 */
import type { CompiledLexicon } from './supervisionLexicon.js';

/** The lexicon's pointers, compiled (CompiledLexicon): lower-cased, without the punctuation around them. */
export interface Pointers {
  readonly pointers: readonly string[];
}

/** A text lower-cased, its white space folded, without the punctuation around it: how empty texts are compared. */
export function bareText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-\u2013.:;,!?*\u2022()]+|[\s\-\u2013.:;,!?*\u2022()]+$/g, '');
}

/** The longest text read as a pointer: longer text under the heading says something of its own. */
const MAX_CHARS = 90;
/** Words that may stand between the child's names and the pointer ("Reuben observed - see ..."). */
const BETWEEN: ReadonlySet<string> = new Set(['and', 'observed', 'seen', 'voice', 'views']);
const WORD = /[\p{L}\p{N}'\u2019&]+/gu;

/** Whether `text` (under a child's-voice heading) is only the child's names and a pointer elsewhere. */
export function pointsElsewhere(lex: CompiledLexicon, text: string): boolean {
  if (lex.pointers.length === 0 || text.length > MAX_CHARS) return false;
  let from = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const lower = w.toLowerCase();
    // A name (capitalised, not a word the lexicon says is never one), an age, "and", "&".
    const name = /^\p{Lu}/u.test(w) && !lex.notNames.has(lower.replace(/['\u2019]s$/, ''));
    if (!name && !/^\d+$/.test(w) && w !== '&' && !BETWEEN.has(lower)) break;
    from = m.index + w.length;
  }
  const tail = text.slice(from);
  // A pointer is all the text says: "Dawit - see pathway plan. He told me he is scared." goes on
  // to say something, and "Tia - see below" points to what the record goes on to say.
  if (/[.!?;:]\s+\S/.test(tail) || /\bbelow\b/i.test(tail)) return false;
  const rest = ` ${bareText(tail)} `;
  for (const p of lex.pointers) if (rest.startsWith(` ${p} `)) return true;
  return false;
}
