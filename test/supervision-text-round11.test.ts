/**
 * Issue 22, round 11 (s22-acc): timescales and action cues missed on writing from outside the
 * project (outside19 to outside21: actions recall 82-87%). A day of the month alone is a timescale
 * ("on the 4th", "w/c 15th"); an agent named or by role given a task with "to" is an action cue
 * ("Holly to raise", "PA to view", "Nursery to keep"); a request to the worker ("Please bring",
 * "Can you do") is one too. Every sentence here is new, written for this test, not a corpus record;
 * each test holds a kind and its near misses, what must not count.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const actions = (t: string, column: string | null = null) => scorer.scoreRecord(t, column).actions;

describe('actions: a day of the month is a timescale', () => {
  it('on the 4th, on 26th, w/c 15th, a weekday with an ordinal', () => {
    expect(actions('SW to attend the core group on the 9th.')).toBe(true);
    expect(actions('SW to visit the foster carer on 26th to talk about contact.')).toBe(true);
    expect(actions('Actions: SW to ask the school for attendance figures w/c 15th.')).toBe(true);
    expect(actions('TM to chase the legal gateway decision Thursday 21st.')).toBe(true);
  });

  it('a day of the month in a sentence with no task stays a date, not an action', () => {
    expect(actions('The referral to CAMHS went in on the 6th.')).toBe(false);
    expect(actions('Nursery said Tia started there on the 3rd.')).toBe(false);
  });
});

describe('actions: someone given a task with "to"', () => {
  it('a worker named, or a role, then "to" and a task verb', () => {
    expect(actions('Priya to raise the bedwetting at the CIN meeting on 8/12.')).toBe(true);
    expect(actions('PA to view the flat with Shanice w/c 3rd Feb.')).toBe(true);
    expect(actions('Nursery to keep a food diary from Monday for two weeks.')).toBe(true);
    expect(actions('Marcus to bring the chronology back to supervision on Tuesday.')).toBe(true);
  });

  it('a wish or a task without a timescale is not an action with a timescale', () => {
    // The child's wish that a parent go somewhere is the child's voice, not a task.
    expect(actions('Lily said she wants Mum to go to the meeting on Tuesday.')).toBe(false);
    expect(actions('Lily wants to go to her nan’s on the 4th.')).toBe(false);
    expect(actions('Priya to raise the bedwetting at the CIN meeting.')).toBe(false);
  });
});

describe('actions: a request to the worker', () => {
  it('"please" or "can you" before a task verb, with a timescale', () => {
    expect(actions('Please bring the completed neglect toolkit to our session on 8 Nov.')).toBe(true);
    expect(actions('Can you do an unannounced visit before school one day this week?')).toBe(true);
    expect(actions('Could you ring the health visitor on the 12th?')).toBe(true);
  });

  it('"please note" and a question with no timescale are not', () => {
    expect(actions('Please note mum was seen at the clinic on the 4th.')).toBe(false);
    expect(actions('Can you bring the genogram next time?')).toBe(false);
  });
});

describe('actions: an urgent meeting set for today or tomorrow', () => {
  it('a strategy discussion or a CP medical today or tomorrow is the action and its timescale', () => {
    expect(actions('New disclosure at school. Strategy discussion today at 2pm.')).toBe(true);
    expect(actions('Bruise to the cheek of a non-mobile baby. CP medical tomorrow.')).toBe(true);
    expect(actions('Police aware. Strategy tomorrow with the DSL.')).toBe(true);
  });

  it('one that took place, or one with no day, is not', () => {
    expect(actions('The strategy discussion took place on the 3rd with police and health.')).toBe(false);
    expect(actions('A strategy discussion may be needed if she goes missing again.')).toBe(false);
  });
});

describe('child focus: a child’s views or routines named, not given', () => {
  const cf = (t: string) => scorer.scoreRecord(t, null).childFocus;

  it('naming the views or the routines says nothing of the child', () => {
    expect(cf('The children’s views were sought at the visit.')).toBe(false);
    expect(cf('Leo’s views were gathered by his advocate.')).toBe(false);
    expect(cf('We talked about the children’s routines and how mum manages the mornings.')).toBe(false);
  });

  it('what the child said or does about them still counts', () => {
    expect(cf('Her views are that she wants to live with her nan.')).toBe(true);
    expect(cf('Ella’s views: she wants to see dad more often.')).toBe(true);
    expect(cf('Ruby’s routine: she gets herself up and makes her own toast.')).toBe(true);
  });
});
