/**
 * Issue 22: the sixty-second outside corpus (test/fixtures/supervision-outside62-corpus.json), 200
 * records (BI001-BI200) in ten styles, each written by hand on 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a coastal town: a 13-year-old Syrian boy who interprets for his father, neglected twins aged 2, a 16-year-old girl seeing a 24-year-old man, a widowed father drinking as sole carer, a deaf 8-year-old who signs BSL, a hoarded house).
 * The lead measured it blind with main before the twenty-first session's rounds (91a5cdb, 2026-12-05, 13:23 UTC),
 * looking at no miss: child focus 84.5%, reflection 95.5%, actions 94.5%, reviews 96.5%, copied 100.0%. Then with the session's rounds merged (main after round 25, 71bc997, 14:38 UTC), no miss looked at:
 * child focus 85.0%, reflection 96.0%, actions 94.5%, reviews 97.5%, copied 100.0%; floors set to this measure.
 * Child focus under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Now development material (round 26 step 1, s22-acc28, 2026-12-05: BLIND_OUTSIDE = 'outside66'; the model retrained with
 * outside62-65): training figures child focus 87.5%, reflection 97.0%, actions 94.5%, reviews 97.5%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): raised to the measure: child focus 87.5% -> 90.5% (floor 0.875 -> 0.905).
// s22-acc29 (round 26): actions 0.945 -> 0.995 (189 -> 199 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): child focus 0.875 -> 0.905, actions 0.945 -> 0.995.
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): raised to the measure: child focus 90.5% -> 91.0% (floor 0.905 -> 0.91); lowered to the measure: reflection 97.0% -> 96.5% (1 record down: fp 4 -> 4, fn 2 -> 3; floor 0.97 -> 0.965; moved by the retrained model, no rule changed).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): raised to the measure: reviews 97.5% -> 98.5% (195 -> 197 of 200; floor 0.975 -> 0.985).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): raised to the measure: child focus 91.0% -> 92.5% (floor 0.91 -> 0.925).
// Round 30 (s22-acc33, 2026-12-05: a child's-voice heading naming the child and pointing elsewhere says nothing; abbreviated weekdays, keyworker and provider are no names; the model retrained): lowered to the measure: child focus 92.5% -> 92.0% (1 record down: fp 15 -> 16, fn 0 -> 0; floor 0.925 -> 0.92; the round's change and the model retrained with it).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: reflection 96.5% -> 97.0% (floor 0.965 -> 0.97).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): raised to the measure: child focus 92.0% -> 92.5% (floor 0.92 -> 0.925).
const FLOORS = { childFocus: 0.925, reflection: 0.97, actions: 0.995, reviewsPrevious: 0.985, copied: 1 };

describeOutsideCorpus(
  'the sixty-second outside corpus (measured blind once, now development material)',
  'outside62',
  { records: 200, styles: 10 },
  FLOORS,
);
