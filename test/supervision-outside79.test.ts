/**
 * Issue 22: the seventy-ninth outside corpus (test/fixtures/supervision-outside79-corpus.json), 200
 * records (BZ001-BZ200) in ten styles, each written by hand on the night of 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a seaside town: a 3-year-old with global developmental delay who uses Makaton, a 14-year-old girl groomed online, twins of 18 months whose mother uses crack cocaine, an 11-year-old excluded twice living with his uncle under a special guardianship order, a 16-year-old Afghan unaccompanied boy in a hotel, a 9-year-old whose mother has a brain injury).
 * The lead measured it blind with main before the twenty-fifth session's rounds (45d66cc, 2026-12-06, 00:03 UTC),
 * looking at no miss: child focus 88.0%, reflection 94.5%, actions 92.0%, reviews 91.0%, copied 100.0%. Then with the session's rounds merged (01:27 UTC), no miss looked at:
 * child focus 87.5%, reflection 94.5%, actions 92.0%, reviews 91.5%, copied 100.0%; floors set to this measure.
 * Child focus under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Now development material (round 34 step 1, s22-acc37, 2026-12-06: BLIND_OUTSIDE = 'outside82'; the model retrained with
 * outside78-81): training figures child focus 89.0%, reflection 95.0%, actions 92.0%, reviews 92.5%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: reflection 190 -> 189 of 200 (floor 0.95 -> 0.945; moved by the retrained model's weights at the margin, child focus also by the bound).
// Round 42 (s22-acc46, 2026-12-06: the model retrained on outside2-93, TRAINED_BEFORE outside94, and the bound on a short record's reported child's voice): lowered to the measure: reviews 185 -> 184 of 200 (floor 0.925 -> 0.92; moved by the retrained model's weights at the margin, child focus also by the bound).
// Round 48 (s22-train, 2026-12-06: the model retrained on outside2-101, TRAINED_BEFORE outside102, child-focus L2 0.0033): lowered to the measure: reviews 184 -> 183 of 200 (floor 0.92 -> 0.915; moved by the retrained model's weights at the margin).
const FLOORS = { childFocus: 0.89, reflection: 0.945, actions: 0.92, reviewsPrevious: 0.915, copied: 1 };

describeOutsideCorpus(
  'the seventy-ninth outside corpus (measured blind once, now development material)',
  'outside79',
  { records: 200, styles: 10 },
  FLOORS,
);
