/**
 * Issue 22, round 24 (s22-acc25): two more places where the lexicon's child focus no longer stands
 * by itself and the model, weighing the whole record, decides. A cue made only of the words of the
 * lexicon's `topic` class names the child's voice as a subject of the supervision ("we discussed
 * the voice of the child in his statements"), not what the child said, felt or did; and text under
 * a child's-voice heading stands only when the record quotes someone's words ("Child's voice: Ava
 * - 'I want to stay with Nan'"), since without a quotation it is as often a label or a pointer
 * ("Child's voice: pre-verbal."). Every record here is new, written for this test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';
import { compileLexicon } from '../rules/lib/supervisionLexicon.js';
import { explanation } from '../rules/lib/supervisionExcerpts.js';
import { quotes } from '../rules/lib/supervisionStanding.js';
import type { SupervisionRow } from '../src/model/tables.js';

const scorer = createScorer(loadLexicon());
const lexOnly = createScorer(loadLexicon(), null);
const row = (recordText: string): SupervisionRow => ({ recordText, actions: null }) as unknown as SupervisionRow;

const TOPIC =
  'Reflective supervision with Tomasz. We discussed the voice of the child in his court statements and how to keep it central when deadlines press. He will re-read two statements. Plan: bring them to supervision on 14/03.';
const TOPIC_AND_ACCOUNT =
  'Reflective supervision with Tomasz. We discussed the voice of the child in his statements. Mia told me she hates the new school bus and cries before it comes. Plan: Tomasz to speak to the school by 14/03.';
const FORM = 'SUPERVISION RECORD\nWorker: Dan Hale   Supervisor: Ruth Cole   Date: 12/03/2027\n';
const HEADING_LABEL = `${FORM}Child's voice: pre-verbal.\nAnalysis: step-down to early help agreed at panel.\nActions: closure summary by 20/03.`;
const HEADING_QUOTE = `${FORM}Child's voice: Ava - 'I want to stay with Nan'.\nAnalysis: Trauma.\nActions: closure summary to be completed and sent to early help by 20/03.`;

describe("the child's voice named as a topic", () => {
  it('the lexicon reads it as child focus; the whole scorer lets the model decide, and says why', () => {
    expect(lexOnly.explain(TOPIC, null).childFocus).toEqual(['voice of the child']);
    expect(lexOnly.scoreRecord(TOPIC, null).childFocus).toBe(true);
    expect(scorer.explain(TOPIC, null).alone).toBe('topic');
    expect(scorer.scoreRecord(TOPIC, null).childFocus).toBe(false);
    expect(explanation(scorer, row(TOPIC))).toContain("(the child's voice named only as a topic)");
  });

  it("beside the child's own account, the record stands", () => {
    expect(scorer.explain(TOPIC_AND_ACCOUNT, null).childFocus).toEqual(['voice of the child', 'mia told me']);
    expect(scorer.explain(TOPIC_AND_ACCOUNT, null).alone).toBeUndefined();
    expect(scorer.scoreRecord(TOPIC_AND_ACCOUNT, null).childFocus).toBe(true);
  });

  it("is the lexicon's data: without the topic class the cue stands as before", () => {
    const raw = JSON.parse(readFileSync('data/supervision-lexicon.json', 'utf8')) as {
      wordClasses: Record<string, string[]>;
    };
    delete raw.wordClasses.topic;
    const without = createScorer(compileLexicon(raw));
    expect(without.explain(TOPIC, null).alone).toBeUndefined();
    expect(without.scoreRecord(TOPIC, null).childFocus).toBe(true);
  });
});

describe("a child's-voice heading", () => {
  it('with no one quoted, the model decides, and the explanation says so', () => {
    expect(lexOnly.explain(HEADING_LABEL, null).childFocus).toEqual(['text under the heading "Child\'s voice"']);
    expect(lexOnly.scoreRecord(HEADING_LABEL, null).childFocus).toBe(true);
    expect(scorer.explain(HEADING_LABEL, null).alone).toBe('heading');
    expect(scorer.scoreRecord(HEADING_LABEL, null).childFocus).toBe(false);
    expect(explanation(scorer, row(HEADING_LABEL))).toContain("(a child's-voice heading with no one's words quoted)");
  });

  it("with the child's words quoted, it stands", () => {
    expect(scorer.explain(HEADING_QUOTE, null).alone).toBeUndefined();
    expect(scorer.scoreRecord(HEADING_QUOTE, null).childFocus).toBe(true);
  });

  it('a quotation opens with a quote mark before a letter; an apostrophe in a word is none', () => {
    expect(quotes("Child's voice: the child's experience of school")).toBe(false);
    expect(quotes(null)).toBe(false);
    for (const t of ["Kai - 'dad only breaks things'", 'She said "no"', 'Voice: ‘I miss Nan’', '“Why me?”'])
      expect(quotes(t)).toBe(true);
  });
});
