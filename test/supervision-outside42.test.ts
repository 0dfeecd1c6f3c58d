/**
 * Issue 22: the forty-second outside corpus (test/fixtures/supervision-outside42-corpus.json), 200
 * records (AO001-AO200) in ten styles, each written by hand on 2026-12-04 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a child missing from education and electively home educated, a father with an acquired brain injury, an eating disorder on a paediatric ward awaiting a Tier 4 bed, a baby with a failure-to-thrive concern co-worked with a health visitor, county lines through the National Referral Mechanism, a manager writing long single paragraphs, a worker writing in shorthand).
 * The lead measured it blind once, with main after round 17 (2026-12-04, 21:25 UTC), before any round
 * followed its writing, and looked at no miss: child focus 80.0%, reflection 89.0%, actions 92.5%, reviews 80.5%, copied 100.0%.
 * Child focus, reflection, reviews are under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Measured blind again by the lead after round 20's first step (2026-12-05, 01:45 UTC: outside38-41 became
 * development material and the model was retrained with them), no miss looked at: child focus 79.0%,
 * reflection 90.5%, actions 92.5%, reviews 80.5%, copied 100.0%; floors set to this measure then.
 * Now development material (round 21, lead, 2026-12-05: BLIND_OUTSIDE = 'outside46'; the model retrained with it).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Lead, round 21 step 1 (2026-12-05, 02:40 UTC): now development material (BLIND_OUTSIDE = 'outside46'), the model retrained with outside42-45; floors set to the training figures (measured, rounded down to 0.005).
// s22-acc22 (round 21, 2026-12-05): actions floor 0.925 -> 0.885, measured 88.5% (177/200): a meeting or review set for a day that closes its sentence ("Core group 16/2.") now counts as an action (supervisionEvents), which raised pooled outside20-45 actions 92.4% -> 92.9%; this set's writers count some such dates as meetings, not actions.
// Round 24 step 1 (s22-acc25, 2026-12-05: outside46-57 became development material, the model retrained with them): lowered to the measure: reflection 91.0% -> 90.5% (1 record down: fp 12 -> 12, fn 6 -> 7; moved by the retrained model, no rule changed).
// s22-acc27 (round 25): reviewsPrevious 0.815 -> 0.82 (163 -> 164 of 200: reviews told bare: new statuses, a dated step, the day, "as planned"; retrained model; measured, rounded down to 0.005).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): raised to the measure: child focus 82.5% -> 83.0% (floor 0.82 -> 0.83).
// Lead, merging round 25 (s22-acc26 and s22-acc27 both moved this set): each floor the lower of the two, then checked with the model retrained on both.
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): raised to the measure: child focus 83.0% -> 84.0% (floor 0.82 -> 0.84).
// s22-acc29 (round 26): actions 0.885 -> 0.9 (177 -> 180 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): child focus 0.82 -> 0.835, actions 0.885 -> 0.9, reviews 0.815 -> 0.82.
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): raised to the measure: child focus 83.5% -> 85.0% (floor 0.835 -> 0.85); lowered to the measure: reflection 90.5% -> 90.0% (1 record down: fp 12 -> 12, fn 7 -> 8; floor 0.905 -> 0.9; moved by the retrained model, no rule changed).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): raised to the measure: reviews 82.0% -> 83.5% (164 -> 167 of 200; floor 0.82 -> 0.835).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): lowered to the measure: child focus 85.0% -> 84.5% (1 record down: fp 7 -> 7, fn 23 -> 24; floor 0.85 -> 0.845; moved by the retrained model, no rule changed).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): lowered to the measure: reviews 83.5% -> 83.0% (1 record down: fp 12 -> 12, fn 21 -> 22; floor 0.835 -> 0.83; moved by the retrained model, no rule changed).
// Round 30 (s22-acc33, 2026-12-05: a child's-voice heading naming the child and pointing elsewhere says nothing; abbreviated weekdays, keyworker and provider are no names; the model retrained): raised to the measure: child focus 84.5% -> 85.0% (floor 0.845 -> 0.85).
// Round 31 (s22-acc34, 2026-12-05): the model rebuilt (builder's output) on round 31's lexicon and date reading, lowered to the measure: childFocus 84.5% floor -> 84.0% measured (168 of 200; floor 0.845 -> 0.84); moved by the retrained model's weights at the margin, no rule of this set's kind changed.
// Round 34b (s22-acc39, 2026-12-06): lowered to the measure: child focus 169 -> 167 of 200 (fp 6 -> 6, fn 25 -> 27; floor 0.84 -> 0.835); round 34b: the sentence rule.
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: child focus 167 -> 165 of 200 (floor 0.835 -> 0.825; moved by the retrained model's weights at the margin, child focus also by the bound).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: reflection 180 -> 179 of 200 (floor 0.9 -> 0.895; moved by the retrained model's weights at the margin, child focus also by the bound).
const FLOORS = { childFocus: 0.825, reflection: 0.895, actions: 0.9, reviewsPrevious: 0.83, copied: 1 };

describeOutsideCorpus(
  'the forty-second outside corpus (measured blind, now development material)',
  'outside42',
  { records: 200, styles: 10 },
  FLOORS,
);
