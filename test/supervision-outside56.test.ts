/**
 * Issue 22: the fifty-sixth outside corpus (test/fixtures/supervision-outside56-corpus.json), 200
 * records (BC001-BC200) in ten styles, each written by hand on 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a farming family whose 6-year-old was hurt by farm machinery, a 17-year-old wanting to stay with her foster carers after 18 (staying put), a boy with a stoma whose school will not help him, a 9-year-old excluded after hurting a teaching assistant, a mother using a food bank who hides the children's hunger, a worker writing in the future tense, a manager writing "Rationale:" under every decision).
 * The lead measured it blind once, with main after round 21's first step (2026-12-05, 02:47 UTC),
 * before any round followed its writing, and looked at no miss: child focus 84.5%, reflection 95.5%, actions 93.0%, reviews 96.5%, copied 100.0%.
 * Child focus is under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Measured blind by the lead after round 21's actions change (s22-acc22 merged; 2026-12-05, 04:00 UTC), no miss
 * looked at: child focus 84.5%, reflection 95.5%, actions 95.0%, reviews 96.5%, copied 100.0%; floors set to this measure.
 * Measured blind by the lead after round 22 (s22-acc23 merged: a record about the worker; 2026-12-05, 07:19 UTC), no miss
 * looked at: every criterion unchanged (child focus 84.5%).
 * Measured blind by the lead after round 23 (s22-acc24 merged: a cue resting on a bare name or pronoun; 2026-12-05, 10:01 UTC),
 * no miss looked at: child focus 87.5% (was 84.5%), every other criterion unchanged; child-focus floor set to this measure.
 * Now development material (round 24 step 1, s22-acc25, 2026-12-05: BLIND_OUTSIDE = 'outside58'; the model retrained with
 * outside46-57): training figures child focus 90.5%, reflection 96.0%, actions 95.0%, reviews 96.5%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// s22-acc27 (round 25): reviewsPrevious 0.965 -> 0.975 (193 -> 195 of 200: reviews told bare: new statuses, a dated step, the day, "as planned"; retrained model; measured, rounded down to 0.005).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): raised to the measure: child focus 91.5% -> 91.0% (floor 0.905 -> 0.91); raised to the measure: reviews 96.5% -> 97.0% (floor 0.965 -> 0.97).
// Lead, merging round 25 (s22-acc26 and s22-acc27 both moved this set): each floor the lower of the two, then checked with the model retrained on both.
// Round 26 step 1 (s22-acc28, 2026-12-05: outside62-65 became development material, the model retrained with them): raised to the measure: child focus 91.0% -> 91.5% (floor 0.905 -> 0.915).
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): raised to the measure: child focus 91.5% -> 93.0% (floor 0.915 -> 0.93).
// s22-acc29 (round 26): actions 0.95 -> 0.96 (190 -> 192 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): child focus 0.915 -> 0.93, actions 0.95 -> 0.96, reviews 0.97 -> 0.98.
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): lowered to the measure: reflection 96.0% -> 95.5% (1 record down: fp 8 -> 8, fn 0 -> 1; floor 0.96 -> 0.955; moved by the retrained model, no rule changed).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): lowered to the measure: reviews 98.0% -> 97.0% (196 -> 194 of 200; floor 0.98 -> 0.97).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: child focus 93.5% -> 95.0% (floor 0.93 -> 0.95).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: reflection 95.5% -> 96.0% (floor 0.955 -> 0.96).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): lowered to the measure: child focus 95.0% -> 94.5% (1 record down: fp 7 -> 8, fn 3 -> 3; floor 0.95 -> 0.945; moved by the retrained model, no rule changed).
// Round 40 (s22-acc44, 2026-12-06): lowered to the measure: child focus 189 -> 188 of 200 (floor 0.945 -> 0.94; round 40's capitalised opening word read as the word, with main's model (a record at the model's margin)).
const FLOORS = { childFocus: 0.94, reflection: 0.96, actions: 0.96, reviewsPrevious: 0.97, copied: 1 };

describeOutsideCorpus(
  'the fifty-sixth outside corpus (measured blind, now development material)',
  'outside56',
  { records: 200, styles: 10 },
  FLOORS,
);
