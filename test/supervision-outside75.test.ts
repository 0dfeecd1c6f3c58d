/**
 * Issue 22: the seventy-fifth outside corpus (test/fixtures/supervision-outside75-corpus.json), 200
 * records (BV001-BV200) in ten styles, each written by hand on 2026-12-05 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a border county: a 9-year-old caring for a father dependent on alcohol, a 2-year-old with cystic fibrosis whose appointments are missed, a 16-year-old girl with a 30-year-old "boyfriend", a Polish family where the mother speaks little English, a 12-year-old adopted boy whose adoption is breaking down, home-educated children nobody has seen).
 * The lead measured it blind with main before the twenty-fourth session's rounds (c8c7a8c, 2026-12-05, 21:40-21:41 UTC),
 * looking at no miss: child focus 88.0%, reflection 97.0%, actions 88.0%, reviews 94.5%, copied 100.0%. Then with the session's rounds merged (main d1f467d, 23:12 UTC), no miss looked at:
 * child focus 87.5%, reflection 97.0%, actions 88.5%, reviews 94.5%, copied 100.0%; floors set to this measure.
 * Child focus, actions under issue 22's 90% for writing from outside the project: the issue is
 * not done.
 * Now development material (round 32 step 1, s22-acc35, 2026-12-06: BLIND_OUTSIDE = 'outside78'; the model retrained with
 * outside74-77): training figures child focus 89.5%, reflection 97.0%, actions 88.5%, reviews 95.0%, copied 100.0%; floors set to them (measured, rounded down to 0.005).
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

// Round 34 step 1 (s22-acc37, 2026-12-06: outside78-81 became development material, the model retrained with them): raised to the measure: child focus 89.5% -> 90.0% (floor 0.895 -> 0.9).
const FLOORS = { childFocus: 0.9, reflection: 0.97, actions: 0.885, reviewsPrevious: 0.95, copied: 1 };

describeOutsideCorpus(
  'the seventy-fifth outside corpus (measured blind once, now development material)',
  'outside75',
  { records: 200, styles: 10 },
  FLOORS,
);
