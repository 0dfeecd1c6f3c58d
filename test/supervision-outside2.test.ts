/**
 * Issue 22: the second outside corpus (test/fixtures/supervision-outside2-corpus.json), 193 records
 * in ten styles written and labelled on 2026-12-03 by a writer given only the criteria and the
 * issue text, blind to the detector. It was measured once blind (child focus 89.1%, reflection
 * 81.9%: README), then its misses were studied while generalising the detector, so it is
 * DEVELOPMENT material now, not an outside check (the accuracy bench lists its misses). These
 * floors hold what the detector reaches on it, so that no change loses it unnoticed; the issue's
 * bar for records written outside the project is measured by the lead on a new blind set (outside3).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

/** Just under today's figures with the model (98.4%, 99.0%, 97.4%, 100%, 100%): regression floors on development material. */
// Tenth session: 97.4% once outside20/21 joined the training (one record moved); floor 0.97.
// s22-acc: child focus 97.9% after outside16/17 joined the training and 'presented well' became the stock phrase it is (one hard call here, P094, counted it).
// Round 24 step 1 (s22-acc25, 2026-12-05: outside46-57 became development material, the model retrained with them): lowered to the measure: child focus 97.4% -> 96.9% (1 record down: fp 4 -> 4, fn 1 -> 2; moved by the retrained model, no rule changed).
// Round 24 (s22-acc25, the child's voice as a topic, a child's-voice heading with nothing quoted): lowered to the measure: child focus 96.9% -> 96.4% (1 record: P043, 'Childs voice: Children seen at home on 2/5. Both appeared well presented.' has no quotation, so the model decides, and is against it; the writer counted the presentation).
// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): lowered to the measure: reflection 98.4% -> 97.9% (1 record down: fp 3 -> 4, fn 0 -> 0; floor 0.98 -> 0.975; moved by the retrained model, no rule changed).
// Round 26 (s22-acc28, 2026-12-05: child focus the model finds by itself on a record of 80 tokens or more must clear 0.5; a room named as the children's is a topic): lowered to the measure: child focus 96.4% -> 95.3% (2 records down: fp 4 -> 4, fn 3 -> 5; floor 0.96 -> 0.95; moved by the round's margin, the model not retrained).
// s22-acc29 (round 26): actions 0.97 -> 0.98 (188 -> 190 of 193: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Lead's merge of round 26 (s22-acc28 and s22-acc29, 2026-12-05): floors at the merged build's measure (rounded down to 0.005): actions 0.97 -> 0.98, reviews 0.995 -> 1, copied 0.99 -> 1.
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): lowered to the measure: reviews 100.0% -> 89.6% (193 -> 173 of 193; floor 1 -> 0.895).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): raised to the measure: child focus 95.3% -> 95.9% (floor 0.95 -> 0.955).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): raised to the measure: reflection 97.9% -> 98.4% (floor 0.975 -> 0.98).
// Round 35 (s22-acc38, 2026-12-06): lowered to the measure: reviewsPrevious 89.6% -> 89.1% (173 -> 172 of 193; floor 0.895 -> 0.89; "Evidence filed on time" read as a review (round 35's on-time kind; this writer labels it none)).
// Round 34b (s22-acc39, 2026-12-06): lowered to the measure: child focus 185 -> 184 of 193 (fp 4 -> 4, fn 4 -> 5; floor 0.955 -> 0.95); round 34b: the sentence rule.
// Round 40 (s22-acc44, 2026-12-06): lowered to the measure: reviews 172 -> 171 of 193 (floor 0.89 -> 0.885; round 40's "saw"/"seen" as status words: a visit reported seen read as following up an item this writer labels no review).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: child focus 184 -> 182 of 193 (floor 0.95 -> 0.94; moved by the retrained model's weights at the margin, child focus also by the bound).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: reflection 190 -> 189 of 193 (floor 0.98 -> 0.975; moved by the retrained model's weights at the margin, child focus also by the bound).
const FLOORS = { childFocus: 0.94, reflection: 0.975, actions: 0.98, reviewsPrevious: 0.885, copied: 1 };

describeOutsideCorpus(
  'the second outside corpus (now development material)',
  'outside2',
  { records: 193, styles: 10 },
  FLOORS,
);
