/**
 * Issue 22, round 38 rebuilt in round 40 (s22-acc44; round 38's branch was lost): reviews of the last
 * actions and actions' timescales, by kind. Every sentence here is new, written for this test, not a
 * corpus record; each test holds a kind and its near misses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../src/engine/paths.js';
import { compileLexicon } from '../rules/lib/supervisionLexicon.js';
import { createScorer } from '../rules/lib/supervisionText.js';
import { actions, follows, scorer } from './helpers/supervisionScoring.js';

describe('round 38 (1): a "Date:" opening a sentence on the first lines dates the record', () => {
  it('a date before it is no live timescale', () => {
    expect(
      actions('Supervision: Tyler M, 15. Date: 9/3/27. Plan discussed. SW to finish the chronology by 19/2.'),
    ).toBe(false);
  });

  it('a date after it, or a "Date:" far down the record, stays live', () => {
    expect(
      actions('Supervision: Tyler M, 15. Date: 9/3/27. Plan discussed. SW to finish the chronology by 19/3.'),
    ).toBe(true);
    const far = `Supervision: Tyler M, 15.\n${'Plan discussed.\n'.repeat(7)}Date: 9/3/27.\nSW to finish the chronology by 19/2.`;
    expect(actions(far)).toBe(true);
    // "date" after a word, not opening a sentence, dates nothing.
    expect(
      actions('Supervision: Tyler M, 15. Next review date 9/3/27 noted. SW to finish the chronology by 19/2.'),
    ).toBe(true);
  });
});

describe("round 38 (2): another party's work due is no task's due date", () => {
  it("the guardian's, an ISW's, a psychologist's or the hair strand results' due date", () => {
    expect(actions("Guardian's analysis due 1/2.")).toBe(false);
    expect(actions('ISW report due 26/4, then the IRH.')).toBe(false);
    expect(actions('Hair strand results due 5/2.')).toBe(false);
    expect(actions('Psychologist assessment of mum due 12/3.')).toBe(false);
  });

  it('"was due" and "were due" are gone by', () => {
    expect(actions('The chronology was due 3/2.')).toBe(false);
    expect(actions('Both reports were due 3/2.')).toBe(false);
  });

  it('a task given after it, or a due date with no other party, is a task', () => {
    expect(actions("Guardian's analysis due 1/2 - SW to send the chronology by 20/4.")).toBe(true);
    expect(actions('Chronology due 1/2.')).toBe(true);
    expect(actions('Updated care plan due 14/3.')).toBe(true);
    expect(scorer.explain('Chronology due 1/2.', null).actions).not.toEqual([]);
    expect(scorer.explain('ISW report due 26/4.', null).actions).toEqual([]);
  });

  it("is the lexicon's `others` word class: a lexicon without it reads the due date as a task", () => {
    const own = JSON.parse(readFileSync(dataPath('supervision-lexicon.json'), 'utf8')) as {
      wordClasses: Record<string, string[]>;
    };
    delete own.wordClasses.others;
    expect(createScorer(compileLexicon(own), null).scoreRecord('ISW report due 26/4.', null).actions).toBe(true);
  });
});

describe('round 38 (3): "saw" and "seen" say what became of a visit; a pronoun for the child; a wish is no task', () => {
  it('a visit the previous record set, reported made', () => {
    expect(follows('SW to see Chloe alone by 23/12.', 'Chloe seen alone 22/12, she said school is better.')).toBe(
      'chloe',
    );
    expect(follows('Actions: joint visit with HV 10/3.', 'Joint visit with HV on 10/3, Mia seen at home.')).toBe(
      'joint',
    );
    // "see" set as a task in this record is no report.
    expect(follows('SW to see Chloe alone by 23/12.', 'Chloe to be seen alone by 22/1.')).toBe(null);
  });

  it('the verb rule reads a pronoun after the verb for the child the task named', () => {
    expect(follows('SW to see Sophie-Jade at school by 5/3.', 'SW saw her at school on Tuesday, chatty.')).toBe(
      'sophie-jade',
    );
    // The task named a thing, not a child: a pronoun is no report of it.
    expect(follows('SW to see the flat before the move.', 'SW saw her at home on Tuesday.')).toBe(null);
  });

  it('a wish is no task', () => {
    expect(follows('She would like to see her sister more.', 'She saw her sister at contact on Sunday.')).toBe(null);
    // The same words set as a task are one.
    expect(follows('SW to see her sister before the meeting.', 'She saw her sister at contact on Sunday.')).toBe(
      'sister',
    );
  });
});

describe('round 38 (4): "not X yet" says what became of an item; "to do" sets one', () => {
  it('"not asked yet", "not booked yet"', () => {
    expect(
      follows('Actions: SW to ask the school nurse about the referral by 3/4.', 'School nurse not asked yet.'),
    ).toBe('nurse');
    // "not" and "yet" apart, with more between, say nothing of the item.
    expect(
      follows(
        'Actions: SW to ask the school nurse about the referral by 3/4.',
        'School nurse is not someone mum trusts yet.',
      ),
    ).toBe(null);
  });

  it('"to do" in the previous record sets an item; "to do with" does not', () => {
    expect(follows('YC assessment to do.', 'YC assessment done 4/3.')).toBe('yc');
    expect(follows('The worry is to do with YC and school.', 'YC assessment done 4/3.')).toBe(null);
  });
});
