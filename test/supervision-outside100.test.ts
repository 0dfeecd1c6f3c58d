/**
 * Issue 22: the hundredth outside corpus (test/fixtures/supervision-outside100-corpus.json), 200
 * records (CU001-CU200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a West Yorkshire town, Pakistani and Bangladeshi heritage families, a mosque-run youth project), blind to the detector, the model and the other corpora.
 * The lead measured it blind, looking at no miss, with main before the thirtieth session's rounds (428e3c8,
 * 2026-12-06, 13:56 UTC): child focus 90.5%, reflection 93.5%, actions 89.0%, reviews 83.5%, copied 100.0%;
 * and after rounds 43 and 45 merged (round 44 merged without its retrain) and the model rebuilt: child focus 91.0%, reflection 93.5%, actions 89.0%, reviews 83.5%, copied 100.0%. Floors: the measure after them.
 * Development material since round 46 (s22-pron, BLIND_OUTSIDE = 'outside102'): outside98-101 were measured blind
 * in the thirtieth session at 713 -> 714 of 800 child focus and 699 -> 700 reviews (rounds 43 and 45 merged), then
 * their misses studied; not in the model's training (TRAINED_BEFORE = 'outside94').
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.91, reflection: 0.935, actions: 0.89, reviewsPrevious: 0.835, copied: 1 };

describeOutsideCorpus(
  'the hundredth outside corpus (written and measured blind)',
  'outside100',
  { records: 200, styles: 10 },
  FLOORS,
);
