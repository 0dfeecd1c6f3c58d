/**
 * Issue 22: the hundred-and-sixth outside corpus (test/fixtures/supervision-outside106-corpus.json), 200
 * records (DA001-DA200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a Leeds suburb and its outlying estates, an Irish Traveller community, a teaching hospital, a Catholic secondary), blind to the detector, the model and the other corpora.
 * The lead measured it blind, looking at no miss, with main before the thirty-second session's rounds (30df023,
 * 2026-12-06, 19:50 UTC): child focus 89.0%, reflection 97.0%, actions 94.0%, reviews 92.5%, copied 100.0%;
 * and after rounds 49 and 50 merged and the model retrained on outside2-105 (a199968): child focus 89.5%, reflection 97.0%, actions 94.0%, reviews 92.5%, copied 100.0%. Floors: the measure after them.
 * Development material since round 51 (thirty-third session, 2026-12-06: BLIND_OUTSIDE = 'outside110'):
 * outside106-109 were measured blind in the thirty-second session at 715 -> 717 of 800 child focus and 727 -> 728
 * reviews (rounds 49 and 50 merged), then their misses studied; not in the model's training (TRAINED_BEFORE = 'outside106').
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 51 (s22-cf51, 2026-12-06: the child's voice named absent, as a topic discussed ('Voice of the child discussed') or as a value ('is central to') is not the voice; the lexicon's negatedAfter): raised to the measure: child focus 179 -> 180 of 200 (floor 0.895 -> 0.9); the lead's blind measure was the floor; the committed model (TRAINED_BEFORE outside106) has not seen this set.
const FLOORS = { childFocus: 0.9, reflection: 0.97, actions: 0.94, reviewsPrevious: 0.925, copied: 1 };

describeOutsideCorpus(
  'the hundred-and-sixth outside corpus (written and measured blind)',
  'outside106',
  { records: 200, styles: 10 },
  FLOORS,
);
