/**
 * Work reported done "as agreed" reviews the last actions (issue 22, round 47): "Zoe saw Kai at school before
 * the core group as agreed", "The CPN rang Beth the same day as agreed", "Safety plan done with Amina yesterday
 * as agreed", "Patient transport booked 18/3 for the 23/3 appointment (as agreed)". The writer reports a task
 * set before as done, which is what a practice supervisor's review says; the lexicon's reviews phrases read
 * only the participle next to the marker ("done as agreed", "{date} as agreed"), not a clause between them.
 * Not a plan: "Proceed as planned", "Turn up as agreed", "Agreed to go ahead as planned", "to be completed 12/2
 * as planned", "not first thing as agreed" (a clause with a plan's or a negation's word before the marker).
 * Round 50: the markers are the lexicon's `doneAsAgreed` list, which a council can extend ("as directed", "as I asked",
 * "as per last supervision", "(agreed {date}": "Grandparents met separately on 22/4 (agreed 14/4)").
 */
import { clauseStart } from './supervisionReview.js';

/** A verb in the past: an -ed word (not "proceed", "need") or a common irregular past or participle. */
const PAST = String.raw`\b(?:[a-z]+ed(?<!eed)|saw|seen|did|done|held|sent|brought|read|met|spoke|spoken|rang|went|took|made|given|gave|kept|wrote|written|told|had|paid|found|put)\b`;
/** A word of a plan, a task or a negation in the clause before the marker. */
const NOT_DONE = /\b(?:to|will|would|should|must|shall|not|never|proceed|continue|continues)\b/i;
/** A day in a marker's {date}: "14/4", "3.5.26", "15th". */
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?(?:[/.]\d{1,2}(?:[/.]\d{2,4})?)?`;

/**
 * The lexicon's `doneAsAgreed` markers compiled (round 50: a list a council can extend, round 47's five and
 * more): `marker` finds one, `done` a past verb, then at most 60 characters of the same clause, then one.
 */
export interface AgreedMarkers {
  readonly doneAsAgreed: { readonly marker: RegExp; readonly done: RegExp } | null;
}

/** The markers as patterns: words apart by white space, {date} a day, whole words; null when the list is empty. */
export function agreedMarkers(phrases: readonly string[]): AgreedMarkers['doneAsAgreed'] {
  const alts = phrases.map((p) => {
    if (/\{(?!date\})/.test(p)) throw new Error(`doneAsAgreed: only {date} may stand in a marker ("${p}")`);
    const words = p.trim().toLowerCase().split(/\s+/);
    return words.map((w) => w.split('{date}').map(escapeRegExp).join(DAY)).join(String.raw`\s+`);
  });
  if (alts.length === 0) return null;
  const marker = String.raw`(?<![\w'])(?:${alts.join('|')})(?![\w'])`;
  return { marker: new RegExp(marker, 'i'), done: new RegExp(String.raw`${PAST}[^.;:!?\n]{0,60}?${marker}`, 'gi') };
}
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` reports work done as agreed (the markers' `done` pattern, in a clause with no plan's word before the
 * marker); its words are added to the explanation's reviews when one is being written. Applied by the scorer
 * after the model, as the other reported outcomes are (supervisionOnTime reportedDone): a union, so the
 * model's inputs and weights are not moved by it.
 */
export function doneAsAgreed(
  text: string | null,
  explanation: { reviewsPrevious: string[] } | null,
  markers: AgreedMarkers['doneAsAgreed'],
): boolean {
  // Most records hold no marker: a plain search for it first, before the pattern that scans every word.
  if (!text || markers === null || !markers.marker.test(text)) return false;
  const done = markers.done;
  done.lastIndex = 0;
  for (let m = done.exec(text); m !== null; m = done.exec(text)) {
    const from = clauseStart(text, m.index);
    if (NOT_DONE.test(text.slice(from, m.index + m[0].length))) continue;
    explanation?.reviewsPrevious.push(
      text
        .slice(from, m.index + m[0].length)
        .trim()
        .replace(/\s+/g, ' '),
    );
    return true;
  }
  return false;
}
