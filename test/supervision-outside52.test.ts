/**
 * Issue 22: the fifty-second outside corpus (test/fixtures/supervision-outside52-corpus.json), 200
 * records (AY001-AY200) in ten styles, each written by hand on 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a child with Down syndrome awaiting heart surgery, a damp and mouldy flat in a cost-of-living crisis, a 16-year-old in supported lodgings using nitrous oxide, a mother doing sex work from home, an interpreter-mediated Kurdish family, a worker writing like a diary, a manager writing numbered paragraphs).
 * The lead measured it blind once, with main after round 20's first step (2026-12-05, 02:15 UTC),
 * before any round followed its writing, and looked at no miss: child focus 83.5%,
 * reflection 90.5%, actions 83.0%, reviews 94.5%, copied 100.0%.
 * Child focus, actions are under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Measured blind again by the lead after round 21's first step (2026-12-05, 02:45 UTC: outside42-45 became
 * development material and the model was retrained with them), no miss looked at: child focus 84.0%, reflection 91.0%, actions 83.0%, reviews 94.5%, copied 100.0%;
 * floors set to this measure.
 * Measured blind by the lead after round 21's actions change (s22-acc22 merged; 2026-12-05, 04:00 UTC), no miss
 * looked at: child focus 84.0%, reflection 91.0%, actions 88.0%, reviews 94.5%, copied 100.0%; floors set to this measure.
 * Measured blind by the lead after round 22 (s22-acc23 merged: a record about the worker; 2026-12-05, 07:19 UTC), no miss
 * looked at: every criterion unchanged (child focus 84.0%).
 * Measured blind by the lead after round 23 (s22-acc24 merged: a cue resting on a bare name or pronoun; 2026-12-05, 10:01 UTC),
 * no miss looked at: child focus 84.5% (was 84.0%), every other criterion unchanged; child-focus floor set to this measure.
 * Now development material (round 24 step 1, s22-acc25, 2026-12-05: BLIND_OUTSIDE = 'outside58'; the model retrained with
 * outside46-57): training figures child focus 87.0%, reflection 92.0%, actions 88.0%, reviews 94.0%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 25 step 1 (s22-acc26, 2026-12-05: outside58-61 became development material, the model retrained with them): raised to the measure: reflection 92.0% -> 92.5% (floor 0.92 -> 0.925).
// s22-acc29 (round 26): reflection 0.925 -> 0.92 (185 -> 184 of 200: the model retrained with the round's action evidence, no rule of reflection changed; measured, rounded down to 0.005); actions 0.88 -> 0.89 (176 -> 178 of 200: a date passed at the record's own date, or that date itself, is no live timescale; measured, rounded down to 0.005).
// Round 28 step 1 (s22-acc30, 2026-12-05: outside66-69 became development material, the model retrained with them): raised to the measure: reflection 92.0% -> 92.5% (floor 0.92 -> 0.925).
// Round 28 (s22-acc31, 2026-12-05: a copied record reviews nothing (its review is the last one carried forward), a task reported done in its own verb, "to be sent", "did happen"; a review the model finds by itself clears 0.25): raised to the measure: reviews 94.0% -> 94.5% (188 -> 189 of 200; floor 0.94 -> 0.945).
// Round 30 (s22-acc33, 2026-12-05: a child's-voice heading naming the child and pointing elsewhere says nothing; abbreviated weekdays, keyworker and provider are no names; the model retrained): raised to the measure: child focus 87.5% -> 87.5% (floor 0.87 -> 0.875).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: reviews 94.5% -> 95.0% (floor 0.945 -> 0.95).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): raised to the measure: reflection 92.5% -> 93.0% (floor 0.925 -> 0.93).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: child focus 175 -> 174 of 200 (floor 0.875 -> 0.87; moved by the retrained model's weights at the margin, child focus also by the bound).
// Round 43 (s22-acc47, 2026-12-06: a child-focus cue resting only on the heading's staff names carries no child focus; the model decides without the lexicon's finding): lowered to the measure: child focus 174 -> 173 of 200 (floor 0.87 -> 0.865; AY200, "Jo says she'd have asked Amira herself" of the worker in "Gill/Jo", labelled child-focused).
// Round 49 (s22-cf49, 2026-12-06: the model retrained on outside2-105, TRAINED_BEFORE outside106, with round 49's voice-as-topic phrases): lowered to the measure: reflection 186 -> 185 of 200 (floor 0.93 -> 0.925; moved by the retrained model's weights at the margin).
const FLOORS = { childFocus: 0.865, reflection: 0.925, actions: 0.89, reviewsPrevious: 0.95, copied: 1 };

describeOutsideCorpus(
  'the fifty-second outside corpus (measured blind, now development material)',
  'outside52',
  { records: 200, styles: 10 },
  FLOORS,
);
