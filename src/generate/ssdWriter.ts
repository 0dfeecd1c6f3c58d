/**
 * `generate --layout ssd`: streams the generated council as a Standard Safeguarding Dataset
 * extract (`ssd_*.csv`, the files and fields the SSD reader expects, SSD_COLUMNS order).
 *
 * The mapping is canonicalToSsd's (src/load/ssd/convert.ts), applied child by child instead of
 * to a loaded export, so nothing but the current child is held: the files are byte for byte what
 * canonicalToSsd writes from the canonical export of the same seed (test/generate-layout.test.ts
 * checks this). Like a real SSD v1 extract it has no plan end reasons (except early help), no
 * worker employment or qualification dates, an empty agency placeholder, no CIN plan reviews and
 * no supervision records. Dates are SQL Server DATETIME text, dates of birth `dd/mm/yyyy`;
 * CRLF line ends.
 */
import { SSD_COLUMNS, SSD_FILES, type SsdFile } from '../load/ssd/tables.js';
import { ssdDate, ssdDateTime, ssdFlag } from '../load/ssd/convert.js';
import type { ChildPlants, LayoutSink } from './layouts.js';
import type { GChild, GContact, GPlan, GWorker } from './types.js';
import { CsvTableWriter } from './writer.js';

type Value = string | number | null | undefined;

const dt = ssdDateTime,
  dmy = ssdDate,
  yn = ssdFlag;

/** Files written: every SSD table canonicalToSsd fills (ssd_department is not: teams are names). */
export const SSD_WRITTEN: readonly SsdFile[] = SSD_FILES.filter((f) => f !== 'ssd_department');

export const SSD_NOT_CARRIED: readonly string[] = [
  'supervision records (SSD has none): supervision-quality is not run',
  'CIN plan reviews (SSD has no CIN review table)',
  'CIN and CP plan end reasons (only early help keeps its end reason)',
  "workers' start, leave and qualification dates and the agency flag (ssd_professionals has none; the flag is an empty placeholder)",
  'assessment seen and seen-alone dates (only a yes/no "child seen")',
  'referral and assessment outcomes other than NFA, contact outcomes, child disability and UASC flags',
  'visit worker ids (SSD visits name no worker)',
];

export class SsdWriter implements LayoutSink {
  private readonly writers: Record<SsdFile, CsvTableWriter>;
  private contacts = 0;
  private s47 = 0;
  private reviews = 0;
  private allocations = 0;
  private visits = 0;
  readonly notCarried = SSD_NOT_CARRIED;

  constructor(dir: string) {
    this.writers = Object.fromEntries(
      SSD_WRITTEN.map((f) => [f, new CsvTableWriter(dir, f, SSD_COLUMNS[f], 'iso', { eol: '\r\n' })]),
    ) as Record<SsdFile, CsvTableWriter>;
  }

  private put(f: SsdFile, row: Record<string, Value>): void {
    this.writers[f].row(
      SSD_COLUMNS[f].map((c) => {
        const v = row[c];
        return v === null || v === undefined ? '' : String(v);
      }),
    );
  }

  contact(k: GContact, c: GChild): void {
    this.contactRow(k, c.id, false);
  }

  /** A duplicated contact id is read as blank, and canonicalToSsd numbers such a row by its place. */
  private contactRow(k: GContact, childId: string, duplicate: boolean): void {
    this.contacts++;
    this.put('ssd_contacts', {
      cont_contact_id: duplicate ? `C${this.contacts}` : k.id,
      cont_person_id: childId,
      cont_contact_date: dt(k.date),
      cont_contact_source_code: k.source,
    });
  }

  child(c: GChild, plants: ChildPlants): void {
    this.put('ssd_person', {
      pers_person_id: c.id,
      pers_sex: c.gender,
      pers_ethnicity: c.ethnicity,
      pers_dob: plants.dobUnreadable ? '' : dmy(c.dob),
    });
    for (const k of c.contacts) this.contactRow(k, c.id, false);
    if (plants.duplicateContact) this.contactRow(plants.duplicateContact, c.id, true);
    for (const r of c.referrals) {
      const outcome = r.id === plants.unknownOutcomeReferralId ? null : r.outcome;
      this.put('ssd_cin_episodes', {
        cine_referral_id: r.id,
        cine_person_id: c.id,
        cine_referral_date: dt(r.date),
        cine_referral_source_code: r.source,
        cine_referral_nfa: outcome === null ? '' : outcome === 'nfa' ? 'Y' : 'N',
        cine_referral_team: r.team,
      });
    }
    for (const a of c.assessments) {
      this.put('ssd_cin_assessments', {
        cina_assessment_id: a.id,
        cina_person_id: c.id,
        cina_referral_id: a.referralId,
        cina_assessment_start_date: dt(a.start),
        cina_assessment_child_seen: a.seen === null ? '' : 'Y',
        cina_assessment_auth_date: dt(a.completion),
        cina_assessment_outcome_nfa: a.outcome === null ? '' : a.outcome === 'nfa' ? 'Y' : 'N',
        cina_assessment_team: a.team,
        cina_assessment_worker_id: a.workerId,
      });
    }
    for (const s of c.s47) {
      this.s47++;
      const json =
        s.outcome === null
          ? ''
          : JSON.stringify({
              NFA_FLAG: s.outcome === 'nfa' ? 'Y' : 'N',
              CP_CONFERENCE_FLAG: s.outcome === 'icpc' ? 'Y' : 'N',
            });
      this.put('ssd_s47_enquiry', {
        s47e_s47_enquiry_id: s.id,
        s47e_person_id: c.id,
        s47e_s47_start_date: dt(s.strategy),
        s47e_s47_nfa: s.outcome === null ? '' : s.outcome === 'nfa' ? 'Y' : 'N',
        s47e_s47_outcome_json: json,
        s47e_s47_completed_by_team: s.team,
      });
      if (s.icpc !== null)
        this.put('ssd_initial_cp_conference', {
          icpc_icpc_id: `ICPC${this.s47}`,
          icpc_s47_enquiry_id: s.id,
          icpc_person_id: c.id,
          icpc_icpc_date: dt(s.icpc),
        });
    }
    for (const p of c.plans) {
      switch (p.type) {
        case 'cin':
          this.put('ssd_cin_plans', {
            cinp_cin_plan_id: p.id,
            cinp_person_id: c.id,
            cinp_cin_plan_start_date: dt(p.start),
            cinp_cin_plan_end_date: dt(p.end),
            cinp_cin_plan_team: p.team,
          });
          break;
        case 'cp':
          this.put('ssd_cp_plans', {
            cppl_cp_plan_id: p.id,
            cppl_person_id: c.id,
            cppl_cp_plan_start_date: dt(p.start),
            cppl_cp_plan_end_date: dt(p.end),
            cppl_cp_plan_initial_category: p.category,
            cppl_cp_plan_latest_category: p.category,
          });
          break;
        case 'cla':
          this.put('ssd_cla_episodes', {
            clae_cla_episode_id: p.id,
            clae_person_id: c.id,
            clae_cla_episode_start_date: dt(p.start),
            clae_cla_episode_ceased_date: dt(p.end),
            clae_cla_id: p.id,
            clae_entered_care_date: dt(p.start),
          });
          break;
        case 'early_help':
          this.put('ssd_early_help_episodes', {
            earl_episode_id: p.id,
            earl_person_id: c.id,
            earl_episode_start_date: dt(p.start),
            earl_episode_end_date: dt(p.end),
            earl_episode_end_reason: p.endReason,
          });
          break;
        case 'care_leaver':
          this.put('ssd_care_leavers', {
            clea_table_id: p.id,
            clea_person_id: c.id,
            clea_care_leaver_allocated_team: p.team,
          });
          break;
      }
    }
    for (const p of c.plans) {
      for (const r of p.reviews) {
        this.reviews++;
        // CIN plan reviews have no SSD table: they are dropped, as a real SSD extract would.
        if (p.type === 'cp')
          this.put('ssd_cp_reviews', {
            cppr_cp_review_id: `R${this.reviews}`,
            cppr_person_id: c.id,
            cppr_cp_plan_id: p.id,
            cppr_cp_review_date: dt(r),
          });
        else if (p.type === 'cla')
          this.put('ssd_cla_reviews', {
            clar_cla_review_id: `R${this.reviews}`,
            clar_cla_id: p.id,
            clar_cla_review_date: dt(r),
            clar_cla_review_cancelled: 'N',
          });
      }
    }
    for (const a of c.allocations) {
      this.allocations++;
      this.put('ssd_involvements', {
        invo_involvements_id: `INV${this.allocations}`,
        invo_professional_id: a.workerId,
        invo_professional_role_id: 'CW',
        invo_involvement_start_date: dt(a.start),
        invo_involvement_end_date: dt(a.end),
        invo_person_id: c.id,
      });
    }
    const rank = { cp: 0, cla: 1, cin: 2 } as const;
    const visited = c.plans.filter((p) => p.type === 'cp' || p.type === 'cla' || p.type === 'cin');
    for (const v of c.visits) {
      this.visits++;
      // The visit goes to the table of the child's plan open on the day (CP first), else CIN visits.
      const plan: GPlan | undefined = visited
        .filter((p) => p.start <= v.date && (p.end === null || p.end >= v.date))
        .sort((a, b) => rank[a.type as 'cp'] - rank[b.type as 'cp'])[0];
      const id = `V${this.visits}`;
      if (plan?.type === 'cp')
        this.put('ssd_cp_visits', {
          cppv_cp_visit_id: id,
          cppv_person_id: c.id,
          cppv_cp_plan_id: plan.id,
          cppv_cp_visit_date: dt(v.date),
          cppv_cp_visit_seen: yn(v.seen),
          cppv_cp_visit_seen_alone: yn(v.seenAlone),
        });
      else if (plan?.type === 'cla')
        this.put('ssd_cla_visits', {
          clav_cla_visit_id: id,
          clav_cla_id: plan.id,
          clav_person_id: c.id,
          clav_cla_visit_date: dt(v.date),
          clav_cla_visit_seen: yn(v.seen),
          clav_cla_visit_seen_alone: yn(v.seenAlone),
        });
      else
        this.put('ssd_cin_visits', {
          cinv_cin_visit_id: id,
          cinv_person_id: c.id,
          cinv_cin_visit_date: dt(v.date),
          cinv_cin_visit_seen: yn(v.seen),
          cinv_cin_visit_seen_alone: yn(v.seenAlone),
        });
    }
  }

  worker(w: GWorker): void {
    // prof_agency_worker_flag is left empty: SSD v1 extracts do not populate it.
    this.put('ssd_professionals', {
      prof_professional_id: w.id,
      prof_staff_id: w.id,
      prof_professional_job_title: w.role,
      prof_professional_department: w.team,
      prof_full_time_equivalency: w.fte,
    });
  }

  get full(): boolean {
    return Object.values(this.writers).some((w) => w.full);
  }
  async drain(): Promise<void> {
    for (const w of Object.values(this.writers)) if (w.full) await w.drain();
  }
  async close(): Promise<void> {
    await Promise.all(Object.values(this.writers).map((w) => w.close()));
  }
  rows(): Record<string, number> {
    return Object.fromEntries(SSD_WRITTEN.map((f) => [`${f}.csv`, this.writers[f].rows]));
  }
}
