/**
 * Issue 22: the hundred-and-eleventh outside corpus (test/fixtures/supervision-outside111-corpus.json), 200
 * records (DF001-DF200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a Shropshire border district, hill farms, a Polish community in the market town, a youth justice team shared with the county), blind to the detector, the model and the other corpora;
 * the writers' brief asked for the same child's earlier record as `previous` whenever a record follows one.
 * The lead measured it blind, looking at no miss, with main before the thirty-third session's rounds (c1844ed,
 * 2026-12-06, 22:40-22:48 UTC): child focus 93.5%, reflection 97.5%, actions 98.5%, reviews 96.5%, copied 100.0%;
 * and after round 51 merged (the voice named absent, a topic or a value; the model retrained on outside2-109) (62a67e5): child focus 93.5%, reflection 97.5%, actions 98.5%, reviews 96.5%, copied 100.0%. Floors: the measure after them. It stays blind until a round has been measured on it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.935, reflection: 0.975, actions: 0.985, reviewsPrevious: 0.965, copied: 1 };

describeOutsideCorpus(
  'the hundred-and-eleventh outside corpus (written and measured blind)',
  'outside111',
  { records: 200, styles: 10 },
  FLOORS,
);
