/**
 * Issue 22: the seventy-first outside corpus (test/fixtures/supervision-outside71-corpus.json), 200
 * records (BR001-BR200) in ten styles, each written by hand on 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a market town: a 6-year-old with selective mutism and domestic abuse at home, a 15-year-old boy excluded and carrying a knife, an 8-month-old with faltering growth and a depressed mother, a 12-year-old girl privately fostered by an aunt, a 17-year-old with an eating disorder, a father with psychosis caring alone for a 3-year-old).
 * The lead measured it blind with main before the twenty-third session's rounds (a345bfe, 2026-12-05, 18:44 UTC),
 * looking at no miss: child focus 89.5%, reflection 97.0%, actions 96.5%, reviews 98.0%, copied 100.0%. Then with the session's rounds merged (c71f802, 2026-12-05, 20:04 UTC), no miss looked at:
 * child focus 90.5%, reflection 97.0%, actions 96.5%, reviews 99.0%, copied 100.0%; floors set to this measure.
 * Every criterion at or over issue 22's 90% on this set.
 * Now development material (round 30 step 1, s22-acc33, 2026-12-05: BLIND_OUTSIDE = 'outside74'; the model retrained with
 * outside70-73): training figures child focus 90.5%, reflection 97.0%, actions 96.5%, reviews 99.0%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 30 (s22-acc33, 2026-12-05: a child's-voice heading naming the child and pointing elsewhere says nothing; abbreviated weekdays, keyworker and provider are no names; the model retrained): raised to the measure: child focus 90.5% -> 91.0% (floor 0.905 -> 0.91).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): raised to the measure: child focus 92.0% -> 92.5% (floor 0.91 -> 0.925).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: child focus 185 -> 184 of 200 (floor 0.925 -> 0.92; moved by the retrained model's weights at the margin, child focus also by the bound).
const FLOORS = { childFocus: 0.92, reflection: 0.97, actions: 0.965, reviewsPrevious: 0.99, copied: 1 };

describeOutsideCorpus(
  'the seventy-first outside corpus (measured blind once, now development material)',
  'outside71',
  { records: 200, styles: 10 },
  FLOORS,
);
