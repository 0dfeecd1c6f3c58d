/**
 * Issue 22, round 41 (s22-acc45): a child's-voice heading written with the child's name ("Emily's
 * voice:", "Jordan's wishes and feelings:") is read as the template's "Child's voice:" heading
 * (rules/lib/supervisionNamedHeading.ts): the text under it decides, not the heading's own words.
 * Every record here is written for this test, not a corpus record.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../src/engine/paths.js';
import { compileLexicon, loadLexicon } from '../rules/lib/supervisionLexicon.js';
import { createScorer } from '../rules/lib/supervisionText.js';

const lex = loadLexicon();
// The lexicon alone (no model): what its phrases and headings find.
const lexiconOnly = createScorer(lex, null);
const focus = (text: string, scorer = lexiconOnly): boolean => scorer.scoreRecord(text, null).childFocus;
const cues = (text: string): readonly string[] => lexiconOnly.explain(text, null).childFocus;

describe("round 41: a named child's-voice heading is the child's-voice heading", () => {
  it('says nothing of the child when the text under it is an absence, a pointer or empty', () => {
    // Before round 41 the heading's own words ("{childs} voice") were child focus, whatever followed.
    expect(focus("Supervision 3/3 - Mia Cole (15)\nMia's voice: Mia has not engaged with her worker this month.")).toBe(
      false,
    );
    expect(
      cues("Supervision 3/3 - Mia Cole (15)\nMia's voice: Mia has not engaged with her worker this month."),
    ).toEqual([]);
    expect(focus("Supervision 4/3\nSam and Lola's voice: see ISW report.\nPLO review to be arranged.")).toBe(false);
    expect(focus("Supervision 5/3 - Kai Hart (7)\nKai's wishes and feelings: N/A\nReferral made.")).toBe(false);
    expect(focus("Supervision 5/3 - Kai Hart (7)\nReferral made 2/3.\n- Kai's voice:")).toBe(false);
  });

  it('credits what the child said or did under it, as under "Child\'s voice:"', () => {
    const text = "Supervision 6/3 - Jordan Price (9)\nJordan's wishes and feelings: Jordan wants to live with his nan.";
    expect(focus(text)).toBe(true);
    expect(cues(text)).toContain('text under the heading "Jordan\'s wishes and feelings"');
    expect(cues(text)).toContain('jordan wants');
    expect(focus("Ellie's voice - Ellie told me she is scared when dad shouts at night.")).toBe(true);
    // The same words under the template's heading judge alike.
    const named = "Supervision 3/3 - Mia Cole (15)\nMia's voice: Mia has not engaged with her worker this month.";
    expect(focus(named)).toBe(focus(named.replace("Mia's voice:", "Child's voice:")));
  });

  it('near misses: an adult, a view, feelings alone, no colon, mid-line: read as before', () => {
    // "Mum" is never a name: her voice is no child's heading, and her words are hers.
    expect(cues("Mum's voice: she is exhausted.")).not.toContain('text under the heading "Mum\'s voice"');
    // A name's view or feelings is as often an adult's or the worker's: still read as prose.
    expect(cues("Carol's view: this is the first breach in three months.")).toContain("carol's view");
    expect(cues("Priya's feelings: she felt anxious before the visit.")).toContain("priya's feelings");
    // Without a colon or dash, or after other words on its line, it is prose.
    expect(cues("Supervision 3/3. Mia's voice is clear in the plan.")).toContain("mia's voice");
    expect(cues("Discussed today. Mia's voice: she wants to stay.")).toContain("mia's voice");
  });

  it("a council's lexicon whose account and topic classes share no word reads the heading as prose", () => {
    const own = JSON.parse(readFileSync(dataPath('supervision-lexicon.json'), 'utf8')) as {
      wordClasses: Record<string, string[]>;
    };
    own.wordClasses.account = own.wordClasses.account!.filter((w) => !own.wordClasses.topic!.includes(w));
    const scorer = createScorer(compileLexicon(own), null);
    expect(
      focus("Supervision 3/3 - Mia Cole (15)\nMia's voice: Mia has not engaged with her worker this month.", scorer),
    ).toBe(true);
  });
});
