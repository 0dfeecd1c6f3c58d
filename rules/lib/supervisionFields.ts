/**
 * What is written under a heading the supervision tokeniser read (supervisionTokens readColumn): the
 * rest of its line, up to a next field on the line, or the next line. Kept apart from the tokeniser's
 * loop, which reads every character of every record, so that module stays small.
 */
import type { CompiledLexicon } from './supervisionLexicon.js';

/** What is written under a heading ending at `at`: the rest of its line, or when that is blank the next line unless it is a heading too. */
export function textUnder(lex: CompiledLexicon, s: string, at: number): string {
  const eol = lineEnd(s, at);
  const rest = s.slice(at, eol);
  if (rest.trim() !== '' || eol >= s.length) return untilNextField(rest);
  const next = eol + (s.startsWith('\r\n', eol) ? 2 : 1);
  lex.heading!.lastIndex = next;
  if (lex.heading!.test(s)) return '';
  const line = s.slice(next, lineEnd(s, next));
  // A council's own field the lexicon does not know ("Summary of discussion: ...", "Decision: ...")
  // on the next line means the heading above it was left empty.
  return isFieldLine(lex, line) || LABEL_ONLY.test(line) ? '' : untilNextField(line);
}

/** A line that is only a label, nothing after its colon ("Observations:"): an empty heading's next field. */
const LABEL_ONLY = /^\s*[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z'/&]*){0,4}:\s*$/;

/** Up to five words and a colon at the start of a line: a form field's label. */
const FIELD_LINE = /^\s*([A-Za-z][A-Za-z']*)((?: [A-Za-z][A-Za-z'/&]*){0,4}):/;

/** Whether a line opens with a form field's label; one word only when it is no name ("Mia: 'daddy shouts'" is the child's words). */
function isFieldLine(lex: CompiledLexicon, line: string): boolean {
  const m = FIELD_LINE.exec(line);
  return m !== null && (m[2] !== '' || lex.notNames.has(m[1]!.toLowerCase()));
}
/** A sentence end, then a capitalised label of up to three words and a colon: "... services. Good: Poppy said". */
const NEXT_FIELD = /[.;!?]\s+[A-Z][A-Za-z']*(?: [A-Za-z][A-Za-z']*){0,2}:/;

/**
 * What a heading's own line says, up to the next field on the same line: in a one-line Signs of
 * Safety record ("Worries: ... Good: Poppy said she likes him because ...") the reason under
 * "Good" is the child's, not a reason given for the worry.
 */
function untilNextField(rest: string): string {
  const m = NEXT_FIELD.exec(rest);
  return m === null ? rest : rest.slice(0, m.index + 1);
}

/**
 * Where the line holding `from` ends: the first line feed or carriage return at or after it, else
 * the text's length (`from` itself when it is past the end). By the native search (issue 22's speed:
 * a loop reading every character twice was 2% of scoring); the same place as that loop.
 */
export function lineEnd(s: string, from: number): number {
  if (from >= s.length) return from;
  const n = s.indexOf('\n', from),
    r = s.indexOf('\r', from),
    end = n < 0 ? s.length : n;
  return r >= 0 && r < end ? r : end;
}
