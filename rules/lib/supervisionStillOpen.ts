/**
 * An earlier item still open, chased and still waited on, reviews the last actions (issue 22, round 45): "Police
 * risk assessment - not received yet, Connor chased 10/3", "Interim CAMHS support - still waiting,
 * chased", "SALT - still on waiting list, chased 16/11". The writer says what became of a task set
 * before (it is outstanding, and someone has pressed for it), as a practice supervisor's review does.
 * Not a plan to chase ("to be chased", "chase by Friday", "chased by 12/2": a deadline), so "chased"
 * must be in the past, not after "be", "to", "will" or the like, and not before a deadline word.
 */
import { clauseStart } from './supervisionReview.js';

/** "chased" in the past: not after an auxiliary of a plan, not before a deadline ("chased by 12/2"). */
const CHASED = String.raw`(?<!\b(?:be|to|will|must|should|been)\s+)\bchased\b(?!\s+(?:by|before|if|weekly|up)\b)`;
/** The item is still outstanding: "still", "not ... yet", "awaiting", "no reply". */
const WAITING = String.raw`\b(?:still|yet|awaiting|awaited|waiting|no\s+(?:reply|response))\b`;
/** Within one clause (no . ; or line break between): waiting then chased, chased then waiting, or chased on a date. */
const CHASED_STILL = new RegExp(
  String.raw`${WAITING}[^.;\n]*${CHASED}|${CHASED}[^.;\n]*${WAITING}|${CHASED}\s+(?:on\s+)?\d{1,2}(?:/|\s+[a-z]{3})`,
  'i',
);

/**
 * An earlier item set off by a dash and marked not yet done (round 45): "Weight - not rechecked yet",
 * "Three houses - not yet done, rebooked for Weds", "Short breaks - not submitted yet". As round 15's
 * "drug test - not done": the item, then what became of it. Only after a dash with a space, so a
 * bracket's aside ("(not yet seen)", "(not yet confirmed)") and a hyphenated word are not items,
 * and only with a participle, so an answer ("- not yet, it can increase isolation") is not.
 */
const NOT_YET =
  /[\w)'"][ \t]+[-\u2013\u2014][ \t]*not[ \t]+(?:yet[ \t]+(?:done|given|[a-z]+ed)|(?:done|given|[a-z]+ed)[ \t]+yet)\b/i;

/**
 * An earlier item marked not done with the reason why (round 47): set off by a dash, "Pre-birth assessment - not
 * finished, SW off sick for 3 days", "Pathway plan - not started, Hannah in court all week", "Liam's risk
 * assessment - not completed, Liam didn't attend 2 appointments"; or "not done" with the reason in brackets,
 * "Words and pictures not done (SW sick)". What became of the task and why, as a review says. Only the verbs of
 * work (so not "Scale: 2 - not changed, because", "saw her - not admitted, CAMHS follow up", "return to parents -
 * not supported, both still testing positive"), and only with the reason (a bare "- not booked." is left as
 * round 45 left it).
 */
const NOT_DONE_WHY =
  /[\w)'"][ \t]+[-\u2013\u2014][ \t]*not[ \t]+(?:done|finished|completed|started|booked|sent|held|arranged|submitted|made)\b[ \t]*(?:,|\(|\bas\b|\bbecause\b|\bdue\b|[-\u2013\u2014])|\bnot[ \t]+done[ \t]*\(/i;

/**
 * Round 50: an earlier task's deadline reported missed: "ISW referral - not made by 6/11, Jas's error", "Direct
 * observation - not booked by 23rd as agreed", "Return interview by 17/12 (72 hrs) was not done". The record measures
 * the task against the date it was set, as a review does. Not a condition ("Strategy discussion if not seen by Friday",
 * "If the chronology is not received by Friday I will ...": `if`, `unless` or `when` earlier in the clause).
 */
const WORK = String.raw`(?:done|made|sent|booked|completed|held|arranged|submitted|filed|started|received|requested|seen|visited|written|finished)`;
const MISSED = new RegExp(
  String.raw`\bnot\s+(?:yet\s+)?(?:been\s+)?${WORK}\s+by\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:[/.]\d{1,2}(?:[/.]\d{2,4})?)?|(?:mon|tue|wed|thu|fri)[a-z]*)\b|\bby\s+\d{1,2}[^.;\n]{0,30}\b(?:was|were|has|have)\s+not\s+(?:been\s+)?${WORK}\b`,
  'i',
);
const CONDITION = /\b(?:if|unless|when)\b/i;

/** The missed deadline's clause (MISSED, not a condition), or null. */
function missedDeadline(text: string): string | null {
  const m = MISSED.exec(text);
  if (m === null) return null;
  const from = clauseStart(text, m.index);
  return CONDITION.test(text.slice(from, m.index)) ? null : text.slice(from, m.index + m[0].length).trim();
}

/**
 * Whether `text` reports an earlier item chased and still outstanding, its deadline missed, not yet done, or not done and why; its
 * words are added to the explanation's reviews when one is being written. Applied by the scorer after the model, as the
 * other reported outcomes are (supervisionOnTime reportedDone): a union, so the model's inputs and
 * weights are not moved by it.
 */
export function chasedStill(text: string | null, explanation: { reviewsPrevious: string[] } | null): boolean {
  if (!text) return false;
  const m = CHASED_STILL.exec(text);
  if (m !== null) explanation?.reviewsPrevious.push(m[0].replace(/\s+/g, ' '));
  if (m !== null) return true;
  const missed = missedDeadline(text);
  if (missed !== null) explanation?.reviewsPrevious.push(missed.replace(/\s+/g, ' '));
  if (missed !== null) return true;
  const n = NOT_YET.exec(text) ?? NOT_DONE_WHY.exec(text);
  if (n === null) return false;
  // The explanation names the item with its status: from the clause's start ("Weight - not rechecked yet").
  const from = clauseStart(text, n.index);
  explanation?.reviewsPrevious.push(
    text
      .slice(from, n.index + n[0].length)
      .trim()
      .replace(/\s+/g, ' ')
      .replace(/[\s,(\u2013\u2014-]+$/, ''),
  );
  return true;
}
