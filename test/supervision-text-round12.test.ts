/**
 * Issue 22, round 12 (s22-acc12): reviews of the last actions told without naming them as last
 * time's (outside23: reviews recall 71.8%). The record says what became of an item the child's
 * previous record set ("Play therapy referral made 27/11" after "SW to refer to play therapy"),
 * which only the two records together show (supervisionFollowUp). Every sentence here is new,
 * written for this test, not a corpus record; each test holds a kind and its near misses.
 */
import { describe, expect, it } from 'vitest';
import { explanation } from '../rules/lib/supervisionExcerpts.js';
import { followUp } from '../rules/lib/supervisionFollowUp.js';
import { scoreByChild } from '../rules/lib/supervisionPrevious.js';
import { createScorer, loadLexicon, TEXT_BITS } from '../rules/lib/supervisionText.js';
import type { SupervisionRow } from '../src/model/tables.js';

const follows = (previous: string, text: string, previousActions: string | null = null) =>
  followUp([previous, previousActions], [text, null])?.item ?? null;

describe('reviews: what became of an item of the previous record', () => {
  it('an item of the previous actions with its status, not named as last time', () => {
    expect(follows('Actions: SW to refer Kian to CAMHS by 20/11.', 'The referral to CAMHS has now gone in.')).toBe(
      'camhs',
    );
    expect(
      follows('Plan: nursery place to be arranged for Ava.', 'Nursery place started Monday, Ava cried at the door.'),
    ).toBe('place');
    expect(follows('Actions: SW to book a GP appointment by Friday.', 'Still no GP appointment — carried.')).toBe('gp');
    expect(
      follows('Agreed: viability of the paternal aunt by 2/3.', 'Viability - positive, aunt has room for both.'),
    ).toBe('viability');
  });

  it('the actions column of the previous record gives items too', () => {
    expect(follows('Visit made, all well.', 'Hair strand test done 4/3, clear.', 'Hair strand test by 1/3.')).toBe(
      'hair',
    );
  });

  it('not an update: the item set again, a sentence carried over, a word every record uses, or no status', () => {
    // The same task again is a new action, not a review.
    expect(follows('Actions: SW to refer to CAMHS.', 'SW to chase the CAMHS referral by Friday.')).toBeNull();
    // A sentence carried over from the previous record says nothing new about the item.
    expect(
      follows(
        'Safety plan agreed with mum. SW to complete the chronology by 9/4.',
        'Chronology is outstanding and chronology work is pending.',
      ),
    ).toBe('chronology');
    expect(
      follows('Chronology still outstanding. SW to complete it by 9/4.', 'Chronology still outstanding.'),
    ).toBeNull();
    // Words any record names (a visit, school, contact, mum) or a name do not identify an item.
    expect(follows('Actions: SW to visit school by Friday.', 'School visit done, all fine.')).toBeNull();
    expect(follows('Actions: contact to be reviewed by 2/4.', 'Contact went ahead on Sunday.')).toBeNull();
    expect(follows('Actions: SW to see Jordan alone by 3/5.', 'Jordan went to college on 1/5.')).toBeNull();
    // A section label of the previous record is no item ("Analysis: ... to reduce the risk").
    expect(
      follows('Analysis: mum needs to sustain change to reduce the risk.', 'The analysis now weighs what school see.'),
    ).toBeNull();
    // An item named with no word of what became of it.
    expect(follows('Actions: SW to refer to CAMHS by 20/11.', 'CAMHS are involved with the older sibling.')).toBeNull();
    // Nothing set as a task in the previous record.
    expect(follows('Mum says the CAMHS worker is kind.', 'The CAMHS appointment has now happened.')).toBeNull();
  });
});

describe("reviews: the rule reads each record with the child's previous one (scoreByChild)", () => {
  it('sets the reviews bit on the later record only', () => {
    const row = (line: number, date: number, recordText: string): SupervisionRow =>
      ({ line, childId: 'C1', supervisionDate: date, recordText, actions: null }) as unknown as SupervisionRow;
    const rows = [
      row(1, 100, 'Kai seen at home. Actions: SW to make the speech and language referral by 20/11.'),
      row(2, 130, 'Speech and language referral made 18/11, waiting list 12 weeks.'),
    ];
    const got = scoreByChild(createScorer(loadLexicon()), rows, (i) => [rows[i]!.recordText, rows[i]!.actions]);
    expect(got.bits[0]! & TEXT_BITS.reviewsPrevious).toBe(0);
    expect(got.bits[1]! & TEXT_BITS.reviewsPrevious).toBe(TEXT_BITS.reviewsPrevious);
  });
});

describe('child focus: a pronoun after a sentence that named only an adult', () => {
  const scorer = createScorer(loadLexicon(), null);
  const childFocus = (t: string) => scorer.scoreRecord(t, null).childFocus;

  it('is the adult named there, wherever in the sentence, not a child', () => {
    expect(childFocus('I asked the SW why the visit was cut short. She said she felt unsafe on the doorstep.')).toBe(
      false,
    );
    expect(childFocus('Long discussion about the worker and her caseload. She said she feels behind.')).toBe(false);
  });

  it('stays the child when that sentence named a child, or the adult only after a preposition', () => {
    expect(childFocus('SW visited Rosie at home. She said she likes her new school.')).toBe(true);
    expect(childFocus('Seen at home with mum. She said she likes her new school.')).toBe(true);
    expect(childFocus('I asked the SW about the baby. She said he cries when dad shouts.')).toBe(true);
  });
});

describe('reviews found with the previous record are explained as such (HTML/PDF only)', () => {
  it('says the record told what became of an item of the previous record when no word of its own did', () => {
    const r = { recordText: 'Speech and language referral made 18/11.', actions: null } as unknown as SupervisionRow;
    const scorer = createScorer(loadLexicon());
    expect(explanation(scorer, r, true)).toContain(
      "Reviews last actions: says what became of an item of the previous record's actions",
    );
    expect(explanation(scorer, r)).toContain('Reviews last actions: no words found');
  });
});
