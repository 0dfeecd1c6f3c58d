/**
 * Issue 22, round 41: a child's-voice heading written with the child's name ("Emily's voice: Emily
 * has not engaged this month", "Tobi and Funmi's voice: see ISW report", "Jordan's wishes and
 * feelings: Jordan wants to live with his nan"). A supervisor reads it as the template's "Child's
 * voice:" heading: what is written under it is the child's voice or says there is none. Read as
 * prose, its words were a child-focus cue by themselves ("{childs} voice"), whatever followed.
 *
 * The heading is a capitalised name (not `notNames` nor `adults`: "Mum's voice"), or two joined by
 * "and" or "&", with 's, then a word the lexicon holds both in its `account` and its `topic` word
 * classes (the child's own account and the voice named as a subject: voice, wishes; not "view" nor
 * "feelings" alone, since "Carol's view:" and "Priya's feelings:" are as often an adult's or the
 * worker's), "and feelings" after it or not, and a colon
 * or dash, at a line's start. The tokeniser reads it as a childFocusHeadings heading (group 2 of the
 * lexicon's heading pattern): its words are no tokens, and the text under it is judged as under
 * "Child's voice:".
 */
import type { CompiledLexicon } from './supervisionLexicon.js';
import { OWN_ACCOUNT, TOPIC } from './supervisionStanding.js';

const SP = '[^\\S\\r\\n]';
const NAME = '[A-Z][a-z]+(?:-[A-Z][a-z]+)?';
const patterns = new WeakMap<CompiledLexicon, RegExp | null>();

/** The named heading's pattern for a lexicon, or null when no word is in both classes. */
function patternOf(lex: CompiledLexicon): RegExp | null {
  let p = patterns.get(lex);
  if (p !== undefined) return p;
  const account = lex.wordClasses.find((c) => c.name === OWN_ACCOUNT)?.words;
  const topic = lex.wordClasses.find((c) => c.name === TOPIC)?.words;
  // Not "feelings" alone: "Priya's feelings:" is as often the worker's (a reflective model's stage).
  const words =
    account && topic ? [...account].filter((w) => topic.has(w) && w !== 'feelings' && /^[a-z]+$/.test(w)) : [];
  // Group 1 never takes part and group 2 is the heading, as the lexicon's heading pattern's groups
  // (actions, childFocus, ...), so the tokeniser reads a match as it reads a child's-voice heading.
  p =
    words.length === 0
      ? null
      : new RegExp(
          `(?:${SP}|[\\-*\u2022\u00b7>#\\d.)])*(?:(?!)()|(${NAME}(?:${SP}+(?:and|&)${SP}+${NAME})?['\u2019]s${SP}+` +
            `(?:${words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})` +
            `(?:${SP}+and${SP}+feelings)?))${SP}*(?::|-|\u2013)`,
          'y',
        );
  patterns.set(lex, p);
  return p;
}

/** The words of a capital, cheaply: most lines open with no capital followed by lower case and 's. */
const CAPITAL = /[A-Z]/;

/**
 * A named child's-voice heading at the line starting at `at` of `s`, matched with the groups of the
 * lexicon's heading pattern (group 2 the heading), or null.
 */
export function namedHeading(lex: CompiledLexicon, s: string, at: number): RegExpExecArray | null {
  let k = at;
  while (k < s.length && (s[k] === ' ' || s[k] === '\t' || s[k] === '-' || s[k] === '*' || s[k] === '\u2022')) k++;
  if (k >= s.length || !CAPITAL.test(s[k]!)) return null;
  const p = patternOf(lex);
  if (p === null) return null;
  p.lastIndex = at;
  const h = p.exec(s);
  if (h === null) return null;
  // Not an adult's or a word that is never a name ("Mum's voice:", "Nursery's words:").
  const first = /^[A-Za-z]+/.exec(h[2]!)![0].toLowerCase();
  return lex.notNames.has(first) || lex.adults.has(first) ? null : h;
}

/**
 * The heading at the line starting at `at`: the lexicon's heading pattern's match where `mayHead`
 * says a heading can open the line (or the lexicon has no openers), else a named child's-voice
 * heading (namedHeading), else null.
 */
export function headingAt(
  lex: CompiledLexicon,
  s: string,
  at: number,
  mayHead: (openers: NonNullable<CompiledLexicon['headingOpeners']>) => boolean,
): RegExpExecArray | null {
  if (lex.headingOpeners === null || mayHead(lex.headingOpeners)) {
    lex.heading!.lastIndex = at;
    const h = lex.heading!.exec(s);
    if (h !== null) return h;
  }
  return namedHeading(lex, s, at);
}
