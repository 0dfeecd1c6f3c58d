/**
 * Issue 22: the sixty-seventh outside corpus (test/fixtures/supervision-outside67-corpus.json), 200
 * records (BN001-BN200) in ten styles, each written by hand on 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (an inner-city borough: an unaccompanied 15-year-old Eritrean boy, a 6-year-old with autism who uses PECS, a mother with bipolar disorder after a section, a 12-year-old girl groomed online, a kinship placement with a grandmother in poor health, alcohol misuse and domestic abuse in a large family).
 * The lead measured it blind with main before the twenty-second session's rounds (e77dfd7, 2026-12-05, 16:03 UTC),
 * looking at no miss: child focus 80.0%, reflection 94.5%, actions 88.5%, reviews 88.5%, copied 100.0%. Then with the session's rounds merged (main after round 26, cb4c298, 17:21 UTC), no miss looked at:
 * child focus 82.5%, reflection 94.5%, actions 92.0%, reviews 89.0%, copied 100.0%; floors set to this measure.
 * Child focus, reviews under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Now development material (round 28 step 1, s22-acc30, 2026-12-05: BLIND_OUTSIDE = 'outside70'; the model retrained with
 * outside66-69): training figures child focus 84.0%, reflection 96.0%, actions 92.0%, reviews 89.0%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): raised to the measure: reviews 89.0% -> 90.0% (178 -> 180 of 200; floor 0.89 -> 0.9).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): raised to the measure: child focus 84.0% -> 84.5% (floor 0.84 -> 0.845).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): raised to the measure: reflection 96.0% -> 96.5% (floor 0.96 -> 0.965).
// Round 30 (s22-acc33, 2026-12-05: a child's-voice heading naming the child and pointing elsewhere says nothing; abbreviated weekdays, keyworker and provider are no names; the model retrained): lowered to the measure: child focus 84.5% -> 84.0% (1 record down: fp 30 -> 31, fn 1 -> 1; floor 0.845 -> 0.84; the round's change and the model retrained with it).
// Round 30 (s22-acc33, 2026-12-05: a child's-voice heading naming the child and pointing elsewhere says nothing; abbreviated weekdays, keyworker and provider are no names; the model retrained): lowered to the measure: reflection 96.5% -> 96.0% (1 record down: fp 7 -> 8, fn 0 -> 0; floor 0.965 -> 0.96; the round's change and the model retrained with it).
// Round 31 (s22-acc34, 2026-12-05): the model rebuilt (builder's output) on round 31's lexicon and date reading, lowered to the measure: childFocus 84.5% floor -> 84.0% measured (168 of 200; floor 0.845 -> 0.84); reflection 96.5% floor -> 96.0% measured (192 of 200; floor 0.965 -> 0.96); moved by the retrained model's weights at the margin, no rule of this set's kind changed.
// Lead's merge of rounds 30 and 31 (s22-acc33 and s22-acc34, 2026-12-05: both lexicons, the model rebuilt on them): lowered to the measure: reflection 96.0% -> 95.5% (floor 0.96 -> 0.955); moved by the rebuilt model at the margin.
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: child focus 84.0% -> 85.5% (floor 0.84 -> 0.855).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: reflection 95.5% -> 96.5% (floor 0.955 -> 0.965).
const FLOORS = { childFocus: 0.855, reflection: 0.965, actions: 0.92, reviewsPrevious: 0.9, copied: 1 };

describeOutsideCorpus(
  'the sixty-seventh outside corpus (measured blind once, now development material)',
  'outside67',
  { records: 200, styles: 10 },
  FLOORS,
);
