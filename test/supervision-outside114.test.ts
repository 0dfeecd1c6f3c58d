/**
 * Issue 22: the hundred-and-fourteenth outside corpus (test/fixtures/supervision-outside114-corpus.json), 200
 * records (DI001-DI200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a Derbyshire former mining town, ex-pit villages, a large Slovak Roma community, a pupil referral unit), blind to the detector, the model and the other corpora;
 * the writers' brief asked for the same child's earlier record as `previous` whenever a record follows one.
 * The lead measured it blind, looking at no miss, with main before the thirty-third session's rounds (c1844ed,
 * 2026-12-06, 22:40-22:48 UTC): child focus 94.5%, reflection 96.0%, actions 96.5%, reviews 87.5%, copied 100.0%;
 * and after round 51 merged (the voice named absent, a topic or a value; the model retrained on outside2-109) (62a67e5): child focus 94.5%, reflection 96.5%, actions 96.5%, reviews 87.5%, copied 100.0%. Floors: the measure after them. It stays blind until a round has been measured on it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.945, reflection: 0.965, actions: 0.965, reviewsPrevious: 0.875, copied: 1 };

describeOutsideCorpus(
  'the hundred-and-fourteenth outside corpus (written and measured blind)',
  'outside114',
  { records: 200, styles: 10 },
  FLOORS,
);
