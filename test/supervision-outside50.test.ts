/**
 * Issue 22: the fiftieth outside corpus (test/fixtures/supervision-outside50-corpus.json), 200
 * records (AW001-AW200) in ten styles, each written by hand on 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a family made homeless by a house fire, a teenage boy drawn into online misogyny, a baby born abroad through surrogacy awaiting a parental order, a toddler who ate cannabis edibles, an allegation against a long-standing foster carer, a worker writing parts of her records as letters to the child, a manager writing one clipped line).
 * The lead measured it blind once, with main after round 20's first step (2026-12-05, 02:15 UTC),
 * before any round followed its writing, and looked at no miss: child focus 87.5%,
 * reflection 88.0%, actions 72.0%, reviews 93.5%, copied 100.0%.
 * Child focus, reflection, actions are under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Measured blind again by the lead after round 21's first step (2026-12-05, 02:45 UTC: outside42-45 became
 * development material and the model was retrained with them), no miss looked at: child focus 87.5%, reflection 88.0%, actions 72.0%, reviews 94.0%, copied 100.0%;
 * floors set to this measure.
 * Measured blind by the lead after round 21's actions change (s22-acc22 merged; 2026-12-05, 04:00 UTC), no miss
 * looked at: child focus 87.5%, reflection 88.5%, actions 77.0%, reviews 94.0%, copied 100.0%; floors set to this measure.
 * Measured blind by the lead after round 22 (s22-acc23 merged: a record about the worker; 2026-12-05, 07:19 UTC), no miss
 * looked at: child focus 87.5% -> 88.0%, the other criteria unchanged; child focus floor set to this measure.
 * Measured blind by the lead after round 23 (s22-acc24 merged: a cue resting on a bare name or pronoun; 2026-12-05, 10:01 UTC),
 * no miss looked at: child focus 89.5% (was 88.0%), every other criterion unchanged; child-focus floor set to this measure.
 * Now development material (round 24 step 1, s22-acc25, 2026-12-05: BLIND_OUTSIDE = 'outside58'; the model retrained with
 * outside46-57): training figures child focus 90.5%, reflection 91.5%, actions 77.0%, reviews 94.0%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// s22-acc27 (round 25): reviewsPrevious 0.94 -> 0.945 (188 -> 189 of 200: reviews told bare: new statuses, a dated step, the day, "as planned"; retrained model; measured, rounded down to 0.005).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): raised to the measure: child focus 90.5% -> 91.0% (floor 0.905 -> 0.91); lowered to the measure: reflection 91.5% -> 90.5% (2 records down: fp 1 -> 1, fn 16 -> 18; floor 0.915 -> 0.905; moved by the retrained model, no rule changed).
// Lead, merging round 25 (s22-acc26 and s22-acc27 both moved this set): each floor the lower of the two, then checked with the model retrained on both.
// Round 26 step 1 (s22-acc28, 2026-12-05: outside62-65 became development material, the model retrained with them): lowered to the measure: reflection 90.5% -> 89.5% (2 records down: fp 1 -> 1, fn 18 -> 20; floor 0.905 -> 0.895; moved by the retrained model, no rule changed).
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): lowered to the measure: child focus 91.0% -> 89.5% (3 records down: fp 6 -> 6, fn 12 -> 15; floor 0.905 -> 0.895; moved by the round's margin, the model not retrained).
// s22-acc29 (round 26): actions 0.77 -> 0.8 (154 -> 160 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): actions 0.77 -> 0.8, reviews 0.94 -> 0.945.
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): raised to the measure: child focus 89.5% -> 90.5% (floor 0.895 -> 0.905).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): raised to the measure: reviews 94.5% -> 95.0% (189 -> 190 of 200; floor 0.945 -> 0.95).
// Round 30 (s22-acc33, 2026-12-05: a child's-voice heading naming the child and pointing elsewhere says nothing; abbreviated weekdays, keyworker and provider are no names; the model retrained): lowered to the measure: child focus 90.5% -> 90.0% (1 record down: fp 4 -> 5, fn 15 -> 15; floor 0.905 -> 0.9; the round's change and the model retrained with it).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: child focus 90.5% -> 91.0% (floor 0.9 -> 0.91).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): lowered to the measure: reflection 89.5% -> 88.5% (2 records down: fp 1 -> 1, fn 20 -> 22; floor 0.895 -> 0.885; moved by the retrained model, no rule changed).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: child focus 182 -> 175 of 200 (floor 0.91 -> 0.875; moved by the retrained model's weights at the margin, child focus also by the bound).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: reflection 177 -> 176 of 200 (floor 0.885 -> 0.88; moved by the retrained model's weights at the margin, child focus also by the bound).
const FLOORS = { childFocus: 0.875, reflection: 0.88, actions: 0.8, reviewsPrevious: 0.95, copied: 1 };

describeOutsideCorpus(
  'the fiftieth outside corpus (measured blind, now development material)',
  'outside50',
  { records: 200, styles: 10 },
  FLOORS,
);
