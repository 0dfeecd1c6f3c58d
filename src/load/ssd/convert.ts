/**
 * canonicalToSsd: writes a canonical export (folder of CSVs) in the Standard Safeguarding Dataset
 * layout, so the demo council can be audited as an SSD extract too (`generate --layout ssd`).
 * It writes only what SSD can hold, the way a real SSD v1 extract would: no plan end reasons,
 * no worker employment dates, an empty agency placeholder, no CIN plan reviews, no supervisions.
 * Dates are written as SQL Server DATETIME text (`2024-03-31 00:00:00.000`), dates of birth as
 * `dd/mm/yyyy`, as in the SSD's own examples.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Day, toIso } from '../../model/day.js';
import type { PlanRow } from '../../model/tables.js';
import { loadCsvFolder } from '../loadExport.js';
import { SSD_COLUMNS, type SsdFile } from './tables.js';
import { compareText } from '../../model/compare.js';

type Value = string | number | null | undefined;

function csvCell(v: Value): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const dt = (d: Day | null): string => (d === null ? '' : `${toIso(d)} 00:00:00.000`);
const dmy = (d: Day | null): string => {
  if (d === null) return '';
  const [y, m, day] = toIso(d).split('-');
  return `${day}/${m}/${y}`;
};
const yn = (b: boolean | null): string => (b === null ? '' : b ? 'Y' : 'N');
/** How SSD extracts write dates, date-times and flags (also used by `generate --layout ssd`). */
export { dt as ssdDateTime, dmy as ssdDate, yn as ssdFlag };

export interface ConvertResult {
  files: string[];
  rows: Partial<Record<SsdFile, number>>;
}

/** Reads the canonical export in `canonicalDir` and writes `ssd_*.csv` files to `outDir`. */
export async function canonicalToSsd(canonicalDir: string, outDir: string): Promise<ConvertResult> {
  const ex = await loadCsvFolder(canonicalDir);
  const t = ex.tables;
  const out = new Map<SsdFile, Value[][]>();
  const put = (f: SsdFile, row: Record<string, Value>) => {
    let rows = out.get(f);
    if (!rows) out.set(f, (rows = []));
    rows.push(SSD_COLUMNS[f].map((c) => row[c]));
  };
  const ensure = (f: SsdFile) => {
    if (!out.has(f)) out.set(f, []);
  };

  if (t.children) {
    ensure('ssd_person');
    for (const c of t.children)
      put('ssd_person', {
        pers_person_id: c.childId,
        pers_sex: c.gender,
        pers_ethnicity: c.ethnicity,
        pers_dob: dmy(c.dateOfBirth),
      });
  }
  if (t.workers) {
    ensure('ssd_professionals');
    // prof_agency_worker_flag is left empty: SSD v1 extracts do not populate it.
    for (const w of t.workers)
      put('ssd_professionals', {
        prof_professional_id: w.workerId,
        prof_staff_id: w.workerId,
        prof_professional_job_title: w.role,
        prof_professional_department: w.team,
        prof_full_time_equivalency: w.fte,
      });
  }
  if (t.contacts) {
    ensure('ssd_contacts');
    t.contacts.forEach((c, i) =>
      put('ssd_contacts', {
        cont_contact_id: c.contactId ?? `C${i + 1}`,
        cont_person_id: c.childId,
        cont_contact_date: dt(c.contactDate),
        cont_contact_source_code: c.source,
      }),
    );
  }
  if (t.referrals) {
    ensure('ssd_cin_episodes');
    for (const r of t.referrals) {
      put('ssd_cin_episodes', {
        cine_referral_id: r.referralId,
        cine_person_id: r.childId,
        cine_referral_date: dt(r.referralDate),
        cine_referral_source_code: r.source,
        cine_referral_nfa: r.outcome === null ? '' : r.outcome === 'nfa' ? 'Y' : 'N',
        cine_referral_team: r.team,
      });
    }
  }
  if (t.assessments) {
    ensure('ssd_cin_assessments');
    for (const a of t.assessments) {
      put('ssd_cin_assessments', {
        cina_assessment_id: a.assessmentId,
        cina_person_id: a.childId,
        cina_referral_id: a.referralId,
        cina_assessment_start_date: dt(a.startDate),
        cina_assessment_child_seen: a.seenDate === null ? '' : 'Y',
        cina_assessment_auth_date: dt(a.completionDate),
        cina_assessment_outcome_nfa: a.outcome === null ? '' : a.outcome === 'nfa' ? 'Y' : 'N',
        cina_assessment_team: a.team,
        cina_assessment_worker_id: a.workerId,
      });
    }
  }
  if (t.section47) {
    ensure('ssd_s47_enquiry');
    ensure('ssd_initial_cp_conference');
    t.section47.forEach((s, i) => {
      const json =
        s.outcome === null
          ? ''
          : JSON.stringify({
              NFA_FLAG: s.outcome === 'nfa' ? 'Y' : 'N',
              CP_CONFERENCE_FLAG: s.outcome === 'icpc' ? 'Y' : 'N',
            });
      put('ssd_s47_enquiry', {
        s47e_s47_enquiry_id: s.s47Id,
        s47e_person_id: s.childId,
        s47e_s47_start_date: dt(s.strategyDate),
        s47e_s47_nfa: s.outcome === null ? '' : s.outcome === 'nfa' ? 'Y' : 'N',
        s47e_s47_outcome_json: json,
        s47e_s47_completed_by_team: s.team,
      });
      if (s.icpcDate !== null && s.s47Id !== null)
        put('ssd_initial_cp_conference', {
          icpc_icpc_id: `ICPC${i + 1}`,
          icpc_s47_enquiry_id: s.s47Id,
          icpc_person_id: s.childId,
          icpc_icpc_date: dt(s.icpcDate),
        });
    });
  }
  const plans = t.plans ?? [];
  const planById = new Map(plans.filter((p) => p.planId !== null).map((p) => [p.planId!, p]));
  if (t.plans) {
    for (const f of [
      'ssd_cin_plans',
      'ssd_cp_plans',
      'ssd_cla_episodes',
      'ssd_early_help_episodes',
      'ssd_care_leavers',
    ] as const)
      ensure(f);
    for (const p of plans) {
      switch (p.planType) {
        case 'cin':
          put('ssd_cin_plans', {
            cinp_cin_plan_id: p.planId,
            cinp_person_id: p.childId,
            cinp_cin_plan_start_date: dt(p.startDate),
            cinp_cin_plan_end_date: dt(p.endDate),
            cinp_cin_plan_team: p.team,
          });
          break;
        case 'cp':
          put('ssd_cp_plans', {
            cppl_cp_plan_id: p.planId,
            cppl_person_id: p.childId,
            cppl_cp_plan_start_date: dt(p.startDate),
            cppl_cp_plan_end_date: dt(p.endDate),
            cppl_cp_plan_initial_category: p.category,
            cppl_cp_plan_latest_category: p.category,
          });
          break;
        case 'cla':
          put('ssd_cla_episodes', {
            clae_cla_episode_id: p.planId,
            clae_person_id: p.childId,
            clae_cla_episode_start_date: dt(p.startDate),
            clae_cla_episode_ceased_date: dt(p.endDate),
            clae_cla_id: p.planId,
            clae_entered_care_date: dt(p.startDate),
          });
          break;
        case 'early_help':
          put('ssd_early_help_episodes', {
            earl_episode_id: p.planId,
            earl_person_id: p.childId,
            earl_episode_start_date: dt(p.startDate),
            earl_episode_end_date: dt(p.endDate),
            earl_episode_end_reason: p.endReason,
          });
          break;
        case 'care_leaver':
          put('ssd_care_leavers', {
            clea_table_id: p.planId,
            clea_person_id: p.childId,
            clea_care_leaver_allocated_team: p.team,
          });
          break;
        default:
          break; // a plan with no valid type cannot be placed in any SSD table
      }
    }
  }
  if (t.reviews) {
    ensure('ssd_cp_reviews');
    ensure('ssd_cla_reviews');
    t.reviews.forEach((r, i) => {
      const p = r.planId === null ? undefined : planById.get(r.planId);
      // CIN plan reviews have no SSD table: they are dropped, as a real SSD extract would.
      if (p?.planType === 'cp')
        put('ssd_cp_reviews', {
          cppr_cp_review_id: `R${i + 1}`,
          cppr_person_id: p.childId,
          cppr_cp_plan_id: p.planId,
          cppr_cp_review_date: dt(r.reviewDate),
        });
      else if (p?.planType === 'cla')
        put('ssd_cla_reviews', {
          clar_cla_review_id: `R${i + 1}`,
          clar_cla_id: p.planId,
          clar_cla_review_date: dt(r.reviewDate),
          clar_cla_review_cancelled: 'N',
        });
    });
  }
  if (t.allocations) {
    ensure('ssd_involvements');
    t.allocations.forEach((a, i) =>
      put('ssd_involvements', {
        invo_involvements_id: `INV${i + 1}`,
        invo_professional_id: a.workerId,
        invo_professional_role_id: 'CW',
        invo_involvement_start_date: dt(a.startDate),
        invo_involvement_end_date: dt(a.endDate),
        invo_person_id: a.childId,
      }),
    );
  }
  if (t.visits) {
    for (const f of ['ssd_cp_visits', 'ssd_cin_visits', 'ssd_cla_visits'] as const) ensure(f);
    const byChild = new Map<string, PlanRow[]>();
    for (const p of plans)
      if (p.childId !== null) {
        const l = byChild.get(p.childId) ?? [];
        l.push(p);
        byChild.set(p.childId, l);
      }
    const rank = { cp: 0, cla: 1, cin: 2 } as const;
    t.visits.forEach((v, i) => {
      // The visit goes to the table of the child's plan open on the day (CP first), else CIN visits.
      const open = (byChild.get(v.childId ?? '') ?? [])
        .filter(
          (p) =>
            (p.planType === 'cp' || p.planType === 'cla' || p.planType === 'cin') &&
            v.visitDate !== null &&
            p.startDate !== null &&
            p.startDate <= v.visitDate &&
            (p.endDate === null || p.endDate >= v.visitDate),
        )
        .sort((a, b) => rank[a.planType as 'cp'] - rank[b.planType as 'cp']);
      const plan = open[0];
      const id = `V${i + 1}`;
      if (plan?.planType === 'cp')
        put('ssd_cp_visits', {
          cppv_cp_visit_id: id,
          cppv_person_id: v.childId,
          cppv_cp_plan_id: plan.planId,
          cppv_cp_visit_date: dt(v.visitDate),
          cppv_cp_visit_seen: yn(v.seen),
          cppv_cp_visit_seen_alone: yn(v.seenAlone),
        });
      else if (plan?.planType === 'cla')
        put('ssd_cla_visits', {
          clav_cla_visit_id: id,
          clav_cla_id: plan.planId,
          clav_person_id: v.childId,
          clav_cla_visit_date: dt(v.visitDate),
          clav_cla_visit_seen: yn(v.seen),
          clav_cla_visit_seen_alone: yn(v.seenAlone),
        });
      else
        put('ssd_cin_visits', {
          cinv_cin_visit_id: id,
          cinv_person_id: v.childId,
          cinv_cin_visit_date: dt(v.visitDate),
          cinv_cin_visit_seen: yn(v.seen),
          cinv_cin_visit_seen_alone: yn(v.seenAlone),
        });
    });
  }

  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  const rows: ConvertResult['rows'] = {};
  for (const [f, body] of [...out].sort((a, b) => compareText(a[0], b[0]))) {
    const text = [SSD_COLUMNS[f], ...body].map((r) => r.map(csvCell).join(',')).join('\r\n');
    await writeFile(join(outDir, `${f}.csv`), `${text}\r\n`, 'utf8');
    files.push(`${f}.csv`);
    rows[f] = body.length;
  }
  return { files, rows };
}
