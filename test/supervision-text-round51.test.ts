/**
 * Issue 22, round 51 (s22-cf51): child focus's misses on outside106-109 (four writers measured blind in the
 * thirty-second session, development material since), each kind kept only where it also paid on outside2-105.
 *
 * Step 2: the child's voice named absent ("Ruby's voice absent from this visit"), as a topic discussed with the
 * child named by role ("Voice of the child discussed"), or as a value ("Skye's voice is central to Sam's practice").
 * Round 49's phrases undo "voice discussed" after the voice word; the topic cue "voice of the child" ends in the
 * child's role, so the phrase starts inside it ("child discussed"). Every outside writer labels such a record not
 * child-focused where nothing else conveys the child (on outside2-109: 29 of 29 records with "voice of the child
 * discussed", 2 of 2 with "voice absent", 2 of 2 with the voice "central to"). The lexicon's `negatedAfter` list
 * holds the phrases (data a council extends); a child's words or doings elsewhere in the record still count.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon, type Lexicon } from '../rules/lib/supervisionLexicon.js';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const raw = JSON.parse(readFileSync('data/supervision-lexicon.json', 'utf8')) as Lexicon & { negatedAfter: string[] };
const scorer = createScorer(loadLexicon());
type Scorer = ReturnType<typeof createScorer>;
const cf = (s: Scorer, text: string): boolean => s.scoreRecord(text, null).childFocus;

/** Round 51's phrases: the voice absent, discussed as a topic by the child's role, or named as a value. */
const PHRASES = [
  'voice absent',
  'voices absent',
  'views absent',
  'child discussed',
  'children discussed',
  'child was discussed',
  'children were discussed',
  'child has been discussed',
  'children have been discussed',
  'young person discussed',
  'young person was discussed',
  'is central to',
  'are central to',
  'will be central to',
];
/** The lexicon as it was before round 51 (none of its phrases). */
const before = createScorer(
  compileLexicon({ ...raw, negatedAfter: raw.negatedAfter.filter((p) => !PHRASES.includes(p)) }),
);

// Written for this test: the voice absent, a topic or a value, and nothing of the child's own.
const KIND = [
  "MO 3/3/27 - Leo Hart. Leo's voice absent from this visit as he was at school. Previous actions done. PLO letter sent.",
  'Supervision 11/2/27. Kai Dunn (7). Voice of the child discussed. Strategy meeting held 9/2, S47 continues.',
  "ASYE supervision - 5/3/27 - Amy Lowe. Case: Jodie Price (16). Jodie's voice is central to Amy's practice and she will keep it at the heart of the pathway plan.",
  "Supervision 5/3/27. Jodie Price (16). Jodie's wishes are central to the plan. PA allocated.",
];
// Near misses: the child's own words, feelings or doings in the same record, or the child the subject of "discussed".
// (As with round 49's phrases, a mention within three words after the undone one is undone too: "Voice of the child
// discussed: Ellie said ..." loses the child's words; a full stop between keeps them.)
const NEAR = [
  "Supervision 4/2/27. Leo Hart (8). Leo's voice absent from the core group; at home Leo told the SW he is scared when dad shouts at night.",
  'Supervision 4/2/27. Ellie Rowe (9). Voice of the child discussed. Ellie said she wants to see her nan every Saturday and cries on Sunday nights.',
  'Supervision 11/2/27. The child discussed her worries about school and said she is scared of the older girls on the bus.',
  "Supervision 6/3/27. The young person discussed how he feels about the move to his nan's and said he wants to stay at his school.",
];

describe("round 51, step 2: the child's voice named absent, as a topic discussed or as a value", () => {
  it('the lexicon states the phrases (data a council extends)', () => {
    expect(raw.negatedAfter).toEqual(expect.arrayContaining(PHRASES));
  });

  it('the kind counts for nothing; before round 51 it was child focus', () => {
    for (const text of KIND) {
      expect(cf(scorer, text), text).toBe(false);
      expect(cf(before, text), text).toBe(true);
    }
  });

  it("near misses: the child's own words, feelings or doings still count, before and after", () => {
    for (const text of NEAR) {
      expect(cf(scorer, text), text).toBe(true);
      expect(cf(before, text), text).toBe(true);
    }
  });
});
