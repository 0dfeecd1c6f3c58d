/**
 * Issue 22: the ninety-first outside corpus (test/fixtures/supervision-outside91-corpus.json), 200
 * records (CL001-CL200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (an outer London borough beside a major airport, many families in temporary accommodation and speaking several languages at home), blind to the detector, the model and the other corpora.
 * The lead measured it blind with main before the twenty-eighth session's rounds (8f9f039, 2026-12-06, 08:20 UTC, load 6-7),
 * looking at no miss: child focus 86.0%, reflection 97.0%, actions 98.5%, reviews 96.5%, copied 100.0%;
 * floors set to this measure. Development material since round 41 (s22-acc45, BLIND_OUTSIDE = 'outside94'):
 * outside90-93 were measured blind in the twenty-eighth session at 709 -> 710 of 800 child focus (rounds 39
 * and 40 merged), then their misses studied; not in the model's training (TRAINED_BEFORE = 'outside82').
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.86, reflection: 0.97, actions: 0.985, reviewsPrevious: 0.965, copied: 1 };

describeOutsideCorpus(
  'the ninety-first outside corpus (written and measured blind)',
  'outside91',
  { records: 200, styles: 10 },
  FLOORS,
);
