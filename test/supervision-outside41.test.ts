/**
 * Issue 22: the forty-first outside corpus (test/fixtures/supervision-outside41-corpus.json), 200
 * records (AN001-AN200) in ten styles, each written by hand on 2026-12-04 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a private law section 7 report, harm by a sibling with harmful sexual behaviour (AIM3), a looked-after child whose parent is in a psychiatric unit, a family in a refuge, a child in a young offender institution, a manager quoting research in the analysis, chronologies as dated bullet points).
 * The lead measured it blind first with main after round 16 (099917d, 19:47 UTC), before any round
 * followed its writing, and looked at no miss: child focus 87.5%, reflection 88.5%, actions 93.0%, reviews 72.5%, copied 100%.
 * Measured blind a second time by the lead after round 17 (2026-12-04, 21:25 UTC), no miss looked at:
 * child focus 88.0%, reflection 89.0%, actions 93.0%, reviews 73.0%, copied 100%.
 * Child focus, reflection, reviews are under issue 22's 90% for writing from outside the project: the issue is
 * not done. Now development material (round 20, s22-acc20: BLIND_OUTSIDE = 'outside42'; the model retrained with it).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// s22-acc20 (round 20, step 1: outside38-41 became development material, the model retrained with them): child focus, reflection, reviews raised to the training figures (measured, rounded down to 0.005).
// Lead, round 21 step 1 (2026-12-05: outside42-45 became development material, the model retrained with them): reviews raised to the training figures (measured, rounded down to 0.005); lowered to the measure: reflection 90.0% -> 89.5% (1 record down: fp 5 -> 5, fn 15 -> 16) (one record or more moved by the retrained model, no rule changed).
// s22-acc22 (round 21, 2026-12-05): actions floor 0.93 -> 0.925, measured 92.5% (185/200): a meeting or review set for a day that closes its sentence ("Core group 16/2.") now counts as an action (supervisionEvents), which raised pooled outside20-45 actions 92.4% -> 92.9%; this set's writers count some such dates as meetings, not actions.
// s22-acc22 (round 21): the model retrained (builder's output) once actions also count a meeting set for a day (an input the model reads): reflection 0.895 -> 0.9 (raised; measured 90.0%, 180/200, one record up).
// Round 24 step 1 (s22-acc25, 2026-12-05: outside46-57 became development material, the model retrained with them): raised to the measure: child focus 90.5% -> 91.5% (floor 0.885 -> 0.915); lowered to the measure: reviews 76.0% -> 75.0% (2 records down: fp 4 -> 4, fn 44 -> 46; moved by the retrained model, no rule changed).
// s22-acc27 (round 25): reviewsPrevious 0.75 -> 0.775 (150 -> 155 of 200: reviews told bare: new statuses, a dated step, the day, "as planned"; retrained model; measured, rounded down to 0.005).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): raised to the measure: reviews 75.0% -> 75.5% (floor 0.75 -> 0.755).
// Lead, merging round 25 (s22-acc26 and s22-acc27 both moved this set): each floor the lower of the two, then checked with the model retrained on both.
// Round 26 step 1 (s22-acc28, 2026-12-05: outside62-65 became development material, the model retrained with them): raised to the measure: reviews 77.0% -> 77.5% (floor 0.755 -> 0.775); lowered to the measure: child focus 91.5% -> 91.0% (1 record down: fp 13 -> 14, fn 4 -> 4; floor 0.915 -> 0.91; moved by the retrained model, no rule changed).
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): raised to the measure: child focus 91.0% -> 92.0% (floor 0.91 -> 0.92).
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): raised to the measure: child focus 92.0% -> 92.5% (floor 0.92 -> 0.925).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): raised to the measure: reviews 77.5% -> 78.5% (155 -> 157 of 200; floor 0.775 -> 0.785).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): lowered to the measure: child focus 92.5% -> 92.0% (1 record down: fp 10 -> 10, fn 5 -> 6; floor 0.925 -> 0.92; moved by the retrained model, no rule changed).
// Round 31 (s22-acc34, 2026-12-05: child focus's misses, reflection and actions by kind; model not retrained): lowered to the measure: childFocus 92.0% -> 91.5% (184 -> 183 of 200); floor 0.92 -> 0.915; new child-focus phrases change the evidence the model weighs on a record.
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): lowered to the measure: reviews 78.5% -> 78.0% (1 record down: fp 3 -> 3, fn 40 -> 41; floor 0.785 -> 0.78; moved by the retrained model, no rule changed).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): lowered to the measure: child focus 91.5% -> 90.5% (2 records down: fp 11 -> 12, fn 6 -> 7; floor 0.915 -> 0.905; moved by the retrained model, no rule changed).
// Round 34b (s22-acc39, 2026-12-06): lowered to the measure: child focus 181 -> 180 of 200 (fp 12 -> 12, fn 7 -> 8; floor 0.905 -> 0.9); round 34b: the sentence rule.
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: child focus 180 -> 178 of 200 (floor 0.9 -> 0.89; moved by the retrained model's weights at the margin, child focus also by the bound).
const FLOORS = { childFocus: 0.89, reflection: 0.9, actions: 0.925, reviewsPrevious: 0.78, copied: 1 };

describeOutsideCorpus(
  'the forty-first outside corpus (measured blind, now development material)',
  'outside41',
  { records: 200, styles: 10 },
  FLOORS,
);
