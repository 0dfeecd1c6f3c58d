/**
 * Issue 22: the hundred-and-twelfth outside corpus (test/fixtures/supervision-outside112-corpus.json), 200
 * records (DG001-DG200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a Merseyside dockside ward, Irish Catholic families, a large Chinese community, new student flats, a women's refuge), blind to the detector, the model and the other corpora;
 * the writers' brief asked for the same child's earlier record as `previous` whenever a record follows one.
 * The lead measured it blind, looking at no miss, with main before the thirty-third session's rounds (c1844ed,
 * 2026-12-06, 22:40-22:48 UTC): child focus 95.5%, reflection 98.0%, actions 99.0%, reviews 97.5%, copied 100.0%;
 * and after round 51 merged (the voice named absent, a topic or a value; the model retrained on outside2-109) (62a67e5): child focus 95.0%, reflection 98.0%, actions 99.0%, reviews 97.5%, copied 100.0%. Floors: the measure after them. It stays blind until a round has been measured on it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.95, reflection: 0.98, actions: 0.99, reviewsPrevious: 0.975, copied: 1 };

describeOutsideCorpus(
  'the hundred-and-twelfth outside corpus (written and measured blind)',
  'outside112',
  { records: 200, styles: 10 },
  FLOORS,
);
