/**
 * Issue 22: the eleventh outside corpus (test/fixtures/supervision-outside11-corpus.json), 202 records in
 * ten styles, each written by hand on 2026-12-03 by a writer given only the criteria and the issue
 * text, blind to the detector, the model and the other corpora (a coastal unitary council, a Welsh-border shire, a practice-improvement team, an out-of-hours team). It is not development
 * material: the model is not trained on it and its misses are never listed
 * (bench/supervisionAccuracy.ts). The lead measured it once, at 13:12 UTC, with the build of
 * 0315efe (the scoring-speed work merged after it changed no judgement: same figures at 14:40):
 * child focus 93.6% (189/202), reflection 94.6% (191/202), actions 96.5% (195/202), reviews
 * 98.0% (198/202), copied 100%.
 * The floors are those figures, just under, so no later change loses them unnoticed.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.935, reflection: 0.945, actions: 0.96, reviewsPrevious: 0.975, copied: 0.99 };

describeOutsideCorpus(
  'the eleventh outside corpus (written blind, measured only)',
  'outside11',
  { records: 202, styles: 10 },
  FLOORS,
);
