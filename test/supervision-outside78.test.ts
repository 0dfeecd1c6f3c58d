/**
 * Issue 22: the seventy-eighth outside corpus (test/fixtures/supervision-outside78-corpus.json), 200
 * records (BY001-BY200) in ten styles, each written by hand on the night of 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a rural county: a 4-year-old in an unheated static caravan, a 15-year-old boy on a child criminal exploitation plan working for "cousins", a 9-month-old with a head injury blamed on a sibling, a 12-year-old young carer for a father with multiple sclerosis, a 7-year-old Traveller girl not on a school roll, a 17-year-old in supported lodgings).
 * The lead measured it blind with main before the twenty-fifth session's rounds (45d66cc, 2026-12-06, 00:03 UTC),
 * looking at no miss: child focus 86.5%, reflection 93.5%, actions 92.5%, reviews 88.5%, copied 100.0%. Then with the session's rounds merged (01:27 UTC), no miss looked at:
 * child focus 87.0%, reflection 93.5%, actions 93.0%, reviews 89.5%, copied 100.0%; floors set to this measure.
 * Child focus, reviews under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Now development material (round 34 step 1, s22-acc37, 2026-12-06: BLIND_OUTSIDE = 'outside82'; the model retrained with
 * outside78-81): training figures child focus 89.0%, reflection 93.5%, actions 93.0%, reviews 90.5%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.89, reflection: 0.935, actions: 0.93, reviewsPrevious: 0.905, copied: 1 };

describeOutsideCorpus(
  'the seventy-eighth outside corpus (measured blind once, now development material)',
  'outside78',
  { records: 200, styles: 10 },
  FLOORS,
);
