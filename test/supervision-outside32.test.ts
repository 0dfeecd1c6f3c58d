/**
 * Issue 22: the thirty-second outside corpus (test/fixtures/supervision-outside32-corpus.json), 200
 * records (AE001-AE200) in ten styles, each written by hand on 2026-12-04 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a council using restorative-practice language, sibling assessments, a Lifelong Links family-finding worker, an autistic child in a residential special school, children in faith settings, a manager's Issue / Decision / By whom / By when lines, voice notes transcribed verbatim).
 * The lead measured it blind once before and once after the round that followed its writing
 * (s22-acc14, round 14), and looked at no miss:
 * before, main's build 89a7835 (2026-12-04 16:00-16:20 UTC): child focus 91.5%, reflection 96.0%, actions 93.5%, reviews 92.0%, copied 100%;
 * after, the merge of that round 22ffdbf (16:47 UTC): child focus 91.5%, reflection 96.0%, actions 93.5%, reviews 92.0%, copied 100%.
 * Measured blind again after round 15 (s22-acc15, merged 18:45 UTC): child focus 92.0%, reflection 97.5%, actions 93.5%, reviews 94.0%, copied 100%; floors raised to it.
 * Every criterion is at or over issue 22's 90%. Now development material (round 16, s22-acc16: BLIND_OUTSIDE = 'outside34'; the model retrained with it).
 * Round 17 step 1 (s22-acc17): the model retrained with outside34-37 (800 more records), scorer unchanged, moves child focus 94.0% -> 93.0% (two records); floor lowered to it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// s22-acc16 (round 16): raised childFocus 0.92 -> 0.94, reflection 0.975 -> 0.98, reviewsPrevious 0.94 -> 0.95 (now development material, the model retrained with it: training figures, measured, rounded down to 0.005).
// s22-acc17 (round 17): reviewsPrevious raised 0.95 -> 0.975 (earlier actions' fate told in other words, an unborn baby's record; measured, rounded down to 0.005).
// s22-acc20 (round 20, step 1: outside38-41 became development material, the model retrained with them): child focus raised to the training figures (measured, rounded down to 0.005); lowered to the measure: reviews 97.5% -> 97.0% (1 record down: fp 3 -> 4, fn 2 -> 2) (one record or more moved by the retrained model, no rule changed).
// s22-acc22 (round 21, 2026-12-05): actions floor 0.935 -> 0.94, measured 94.0% (188/200), a meeting or review set for a day now counting as an action (supervisionEvents).
// s22-acc22 (round 21): the model retrained (builder's output) once actions also count a meeting set for a day (an input the model reads): childFocus 0.935 -> 0.94 (raised; measured 94.0%, 188/200, one record up).
// Round 24 step 1 (s22-acc25, 2026-12-05: outside46-57 became development material, the model retrained with them): lowered to the measure: reflection 98.0% -> 97.0% (2 records down: fp 3 -> 5, fn 1 -> 1; moved by the retrained model, no rule changed).
// s22-acc27 (round 25): reviewsPrevious 0.97 -> 0.965 (194 -> 193 of 200: reviews told bare: new statuses, a dated step, the day, "as planned"; retrained model; measured, rounded down to 0.005).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): lowered to the measure: child focus 94.0% -> 93.5% (1 record down: fp 8 -> 8, fn 4 -> 5; floor 0.94 -> 0.935; moved by the retrained model, no rule changed); lowered to the measure: reviews 97.0% -> 96.5% (1 record down: fp 4 -> 5, fn 2 -> 2; floor 0.97 -> 0.965; moved by the retrained model, no rule changed).
// Lead, merging round 25 (s22-acc26 and s22-acc27 both moved this set): each floor the lower of the two, then checked with the model retrained on both.
// Lead, merging round 25 (s22-acc26 step 1 and s22-acc27, the model retrained on both): reviewsPrevious 0.965 -> 0.96, lowered to the measure (96.0%; moved by the model retrained with both changes).
// Round 26 step 1 (s22-acc28, 2026-12-05: outside62-65 became development material, the model retrained with them): lowered to the measure: child focus 93.5% -> 93.0% (1 record down: fp 8 -> 8, fn 5 -> 6; floor 0.935 -> 0.93; moved by the retrained model, no rule changed).
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): raised to the measure: child focus 93.0% -> 94.5% (floor 0.93 -> 0.945).
// s22-acc29 (round 26): actions 0.94 -> 0.945 (188 -> 189 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): child focus 0.93 -> 0.945, actions 0.94 -> 0.945.
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): raised to the measure: reviews 96.0% -> 96.5% (floor 0.96 -> 0.965).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): raised to the measure: reviews 96.5% -> 97.5% (193 -> 195 of 200; floor 0.965 -> 0.975).
const FLOORS = { childFocus: 0.945, reflection: 0.97, actions: 0.945, reviewsPrevious: 0.975, copied: 1 };

describeOutsideCorpus(
  'the thirty-second outside corpus (measured blind, now development material)',
  'outside32',
  { records: 200, styles: 10 },
  FLOORS,
);
