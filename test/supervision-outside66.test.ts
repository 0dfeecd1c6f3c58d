/**
 * Issue 22: the sixty-sixth outside corpus (test/fixtures/supervision-outside66-corpus.json), 200
 * records (BM001-BM200) in ten styles, each written by hand on 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a market town: a 14-year-old girl caring for her mother with MS, a 3-year-old with failure to thrive and a father who will not engage, two brothers excluded from school and stealing, a Roma family moving between sites, a 16-year-old running a drugs line from semi-independent accommodation, a foster carer under allegation).
 * The lead measured it blind with main before the twenty-second session's rounds (e77dfd7, 2026-12-05, 16:03 UTC),
 * looking at no miss: child focus 85.5%, reflection 94.0%, actions 86.0%, reviews 87.0%, copied 100.0%. Then with the session's rounds merged (main after round 26, cb4c298, 17:21 UTC), no miss looked at:
 * child focus 88.0%, reflection 94.0%, actions 93.0%, reviews 87.0%, copied 100.0%; floors set to this measure.
 * Child focus, reviews under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Now development material (round 28 step 1, s22-acc30, 2026-12-05: BLIND_OUTSIDE = 'outside70'; the model retrained with
 * outside66-69): training figures child focus 89.0%, reflection 95.0%, actions 93.0%, reviews 89.0%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): raised to the measure: child focus 89.0% -> 90.0% (floor 0.89 -> 0.9).
// Round 30 step 1 (s22-acc33, 2026-12-05: outside70-73 became development material, the model retrained with them): lowered to the measure: reviews 89.0% -> 88.5% (1 record down: fp 8 -> 9, fn 14 -> 14; floor 0.89 -> 0.885; moved by the retrained model, no rule changed).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: child focus 90.0% -> 91.0% (floor 0.9 -> 0.91).
// Round 32 step 1 (s22-acc35, 2026-12-06: outside74-77 became development material, the model retrained with them): raised to the measure: reviews 88.5% -> 89.0% (floor 0.885 -> 0.89).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): raised to the measure: child focus 91.0% -> 91.5% (floor 0.91 -> 0.915).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: reflection 190 -> 189 of 200 (floor 0.95 -> 0.945; moved by the retrained model's weights at the margin, child focus also by the bound).
const FLOORS = { childFocus: 0.915, reflection: 0.945, actions: 0.93, reviewsPrevious: 0.89, copied: 1 };

describeOutsideCorpus(
  'the sixty-sixth outside corpus (measured blind once, now development material)',
  'outside66',
  { records: 200, styles: 10 },
  FLOORS,
);
