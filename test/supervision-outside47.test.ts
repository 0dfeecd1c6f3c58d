/**
 * Issue 22: the forty-seventh outside corpus (test/fixtures/supervision-outside47-corpus.json), 200
 * records (AT001-AT200) in ten styles, each written by hand on 2026-12-04 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (an adoption breakdown, a father on the sex offenders register, a family linked to a street gang, a child with cerebral palsy and a feeding tube, a Scottish-trained worker new to English law, a family court adviser at a PLO meeting, a manager who writes only in questions).
 * The lead measured it blind once, with main after round 17 (round 18 was not merged; 2026-12-04,
 * 22:25 UTC), before any round followed its writing, and looked at no miss: child focus 83.5%,
 * reflection 92.5%, actions 93.0%, reviews 76.0%, copied 100.0%.
 * Child focus, reviews are under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Measured blind again by the lead after round 20's first step (2026-12-05, 01:45 UTC: outside38-41 became
 * development material and the model was retrained with them), no miss looked at: child focus 84.0%,
 * reflection 92.0%, actions 93.0%, reviews 76.5%, copied 100.0%; floors set to this measure.
 * Measured blind again by the lead after round 21's first step (2026-12-05, 02:45 UTC: outside42-45 became
 * development material and the model was retrained with them), no miss looked at: child focus 84.0%, reflection 92.5%, actions 93.0%, reviews 78.0%, copied 100.0%;
 * floors set to this measure.
 * Measured blind by the lead after round 21's actions change (s22-acc22 merged; 2026-12-05, 04:00 UTC), no miss
 * looked at: child focus 84.0%, reflection 92.5%, actions 90.5%, reviews 78.0%, copied 100.0%; floors set to this measure.
 * Measured blind by the lead after round 22 (s22-acc23 merged: a record about the worker; 2026-12-05, 07:19 UTC), no miss
 * looked at: every criterion unchanged (child focus 84.0%).
 * Measured blind by the lead after round 23 (s22-acc24 merged: a cue resting on a bare name or pronoun; 2026-12-05, 10:01 UTC),
 * no miss looked at: child focus 85.0% (was 84.0%), every other criterion unchanged; child-focus floor set to this measure.
 * Now development material (round 24 step 1, s22-acc25, 2026-12-05: BLIND_OUTSIDE = 'outside58'; the model retrained with
 * outside46-57): training figures child focus 87.5%, reflection 93.5%, actions 90.5%, reviews 80.5%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// s22-acc27 (round 25): reviewsPrevious 0.805 -> 0.815 (161 -> 163 of 200: reviews told bare: new statuses, a dated step, the day, "as planned"; retrained model; measured, rounded down to 0.005).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): lowered to the measure: child focus 87.5% -> 86.5% (2 records down: fp 16 -> 17, fn 9 -> 10; floor 0.875 -> 0.865; moved by the retrained model, no rule changed); lowered to the measure: reflection 93.5% -> 93.0% (1 record down: fp 9 -> 10, fn 4 -> 4; floor 0.935 -> 0.93; moved by the retrained model, no rule changed).
// Lead, merging round 25 (s22-acc26 and s22-acc27 both moved this set): each floor the lower of the two, then checked with the model retrained on both.
// Round 26 step 1 (s22-acc28, 2026-12-05: outside62-65 became development material, the model retrained with them): raised to the measure: child focus 86.5% -> 87.5% (floor 0.865 -> 0.875), reviews 81.5% -> 81.0% (down, still over the old floor) (floor 0.805 -> 0.81).
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): raised to the measure: child focus 87.5% -> 88.0% (floor 0.875 -> 0.88).
// s22-acc29 (round 26): child focus 0.875 -> 0.87 (175 -> 174 of 200: the model retrained with the round's action evidence, no rule of child focus changed; measured, rounded down to 0.005); reflection 0.93 -> 0.925 (186 -> 185 of 200: the model retrained with the round's action evidence, no rule of reflection changed; measured, rounded down to 0.005); actions 0.905 -> 0.92 (181 -> 184 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): child focus 0.87 -> 0.875, actions 0.905 -> 0.92.
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): raised to the measure: child focus 87.5% -> 88.0% (floor 0.875 -> 0.88), reflection 92.5% -> 94.0% (floor 0.925 -> 0.94).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): lowered to the measure: reviews 81.0% -> 80.5% (162 -> 161 of 200; floor 0.81 -> 0.805).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): lowered to the measure: reflection 94.0% -> 93.5% (1 record down: fp 8 -> 9, fn 4 -> 4; floor 0.94 -> 0.935; moved by the retrained model, no rule changed).
// Round 30 (s22-acc33, 2026-12-05: a child's-voice heading naming the child and pointing elsewhere says nothing; abbreviated weekdays, keyworker and provider are no names; the model retrained): lowered to the measure: child focus 88.0% -> 87.5% (1 record down: fp 14 -> 14, fn 10 -> 11; floor 0.88 -> 0.875; the round's change and the model retrained with it).
// Round 31 (s22-acc34, 2026-12-05): the model rebuilt (builder's output) on round 31's lexicon and date reading, lowered to the measure: childFocus 88.0% floor -> 87.5% measured (175 of 200; floor 0.88 -> 0.875); moved by the retrained model's weights at the margin, no rule of this set's kind changed.
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: reflection 94.0% -> 94.5% (floor 0.935 -> 0.945).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): lowered to the measure: child focus 87.5% -> 87.0% (1 record down: fp 14 -> 14, fn 11 -> 12; floor 0.875 -> 0.87; moved by the retrained model, no rule changed).
// Round 48 (s22-train, 2026-12-06: the model retrained on outside2-101, TRAINED_BEFORE outside102, child-focus L2 0.0033): lowered to the measure: reflection 189 -> 187 of 200 (floor 0.945 -> 0.935; moved by the retrained model's weights at the margin).
// Round 51 (s22-mod51, 2026-12-06: the model retrained on outside2-109, TRAINED_BEFORE outside110, the builder's settings unchanged): lowered to the measure: reflection 187 -> 186 of 200 (floor 0.935 -> 0.93; moved by the retrained model's weights at the margin).
const FLOORS = { childFocus: 0.87, reflection: 0.93, actions: 0.92, reviewsPrevious: 0.805, copied: 1 };

describeOutsideCorpus(
  'the forty-seventh outside corpus (measured blind, now development material)',
  'outside47',
  { records: 200, styles: 10 },
  FLOORS,
);
