/**
 * Issue 22: the detector reads who a phrase is about and what it is doing, not only which words
 * it holds — each case here was judged wrongly before the rule it names (see the lexicon's
 * description and rules/lib/supervisionMatch.ts).
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon, createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const score = (t: string, actions: string | null = null) => scorer.scoreRecord(t, actions);
const cf = (t: string) => score(t).childFocus;
const rf = (t: string) => score(t).reflection;

describe('child focus: whose words they are', () => {
  it('a name after an adult title or role, or beside one, is the adult for the rest of the record', () => {
    expect(cf('Mrs Patel said she is struggling with the children.')).toBe(false);
    expect(cf('Kelly (mum) came to the visit. Kelly said she is tired.')).toBe(false);
    expect(cf('Foster carer Jane said the placement is going well.')).toBe(false);
    // The adult's name is remembered only within the record, and a name beside an adult in the
    // sentence before is not taken for one.
    expect(cf('Kelly said she is tired.')).toBe(true);
    expect(cf('The visit was with the foster carer. Jane said she misses her brother.')).toBe(true);
  });
  it('a pronoun opening a sentence after one that opened with an adult is the adult’s', () => {
    expect(cf('Mum was tearful. She said she cannot cope.')).toBe(false);
    expect(cf('Mum said Tyler has been unsettled. He said he misses dad.')).toBe(true);
  });
  it('a record about the worker (ASYE, personal supervision) reads names and pronouns as the worker', () => {
    expect(cf('Priya said she feels more confident in court.')).toBe(true);
    expect(cf('ASYE supervision. Priya said she feels more confident in court.')).toBe(false);
    expect(cf('ASYE supervision. We discussed Jade (6), who told Priya she is scared of dad.')).toBe(true);
    expect(scorer.explain('Personal supervision. Priya said she feels tired.', null).childFocus).toEqual([]);
  });
  it('the child’s voice as something to gather or capture is a task, not the voice', () => {
    expect(cf("SW to gather Jack's wishes and feelings.")).toBe(false);
    expect(cf('We discussed how to capture the voice of the child in the assessment.')).toBe(false);
    const visit = score('SW to see Tyler alone by Friday and record what he says.');
    expect(visit).toMatchObject({ childFocus: false, actions: true });
    expect(score('Tyler said he will go to the youth club on Friday.').childFocus).toBe(true);
    expect(score('Lily told me she is scared.', 'Record what Lily says.').childFocus).toBe(true);
    expect(score('Case discussed.', 'Record what Lily says.').childFocus).toBe(false);
  });
  it('the child as the subject of a feeling, a state or an act (word classes)', () => {
    expect(cf('Leo was tearful and clingy.')).toBe(true);
    expect(cf('Noah (4) clung to mum and hid behind the sofa.')).toBe(true);
    expect(cf('Both girls said they want to live with their dad.')).toBe(true);
    expect(cf('The boys told police they were just hanging around the park.')).toBe(true);
    expect(cf('Referral made for Harvey to the speech and language service.')).toBe(false);
  });
  it('text under a child’s-voice heading that opens with an adult or a task does not count', () => {
    expect(cf("Child's voice: Mum says he is fine.")).toBe(false);
    expect(cf("Child's voice: to be seen alone at the next visit.")).toBe(false);
    expect(cf("Child's voice: wants to stay at Nan's.")).toBe(true);
  });
});

describe('reflection: whose worry, and whether it is weighed', () => {
  it('a worry or reflection held by the child or the family is not analysis of practice', () => {
    expect(rf('Mum reflected on her childhood.')).toBe(false);
    expect(score('Tyler is worried about mum.')).toMatchObject({ childFocus: true, reflection: false });
    expect(rf('We are worried that Tyler will be hurt.')).toBe(true);
    // Someone else's reflection does not silence the analysis that follows it, as a negation would.
    expect(rf('Mum reflected on it and we considered whether she can change.')).toBe(true);
  });
  it('a score or a rating counts only with a reason; a verdict on risk is the supervisor weighing it', () => {
    expect(rf('Scaling: 5.')).toBe(false);
    expect(rf('Scaling 5/10.')).toBe(false);
    expect(rf('Scaling 6/10 because police have not been called since January.')).toBe(true);
    expect(rf('MACE panel discussed Tyler; risk rated significant.')).toBe(false);
    expect(rf('Risk rated significant as he has been missing three times.')).toBe(true);
    // A bare verdict on risk is not analysis (V05 and F01 relabelled: no ground is given); with its
    // ground, in the sentence or in an inference just before, it is.
    expect(rf('Risk remains high.')).toBe(false);
    expect(rf('Risk reduced.')).toBe(false);
    expect(rf('Mum continues to minimise the DA. Risk remains high.')).toBe(false);
    expect(rf('Risk remains high because dad still has a key to the flat.')).toBe(true);
    expect(rf("So contact with the ex has resumed, despite mum's account. Risk has increased.")).toBe(true);
    expect(rf('Scaling 5/10 - same as last time.')).toBe(false);
    expect(rf('Analysis - Risk remains as before.')).toBe(false);
    expect(rf("Worries:\ndad's drinking, domestic abuse, school attendance, housing and money.")).toBe(false);
    expect(rf("Worries: dad's drinking is worse since he lost his job, so the evenings are unsafe.")).toBe(true);
  });
});

describe('actions', () => {
  it('a deadline makes an action without a cue, unless it records the past', () => {
    expect(score('ICPC within 15 working days.').actions).toBe(true);
    expect(score('Core group by Friday.').actions).toBe(true);
    expect(score('Child was seen within 10 days of the referral.').actions).toBe(false);
  });
  it('a review of the last actions with their date is not a new action', () => {
    expect(score('Actions agreed on 3 March: referral made, school meeting held.')).toMatchObject({
      actions: false,
      reviewsPrevious: true,
    });
  });
});

describe('lexicon word classes', () => {
  const minimal = {
    negations: ['no'],
    childFocus: ['{name} {feeling}'],
    reflection: ['analysis'],
    reviewsPrevious: ['previous actions'],
    actionCues: ['to'],
    timescales: ['by {weekday}'],
  };
  it('a council can add its own class and use it in a phrase', () => {
    const lex = compileLexicon({ ...minimal, wordClasses: { feeling: ['cheerful'] } });
    expect(createScorer(lex).scoreRecord('Tyler cheerful today.', null).childFocus).toBe(true);
    expect(createScorer(lex).scoreRecord('Tyler tired today.', null).childFocus).toBe(false);
  });
  it('a bad class is a clear error', () => {
    expect(() => compileLexicon(minimal)).toThrow(/unknown placeholder \{feeling\}/);
    expect(() => compileLexicon({ ...minimal, wordClasses: { feeling: ['fed up'] } })).toThrow(/single words/);
    expect(() => compileLexicon({ ...minimal, wordClasses: { feeling: ['sad'], date: ['today'] } })).toThrow(
      /built-in placeholder/,
    );
  });
});
