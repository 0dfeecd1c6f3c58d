/**
 * Issue 22: the seventeenth outside corpus (test/fixtures/supervision-outside17-corpus.json), 201 records in
 * ten styles, each written by hand on 2026-12-03 by a writer given only the criteria and the issue
 * text, blind to the detector, the model and the other corpora (a rural district's CP and CIN teams, a metropolitan borough's youth justice and contextual safeguarding team, a private fostering and unaccompanied children's team; first-person supervisors, a new manager's brief notes, records pasted with capitalised field labels, bullet points).
 * It is not development material: the model is not trained on it and its misses are never listed
 * (bench/supervisionAccuracy.ts, BLIND_OUTSIDE). The lead measured it once before and once after
 * the round that followed its writing (s22-refl2 and s22-rp):
 * before, with main's build 896010f (18:01 UTC): child focus 91.5%, reflection 95.5%, actions 98.0%, reviews 89.1%, copied 100%;
 * after, with 0f7c2e4 (19:40 UTC, the model trained on outside to outside15): child focus 92.0% (185/201), reflection 96.0% (193/201), actions 98.0% (197/201), reviews 92.5% (186/201), copied 100% (201/201).
 * Every criterion is over issue 22's 90% for writing from outside the project after the round
 * (reviews of previous actions was under it before: recall 66.7%, then 77.8%). The floors are the
 * figures after, just under, so no later change loses them unnoticed.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.915, reflection: 0.955, actions: 0.975, reviewsPrevious: 0.92, copied: 1 };

describeOutsideCorpus(
  'the seventeenth outside corpus (written blind, measured only)',
  'outside17',
  { records: 201, styles: 10 },
  FLOORS,
);
