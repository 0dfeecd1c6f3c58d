/**
 * Issue 22: the eighty-third outside corpus (test/fixtures/supervision-outside83-corpus.json), 200
 * records (CD001-CD200) in ten styles, each written by hand in the early hours of 2026-12-06 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (an inner London borough: a 16-year-old unaccompanied Eritrean girl whose age is disputed, a 7-year-old in a hoarded flat, 11-year-old twins caught in their parents' separation, a 3-year-old with an unexplained fractured femur, a 14-year-old boy recovering from a stab wound, a 9-year-old with ADHD on a part-time timetable).
 * The lead measured it blind with main before the twenty-sixth session's rounds (53a9cb0, 2026-12-06, 02:30 UTC),
 * looking at no miss: child focus 89.0%, reflection 94.0%, actions 92.0%, reviews 89.5%, copied 100.0%. Then with the session's rounds merged (04:03 UTC), no miss looked at:
 * child focus 90.0%, reflection 95.0%, actions 92.0%, reviews 89.5%, copied 100.0%; floors set to this measure.
 * reviews under issue 22's 90% for writing from outside the project: the issue is
 * not done. Development material since the twenty-eighth session (rounds 39 and 40 studied its misses;
 * BLIND_OUTSIDE = 'outside90'), and in the model's training since round 42 (s22-acc46: TRAINED_BEFORE = 'outside94'), so
 * its figures with the model are training figures.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 40 (s22-acc44, 2026-12-06): lowered to the measure: reviews 179 -> 178 of 200 (floor 0.895 -> 0.89; round 40's capitalised opening word read as the word, with main's model (a record at the model's margin)).
const FLOORS = { childFocus: 0.9, reflection: 0.95, actions: 0.92, reviewsPrevious: 0.89, copied: 1 };

describeOutsideCorpus(
  'the eighty-third outside corpus (written and measured blind)',
  'outside83',
  { records: 200, styles: 10 },
  FLOORS,
);
