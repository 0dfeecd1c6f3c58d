/**
 * Issue 22, round 3 of generalising (the fourth outside corpus, studied after it was measured
 * blind; child focus was the criterion that failed on unseen writing): kinds of phrasing it showed
 * the detector misreading, each judged wrongly before the rule it names. The sentences are new
 * ones of each kind, not the corpus's records.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const cf = (t: string) => scorer.scoreRecord(t, null).childFocus;

describe('child focus: a case example in a record about the worker', () => {
  it("another name than the supervisee's, doing what a child does, is the child's", () => {
    expect(
      cf('Personal supervision, Nadia. PDP reviewed. She raised a home visit. Callum said he hates the new school.'),
    ).toBe(true);
    expect(cf('Supervision with Owen (ASYE, month 5). Case he brought - Ruby seemed frightened of the dog.')).toBe(
      true,
    );
  });
  it("the supervisee's own name is still the worker's, and a name labelling a thing is not the supervisee", () => {
    expect(cf('ASYE supervision. Previous actions done. Nadia says she is sleeping better.')).toBe(false);
    expect(
      cf('NQSW supervision. Previous actions: read the Laming report - done. Owen talked about his first conference.'),
    ).toBe(false);
  });
});

describe('child focus: a child named only as the subject of a task, a gap or the meeting', () => {
  it('a voice marked to be confirmed, outstanding or planned says nothing', () => {
    expect(cf('Core group held. Voice of the child: TBA. Mum engaged.')).toBe(false);
    expect(cf('Direct work with Maisie still outstanding.')).toBe(false);
    expect(cf('SW to get Harvey’s views at the next visit.')).toBe(false);
    expect(cf('Amira was away at her dad’s, so not seen this month.')).toBe(false);
  });
  it('a worker bringing a child’s case, or a question asked of the child’s view, is not the child', () => {
    expect(cf('Kate brought Logan’s case for discussion.')).toBe(false);
    expect(cf('What does Logan say? Nothing recorded yet.')).toBe(false);
  });
  it("a reflective-model 'Feelings' heading is the worker's feelings", () => {
    expect(cf('Feelings/reflection: SW felt anxious before the visit.\nAnalysis: -')).toBe(false);
  });
});

describe('child focus: a child described plainly', () => {
  it('a disclosure idiom, a newborn, a baby seen on a visit (being seen is not enough)', () => {
    expect(cf('Poppy let slip to her teacher that dad sleeps in the car.')).toBe(true);
    expect(cf('Noah (newborn) settled well in the cot.')).toBe(true);
    expect(cf('Ellis was seen at home. Mum says things are better.')).toBe(false);
    expect(cf('Seen on visit - floppy, pale, not feeding well.')).toBe(true);
  });
  it('notes typed in lower case still name the child they introduce', () => {
    expect(cf('monthly supervision, darcy, cin darcy wished for a puppy and her own room')).toBe(true);
    expect(cf('case discussion re kayden (6) kayden appeared withdrawn and would not talk')).toBe(true);
    expect(cf('monthly supervision, darcy, cin mum has moved house, plan unchanged')).toBe(false);
  });
});
