/**
 * Who a named person is (issue 22, round 43): the supervisee and the supervisor named in a record's
 * heading. Supervision records open by naming the two people in the room, joined by a slash
 * ("Supervision 13/10/26 Tom Adeyemi / Claire Riordan", "Hannah/Sarah", "ASYE - Sophie L / Nadia B");
 * the lexicon's child-focus cues by name ("Claire asked whether ...", "Ewa feels she is becoming
 * Marta's worker", "Hannah is worried the disruption may ...") then fire on the worker's or the
 * supervisor's own words. A practice supervisor reads those names as the staff's: where every
 * child-focus cue of a record rests on one of them, the cues say nothing of the child, and the
 * record has child focus only if the model finds it by itself, without the lexicon's finding.
 *
 * Not when the names share one surname ("Isla/Ivy R.": two children of one family), a name is given
 * an age ("Maisie (7)"), a child's-voice heading was credited, or the record quotes anyone: the
 * child's words reported inside the worker's sentence ("Priya said she cried because Kasey asked her
 * to 'make the fire not have happened'") are the child's voice, which the cue by the worker's name
 * happened to find. Kept apart from the scorer, which is at its size limit; Whose holds one.
 */
import { isSpace } from './supervisionDateScan.js';
import { quotes } from './supervisionStanding.js';
import { slotBit } from './supervisionTrie.js';
import type { WordInfo } from './supervisionWords.js';

const NAMES = slotBit('name') | slotBit('names'),
  AGE = slotBit('n');
/** The record's heading: its first line, up to the end of its first sentence. */
const HEADING = /^[^\n]*?(?=\n|[.!?]\s|$)/u;
/** Two names joined by a slash, each with a surname or its initial or not. */
const PAIR = /(?<![\p{L}'])(\p{Lu}\p{Ll}+)( \p{Lu}\p{Ll}*\.?)?\s*\/\s*(\p{Lu}\p{Ll}+)( \p{Lu}\p{Ll}*\.?)?/gu;

/**
 * Whether HEADING's match in `text` holds a slash: the first slash comes before the heading's end
 * (the first line break, or . ! ? before JavaScript's white space). Most headings hold none, and
 * this answers without the lazy pattern's test at every character or the heading's copy (issue 24).
 */
function slashInHeading(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return false;
  for (let k = 0; k < slash; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(k + 1)))) return false;
  }
  return true;
}

/** The lower-cased first names of the heading's pairs in `text` (none when it has no pair). */
export function headingStaff(text: string | null): string[] {
  const out: string[] = [];
  const heading = text === null || !slashInHeading(text) ? null : HEADING.exec(text);
  if (heading === null || !heading[0].includes('/')) return out;
  for (const m of heading[0].matchAll(PAIR)) {
    // "Isla/Ivy R.": one surname (an initial) after the second name only, so one family's two children.
    if (m[2] === undefined && m[4] !== undefined && m[4].replace(/[ .]/g, '').length === 1) continue;
    out.push(m[1]!.toLowerCase(), m[3]!.toLowerCase());
  }
  return out;
}

export class StaffCues {
  private text: string | null = null;
  private names: string[] | null = null;
  /** The first cue's name while every cue so far rests on a staff name; '' for none yet; null once one does not. */
  private only: string | null = '';

  newRecord(text: string | null): void {
    this.text = text;
    this.names = null;
    this.only = '';
  }

  /** A sentence's child-focus cue, opening at token `at` of `toks` (read only while every cue so far was a staff name). */
  cue(toks: readonly WordInfo[], at: number, to: number): void {
    if (this.only === null) return;
    const t = toks[at]!;
    // The heading is read only for a cue by a name (issue 24: most cues are not).
    const staff =
      (t.slots & NAMES) !== 0 &&
      !(at + 1 < to && (toks[at + 1]!.slots & AGE) !== 0) &&
      (this.names ??= headingStaff(this.text)).includes(t.name);
    this.only = staff ? this.only || t.raw : null;
  }

  /** The staff name every child-focus cue of the record rests on (the first), or null; `headed`: a child's-voice heading credited. */
  rests(headed: boolean): string | null {
    return this.only === '' || this.only === null || headed || quotes(this.text) ? null : this.only;
  }
}
