/**
 * Issue 22: the eightieth outside corpus (test/fixtures/supervision-outside80-corpus.json), 200
 * records (CA001-CA200) in ten styles, each written by hand on the night of 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a large city: a pre-birth assessment for a mother who was herself in care, a 13-year-old autistic boy at a residential school 100 miles away, a 6-year-old who says his stepfather squeezes his neck, a 15-year-old girl in a secure children's home, siblings of 2, 5 and 8 in a neglect case, a 10-year-old whose father is in prison for murder).
 * The lead measured it blind with main before the twenty-fifth session's rounds (45d66cc, 2026-12-06, 00:03 UTC),
 * looking at no miss: child focus 88.5%, reflection 97.0%, actions 90.5%, reviews 93.0%, copied 100.0%. Then with the session's rounds merged (01:27 UTC), no miss looked at:
 * child focus 88.5%, reflection 97.0%, actions 90.5%, reviews 93.5%, copied 100.0%; floors set to this measure.
 * Child focus under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Now development material (round 34 step 1, s22-acc37, 2026-12-06: BLIND_OUTSIDE = 'outside82'; the model retrained with
 * outside78-81): training figures child focus 89.0%, reflection 97.5%, actions 90.5%, reviews 94.0%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.89, reflection: 0.975, actions: 0.905, reviewsPrevious: 0.94, copied: 1 };

describeOutsideCorpus(
  'the eightieth outside corpus (measured blind once, now development material)',
  'outside80',
  { records: 200, styles: 10 },
  FLOORS,
);
