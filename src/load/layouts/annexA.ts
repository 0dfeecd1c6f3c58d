/** Ofsted's Annex A workbook (List 1 … List 11) or its lists saved as CSV (SPEC §6.1). */
import { ANNEX_A_COVERAGE } from '../annexA/limitations.js';
import { listNumberOf } from '../annexA/listNames.js';
import { byNames, listFolder } from './files.js';
import type { LayoutPlugin } from './types.js';

const annexA: LayoutPlugin = {
  name: 'annex-a',
  describe: 'an Ofsted Annex A workbook (.xlsx, "List 1" … "List 11") or its lists saved as CSV',
  async detect(path) {
    const l = await listFolder(path);
    if (!l) return null;
    if (l.file) return l.workbooks.length ? { confidence: 0.9, reason: 'an .xlsx workbook' } : null;
    const lists = l.textBases.filter((b) => listNumberOf(b) !== null).length;
    if (lists > 0) return { confidence: byNames(lists), reason: `${lists} Annex A list file(s)` };
    return l.workbooks.length ? { confidence: 0.5, reason: `workbook ${l.workbooks[0]}` } : null;
  },
  // The reader loads only for an Annex A export (start-up of every other audit, issue 24).
  load: async (path, opts) => (await import('../annexA/index.js')).loadAnnexA(path, opts),
  carries: {
    children: { columns: 'all' },
    contacts: { columns: 'all' },
    referrals: {
      columns: ['referral_id', 'child_id', 'referral_date', 'source', 'outcome'],
      ...ANNEX_A_COVERAGE.referrals,
    },
    assessments: { columns: ['assessment_id', 'child_id', 'start_date', 'completion_date', 'team', 'outcome'] },
    section47: { columns: 'all' },
    plans: {
      columns: ['plan_id', 'child_id', 'plan_type', 'start_date', 'category', 'team'],
      ...ANNEX_A_COVERAGE.plans,
    },
    reviews: { columns: 'all', ...ANNEX_A_COVERAGE.reviews },
    visits: { columns: ['child_id', 'visit_date', 'seen', 'seen_alone'], ...ANNEX_A_COVERAGE.visits },
    allocations: { columns: ['child_id', 'worker_id', 'start_date'], ...ANNEX_A_COVERAGE.allocations },
  },
};
export default annexA;
