/**
 * Issue 22: the twelfth outside corpus (test/fixtures/supervision-outside12-corpus.json), 195 records in
 * ten styles, each written by hand on 2026-12-03 by a writer given only the criteria and the issue
 * text, blind to the detector, the model and the other corpora (a metropolitan borough with many agency locums, a London borough's contextual-safeguarding team and a disabled children's team).
 * It is not development material: the model is not trained on it and its misses are never listed
 * (bench/supervisionAccuracy.ts). The lead measured it once, at 16:45 UTC, with the build of
 * 5b6a662 (the model trained on outside to outside11): child focus 88.7% (173/195), reflection 94.9% (185/195), actions 94.4% (184/195), reviews 97.9% (191/195), copied 100% (195/195).
 * With main's model before that round (7335263, 15:50): child focus 88.2%, reflection 94.4%.
 * The floors are those figures, just under, so no later change loses them unnoticed. Child focus
 * is under issue 22's 90% for writing from outside the project.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.885, reflection: 0.945, actions: 0.94, reviewsPrevious: 0.975, copied: 1 };

describeOutsideCorpus(
  'the twelfth outside corpus (written blind, measured only)',
  'outside12',
  { records: 195, styles: 10 },
  FLOORS,
);
