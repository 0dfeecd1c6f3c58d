/**
 * Issue 22: the hundred-and-tenth outside corpus (test/fixtures/supervision-outside110-corpus.json), 200
 * records (DE001-DE200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a Thames-side town in Kent, a Sikh gurdwara, a closed cement works, new-build estates, children placed out of London boroughs), blind to the detector, the model and the other corpora;
 * the writers' brief asked for the same child's earlier record as `previous` whenever a record follows one.
 * The lead measured it blind, looking at no miss, with main before the thirty-third session's rounds (c1844ed,
 * 2026-12-06, 22:40-22:48 UTC): child focus 96.5%, reflection 96.5%, actions 98.0%, reviews 95.5%, copied 100.0%;
 * and after round 51 merged (the voice named absent, a topic or a value; the model retrained on outside2-109) (62a67e5): child focus 97.0%, reflection 96.5%, actions 98.0%, reviews 95.5%, copied 100.0%. Floors: the measure after them. It stays blind until a round has been measured on it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.97, reflection: 0.965, actions: 0.98, reviewsPrevious: 0.955, copied: 1 };

describeOutsideCorpus(
  'the hundred-and-tenth outside corpus (written and measured blind)',
  'outside110',
  { records: 200, styles: 10 },
  FLOORS,
);
