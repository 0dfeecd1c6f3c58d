/**
 * Issue 22: the forty-fifth outside corpus (test/fixtures/supervision-outside45-corpus.json), 200
 * records (AR001-AR200) in ten styles, each written by hand on 2026-12-04 by a writer given only the
 * criteria, blind to the detector, the model and the other corpora (a neurodivergent teenager in crisis (section 136, CAMHS crisis team), a child living with a grandparent after a parent's death, honour-based abuse, a family on a canal boat, a perpetrator programme (Caring Dads, Safe and Together), a student social worker's supervision, a manager using RAG ratings and one-word judgements).
 * The lead measured it blind once, with main after round 17 (2026-12-04, 21:25 UTC), before any round
 * followed its writing, and looked at no miss: child focus 88.0%, reflection 89.5%, actions 81.5%, reviews 81.5%, copied 100.0%.
 * Child focus, reflection, actions, reviews are under issue 22's 90% for writing from outside the project: the issue is
 * not done. It stays blind until a round has been measured on it.
 */
import { describeOutsideCorpus } from './helpers/outsideCorpus.js';

const FLOORS = { childFocus: 0.88, reflection: 0.895, actions: 0.815, reviewsPrevious: 0.815, copied: 1 };

describeOutsideCorpus(
  'the forty-fifth outside corpus (written and measured blind)',
  'outside45',
  { records: 200, styles: 10 },
  FLOORS,
);
