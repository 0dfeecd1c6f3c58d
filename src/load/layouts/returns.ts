/**
 * The statutory returns every council sends the DfE — CIN census, SSDA903, workforce census —
 * recognised by content (XML collection, 903 header columns) whatever the file names (SPEC §6.3).
 * Content beats names: a folder holding a return is this layout even beside canonical CSVs, which
 * are then read as additions.
 */
import { detectReturns } from '../returns/detect.js';
import type { LayoutPlugin } from './types.js';

const returns: LayoutPlugin = {
  name: 'returns',
  describe: 'statutory returns: CIN census XML, SSDA903 CSV tables, workforce census XML (by content, any file names)',
  detect: (path) => detectReturns(path),
  // opts is src/load/index.ts's LoadOptions at run time: its `threads` reaches the census reader.
  // The readers (and the XML parser) load only for a folder of returns (start-up, issue 24).
  load: async (path, opts) => (await import('../returns/index.js')).loadReturns(path, opts),
  carries: {
    children: { columns: ['child_id', 'date_of_birth', 'gender', 'ethnicity', 'disability'] },
    workers: { columns: ['worker_id', 'role', 'fte', 'start_date', 'end_date', 'agency', 'qualified_date'] },
    referrals: { columns: ['referral_id', 'child_id', 'referral_date', 'source', 'outcome'] },
    assessments: { columns: ['assessment_id', 'child_id', 'referral_id', 'start_date', 'completion_date'] },
    section47: { columns: ['s47_id', 'child_id', 'strategy_date', 'icpc_date', 'outcome'] },
    plans: {
      columns: ['plan_id', 'child_id', 'plan_type', 'start_date', 'end_date', 'category'],
      planTypes: ['cin', 'cp', 'cla'],
    },
    reviews: { columns: 'all', planTypes: ['cp', 'cla'] },
    allocations: { columns: ['child_id', 'worker_id', 'start_date', 'end_date'], planTypes: ['cla'] },
  },
};
export default returns;
