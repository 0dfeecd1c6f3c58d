/**
 * Issue 22: the forty-sixth outside corpus (test/fixtures/supervision-outside46-corpus.json), 200
 * records (AS001-AS200) in ten styles, each written by hand on 2026-12-04 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a gambling father and debt, a baby with neonatal abstinence syndrome, a 13-year-old in an unregistered placement under a deprivation of liberty order, an agency locum picking up a drifting caseload, a mother in a prison mother-and-baby unit, a child who self-harms, a manager writing SMART objectives).
 * The lead measured it blind once, with main after round 17 (round 18 was not merged; 2026-12-04,
 * 22:25 UTC), before any round followed its writing, and looked at no miss: child focus 84.5%,
 * reflection 91.0%, actions 85.0%, reviews 76.0%, copied 100.0%.
 * Child focus, actions, reviews are under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Measured blind again by the lead after round 20's first step (2026-12-05, 01:45 UTC: outside38-41 became
 * development material and the model was retrained with them), no miss looked at: child focus 84.0%,
 * reflection 91.0%, actions 85.0%, reviews 78.0%, copied 100.0%; floors set to this measure.
 * Measured blind again by the lead after round 21's first step (2026-12-05, 02:45 UTC: outside42-45 became
 * development material and the model was retrained with them), no miss looked at: child focus 84.0%, reflection 91.5%, actions 85.0%, reviews 77.5%, copied 100.0%;
 * floors set to this measure.
 * Measured blind by the lead after round 21's actions change (s22-acc22 merged; 2026-12-05, 04:00 UTC), no miss
 * looked at: child focus 84.0%, reflection 91.5%, actions 84.0%, reviews 77.5%, copied 100.0%; floors set to this measure.
 * Measured blind by the lead after round 22 (s22-acc23 merged: a record about the worker; 2026-12-05, 07:19 UTC), no miss
 * looked at: child focus 84.0% -> 85.0%, the other criteria unchanged; child focus floor set to this measure.
 * Measured blind by the lead after round 23 (s22-acc24 merged: a cue resting on a bare name or pronoun; 2026-12-05, 10:01 UTC),
 * no miss looked at: child focus 85.5% (was 85.0%), every other criterion unchanged; child-focus floor set to this measure.
 * Now development material (round 24 step 1, s22-acc25, 2026-12-05: BLIND_OUTSIDE = 'outside58'; the model retrained with
 * outside46-57): training figures child focus 88.0%, reflection 92.5%, actions 84.0%, reviews 81.5%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// s22-acc27 (round 25): reviewsPrevious 0.815 -> 0.83 (163 -> 166 of 200: reviews told bare: new statuses, a dated step, the day, "as planned"; retrained model; measured, rounded down to 0.005).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): lowered to the measure: reflection 92.5% -> 92.0% (1 record down: fp 11 -> 12, fn 4 -> 4; floor 0.925 -> 0.92; moved by the retrained model, no rule changed).
// Lead, merging round 25 (s22-acc26 and s22-acc27 both moved this set): each floor the lower of the two, then checked with the model retrained on both.
// Round 26 step 1 (s22-acc28, 2026-12-05: outside62-65 became development material, the model retrained with them): raised to the measure: child focus 88.0% -> 88.5% (floor 0.88 -> 0.885), reflection 92.0% -> 92.5% (floor 0.92 -> 0.925).
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): raised to the measure: child focus 88.5% -> 89.5% (floor 0.885 -> 0.895).
// s22-acc29 (round 26): child focus 0.885 -> 0.875 (177 -> 175 of 200: the model retrained with the round's action evidence, no rule of child focus changed; measured, rounded down to 0.005); actions 0.84 -> 0.9 (168 -> 180 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): child focus 0.875 -> 0.895, actions 0.84 -> 0.9, reviews 0.815 -> 0.825.
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): raised to the measure: reviews 82.5% -> 83.0% (floor 0.825 -> 0.83); lowered to the measure: child focus 89.5% -> 89.0% (1 record down: fp 9 -> 10, fn 12 -> 12; floor 0.895 -> 0.89; moved by the retrained model, no rule changed), reflection 92.5% -> 92.0% (1 record down: fp 11 -> 11, fn 4 -> 5; floor 0.925 -> 0.92; moved by the retrained model, no rule changed).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): raised to the measure: reviews 83.0% -> 88.0% (166 -> 176 of 200; floor 0.83 -> 0.88).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): lowered to the measure: reflection 92.0% -> 91.5% (1 record down: fp 11 -> 11, fn 5 -> 6; floor 0.92 -> 0.915; moved by the retrained model, no rule changed).
// Round 30 (s22-acc33, 2026-12-05: a child's-voice heading naming the child and pointing elsewhere says nothing; abbreviated weekdays, keyworker and provider are no names; the model retrained): lowered to the measure: reviews 88.0% -> 87.5% (1 record down: fp 11 -> 12, fn 13 -> 13; floor 0.88 -> 0.875; the round's change and the model retrained with it).
// Round 31 (s22-acc34, 2026-12-05): the model rebuilt (builder's output) on round 31's lexicon and date reading, lowered to the measure: reflection 91.5% floor -> 91.0% measured (182 of 200; floor 0.915 -> 0.91); moved by the retrained model's weights at the margin, no rule of this set's kind changed.
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: child focus 89.5% -> 90.0% (floor 0.89 -> 0.9).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: reflection 91.0% -> 92.5% (floor 0.91 -> 0.925).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): lowered to the measure: child focus 90.0% -> 89.5% (1 record down: fp 9 -> 9, fn 11 -> 12; floor 0.9 -> 0.895; moved by the retrained model, no rule changed).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: child focus 179 -> 178 of 200 (floor 0.895 -> 0.89; moved by the retrained model's weights at the margin, child focus also by the bound).
const FLOORS = { childFocus: 0.89, reflection: 0.925, actions: 0.9, reviewsPrevious: 0.875, copied: 1 };

describeOutsideCorpus(
  'the forty-sixth outside corpus (measured blind, now development material)',
  'outside46',
  { records: 200, styles: 10 },
  FLOORS,
);
