/**
 * Issue 22, generalising: kinds of phrasing the detector judged wrongly on the development material
 * (the style corpus's dev part and the old outside set), each written here afresh in other words,
 * so a test checks the kind of phrasing and not one record. Each failed before the change it names.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const score = (t: string, actions: string | null = null) => scorer.scoreRecord(t, actions);
const cf = (t: string) => score(t).childFocus;
const rf = (t: string) => score(t).reflection;

describe('child focus: whose words, in a record about the worker', () => {
  it('a reflection in the same sentence does not make the worker’s words the child’s', () => {
    // The matcher's "child focus rests on a pronoun" flag was overwritten by the next phrase set.
    expect(
      cf('NQSW supervision. We explored why her visits overrun: she said she worries about forgetting things.'),
    ).toBe(false);
    expect(
      cf('ASYE supervision. We considered whether she is ready for court work; she told me she feels nervous.'),
    ).toBe(false);
    // Outside a record about the worker the same words are the child's.
    expect(cf('We explored why the placement is wobbling: she said she misses her brother.')).toBe(true);
  });
  it('an adult reporting on a named child is the adult’s account', () => {
    expect(cf('Dad reports Maisie eats well and goes to bed at seven.')).toBe(false);
    expect(cf('The foster carer said Kian is settled.')).toBe(false);
    expect(cf('Maisie told me she likes her new school.')).toBe(true);
  });
});

describe('child focus: the child as the subject of what was observed', () => {
  it('observed presentation, ages in months and weeks, adverbs between child and act', () => {
    expect(cf('Baby Ruby (7 months) was lying in her cot and smiled at the worker.')).toBe(true);
    expect(cf('Oscar (3 weeks) feeding well, observed by the HV.')).toBe(true);
    expect(cf('Finn observed to be pale and quiet throughout.')).toBe(true);
    expect(cf('Both boys still describe the flat as cold at night.')).toBe(true);
    expect(cf('The youngest often wakes crying after contact.')).toBe(true);
    expect(cf('Ella (4) hiding under the table when the door went.')).toBe(true);
  });
  it('absence without no/not at its head is still absence', () => {
    expect(cf('Home visits done. His voice could not be captured during this period.')).toBe(false);
    expect(cf('The twins’ views: their voice is not in the plan yet.')).toBe(false);
  });
  it('a template heading followed by the council’s own field, or the next field on its line, is empty', () => {
    expect(cf("Child's voice:\nSummary of discussion: father has moved out; police NFA.")).toBe(false);
    expect(rf('Analysis:\nDecision: step down to early help and close the case to CSC.')).toBe(false);
    // A child's name and a colon on the next line is the child's words, so the heading counts.
    expect(cf("Child's voice:\nMia: 'I want to stay at nanny's'")).toBe(true);
  });
});

describe('reflection: analysis phrased in other words, and what only looks like it', () => {
  it('what something means for the child, what sits behind it, what was assumed or underestimated', () => {
    expect(rf('We talked about what the caring role means for him at fourteen.')).toBe(true);
    expect(rf('We discussed what might sit behind the missed appointments.')).toBe(true);
    expect(rf('We have underestimated how much the move unsettled her.')).toBe(true);
    expect(rf('The plan was built on dad being the carer because we assumed the couple would stay together.')).toBe(
      true,
    );
    expect(rf('The worker wondered if the regression is about contact.')).toBe(true);
    expect(rf("I'm concerned we have treated her attendance as a sign that home is fine.")).toBe(true);
    expect(rf('Impact on Kai: hungry at school, tired in class.')).toBe(true);
  });
  it('a worry the child voices, a bare verdict or impact, agreeing with another’s analysis: not analysis', () => {
    expect(score('He is worried about where he will live after eighteen.')).toMatchObject({
      childFocus: true,
      reflection: false,
    });
    expect(rf('We are worried about where he will live after eighteen.')).toBe(true);
    expect(rf('Risk analysis: Risk remains.')).toBe(false);
    expect(rf('Risk remains high because dad is still visiting.')).toBe(true);
    expect(rf('Discussed the benefits cap impact on the household.')).toBe(false);
    expect(rf('TM oversight: I agree with the SW analysis. Plan continues.')).toBe(false);
    // A reason given by the child under the next field is not a reason for the worry.
    expect(
      rf("Worries: the new partner is unknown to services. Good: Amy (9) likes him because 'he fixed my bike'."),
    ).toBe(false);
    expect(rf('Worries: the new partner is unknown to services, so checks are needed before he stays over.')).toBe(
      true,
    );
  });
});

describe('reviews of the last actions and timescales in other shorthand', () => {
  const rv = (t: string) => score(t).reviewsPrevious;
  it('a label alone on its line counts for nothing', () => {
    expect(rv('Reason for supervision: monthly.\nPrevious actions reviewed:\nActions:\nAOB: none.')).toBe(false);
    expect(rv('Previous actions reviewed: referral made, school spoken to.')).toBe(true);
  });
  it('items reviewed as not done are still a review; a heading opening with a negation is not', () => {
    expect(rv('Previous actions: bus pass – not done, form lost; GP letter – sent.')).toBe(true);
    expect(rv('Previous actions: not reviewed this month.')).toBe(false);
  });
  it('shorthand for the last actions, and "Weds" as a weekday', () => {
    expect(rv('Prev actions ✓ ✗ – referral not made, SW off sick.')).toBe(true);
    expect(rv("Last time's actions: chronology – done.")).toBe(true);
    expect(score('Case discussed.', 'Chronology to be updated by Weds.').actions).toBe(true);
  });
});
