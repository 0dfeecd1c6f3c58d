/**
 * Issue 22: the seventh outside corpus (test/fixtures/supervision-outside7-corpus.json), 211 records
 * in ten styles, each written by hand and labelled on 2026-12-03 by a writer given only the criteria
 * and the issue text, blind to the detector and to the other corpora. A blind set (BLIND_OUTSIDE
 * in bench/supervisionAccuracy.ts and every later set): its misses are never listed. The lead
 * measured it on the detector before round 4 (child focus 88.6%, reflection 84.4%, actions 95.7%, reviews 93.8%, copied 100%) and after round 4 had finished
 * (child focus 89.1% (188/211), reflection 84.8% (179/211), actions 97.6% (206/211), reviews 95.7% (202/211), copied 100%). These floors hold the second figures, just under, so no later change loses them
 * unnoticed; they are not tuned on.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.89, reflection: 0.84, actions: 0.97, reviewsPrevious: 0.95, copied: 0.99 };

describeOutsideCorpus(
  'the seventh outside corpus (a blind set, measured only)',
  'outside7',
  { records: 211, styles: 10 },
  FLOORS,
);
