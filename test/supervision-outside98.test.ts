/**
 * Issue 22: the ninety-eighth outside corpus (test/fixtures/supervision-outside98-corpus.json), 200
 * records (CS001-CS200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a former mill town in the Derbyshire hills, quarry work and holiday lets), blind to the detector, the model and the other corpora.
 * The lead measured it blind, looking at no miss, with main before the thirtieth session's rounds (428e3c8,
 * 2026-12-06, 13:56 UTC): child focus 89.5%, reflection 96.5%, actions 94.0%, reviews 86.5%, copied 100.0%;
 * and after rounds 43 and 45 merged (round 44 merged without its retrain) and the model rebuilt: child focus 89.5%, reflection 96.5%, actions 94.0%, reviews 86.5%, copied 100.0%. Floors: the measure after them.
 * Development material since round 46 (s22-pron, BLIND_OUTSIDE = 'outside102'): outside98-101 were measured blind
 * in the thirtieth session at 713 -> 714 of 800 child focus and 699 -> 700 reviews (rounds 43 and 45 merged), then
 * their misses studied; not in the model's training (TRAINED_BEFORE = 'outside94').
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.895, reflection: 0.965, actions: 0.94, reviewsPrevious: 0.865, copied: 1 };

describeOutsideCorpus(
  'the ninety-eighth outside corpus (written and measured blind)',
  'outside98',
  { records: 200, styles: 10 },
  FLOORS,
);
