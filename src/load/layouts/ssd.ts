/** Data to Insight's Standard Safeguarding Dataset extract: `ssd_*.csv` tables (SPEC §6.2). */
import { SSD_COVERAGE, SSD_FILES } from '../ssd/tables.js';
import { byNames, listFolder } from './files.js';
import type { LayoutPlugin } from './types.js';

const FILES = new Set<string>(SSD_FILES);

const ssd: LayoutPlugin = {
  name: 'ssd',
  describe: 'a Standard Safeguarding Dataset extract (ssd_person.csv, ssd_cp_plans.csv, …)',
  async detect(path) {
    const l = await listFolder(path);
    if (!l || l.file) return null;
    const n = l.textBases.filter((b) => FILES.has(b)).length;
    return n === 0 ? null : { confidence: byNames(n), reason: `${n} ssd_*.csv file(s)` };
  },
  // The reader loads only for an SSD extract (start-up of every other audit, issue 24).
  load: async (path, opts) => (await import('../ssd/index.js')).loadSsd(path, opts),
  carries: {
    children: { columns: ['child_id', 'date_of_birth', 'gender', 'ethnicity', 'disability'] },
    workers: { columns: ['worker_id', 'team', 'role', 'fte'], ...SSD_COVERAGE.workers },
    contacts: { columns: 'all' },
    referrals: { columns: 'all' },
    assessments: {
      columns: [
        'assessment_id',
        'child_id',
        'referral_id',
        'start_date',
        'completion_date',
        'worker_id',
        'team',
        'outcome',
      ],
    },
    section47: { columns: 'all' },
    plans: { columns: 'all', ...SSD_COVERAGE.plans },
    reviews: { columns: 'all', ...SSD_COVERAGE.reviews },
    allocations: { columns: 'all' },
    visits: { columns: ['child_id', 'visit_date', 'seen', 'seen_alone'] },
  },
};
export default ssd;
