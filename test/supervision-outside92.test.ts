/**
 * Issue 22: the ninety-second outside corpus (test/fixtures/supervision-outside92-corpus.json), 200
 * records (CM001-CM200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a Black Country town in the West Midlands, grandparents as carers), blind to the detector, the model and the other corpora.
 * The lead measured it blind with main before the twenty-eighth session's rounds (8f9f039, 2026-12-06, 08:20 UTC, load 6-7),
 * looking at no miss: child focus 87.0%, reflection 98.0%, actions 95.0%, reviews 89.0%, copied 100.0%;
 * floors set to this measure. Development material since round 41 (s22-acc45, BLIND_OUTSIDE = 'outside94'):
 * outside90-93 were measured blind in the twenty-eighth session at 709 -> 710 of 800 child focus (rounds 39
 * and 40 merged), then their misses studied; not in the model's training (TRAINED_BEFORE = 'outside82').
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.87, reflection: 0.98, actions: 0.95, reviewsPrevious: 0.89, copied: 1 };

describeOutsideCorpus(
  'the ninety-second outside corpus (written and measured blind)',
  'outside92',
  { records: 200, styles: 10 },
  FLOORS,
);
