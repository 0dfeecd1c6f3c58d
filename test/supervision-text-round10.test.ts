/**
 * Issue 22, round 10 (s22-acc): reflection false alarms on the development material grouped by
 * kind (Signs of Safety danger statements and safety goals, bare verdicts and stances, reasons that
 * are no reason, a parent's, a child's or another agency's reflection), reviews written as status
 * lists without a heading, and a worker's name taken for a child's. Every sentence here is new,
 * written for this test, not a corpus record; each test holds a kind and its near miss, what must
 * still count.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const score = (t: string, actions: string | null = null) => scorer.scoreRecord(t, actions);
const cf = (t: string) => score(t).childFocus;
const refl = (t: string) => score(t).reflection;
const reviews = (t: string) => score(t).reviewsPrevious;

describe('reflection: Signs of Safety statements written to a formula', () => {
  it('a worry that professionals or services hold collectively is the danger statement’s voice', () => {
    expect(refl('Professionals are worried that Skye will keep going missing.')).toBe(false);
    expect(refl("Children's Services are worried that Kai could be hurt.")).toBe(false);
    expect(refl('Social workers are worried that Lacey may be neglected.')).toBe(false);
    // The practitioners' own worry stays theirs.
    expect(refl('SW is worried that Skye will keep going missing because nobody knows who she meets.')).toBe(true);
  });

  it('a worry that the children will come to harm on a condition is the formula, not weighing', () => {
    expect(refl('We are worried that Theo (5) and Ruby (3) will be hurt if mum and dad fight.')).toBe(false);
    expect(refl('I am worried that Poppy could be left alone when mum drinks.')).toBe(false);
    // No condition: the supervisor's own worry, as before; and a worry about something else.
    expect(refl('We are worried that Theo will be hurt.')).toBe(true);
    expect(refl("I am worried that mum's account keeps changing because the dates never match.")).toBe(true);
  });

  it('text under a danger statement or safety goal heading is never reflection, still child focus', () => {
    expect(refl('Danger statement: we are worried that Amira (14) is being groomed because she meets older men.')).toBe(
      false,
    );
    expect(refl('Safety goal: Leo will be cared for by a sober adult, so he is safe at night.')).toBe(false);
    expect(cf('Harm statement: Jack (6) told SW he hides under his bed when dad shouts.')).toBe(true);
    // The worry with its ground, written outside the formula, is weighed.
    expect(refl('We are worried that Amira (14) is being groomed because she meets older men.')).toBe(true);
    // A score with its reason under the next heading still counts.
    expect(refl('Danger statement: we are worried Leo will be hurt.\nScaling: 3 because mum let dad back in.')).toBe(
      true,
    );
  });
});

describe('reflection: verdicts and stances that need a reason', () => {
  it('a stance or a verdict alone is not analysis', () => {
    expect(refl('SW thinks the move is the right decision.')).toBe(false);
    expect(refl('Worker feels stuck.')).toBe(false);
    expect(refl('Legal advise threshold is met.')).toBe(false);
    expect(refl('Curious about dad.')).toBe(false);
    expect(refl('Scale 6 up from 3.')).toBe(false);
  });

  it('with its reason it is', () => {
    expect(refl('SW thinks the move is the right decision because mum is safer near her sister.')).toBe(true);
    expect(refl('Scale 6 up from 3 because dad has moved out and the police have not been called.')).toBe(true);
  });

  it('“the analysis” names a topic or a document’s section', () => {
    expect(refl('Went through the analysis section of his report.')).toBe(false);
    expect(refl('The analysis is weak because it never says what the drinking means for Leo.')).toBe(true);
  });
});

describe('reflection: reasons that are no reason', () => {
  it('“as” naming how someone came across, “but” joining two descriptions, “due” as a date', () => {
    expect(refl('Analysis: the flat was warm and clean today and mum presented as tired and flat.')).toBe(false);
    expect(refl('Analysis: Lily is settled in her placement but still hoping to return home.')).toBe(false);
    expect(refl('Analysis: Noor is a young carer in all but name at home.')).toBe(false);
    expect(refl("Worries: Tilly wandering at night. Mum's tiredness, baby due August.")).toBe(false);
    expect(refl('Worries: Harvey has been missing three times since half term.')).toBe(false);
    expect(refl('Worries: parents separated. Aunt has put herself forward as a carer.')).toBe(false);
  });

  it('the near misses: a contrast with its own clause, “due to”, a cause after “since”', () => {
    expect(
      refl('Analysis: the flat was clean, but the hair strand test is positive again and mum denies drinking.'),
    ).toBe(true);
    expect(refl('Worries: Tilly wandering at night due to the broken lock on the back door.')).toBe(true);
    expect(refl('Analysis: her mood has improved since starting counselling, so stepping down is right.')).toBe(true);
  });
});

describe('reflection: the family’s, the child’s or another agency’s', () => {
  it('what a parent or the child reflects on, and the clause it opens, is theirs', () => {
    expect(
      refl('Mum reflected on the impact of her drinking and said she wants to change because she loves them.'),
    ).toBe(false);
    expect(refl('Dad was able to reflect on why he gets angry, saying it is because of his own childhood.')).toBe(
      false,
    );
    expect(refl('Mum acknowledged the concerns and reflected that she needs help.')).toBe(false);
    expect(refl('The IRO reflected that the plan is drifting.')).toBe(false);
    expect(score('Emma (12) reflected that she felt safer now dad has gone.')).toMatchObject({
      childFocus: true,
      reflection: false,
    });
  });

  it('the practitioners’ analysis after it stays theirs', () => {
    expect(refl('Mum reflected on it and we considered whether she can keep the children safe.')).toBe(true);
    expect(refl('The IRO reflected that the plan is drifting and I agree, because nothing has changed for Leo.')).toBe(
      true,
    );
  });
});

describe('reviews of the last actions without a heading', () => {
  it('one item with its status closing a sentence that opens with the last meeting', () => {
    expect(reviews('Previous: dentist appointment - not attended again.')).toBe(true);
    expect(reviews('Previous: book annual leave - not booked, carry forward.')).toBe(true);
    // History, not a review: a person after the last-meeting word, and the sentence goes on.
    expect(reviews('Previous SW completed the assessment in March and closed the case.')).toBe(false);
  });

  it('a status list: two short items running, each closed by done or outstanding', () => {
    expect(reviews('Core group held; first CP visit done; food bank referral - done.')).toBe(true);
    expect(reviews('PEP - done. Life story work - outstanding. Sammy wants to see his brothers.')).toBe(true);
    // This month's events are not a list of last time's actions.
    expect(reviews('Letter before proceedings sent. Legal planning meeting booked.')).toBe(false);
    expect(reviews('Referral done.')).toBe(false);
  });
});

describe('child focus: the worker’s name and the child’s', () => {
  it('a name back from or on leave is staff', () => {
    expect(cf('Kerry back from leave. Kerry said it felt uncomfortable to challenge the housing team.')).toBe(false);
    expect(cf('Sam on annual leave. Sam said he felt stuck with the Doherty case.')).toBe(false);
    expect(cf('Kerry back from school said she is scared of dad.')).toBe(true);
  });

  it('a child’s name with ’s after a practitioner label that opens the sentence is the child’s', () => {
    expect(cf("TM: Hamza's words 'I don't want to go home' need to be at the top of this record.")).toBe(true);
    // A practitioner's title before a plain name is the adult's.
    expect(cf('TM Hamza said he felt anxious about the visit.')).toBe(false);
  });
});
