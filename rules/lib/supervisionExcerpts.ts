/**
 * The record excerpts and "why" explanations shown in the HTML/PDF report only (issue 22), kept
 * apart from the rule so that record text is handled in one small module.
 */
import type { SupervisionRow } from '../../src/model/tables.js';
import { describeSentenceFeature, sentenceFeature } from './supervisionSentence.js';
import type { Explanation, SupervisionScorer } from './supervisionText.js';

const EXCERPT_CHARS = 200;

/** The text excerpt shown in the HTML/PDF report only: whitespace folded, at most 200 characters. */
export function excerpt(r: SupervisionRow): string {
  const text = [r.recordText, r.actions]
    .filter((t): t is string => t !== null && t.trim() !== '')
    .join(' | Actions: ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
}

const EXPLAINED_LABELS = {
  childFocus: 'Child focus',
  reflection: 'Reflection',
  actions: 'Action with a timescale',
  reviewsPrevious: 'Reviews last actions',
} as const;

/** How a model feature reads in the explanation: folded names, numbers and dates in brackets, a sentence feature described. */
const shown = (key: string): string =>
  sentenceFeature(key) >= 0
    ? describeSentenceFeature(key)
    : key
        .replace(/<name>/g, '[name]')
        .replace(/<num>/g, '[number]')
        .replace(/<date>/g, '[date]');

/**
 * Why each criterion was judged present or not (issue 22): the lexicon words that made it present,
 * at most two, or that none did; and for a criterion the model judges, the record's words that
 * weighed most for it (or, when judged absent, against it), at most three, and whether the model
 * overturned the lexicon; `followsUp` when the record was found reviewing the last actions by what
 * it says of the previous record's items, and `copied` when it is a copy of it (no review then). Shown with the excerpt, so HTML/PDF only — never in JSON
 * or CSV, never under --pseudonymise (the report drops every excerpt then).
 */
export function explanation(scorer: SupervisionScorer, r: SupervisionRow, followsUp = false, copied = false): string {
  // Read on the row's date, as the verdict was (StaleDates).
  const ex: Explanation = scorer.explain(r.recordText, r.actions, r.supervisionDate);
  const weighed = scorer.weigh(r.recordText, r.actions, r.supervisionDate);
  // Found with the child's previous record (supervisionFollowUp), not by this record's words alone.
  const followed = followsUp && !(weighed.get('reviewsPrevious')?.present ?? ex.reviewsPrevious.length > 0);
  const parts = (Object.keys(EXPLAINED_LABELS) as (keyof typeof EXPLAINED_LABELS)[]).map((c) => {
    const found = [...new Set(ex[c])];
    // Round 28: a copied record's review is the last record's carried forward, whatever its words.
    if (c === 'reviewsPrevious' && copied && (found.length > 0 || weighed.get(c)?.present === true))
      return `${EXPLAINED_LABELS[c]}: none, the record is copied from the previous one (its review carried forward)`;
    let part =
      c === 'reviewsPrevious' && followed
        ? `${EXPLAINED_LABELS[c]}: says what became of an item of the previous record's actions`
        : found.length === 0
          ? `${EXPLAINED_LABELS[c]}: no words found`
          : `${EXPLAINED_LABELS[c]}: ${found
              .slice(0, 2)
              .map((w) => `“${w}”`)
              .join(', ')}${found.length > 2 ? ` and ${found.length - 2} more` : ''}`;
    const m = weighed.get(c);
    // The model's verdict set aside: the record is about an unborn baby (round 17).
    if (c === 'childFocus' && ex.unborn !== undefined) return `${part}, none for an unborn baby (“${ex.unborn}”)`;
    // Round 43: every cue named the worker or the supervisor of the record's heading (supervisionStaff).
    if (c === 'childFocus' && ex.staff !== undefined) return `${part}, none: the words name the staff (“${ex.staff}”)`;
    // Words found with no lexicon evidence and the model against: an earlier item ticked off with
    // its outcome ("CMH 9/12 – done"), which the scorer adds after the model (round 15).
    if (m !== undefined && c === 'reviewsPrevious' && !m.present && !m.lexicon && found.length > 0) {
      part += ' (an earlier item ticked off with its outcome)';
    } else if (m !== undefined) {
      // Words only (not the lexicon's evidence, already named above), on the side of the verdict.
      const words = m.weighed
        .filter((w) => !w.key.includes(':') && (m.present ? w.weight > 0 : w.weight < 0))
        .slice(0, 3)
        .map((w) => `“${shown(w.key)}”`);
      if (words.length > 0) part += `, model words ${m.present ? 'for' : 'against'}: ${words.join(', ')}`;
      if (m.present !== m.lexicon) part += m.present ? ' (found by the model)' : ' (overturned by the model)';
      // Round 22: on a record about the worker the model alone decides child focus; say why.
      if (c === 'childFocus' && ex.worker !== undefined) part += ` (the record is about the worker: “${ex.worker}”)`;
      // Round 23: every cue a bare name or pronoun with a verb, so the model alone decides; say so.
      else if (c === 'childFocus' && ex.bare === true) part += ' (the child named only by a name or pronoun)';
      // Round 24: the child's voice named only as a topic, or a heading with nothing quoted under it.
      else if (c === 'childFocus' && ex.alone !== undefined) part += ALONE[ex.alone];
      // Round 34: no one sentence conveys the child's experience by itself; name the nearest.
      if (c === 'childFocus' && ex.thin !== undefined)
        part += ` (no one sentence conveys it alone; nearest: “${ex.thin}”)`;
    }
    return part;
  });
  return `Why: ${parts.join('; ')}.`;
}

/** What the "Why:" says when the model alone decided child focus for want of the child's own account (round 24). */
const ALONE = {
  topic: " (the child's voice named only as a topic)",
  heading: " (a child's-voice heading with no one's words quoted)",
} as const;
