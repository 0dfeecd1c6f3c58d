/**
 * Names in notes typed all in lower case ("monthly supervision, isla, cp ... isla wished for her
 * own bedroom"): a name is told by its capital, so such notes name no child and the child's
 * words or presentation go unseen. The record's own wording shows who it is about, in the places a
 * case is introduced (after "supervision,", "re", "discussed", or before an age or a plan type);
 * those words get their capital back everywhere in the record. Notes with capitals are untouched.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';

/** At most this many capitals (a "Date:" line, an acronym) and the notes count as lower case. */
const MAX_CAPITALS = 2;
/**
 * More than MAX_CAPITALS capitals anywhere in a text. One native scan: counting them with
 * charCodeAt in a loop cost about half as much again (every record's text passes here; issue 22's speed).
 */
const MORE_CAPITALS = new RegExp(`[A-Z]${'[^A-Z]*[A-Z]'.repeat(MAX_CAPITALS)}`);

// A case introduced: "supervision, isla," / "re lennon (5)" / "discussed leah with" / "jayden - cla".
const INTRODUCED =
  /(?:^|\n|supervision, |\bre |discussed )([a-z]{3,})(?=,| \(\d| \(newborn| - (?:cla|cin|cp)\b| with )/g;

/**
 * Whether INTRODUCED can match `text` at all: an opener (the text's start with a lower-case letter,
 * a line break, "supervision, ", "re " — a superset of "\bre " — or "discussed "), and a start of
 * the lookahead (",", " (", " - " or " with ").
 */
function mayIntroduce(text: string): boolean {
  const c = text.charCodeAt(0);
  return (
    ((c >= 97 && c <= 122) ||
      text.includes('\n') ||
      text.includes('supervision, ') ||
      text.includes('re ') ||
      text.includes('discussed ')) &&
    (text.includes(',') || text.includes(' (') || text.includes(' - ') || text.includes(' with '))
  );
}

/** The text with the names it introduces capitalised, when it is written in lower case; else the text itself. */
export function restoreNames(lex: CompiledLexicon, text: string): string {
  if (MORE_CAPITALS.test(text)) return text;
  // Most such notes are short and introduce no case ("Case discussed."): INTRODUCED needs one of its
  // openers and one of its lookahead's starts somewhere, which a few `includes` rule out faster
  // than the pattern's scan of every position (issue 22's speed; the same matches either way).
  if (!mayIntroduce(text)) return text;
  let out = text;
  for (const m of text.matchAll(INTRODUCED)) {
    const name = m[1]!;
    if (lex.notNames.has(name)) continue;
    const cap = name[0]!.toUpperCase() + name.slice(1);
    out = out.replace(new RegExp(`\\b${name}\\b`, 'g'), cap);
  }
  return out;
}
