/**
 * Issue 22: the eighty-seventh outside corpus (test/fixtures/supervision-outside87-corpus.json), 200
 * records (CH001-CH200) in ten styles, each written by hand early on 2026-12-06 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a large rural county: a 3-year-old non-verbal autistic boy in an isolated farm cottage, an 11-year-old girl whose father is in prison for domestic abuse, twins of 7 with their grandparents under a special guardianship order, a 16-year-old unaccompanied asylum-seeking boy from Eritrea, a 13-year-old referred to Prevent, a newborn whose mother has a learning disability).
 * The lead measured it blind with main before the twenty-seventh session's rounds (a69d68f, 2026-12-06, 05:14-05:23 UTC, load 7.4-9.2),
 * looking at no miss: child focus 86.0%, reflection 93.5%, actions 92.0%, reviews 93.5%, copied 98.0%; floors set to this measure (the session's
 * rounds 36-38 were not merged: docs/supervision-accuracy.md says why).
 * Child focus under issue 22's 90% for writing from outside the project: the issue is
 * not done. Development material since the twenty-eighth session (rounds 39 and 40 studied its misses;
 * BLIND_OUTSIDE = 'outside90'), and in the model's training since round 42 (s22-acc46: TRAINED_BEFORE = 'outside94'), so
 * its figures with the model are training figures.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.86, reflection: 0.935, actions: 0.92, reviewsPrevious: 0.935, copied: 0.98 };

describeOutsideCorpus(
  'the eighty-seventh outside corpus (written and measured blind)',
  'outside87',
  { records: 200, styles: 10 },
  FLOORS,
);
