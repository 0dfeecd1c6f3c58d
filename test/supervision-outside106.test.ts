/**
 * Issue 22: the hundred-and-sixth outside corpus (test/fixtures/supervision-outside106-corpus.json), 200
 * records (DA001-DA200) in ten styles, each written by hand on 2026-12-06 by a writer given only the
 * criteria, the styles and the voices (a Leeds suburb and its outlying estates, an Irish Traveller community, a teaching hospital, a Catholic secondary), blind to the detector, the model and the other corpora.
 * The lead measured it blind, looking at no miss, with main before the thirty-second session's rounds (30df023,
 * 2026-12-06, 19:50 UTC): child focus 89.0%, reflection 97.0%, actions 94.0%, reviews 92.5%, copied 100.0%;
 * and after rounds 49 and 50 merged and the model retrained on outside2-105 (a199968): child focus 89.5%, reflection 97.0%, actions 94.0%, reviews 92.5%, copied 100.0%. Floors: the measure after them.
 * Development material since round 51 (thirty-third session, 2026-12-06: BLIND_OUTSIDE = 'outside110'):
 * outside106-109 were measured blind in the thirty-second session at 715 -> 717 of 800 child focus and 727 -> 728
 * reviews (rounds 49 and 50 merged), then their misses studied; in the model's training since round 51 (s22-mod51: TRAINED_BEFORE = 'outside110'), so their figures here are in-sample.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 51 (s22-cf51, 2026-12-06: the child's voice named absent, as a topic discussed ('Voice of the child discussed') or as a value ('is central to') is not the voice; the lexicon's negatedAfter): raised to the measure: child focus 179 -> 180 of 200 (floor 0.895 -> 0.9); the lead's blind measure was the floor; the committed model (TRAINED_BEFORE outside106) has not seen this set.
// Round 51 (s22-mod51, 2026-12-06: the model retrained on outside2-109, TRAINED_BEFORE outside110, the builder's settings unchanged): raised to the measure: child focus 179 -> 182 of 200 (floor 0.895 -> 0.91); this set is now in the training, so the figure is in-sample (the held-out one is in docs/supervision-accuracy.md, round 51).
// Round 51 (s22-mod51, 2026-12-06: the model retrained on outside2-109, TRAINED_BEFORE outside110, the builder's settings unchanged): raised to the measure: reflection 194 -> 195 of 200 (floor 0.97 -> 0.975); this set is now in the training, so the figure is in-sample (the held-out one is in docs/supervision-accuracy.md, round 51).
// Round 51 (s22-mod51, 2026-12-06: the model retrained on outside2-109, TRAINED_BEFORE outside110, the builder's settings unchanged): raised to the measure: reviews 185 -> 186 of 200 (floor 0.925 -> 0.93); this set is now in the training, so the figure is in-sample (the held-out one is in docs/supervision-accuracy.md, round 51).
// Lead at merge (round 51: s22-cf51's phrases and s22-mod51's retrain on outside2-109 rebuilt together): child focus 182 -> 183 of 200 (floor 0.91 -> 0.915), in-sample.
const FLOORS = { childFocus: 0.915, reflection: 0.975, actions: 0.94, reviewsPrevious: 0.93, copied: 1 };

describeOutsideCorpus(
  'the hundred-and-sixth outside corpus (written and measured blind)',
  'outside106',
  { records: 200, styles: 10 },
  FLOORS,
);
