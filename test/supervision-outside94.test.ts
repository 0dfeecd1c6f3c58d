/**
 * Issue 22: the ninety-fourth outside corpus (test/fixtures/supervision-outside94-corpus.json), 200
 * records (CO001-CO200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a rural district of market towns and farm villages in the East, seasonal agricultural workers), blind to the detector, the model and the other corpora.
 * The lead measured it blind, looking at no miss, with main before the twenty-ninth session's rounds (b262e5c,
 * 2026-12-06, 11:01 UTC): child focus 85.5%, reflection 94.5%, actions 94.0%, reviews 91.5%, copied 100.0%;
 * and after them: child focus 87.0%, reflection 94.5%, actions 94.0%, reviews 91.0%, copied 100.0%. Floors: the measure after them.
 * Development material since round 43 (s22-acc47, BLIND_OUTSIDE = 'outside98'): outside94-97 were measured blind
 * in the twenty-ninth session at 700 -> 702 of 800 child focus (rounds 41 and 42 merged), then their misses
 * studied; not in the model's training (TRAINED_BEFORE = 'outside94': round 44's retrain with them was undone at merge).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.87, reflection: 0.945, actions: 0.94, reviewsPrevious: 0.91, copied: 1 };

describeOutsideCorpus(
  'the ninety-fourth outside corpus (written and measured blind)',
  'outside94',
  { records: 200, styles: 10 },
  FLOORS,
);
