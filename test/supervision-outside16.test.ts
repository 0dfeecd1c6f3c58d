/**
 * Issue 22: the sixteenth outside corpus (test/fixtures/supervision-outside16-corpus.json), 200 records in
 * ten styles, each written by hand on 2026-12-03 by a writer given only the criteria and the issue
 * text, blind to the detector, the model and the other corpora (an inner-London borough's assessment and MASH teams, a county's fostering and children-in-care service, a children's hospital social work team; phone-typed notes, agency locums).
 * It is not development material: the model is not trained on it and its misses are never listed
 * (bench/supervisionAccuracy.ts, BLIND_OUTSIDE). The lead measured it once before and once after
 * the round that followed its writing (s22-refl2 and s22-rp):
 * before, with main's build 896010f (18:00 UTC): child focus 87.5%, reflection 93.5%, actions 98.0%, reviews 94.5%, copied 100%;
 * after, with 0f7c2e4 (19:40 UTC, the model trained on outside to outside15): child focus 87.0% (174/200), reflection 94.0% (188/200), actions 98.0% (196/200), reviews 96.0% (192/200), copied 100% (200/200).
 * Child focus is under issue 22's 90% for writing from outside the project (precision 84.3%,
 * recall 86.2%): the issue is not done. The floors are the figures after, just under, so no later
 * change loses them unnoticed.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.865, reflection: 0.935, actions: 0.975, reviewsPrevious: 0.955, copied: 1 };

describeOutsideCorpus(
  'the sixteenth outside corpus (written blind, measured only)',
  'outside16',
  { records: 200, styles: 10 },
  FLOORS,
);
