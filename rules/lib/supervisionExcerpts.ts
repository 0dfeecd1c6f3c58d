/**
 * The record excerpts and "why" explanations shown in the HTML/PDF report only (issue 22), kept
 * apart from the rule so that record text is handled in one small module.
 */
import type { SupervisionRow } from '../../src/model/tables.js';
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

/**
 * Why each criterion was judged present or not (issue 22): the words that made it present, at
 * most two per criterion, or that none did. Shown with the excerpt, so HTML/PDF only — never in
 * JSON or CSV, never under --pseudonymise (the report drops every excerpt then).
 */
export function explanation(scorer: SupervisionScorer, r: SupervisionRow): string {
  const ex: Explanation = scorer.explain(r.recordText, r.actions);
  const parts = (Object.keys(EXPLAINED_LABELS) as (keyof Explanation)[]).map((c) => {
    const found = [...new Set(ex[c])];
    if (found.length === 0) return `${EXPLAINED_LABELS[c]}: no words found`;
    return `${EXPLAINED_LABELS[c]}: ${found
      .slice(0, 2)
      .map((w) => `“${w}”`)
      .join(', ')}${found.length > 2 ? ` and ${found.length - 2} more` : ''}`;
  });
  return `Why: ${parts.join('; ')}.`;
}
