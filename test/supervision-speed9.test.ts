/**
 * Issue 22's speed (s22-speed9): the gates looked for in front of followUp and why the cheapest one,
 * "a record identical to the child's previous record follows nothing up", was not taken. It holds
 * for all 2,016 copies among the bench's 22,278 calls, but it is not exact: followUp finds a clause
 * by clauseBounds (a stop ends a clause only before a space, tab or line break) and compares it with
 * the previous record's clauses as `clauses` splits them (a stop before any white space, a no-break
 * space too), so the same text on both sides can hold a status clause that no clause of the previous
 * record carries over.
 */
import { describe, expect, it } from 'vitest';
import { followUp } from '../rules/lib/supervisionFollowUp.js';

describe('followUp on a record identical to the previous one', () => {
  it('finds a follow-up where a no-break space after a stop splits the two clause readings differently', () => {
    const text = 'Actions: SW to complete the CAMHS form by 3/12.\nCAMHS form sent.\u00a0Still waiting.';
    expect(followUp([text, null], [text, null])).toEqual({
      clause: 'CAMHS form sent.\u00a0Still waiting.',
      item: 'camhs',
    });
  });

  it('finds none where the clause is split the same way on both sides (an ordinary space)', () => {
    const text = 'Actions: SW to complete the CAMHS form by 3/12.\nCAMHS form sent. Still waiting.';
    expect(followUp([text, null], [text, null])).toBeNull();
    // The same follow-up with the previous record as it was before the update is found.
    expect(followUp(['Actions: SW to complete the CAMHS form by 3/12.', null], [text, null])).toEqual({
      clause: 'CAMHS form sent.',
      item: 'camhs',
    });
  });
});
