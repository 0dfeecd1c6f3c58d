/**
 * Issue 22, round 2 of generalising (the third outside corpus, studied after it was measured
 * blind): kinds of phrasing it showed the detector misreading, each judged wrongly before the rule
 * it names. The sentences are new ones of each kind, not the corpus's records. Child focus: an
 * adult's account of how the children are, a pronoun that stands for an adult or for the child, a
 * voice heading that says the voice is absent or only planned, a worker's own wellbeing.
 * Reflection: the supervisor's reasoning without signal words, and a grading that gives no reason.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const score = (t: string, actions: string | null = null) => scorer.scoreRecord(t, actions);
const cf = (t: string) => score(t).childFocus;
const rf = (t: string) => score(t).reflection;

describe('child focus: whose account, whose pronoun', () => {
  it("a parent's or carer's report of how the children are is their account; a professional's is an observation", () => {
    expect(cf('Dad feels the girls are settled at their nan’s.')).toBe(false);
    expect(cf('Carer says the twins sleep through now.')).toBe(false);
    expect(cf('Mum reports the baby is taking her bottles.')).toBe(false);
    expect(cf("HV reports the baby's weight has dropped.")).toBe(true);
    expect(cf('The girls were giggling in the garden when SW arrived.')).toBe(true);
  });
  it("a pronoun after a sentence-opening pronoun for an adult is the adult's, unless a name comes between", () => {
    expect(cf('Mum was angry at the core group. She said she felt blamed by school.')).toBe(false);
    expect(cf('Mum was angry at the core group. She said Ava (6) felt scared of dad.')).toBe(true);
  });
  it('the worker seeing or asking the child does not make the pronoun after the worker’s', () => {
    expect(cf('On the visit SW observed he hid behind the sofa when dad came in.')).toBe(true);
    expect(cf('When SW asked him about school, he said he has no friends.')).toBe(true);
    expect(cf('SW said she was tired after the visit.')).toBe(false);
  });
});

describe('child focus: a voice heading that says the voice is absent or only planned', () => {
  it('absence in the first sentence earns the heading nothing', () => {
    expect(cf("Child's voice: Leo's voice is absent this month as he was at respite.")).toBe(false);
    expect(cf("Child's voice: Baby Mia was asleep so could not be observed.\nAnalysis: -")).toBe(false);
    expect(cf("Child's voice: Leo said he likes his new room.")).toBe(true);
  });
  it('a voice heading however written, left empty or planned', () => {
    expect(cf('CHILD VOICE - \nANALYSIS - \nACTIONS - ongoing')).toBe(false);
    expect(cf('Wishes and feelings of the CYP: these were not gathered this month.')).toBe(false);
    expect(cf("Review done. Child's wishes and feelings: to be sought at the next visit.")).toBe(false);
  });
  it("a worker's own wellbeing in supervision is the worker's", () => {
    expect(cf('Wellbeing discussed. Priya says she is exhausted after two duty weeks.')).toBe(false);
    expect(cf('Offered EAP. Tom said he feels anxious about giving evidence.')).toBe(false);
  });
});

describe('reflection without signal words', () => {
  it("the supervisor's unease or what struck them, with what it rests on", () => {
    expect(rf('What struck me was that the school and the GP describe two different families.')).toBe(true);
    expect(rf("I'm uneasy: every line of this assessment is dad's own account.")).toBe(true);
  });
  it('an inference to a cause, a pattern read, a change in understanding', () => {
    expect(rf('The dates point to the contact weekends every time.')).toBe(true);
    expect(rf('This fits with Kai being the one who gets overlooked at home.')).toBe(true);
    expect(rf('Her refusal may be related to the new partner moving in.')).toBe(true);
    expect(rf('It looks more like grief than defiance.')).toBe(true);
    expect(rf('We asked what has changed since the last conference.')).toBe(true);
    expect(rf('We thought about how her own childhood shapes her parenting.')).toBe(true);
  });
  it('a child pointing to a picture is no inference', () => {
    expect(rf('Asked to point to how she feels at home, Ruby pointed to the sad face.')).toBe(false);
    expect(rf('Leo kept pointing to the door when dad was mentioned.')).toBe(false);
  });
  it('a grading gives no reason, a bare verdict on a plan needs one; a cause does', () => {
    expect(rf('Risk is assessed as low. Plan continues.')).toBe(false);
    expect(rf('TM agreed the plan remains proportionate.')).toBe(false);
    expect(rf('Analysis: the cancelled contacts are causing Jay real distress at school.')).toBe(true);
  });
  it('a topic not covered says nothing', () => {
    expect(rf('Experience/reflection/analysis: not covered this session due to time.')).toBe(false);
  });
});
