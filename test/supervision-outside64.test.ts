/**
 * Issue 22: the sixty-fourth outside corpus (test/fixtures/supervision-outside64-corpus.json), 200
 * records (BK001-BK200) in ten styles, each written by hand on 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (an inner-city borough: a girl at risk of FGM before a summer trip, an 11-year-old too anxious to face school, kinship care with a grandmother, a newborn withdrawing from methadone, a 17-year-old with a learning disability moving to adult services, a 15-year-old referred to Prevent).
 * The lead measured it blind with main before the twenty-first session's rounds (91a5cdb, 2026-12-05, 13:23 UTC),
 * looking at no miss: child focus 86.5%, reflection 93.5%, actions 89.5%, reviews 95.5%, copied 99.5%. Then with the session's rounds merged (main after round 25, 71bc997, 14:38 UTC), no miss looked at:
 * child focus 86.5%, reflection 93.5%, actions 89.5%, reviews 96.0%, copied 99.5%; floors set to this measure.
 * Child focus, actions under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Now development material (round 26 step 1, s22-acc28, 2026-12-05: BLIND_OUTSIDE = 'outside66'; the model retrained with
 * outside62-65): training figures child focus 89.0%, reflection 94.5%, actions 89.5%, reviews 96.0%, copied 99.5%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): lowered to the measure: child focus 89.0% -> 88.5% (1 record down: fp 12 -> 11, fn 10 -> 12; floor 0.89 -> 0.885; moved by the round's margin, the model not retrained).
// s22-acc29 (round 26): actions 0.895 -> 0.9 (179 -> 180 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): actions 0.895 -> 0.9.
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): raised to the measure: child focus 88.5% -> 89.0% (floor 0.885 -> 0.89).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): raised to the measure: reviews 96.0% -> 96.5% (192 -> 193 of 200; floor 0.96 -> 0.965).
// Round 33 (s22-acc36, 2026-12-06: a date of work done is no timescale; follow-up reads more outcomes; "Review" a heading of the last actions; the model rebuilt, builder's output): lowered to the measure: reflection 94.5% floor -> 94.0% measured (188 of 200; floor 0.945 -> 0.94).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: child focus 178 -> 177 of 200 (floor 0.89 -> 0.885; moved by the retrained model's weights at the margin, child focus also by the bound).
const FLOORS = { childFocus: 0.885, reflection: 0.94, actions: 0.9, reviewsPrevious: 0.965, copied: 0.995 };

describeOutsideCorpus(
  'the sixty-fourth outside corpus (measured blind once, now development material)',
  'outside64',
  { records: 200, styles: 10 },
  FLOORS,
);
