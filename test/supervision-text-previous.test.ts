/**
 * Issue 22, s22-rp: reviewing the last supervision's actions in the forms councils write it, found
 * as kinds among the misses of the development material (outside to outside15, outside14 at 85.7%
 * recall blind) and from how supervision templates are written. Every sentence here is new, not a
 * corpus record. The first tests are the kinds a review was missed in; the last ones what is not a
 * review (a heading with nothing under it, a plan for next time, new actions alone).
 */
import { describe, expect, it } from 'vitest';
import { createScorer, loadLexicon } from '../rules/lib/supervisionText.js';

const scorer = createScorer(loadLexicon());
const rp = (t: string, actions: string | null = null) => scorer.scoreRecord(t, actions).reviewsPrevious;

describe('reviews of the last actions, in the forms councils write them', () => {
  it('a review heading in any case, with what became of the items under it', () => {
    expect(rp('PREVIOUS ACTIONS:\n- CAMHS referral: done\n- school meeting: outstanding')).toBe(true);
    expect(rp('REVIEW OF ACTIONS\n1. Chronology - completed\n2. Direct work - not yet')).toBe(true);
    expect(rp('Update on actions - housing letter sent 4/3, FGC still awaited.')).toBe(true);
    expect(rp('Progress since last time: nursery place confirmed; mum went to 3 of 4 groups.')).toBe(true);
    expect(rp('Matters arising: strategy minutes circulated.')).toBe(true);
    expect(rp('Prev. actions - genogram drawn, DBS back clear.')).toBe(true);
    expect(rp('Previous actions:\n- PEP - done\n- dentist - still awaited')).toBe(true);
  });

  it('the earlier items called tasks, next steps, a list, or agreed or development actions', () => {
    expect(rp('Previous tasks: ecomap with mum - done; letter to school - sent.')).toBe(true);
    expect(rp("Last time's next steps: nan added to the network - yes.")).toBe(true);
    expect(rp("Went through last month's list with Sam: GP letter sent, core group held.")).toBe(true);
    expect(rp('Previous agreed actions: contact review held on 2/3.')).toBe(true);
    expect(rp('Previous development actions: PCF evidence - in progress.')).toBe(true);
    expect(rp('Actions from my last oversight (4/10): ICPC booked yes, medical yes.')).toBe(true);
    expect(rp('Of the 5 actions in the plan, mum has done 3.')).toBe(true);
    expect(rp('Actions from the last LAC review: PEP completed; health assessment overdue.')).toBe(true);
  });

  it('a line opening with the last meeting that marks its items: a list of statuses', () => {
    expect(rp('Previous: home visit (done), school call (done), GP letter (outstanding).')).toBe(true);
    expect(rp('Last month - FGC referral yes, hair strand yes, nursery not yet.')).toBe(true);
    expect(rp('Previous supervison: the assessment is completed, Kai not yet seen.')).toBe(true);
    expect(rp('All actions from last sup completed apart from the young carers form.')).toBe(true);
  });

  it('in the first person, and terse manager lines', () => {
    expect(rp('I checked whether the CAMHS referral had gone in - it has.')).toBe(true);
    expect(rp('I asked about the referral agreed last month; SW made it on 3/3.')).toBe(true);
    expect(rp('I followed up the school meeting: it is booked for Monday.')).toBe(true);
    expect(rp('Last actions all complete.')).toBe(true);
    expect(rp('TM: previous actions all done. Case remains CIN.')).toBe(true);
  });

  it('actions named by the date of the last supervision', () => {
    expect(rp('Actions from supervision on 12/09/2024: strategy minutes - done; LADO - chased.')).toBe(true);
    expect(rp('Actions from 3 March - all done bar the PEP.')).toBe(true);
    expect(rp('Actions agreed in supervision on 4th June: both completed.')).toBe(true);
  });

  it('"none outstanding" under a review heading says every action is done', () => {
    expect(rp('Child’s voice: Ava (6) drew her family.\nPrevious actions: none outstanding.')).toBe(true);
    expect(rp('ACTIONS FROM LAST SUPERVISION: Nothing outstanding.')).toBe(true);
    // "none" alone is no action to review.
    expect(rp('Previous actions: none.')).toBe(false);
  });
});

describe('what is not a review of the last actions', () => {
  it('a review heading with nothing under it, or only an acknowledgement', () => {
    expect(rp('Previous actions:\nChild’s voice: Tyler said he likes his new school.')).toBe(false);
    expect(rp('Review of previous actions:\nAnalysis:\nActions:')).toBe(false);
    expect(rp('Previous actions - N/A, first supervision on this case.')).toBe(false);
    expect(rp('Previous supervision: noted.')).toBe(false);
    expect(rp('Previous actions: reviewed.')).toBe(false);
  });

  it('a heading naming only the last meeting, with no item’s outcome under it', () => {
    expect(rp('Last supervision: 12/02.\nMum engaging.')).toBe(false);
    expect(rp('Previous supervision - held on 4/11 with the ASYE.')).toBe(false);
  });

  it('a plan to review next time', () => {
    expect(rp('Previous actions: to be reviewed next supervision.')).toBe(false);
    expect(rp('Actions from last supervision to be carried forward.')).toBe(false);
    expect(rp('Previous actions will be reviewed at the next session.')).toBe(false);
    expect(rp('Actions to be reviewed next supervision.')).toBe(false);
    expect(rp('Review of actions: next time, SW on leave.')).toBe(false);
  });

  it('new actions alone, a bare history, or the last actions not looked at', () => {
    expect(rp('Actions: SW to visit by Friday; CAMHS referral by 3/4.', 'Core group 12/5')).toBe(false);
    expect(rp('Previous SW completed the assessment in May. Case transferred.')).toBe(false);
    expect(rp('The last supervision actions were not looked at as we ran out of time.')).toBe(false);
  });
});
