/**
 * Issue 22: the eighty-eighth outside corpus (test/fixtures/supervision-outside88-corpus.json), 200
 * records (CI001-CI200) in ten styles, each written by hand early on 2026-12-06 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (an inner-city borough: a 9-year-old living with a parent who hoards, a 14-year-old girl repeatedly missing from a children's home, a 5-year-old in a refuge with her mother after domestic abuse, a 15-year-old boy stabbed and at risk of retaliation, a 1-year-old whose parents use crack cocaine, a 10-year-old with a life-limiting condition and exhausted parents).
 * The lead measured it blind with main before the twenty-seventh session's rounds (a69d68f, 2026-12-06, 05:14-05:23 UTC, load 7.4-9.2),
 * looking at no miss: child focus 85.5%, reflection 96.5%, actions 91.5%, reviews 87.5%, copied 98.5%; floors set to this measure (the session's
 * rounds 36-38 were not merged: docs/supervision-accuracy.md says why).
 * Child focus, reviews under issue 22's 90% for writing from outside the project: the issue is
 * not done. Development material since the twenty-eighth session (rounds 39 and 40 studied its misses;
 * BLIND_OUTSIDE = 'outside90'), and in the model's training since round 42 (s22-acc46: TRAINED_BEFORE = 'outside94'), so
 * its figures with the model are training figures.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.855, reflection: 0.965, actions: 0.915, reviewsPrevious: 0.875, copied: 0.985 };

describeOutsideCorpus(
  'the eighty-eighth outside corpus (written and measured blind)',
  'outside88',
  { records: 200, styles: 10 },
  FLOORS,
);
