/**
 * Issue 22: the eighty-first outside corpus (test/fixtures/supervision-outside81-corpus.json), 200
 * records (CB001-CB200) in ten styles, each written by hand on the night of 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a northern borough: a 14-year-old girl at risk of forced marriage, a 5-year-old with selective mutism, a 2-year-old with faltering growth whose parents have learning disabilities, a 16-year-old boy on remand, an 8-year-old in a refuge with his mother, a 12-year-old girl caring for a mother with depression and alcohol misuse).
 * The lead measured it blind with main before the twenty-fifth session's rounds (45d66cc, 2026-12-06, 00:03 UTC),
 * looking at no miss: child focus 89.0%, reflection 95.0%, actions 89.0%, reviews 91.5%, copied 100.0%. Then with the session's rounds merged (01:27 UTC), no miss looked at:
 * child focus 88.5%, reflection 95.0%, actions 89.0%, reviews 91.0%, copied 100.0%; floors set to this measure.
 * Child focus, actions under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Now development material (round 34 step 1, s22-acc37, 2026-12-06: BLIND_OUTSIDE = 'outside82'; the model retrained with
 * outside78-81): training figures child focus 91.0%, reflection 95.0%, actions 89.0%, reviews 91.0%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 40 (s22-acc44, 2026-12-06): lowered to the measure: child focus 182 -> 181 of 200 (floor 0.91 -> 0.905; round 40's capitalised opening word read as the word, with main's model (a record at the model's margin)).
const FLOORS = { childFocus: 0.905, reflection: 0.95, actions: 0.89, reviewsPrevious: 0.91, copied: 1 };

describeOutsideCorpus(
  'the eighty-first outside corpus (measured blind once, now development material)',
  'outside81',
  { records: 200, styles: 10 },
  FLOORS,
);
