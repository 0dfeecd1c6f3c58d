/**
 * Issue 22: the thirty-fifth outside corpus (test/fixtures/supervision-outside35-corpus.json), 200
 * records (AH001-AH200) in ten styles, each written by hand on 2026-12-04 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a leaving-care personal adviser (pathway plans, staying put, NRM decisions), a Welsh council's "what matters" conversations, kinship care with grandparents, a MARAC case with an IDVA, a permanently excluded child, a supervisor writing short timed sentences, a worker for whom English is a second language).
 * The lead measured it blind before and after the rounds that followed its writing
 * (s22-acc15, round 15; s22-acc16, round 16), and looked at no miss:
 * before, main's build 28d0b99 (2026-12-04 18:00 UTC): child focus 91.5%, reflection 95.5%, actions 94.5%, reviews 93.5%, copied 100%;
 * after, the merge of round 15 (18:45 UTC): child focus 91.5%, reflection 96.0%, actions 94.5%, reviews 94.5%, copied 100%;
 * after round 16 too (s22-acc16, merged 19:15 UTC): child focus 91.5%, reflection 96.5%, actions 95.0%, reviews 94.5%, copied 100%; floors raised to it.
 * Every criterion is at or over issue 22's 90%. Now development material (round 17, s22-acc17: BLIND_OUTSIDE = 'outside38'; the model retrained with it).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// s22-acc17 (round 17, step 1): child focus, reflection and reviews raised to the training figures (now development material, the model retrained with it; measured, rounded down to 0.005).
// s22-acc17 (round 17): childFocus raised 0.925 -> 0.93 (earlier actions' fate told in other words, an unborn baby's record; measured, rounded down to 0.005).
// s22-acc17 (round 17): actions raised 0.95 -> 0.955 (earlier actions' fate told in other words, an unborn baby's record; measured, rounded down to 0.005).
// s22-acc17 (round 17): reviewsPrevious raised 0.97 -> 0.98 (earlier actions' fate told in other words, an unborn baby's record; measured, rounded down to 0.005).
// s22-acc20 (round 20, step 1: outside38-41 became development material, the model retrained with them): reviews raised to the training figures (measured, rounded down to 0.005); lowered to the measure: child focus 93.0% -> 92.0% (2 records down: fp 12 -> 14, fn 2 -> 2) (one record or more moved by the retrained model, no rule changed).
// Lead, round 21 step 1 (2026-12-05: outside42-45 became development material, the model retrained with them): lowered to the measure: child focus 92.0% -> 91.5% (1 record down: fp 14 -> 15, fn 2 -> 2); reviews 99.0% -> 97.0% (4 records down: fp 0 -> 2, fn 2 -> 4) (one record or more moved by the retrained model, no rule changed).
// s22-acc22 (round 21): the model retrained (builder's output) once actions also count a meeting set for a day (an input the model reads): childFocus 0.915 -> 0.92 (raised; measured 92.0%, 184/200, one record up); reviewsPrevious 0.97 -> 0.965 (lowered; measured 96.5%, 193/200, one record down).
// Round 24 step 1 (s22-acc25, 2026-12-05: outside46-57 became development material, the model retrained with them): raised to the measure: reviews 96.5% -> 97.5% (floor 0.965 -> 0.975).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): raised to the measure: child focus 93.5% -> 93.0% (floor 0.92 -> 0.93).
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): raised to the measure: child focus 93.0% -> 94.0% (floor 0.93 -> 0.94).
// s22-acc29 (round 26): actions 0.955 -> 0.96 (191 -> 192 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): child focus 0.93 -> 0.94, actions 0.955 -> 0.96.
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): lowered to the measure: reviews 97.5% -> 96.5% (195 -> 193 of 200; floor 0.975 -> 0.965).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): lowered to the measure: child focus 94.0% -> 93.5% (1 record down: fp 9 -> 9, fn 3 -> 4; floor 0.94 -> 0.935; moved by the retrained model, no rule changed).
const FLOORS = { childFocus: 0.935, reflection: 0.97, actions: 0.96, reviewsPrevious: 0.965, copied: 1 };

describeOutsideCorpus(
  'the thirty-fifth outside corpus (measured blind, now development material)',
  'outside35',
  { records: 200, styles: 10 },
  FLOORS,
);
