/**
 * Issue 22: the forty-fifth outside corpus (test/fixtures/supervision-outside45-corpus.json), 200
 * records (AR001-AR200) in ten styles, each written by hand on 2026-12-04 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a neurodivergent teenager in crisis (section 136, CAMHS crisis team), a child living with a grandparent after a parent's death, honour-based abuse, a family on a canal boat, a perpetrator programme (Caring Dads, Safe and Together), a student social worker's supervision, a manager using RAG ratings and one-word judgements).
 * The lead measured it blind once, with main after round 17 (2026-12-04, 21:25 UTC), before any round
 * followed its writing, and looked at no miss: child focus 88.0%, reflection 89.5%, actions 81.5%, reviews 81.5%, copied 100.0%.
 * Child focus, reflection, actions, reviews are under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Measured blind again by the lead after round 20's first step (2026-12-05, 01:45 UTC: outside38-41 became
 * development material and the model was retrained with them), no miss looked at: child focus 87.5%,
 * reflection 90.0%, actions 81.5%, reviews 81.0%, copied 100.0%; floors set to this measure then.
 * Now development material (round 21, lead, 2026-12-05: BLIND_OUTSIDE = 'outside46'; the model retrained with it).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Lead, round 21 step 1 (2026-12-05, 02:40 UTC): now development material (BLIND_OUTSIDE = 'outside46'), the model retrained with outside42-45; floors set to the training figures (measured, rounded down to 0.005).
// s22-acc22 (round 21, 2026-12-05): actions floor 0.815 -> 0.885, measured 88.5% (177/200), a meeting or review set for a day now counting as an action (supervisionEvents).
// Round 24 step 1 (s22-acc25, 2026-12-05: outside46-57 became development material, the model retrained with them): lowered to the measure: reflection 92.0% -> 91.5% (1 record down: fp 8 -> 8, fn 8 -> 9; moved by the retrained model, no rule changed).
// s22-acc27 (round 25): reviewsPrevious 0.825 -> 0.855 (165 -> 171 of 200: reviews told bare: new statuses, a dated step, the day, "as planned"; retrained model; measured, rounded down to 0.005).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): lowered to the measure: reviews 82.5% -> 81.5% (2 records down: fp 6 -> 8, fn 29 -> 29; floor 0.825 -> 0.815; moved by the retrained model, no rule changed).
// Lead, merging round 25 (s22-acc26 and s22-acc27 both moved this set): each floor the lower of the two, then checked with the model retrained on both.
// Round 26 step 1 (s22-acc28, 2026-12-05: outside62-65 became development material, the model retrained with them): raised to the measure: child focus 91.0% -> 91.5% (floor 0.89 -> 0.915); lowered to the measure: reflection 91.5% -> 91.0% (1 record down: fp 8 -> 8, fn 9 -> 10; floor 0.915 -> 0.91; moved by the retrained model, no rule changed).
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): raised to the measure: child focus 91.5% -> 92.5% (floor 0.915 -> 0.925).
// s22-acc29 (round 26): actions 0.885 -> 0.905 (177 -> 181 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): child focus 0.915 -> 0.925, actions 0.885 -> 0.905, reviews 0.815 -> 0.845.
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): lowered to the measure: child focus 92.5% -> 91.5% (2 records down: fp 8 -> 9, fn 7 -> 8; floor 0.925 -> 0.915; moved by the retrained model, no rule changed).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): raised to the measure: reviews 84.5% -> 87.5% (169 -> 175 of 200; floor 0.845 -> 0.875).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): lowered to the measure: child focus 91.5% -> 91.0% (1 record down: fp 9 -> 9, fn 8 -> 9; floor 0.915 -> 0.91; moved by the retrained model, no rule changed).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): lowered to the measure: reflection 91.0% -> 90.5% (1 record down: fp 8 -> 8, fn 10 -> 11; floor 0.91 -> 0.905; moved by the retrained model, no rule changed).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): lowered to the measure: reviews 87.5% -> 87.0% (1 record down: fp 4 -> 4, fn 21 -> 22; floor 0.875 -> 0.87; moved by the retrained model, no rule changed).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: reflection 181 -> 180 of 200 (floor 0.905 -> 0.9; moved by the retrained model's weights at the margin, child focus also by the bound).
const FLOORS = { childFocus: 0.91, reflection: 0.9, actions: 0.905, reviewsPrevious: 0.87, copied: 1 };

describeOutsideCorpus(
  'the forty-fifth outside corpus (measured blind, now development material)',
  'outside45',
  { records: 200, styles: 10 },
  FLOORS,
);
