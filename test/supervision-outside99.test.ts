/**
 * Issue 22: the ninety-ninth outside corpus (test/fixtures/supervision-outside99-corpus.json), 200
 * records (CT001-CT200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a port city on the south coast, a naval dockyard and a Gypsy and Traveller site), blind to the detector, the model and the other corpora.
 * The lead measured it blind, looking at no miss, with main before the thirtieth session's rounds (428e3c8,
 * 2026-12-06, 13:56 UTC): child focus 90.5%, reflection 96.0%, actions 93.5%, reviews 90.0%, copied 100.0%;
 * and after rounds 43 and 45 merged (round 44 merged without its retrain) and the model rebuilt: child focus 90.5%, reflection 96.0%, actions 93.5%, reviews 90.5%, copied 100.0%. Floors: the measure after them. It stays blind until a round has been measured on it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.905, reflection: 0.96, actions: 0.935, reviewsPrevious: 0.905, copied: 1 };

describeOutsideCorpus(
  'the ninety-ninth outside corpus (written and measured blind)',
  'outside99',
  { records: 200, styles: 10 },
  FLOORS,
);
