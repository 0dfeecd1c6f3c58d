/**
 * Issue 22: the ninety-seventh outside corpus (test/fixtures/supervision-outside97-corpus.json), 200
 * records (CR001-CR200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a fast-growing new town in Kent, new-build estates and a Nepali community), blind to the detector, the model and the other corpora.
 * The lead measured it blind, looking at no miss, with main before the twenty-ninth session's rounds (b262e5c,
 * 2026-12-06, 11:01 UTC): child focus 89.0%, reflection 95.5%, actions 94.5%, reviews 93.5%, copied 100.0%;
 * and after them: child focus 89.0%, reflection 95.5%, actions 94.5%, reviews 93.5%, copied 100.0%. Floors: the measure after them.
 * Development material since round 43 (s22-acc47, BLIND_OUTSIDE = 'outside98'): outside94-97 were measured blind
 * in the twenty-ninth session at 700 -> 702 of 800 child focus (rounds 41 and 42 merged), then their misses
 * studied; not in the model's training (TRAINED_BEFORE = 'outside94': round 44's retrain with them was undone at merge).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.89, reflection: 0.955, actions: 0.945, reviewsPrevious: 0.935, copied: 1 };

describeOutsideCorpus(
  'the ninety-seventh outside corpus (written and measured blind)',
  'outside97',
  { records: 200, styles: 10 },
  FLOORS,
);
