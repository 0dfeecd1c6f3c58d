/**
 * Issue 22: the hundred-and-seventeenth outside corpus (test/fixtures/supervision-outside117-corpus.json), 200
 * records (DL001-DL200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a Teesside estate town, a closed steelworks, high child poverty, a Kurdish community, a family hub), blind to the detector, the model and the other corpora;
 * the writers' brief asked for the same child's earlier record as `previous` whenever a record follows one.
 * The lead measured it blind, looking at no miss, with main before the thirty-third session's rounds (c1844ed,
 * 2026-12-06, 22:40-22:48 UTC): child focus 94.0%, reflection 93.0%, actions 92.5%, reviews 90.5%, copied 100.0%;
 * and after round 51 merged (the voice named absent, a topic or a value; the model retrained on outside2-109) (62a67e5): child focus 94.0%, reflection 92.5%, actions 92.5%, reviews 90.5%, copied 100.0%. Floors: the measure after them. It stays blind until a round has been measured on it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.94, reflection: 0.925, actions: 0.925, reviewsPrevious: 0.905, copied: 1 };

describeOutsideCorpus(
  'the hundred-and-seventeenth outside corpus (written and measured blind)',
  'outside117',
  { records: 200, styles: 10 },
  FLOORS,
);
