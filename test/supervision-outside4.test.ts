/**
 * Issue 22: the fourth outside corpus (test/fixtures/supervision-outside4-corpus.json), 227 records
 * in ten styles written and labelled on 2026-12-03 by a writer given only the criteria and the
 * issue text, blind to the detector and to the other corpora (210 of them assembled by the
 * writer's own script from fragments the writer wrote, so some sentences recur; 17 written whole).
 * The lead measured it once, after round 2 had finished (README): child focus 82.4%, reflection
 * 91.2%, actions 93.4%, reviews 82.4% (precision 70.1%), copied 100%. The lead then studied its
 * reviews misses (a bare mention of the last supervision counted as a review:
 * test/supervision-text-reviews.test.ts), so it is development material now; these floors hold
 * what the detector reaches on it after that change, so no later change loses it unnoticed.
 * Round 17 (s22-acc17): reviews 98.7% -> 98.2% (one record: a run-on note ending 'last month agreed: * arrange fgc', which its writer did not count as a review, now matches 'last month agreed'); floor lowered to it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

/**
 * Just under the figures with the model (issue 22's data/supervision-model.json, trained on this set among others):
 * 96.5% = 219/227, 96.5% = 219/227, 96.0% = 218/227, 97.8% = 222/227, 100% (round 4: 94.3%, 96.0%, 96.0%, 97.4%).
 * s22-cf (the model trained on outside12 and outside13 too): child focus 95.2% = 216/227, two records
 * fewer as a training figure; held out of training it reads 94.3%, as before the round.
 */
// s22-acc14 (round 14): reflection raised to 0.975, reviews raised to 0.99 (review labels after a full stop, rationale headings, reflection phrasings, 'baby of' a mother; measured, rounded down to 0.005).
// s22-acc15 (round 15, step 1): child focus lowered to 0.945 (94.7% = 215/227; was 0.95): the model retrained with outside28-31 as development material (800 more records) moved one record, no scorer change; measured, rounded down to 0.005.
// s22-acc15 (round 15, step 1): reflection lowered to 0.965 (96.9% = 220/227; was 0.975): the model retrained with outside28-31 as development material (800 more records) moved two records, no scorer change; measured, rounded down to 0.005.
// s22-acc15 (round 15): reviews lowered to 0.985 (was 0.99; 98.7%): one record: a follow-up of a task listed after 'Agreed:' mid-line that its writer labelled no review (a hard call); 224/227.
// s22-acc16 (round 16): actions raised 0.96 -> 0.975 (a strategy meeting followed by the bare day it is or was held is the meeting's date, not a task; measured, rounded down to 0.005).
// s22-acc24 (round 23): child focus lowered 0.945 -> 0.93 (93.4% = 212/227, three records net): where every child-focus cue is a bare name or pronoun with a verb on a record of 20 words or more the model decides; here it takes six records the writers label child focused (four ASYE or reflective-model records where the named child is the worker's case example, two early-years records) and three false alarms away. Held out over outside20-45 the rule gains (README, round 23); measured, rounded down to 0.005.
// Round 24 step 1 (s22-acc25, 2026-12-05: outside46-57 became development material, the model retrained with them): lowered to the measure: child focus 93.4% -> 92.5% (2 records down: fp 6 -> 8, fn 9 -> 9; moved by the retrained model, no rule changed).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): lowered to the measure: reflection 96.9% -> 96.5% (1 record down: fp 7 -> 8, fn 0 -> 0; floor 0.965 -> 0.96; moved by the retrained model, no rule changed).
// Round 26 step 1 (s22-acc28, 2026-12-05: outside62-65 became development material, the model retrained with them): raised to the measure: reflection 96.5% -> 96.9% (floor 0.96 -> 0.965); lowered to the measure: child focus 92.5% -> 92.1% (1 record down: fp 7 -> 7, fn 10 -> 11; floor 0.925 -> 0.92; moved by the retrained model, no rule changed).
// s22-acc29 (round 26): actions 0.975 -> 0.955 (222 -> 217 of 227: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): lowered to the measure: reflection 96.9% -> 96.5% (1 record down: fp 7 -> 8, fn 0 -> 0; floor 0.965 -> 0.96; moved by the retrained model, no rule changed).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): lowered to the measure: reviews 98.2% -> 86.8% (223 -> 197 of 227; floor 0.98 -> 0.865).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): lowered to the measure: child focus 92.1% -> 90.7% (3 records down: fp 6 -> 6, fn 12 -> 15; floor 0.92 -> 0.905; moved by the retrained model, no rule changed).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): lowered to the measure: child focus 90.7% -> 90.3% (1 record down: fp 6 -> 6, fn 15 -> 16; floor 0.905 -> 0.9; moved by the retrained model, no rule changed).
const FLOORS = { childFocus: 0.9, reflection: 0.96, actions: 0.955, reviewsPrevious: 0.865, copied: 0.99 };

describeOutsideCorpus(
  'the fourth outside corpus (measured blind once, now development material)',
  'outside4',
  { records: 227, styles: 10 },
  FLOORS,
);
