/**
 * Issue 22: the ninety-third outside corpus (test/fixtures/supervision-outside93-corpus.json), 200
 * records (CN001-CN200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a coastal city in the north-east, shipyard estates and a busy A&E), blind to the detector, the model and the other corpora.
 * The lead measured it blind with main before the twenty-eighth session's rounds (8f9f039, 2026-12-06, 08:20 UTC, load 6-7),
 * looking at no miss: child focus 90.0%, reflection 96.0%, actions 94.0%, reviews 94.5%, copied 100.0%;
 * floors set to this measure. Development material since round 41 (s22-acc45, BLIND_OUTSIDE = 'outside94'):
 * outside90-93 were measured blind in the twenty-eighth session at 709 -> 710 of 800 child focus (rounds 39
 * and 40 merged), then their misses studied; not in the model's training (TRAINED_BEFORE = 'outside82').
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.9, reflection: 0.96, actions: 0.94, reviewsPrevious: 0.945, copied: 1 };

describeOutsideCorpus(
  'the ninety-third outside corpus (written and measured blind)',
  'outside93',
  { records: 200, styles: 10 },
  FLOORS,
);
