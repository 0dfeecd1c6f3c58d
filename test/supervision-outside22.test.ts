/**
 * Issue 22: the twenty-second outside corpus (test/fixtures/supervision-outside22-corpus.json), 200
 * records in ten styles, each written by hand on 2026-12-04 by a writer given only the criteria, blind
 * to the detector, the model and the other corpora (an edge-of-care and adolescent service, a kinship
 * fostering team, a manager dictating through speech-to-text, a locum writing bullet shorthand, a
 * Welsh-border council's "What matters" conversations).
 * The lead measured it blind once before and once after the round that followed its writing
 * (s22-acc round 11, s22-speed), and looked at no miss:
 * before, main's build 36b9ec4 (2026-12-04 10:00 UTC): child focus 93.0%, reflection 98.0%, actions 96.5%, reviews 95.5%, copied 100%;
 * after, the merge of that round e82c979 (11:23 UTC): the same, record for record (child focus 93.0%, 186/200,
 * precision 87.4%; reflection 98.0%; actions 96.5%; reviews 95.5%; copied 100%).
 * Every criterion is over issue 22's 90%. Development material since 2026-12-04 (eleventh session: BLIND_OUTSIDE moved on to outside24, the model retrained with it).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// s22-acc12 (round 12): child focus 94.5%, reviews 97.0% (reviews read with the previous record's tasks; a pronoun after a sentence naming only an adult).
// s22-acc15 (round 15, step 1): child focus lowered to 0.94 (94.0%; was 0.945): the model retrained with outside28-31 as development material (800 more records) moved one record, no scorer change; measured, rounded down to 0.005.
// s22-acc17 (round 17): reviewsPrevious raised 0.97 -> 0.98 (earlier actions' fate told in other words, an unborn baby's record; measured, rounded down to 0.005).
// Lead, round 21 step 1 (2026-12-05: outside42-45 became development material, the model retrained with them): reviews raised to the training figures (measured, rounded down to 0.005).
// s22-acc22 (round 21, 2026-12-05): actions floor 0.965 -> 0.96, measured 96.0% (192/200): a meeting or review set for a day that closes its sentence ("Core group 16/2.") now counts as an action (supervisionEvents), which raised pooled outside20-45 actions 92.4% -> 92.9%; this set's writers count some such dates as meetings, not actions.
// s22-acc27 (round 25): childFocus 0.94 -> 0.945 (188 -> 189 of 200: retrained model, its lexicon evidence moved; measured, rounded down to 0.005).
// Lead, merging round 25 (s22-acc26 step 1 and s22-acc27, the model retrained on both): childFocus 0.945 -> 0.94, lowered to the measure (94.0%; moved by the model retrained with both changes).
// s22-acc29 (round 26): actions 0.96 -> 0.97 (192 -> 194 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): lowered to the measure: reviews 98.5% -> 96.5% (197 -> 193 of 200; floor 0.985 -> 0.965).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): raised to the measure: child focus 94.0% -> 95.0% (floor 0.94 -> 0.95).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): lowered to the measure: reviews 96.5% -> 96.0% (1 record down: fp 1 -> 1, fn 6 -> 7; floor 0.965 -> 0.96; moved by the retrained model, no rule changed).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: reviews 96.0% -> 96.5% (floor 0.96 -> 0.965).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: reviews 193 -> 192 of 200 (floor 0.965 -> 0.96; moved by the retrained model's weights at the margin, child focus also by the bound).
const FLOORS = { childFocus: 0.95, reflection: 0.98, actions: 0.97, reviewsPrevious: 0.96, copied: 1 };

describeOutsideCorpus(
  'the twenty-second outside corpus (measured blind, now development material)',
  'outside22',
  { records: 200, styles: 10 },
  FLOORS,
);
