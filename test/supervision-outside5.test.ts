/**
 * Issue 22: the fifth outside corpus (test/fixtures/supervision-outside5-corpus.json), 187 records
 * in ten styles written by hand and labelled on 2026-12-03 by a writer given only the criteria
 * and the issue text, blind to the detector and to the other corpora. It is the blind set
 * (BLIND_OUTSIDE in bench/supervisionAccuracy.ts): measured once by the lead after round 3 had
 * finished, its misses never listed. These floors hold the blind figures (child focus 93.6%,
 * reflection 86.1%, actions 93.0%, reviews 93.6%, copied 100%), so no later change loses them
 * unnoticed; they are not tuned on.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

/** Just under the blind figures (175/187, 161/187, 174/187, 175/187, 187/187). */
const FLOORS = { childFocus: 0.93, reflection: 0.86, actions: 0.93, reviewsPrevious: 0.93, copied: 0.99 };

describeOutsideCorpus(
  'the fifth outside corpus (the blind set, measured once)',
  'outside5',
  { records: 187, styles: 10 },
  FLOORS,
);
