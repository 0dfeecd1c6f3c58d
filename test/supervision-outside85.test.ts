/**
 * Issue 22: the eighty-fifth outside corpus (test/fixtures/supervision-outside85-corpus.json), 200
 * records (CF001-CF200) in ten styles, each written by hand in the early hours of 2026-12-06 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a university city: a 13-year-old girl with an eating disorder, a 2-year-old where fabricated or induced illness is suspected, a 16-year-old trans boy sofa-surfing, a 6-year-old deaf child who uses BSL whose parents do not sign, siblings of 9 and 11 privately fostered, a 14-year-old boy in county lines arrested in another county).
 * The lead measured it blind with main before the twenty-sixth session's rounds (53a9cb0, 2026-12-06, 02:30 UTC),
 * looking at no miss: child focus 87.0%, reflection 94.5%, actions 94.0%, reviews 93.5%, copied 100.0%. Then with the session's rounds merged (04:03 UTC), no miss looked at:
 * child focus 88.5%, reflection 94.5%, actions 94.5%, reviews 93.5%, copied 100.0%; floors set to this measure.
 * Child focus under issue 22's 90% for writing from outside the project: the issue is
 * not done. Development material since the twenty-eighth session (rounds 39 and 40 studied its misses;
 * BLIND_OUTSIDE = 'outside90'), and in the model's training since round 42 (s22-acc46: TRAINED_BEFORE = 'outside94'), so
 * its figures with the model are training figures.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.885, reflection: 0.945, actions: 0.945, reviewsPrevious: 0.935, copied: 1 };

describeOutsideCorpus(
  'the eighty-fifth outside corpus (written and measured blind)',
  'outside85',
  { records: 200, styles: 10 },
  FLOORS,
);
