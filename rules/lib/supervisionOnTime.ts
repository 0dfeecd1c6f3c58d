import { type AgreedMarkers, doneAsAgreed } from './supervisionAsAgreed.js';
import { chasedStill } from './supervisionStillOpen.js';
import { tickedOff } from './supervisionReview.js';

/**
 * An earlier task reported done to its deadline reviews the last actions (issue 22, round 35):
 * "Final evidence filed 26/2 (on time)", "Closure summary completed on time (29/1 action met)",
 * "Exploitation panel referral made 2/2 (on time)", "Report went in on time (26/3)". The writer
 * measures the work against the date it was set, which is what a review of the last actions does.
 * Only work done: a participle that reports it comes first in the clause, so a habit or a wish
 * ("mum arrives on time", "be on time", "gets them to school on time") is not one. Over outside2-77
 * about three records in four with this shape are labelled as reviewing (29 of 38).
 */

/**
 * The work's participle, then at most 40 characters of the same clause (a date, "- ", "(", the
 * object), then "on time"; or the deadline said to be met ("29/1 action met", "actions met"); round 47: the
 * actions said complete ("Actions complete.", "(action complete)", "Strat actions complete - ABE not needed"),
 * not "complete" as a verb after them ("Actions: complete portfolio", which a lexicon phrase, blind to the
 * colon, would read as one), nor "all actions complete", a closing note the writers label both ways (outside2-97:
 * one of three a review).
 */
const ON_TIME =
  /\b(?:filed|submitted|completed|done|sent|held|made|received|started|drafted|finished|went\s+in|came\s+in|handed\s+in)\b[^.;:!?\n]{0,40}?\bon\s+time\b|\bactions?\s+met\b|(?<!\ball[ \t]+)\bactions?[ \t]+complete\b(?![ \t]+[a-z])/i;

/**
 * Whether `text` reports an earlier task done on time; its words are added to the explanation's
 * reviews when one is being written. Applied by the scorer after the model, as tickedOff is: a
 * union, so the model's inputs and weights are not moved by it.
 */
export function doneOnTime(text: string | null, explanation: { reviewsPrevious: string[] } | null): boolean {
  const m = text ? ON_TIME.exec(text) : null;
  if (m !== null) explanation?.reviewsPrevious.push(m[0].replace(/\s+/g, ' '));
  return m !== null;
}

/**
 * An earlier item ticked off after a dash or in brackets (round 15, supervisionReview), done on time (round 35)
 * or chased and still awaited or not yet done (round 45), read only on a record with a status word (`status`,
 * the tokeniser's mark); or work done as agreed (round 47), whose past verb may be any "-ed" word, which the
 * mark does not hold, so read on every record that the rest left unreviewed (a cheap test of its marker first); its
 * markers are the lexicon's `doneAsAgreed` (round 50).
 */
export function reportedDone(
  text: string | null,
  explanation: { reviewsPrevious: string[] } | null,
  status: boolean,
  lex: AgreedMarkers,
): boolean {
  if (status && (tickedOff(text, explanation) || doneOnTime(text, explanation) || chasedStill(text, explanation)))
    return true;
  return doneAsAgreed(text, explanation, lex.doneAsAgreed);
}
