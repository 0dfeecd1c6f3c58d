/**
 * Issue 22: the seventy-sixth outside corpus (test/fixtures/supervision-outside76-corpus.json), 200
 * records (BW001-BW200) in ten styles, each written by hand on 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a London borough: a 5-year-old with bruises explained as falls from a bunk bed, a 14-year-old Albanian boy found in a cannabis farm, a 10-month-old whose only parent is in a psychiatric unit, a 17-year-old mother in a parent-and-child foster placement, a 12-year-old girl whose diabetes is poorly managed, siblings of 3 and 6 in a high-conflict separation).
 * The lead measured it blind with main before the twenty-fourth session's rounds (c8c7a8c, 2026-12-05, 21:40-21:41 UTC),
 * looking at no miss: child focus 81.5%, reflection 93.5%, actions 94.5%, reviews 83.5%, copied 100.0%. Then with the session's rounds merged (main d1f467d, 23:12 UTC), no miss looked at:
 * child focus 81.0%, reflection 94.5%, actions 94.5%, reviews 83.5%, copied 100.0%; floors set to this measure.
 * Child focus, reviews under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Now development material (round 32 step 1, s22-acc35, 2026-12-06: BLIND_OUTSIDE = 'outside78'; the model retrained with
 * outside74-77): training figures child focus 83.5%, reflection 95.0%, actions 94.5%, reviews 86.0%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): raised to the measure: child focus 83.5% -> 84.0% (floor 0.835 -> 0.84).
// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): raised to the measure: reviews 88.5% -> 88.0% (floor 0.86 -> 0.88).
const FLOORS = { childFocus: 0.84, reflection: 0.95, actions: 0.945, reviewsPrevious: 0.88, copied: 1 };

describeOutsideCorpus(
  'the seventy-sixth outside corpus (measured blind once, now development material)',
  'outside76',
  { records: 200, styles: 10 },
  FLOORS,
);
