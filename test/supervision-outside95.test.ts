/**
 * Issue 22: the ninety-fifth outside corpus (test/fixtures/supervision-outside95-corpus.json), 200
 * records (CP001-CP200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (an inner-city borough in the north-west, tower blocks, Somali and Polish communities), blind to the detector, the model and the other corpora.
 * The lead measured it blind, looking at no miss, with main before the twenty-ninth session's rounds (b262e5c,
 * 2026-12-06, 11:01 UTC): child focus 88.5%, reflection 94.0%, actions 91.5%, reviews 92.5%, copied 100.0%;
 * and after them: child focus 88.0%, reflection 94.5%, actions 91.5%, reviews 92.5%, copied 100.0%. Floors: the measure after them.
 * Development material since round 43 (s22-acc47, BLIND_OUTSIDE = 'outside98'): outside94-97 were measured blind
 * in the twenty-ninth session at 700 -> 702 of 800 child focus (rounds 41 and 42 merged), then their misses
 * studied; not in the model's training (TRAINED_BEFORE = 'outside94': round 44's retrain with them was undone at merge).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.88, reflection: 0.945, actions: 0.915, reviewsPrevious: 0.925, copied: 1 };

describeOutsideCorpus(
  'the ninety-fifth outside corpus (written and measured blind)',
  'outside95',
  { records: 200, styles: 10 },
  FLOORS,
);
