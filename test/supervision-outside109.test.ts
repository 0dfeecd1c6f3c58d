/**
 * Issue 22: the hundred-and-ninth outside corpus (test/fixtures/supervision-outside109-corpus.json), 200
 * records (DD001-DD200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (an inner-city ward of a northern port city, Yemeni and Roma families, houses in multiple occupation), blind to the detector, the model and the other corpora.
 * The lead measured it blind, looking at no miss, with main before the thirty-second session's rounds (30df023,
 * 2026-12-06, 19:50 UTC): child focus 89.5%, reflection 98.0%, actions 95.5%, reviews 91.5%, copied 100.0%;
 * and after rounds 49 and 50 merged and the model retrained on outside2-105 (a199968): child focus 89.0%, reflection 98.0%, actions 95.5%, reviews 91.5%, copied 100.0%. Floors: the measure after them.
 * Development material since round 51 (thirty-third session, 2026-12-06: BLIND_OUTSIDE = 'outside110'):
 * outside106-109 were measured blind in the thirty-second session at 715 -> 717 of 800 child focus and 727 -> 728
 * reviews (rounds 49 and 50 merged), then their misses studied; in the model's training since round 51 (s22-mod51: TRAINED_BEFORE = 'outside110'), so their figures here are in-sample.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 51 (s22-mod51, 2026-12-06: the model retrained on outside2-109, TRAINED_BEFORE outside110, the builder's settings unchanged): raised to the measure: child focus 178 -> 181 of 200 (floor 0.89 -> 0.905); this set is now in the training, so the figure is in-sample (the held-out one is in docs/supervision-accuracy.md, round 51).
const FLOORS = { childFocus: 0.905, reflection: 0.98, actions: 0.955, reviewsPrevious: 0.915, copied: 1 };

describeOutsideCorpus(
  'the hundred-and-ninth outside corpus (written and measured blind)',
  'outside109',
  { records: 200, styles: 10 },
  FLOORS,
);
