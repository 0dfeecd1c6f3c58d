/**
 * Issue 22: the twenty-sixth outside corpus (test/fixtures/supervision-outside26-corpus.json), 200
 * records in ten styles, each written by hand on 2026-12-04 by a writer given only the criteria, blind
 * to the detector, the model and the other corpora (a disabled children's short-breaks team, a
 * pre-birth assessment team, an adoption and special guardianship support worker, a school-based
 * social worker, a covering manager using another council's headings, a worker with dyslexia, a LADO
 * consultation about a foster carer).
 * The lead measured it blind once before and once after the round that followed its writing
 * (s22-acc13, round 13: reflection phrases), and looked at no miss:
 * before, main's build f76b19c (2026-12-04 15:01 UTC): child focus 92.5%, reflection 90.0% (recall 81.8%), actions 94.0%, reviews 90.5%, copied 100%;
 * after, the merge of that round c65f9d7 (15:14 UTC): the same, record for record.
 * Every criterion is at or over issue 22's 90%. Development material since 2026-12-04 (twelfth session: BLIND_OUTSIDE moved on to outside28, the model retrained with it).
 * Round 17 (s22-acc17): child focus 95.5% -> 95.0% (one record: a newborn 'Baby Freya (9 days) - unborn baby plan implemented', which says she is born only by her age in days, now read as about an unborn baby); floor lowered to it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// s22-acc14 (round 14): child focus raised to 0.955, reflection raised to 0.955, reviews raised to 0.915 (review labels after a full stop, rationale headings, reflection phrasings, 'baby of' a mother; measured, rounded down to 0.005).
// s22-acc15 (round 15, step 1): reviews lowered to 0.91 (91.0%; was 0.915): the model retrained with outside28-31 as development material (800 more records) moved one record, no scorer change; measured, rounded down to 0.005.
// s22-acc15 (round 15): raised reviews 0.91 -> 0.935 (items ticked off with a set-off outcome, bare and mid-line tasks followed up; measured, rounded down to 0.005).
// s22-acc20 (round 20, step 1: outside38-41 became development material, the model retrained with them): child focus, reviews raised to the training figures (measured, rounded down to 0.005); lowered to the measure: reflection 95.5% -> 95.0% (1 record down: fp 2 -> 2, fn 7 -> 8) (one record or more moved by the retrained model, no rule changed).
// s22-acc22 (round 21, 2026-12-05): actions floor 0.94 -> 0.935, measured 93.5% (187/200): a meeting or review set for a day that closes its sentence ("Core group 16/2.") now counts as an action (supervisionEvents), which raised pooled outside20-45 actions 92.4% -> 92.9%; this set's writers count some such dates as meetings, not actions.
// Round 24 step 1 (s22-acc25, 2026-12-05: outside46-57 became development material, the model retrained with them): lowered to the measure: child focus 95.5% -> 94.5% (2 records down: fp 4 -> 5, fn 5 -> 6; moved by the retrained model, no rule changed); lowered to the measure: reflection 95.0% -> 94.5% (1 record down: fp 2 -> 2, fn 8 -> 9; moved by the retrained model, no rule changed); lowered to the measure: reviews 94.0% -> 93.5% (1 record down: fp 6 -> 7, fn 6 -> 6; moved by the retrained model, no rule changed).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): lowered to the measure: reviews 93.5% -> 93.0% (1 record down: fp 7 -> 8, fn 6 -> 6; floor 0.935 -> 0.93; moved by the retrained model, no rule changed).
// Round 26 step 1 (s22-acc28, 2026-12-05: outside62-65 became development material, the model retrained with them): raised to the measure: reviews 93.0% -> 93.5% (floor 0.93 -> 0.935).
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): lowered to the measure: child focus 94.5% -> 94.0% (1 record down: fp 5 -> 5, fn 6 -> 7; floor 0.945 -> 0.94; moved by the round's margin, the model not retrained).
// s22-acc29 (round 26): reflection 0.945 -> 0.94 (189 -> 188 of 200: the model retrained with the round's action evidence, no rule of reflection changed; measured, rounded down to 0.005); actions 0.935 -> 0.94 (187 -> 188 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): actions 0.935 -> 0.94.
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): lowered to the measure: child focus 94.0% -> 93.0% (2 records down: fp 5 -> 5, fn 7 -> 9; floor 0.94 -> 0.93; moved by the retrained model, no rule changed), reflection 94.0% -> 93.5% (1 record down: fp 2 -> 2, fn 10 -> 11; floor 0.94 -> 0.935; moved by the retrained model, no rule changed).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): raised to the measure: child focus 93.0% -> 94.0% (floor 0.93 -> 0.94).
// Round 30 (s22-acc33, 2026-12-05: a child's-voice heading naming the child and pointing elsewhere says nothing; abbreviated weekdays, keyworker and provider are no names; the model retrained): lowered to the measure: reflection 93.5% -> 93.0% (1 record down: fp 2 -> 2, fn 11 -> 12; floor 0.935 -> 0.93; the round's change and the model retrained with it).
// Round 31 (s22-acc34, 2026-12-05): the model rebuilt (builder's output) on round 31's lexicon and date reading, lowered to the measure: reflection 93.5% floor -> 93.0% measured (186 of 200; floor 0.935 -> 0.93); moved by the retrained model's weights at the margin, no rule of this set's kind changed.
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): lowered to the measure: child focus 94.0% -> 93.5% (1 record down: fp 4 -> 5, fn 8 -> 8; floor 0.94 -> 0.935; moved by the retrained model, no rule changed).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: reflection 93.0% -> 93.5% (floor 0.93 -> 0.935).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): lowered to the measure: reviews 93.5% -> 93.0% (1 record down: fp 4 -> 5, fn 9 -> 9; floor 0.935 -> 0.93; moved by the retrained model, no rule changed).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): raised to the measure: child focus 93.5% -> 94.0% (floor 0.935 -> 0.94).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: reflection 187 -> 185 of 200 (floor 0.935 -> 0.925; moved by the retrained model's weights at the margin, child focus also by the bound).
// Round 48 (s22-train, 2026-12-06: the model retrained on outside2-101, TRAINED_BEFORE outside102, child-focus L2 0.0033): lowered to the measure: child focus 188 -> 187 of 200 (floor 0.94 -> 0.935; moved by the retrained model's weights at the margin).
// Round 51 (s22-mod51, 2026-12-06: the model retrained on outside2-109, TRAINED_BEFORE outside110, the builder's settings unchanged): lowered to the measure: reflection 185 -> 184 of 200 (floor 0.925 -> 0.92; moved by the retrained model's weights at the margin).
const FLOORS = { childFocus: 0.935, reflection: 0.92, actions: 0.94, reviewsPrevious: 0.93, copied: 1 };

describeOutsideCorpus(
  'the twenty-sixth outside corpus (measured blind, now development material)',
  'outside26',
  { records: 200, styles: 10 },
  FLOORS,
);
