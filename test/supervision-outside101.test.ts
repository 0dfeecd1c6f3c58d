/**
 * Issue 22: the hundred-and-first outside corpus (test/fixtures/supervision-outside101-corpus.json), 200
 * records (CV001-CV200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a Lincolnshire seaside town, caravan parks, seasonal work and an Eastern European community), blind to the detector, the model and the other corpora.
 * The lead measured it blind, looking at no miss, with main before the thirtieth session's rounds (428e3c8,
 * 2026-12-06, 13:56 UTC): child focus 86.0%, reflection 92.5%, actions 97.0%, reviews 89.5%, copied 100.0%;
 * and after rounds 43 and 45 merged (round 44 merged without its retrain) and the model rebuilt: child focus 86.0%, reflection 92.5%, actions 97.0%, reviews 89.5%, copied 100.0%. Floors: the measure after them. It stays blind until a round has been measured on it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.86, reflection: 0.925, actions: 0.97, reviewsPrevious: 0.895, copied: 1 };

describeOutsideCorpus(
  'the hundred-and-first outside corpus (written and measured blind)',
  'outside101',
  { records: 200, styles: 10 },
  FLOORS,
);
