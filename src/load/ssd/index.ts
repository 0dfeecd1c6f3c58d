/**
 * Reads an export in the Standard Safeguarding Dataset layout (a folder of `ssd_*.csv` files)
 * into the canonical tables. Choices, for QA officers:
 * - CLA plans are periods of care: `ssd_cla_episodes` grouped by `clae_cla_id`, starting at the
 *   earliest of the entered-care date and the first episode start, ending at the last episode's
 *   ceased date when every episode has ceased.
 * - A section 47's ICPC date is the earliest `ssd_initial_cp_conference.icpc_icpc_date` for it; its
 *   outcome is `icpc` when the outcome JSON says CP_CONFERENCE_FLAG = Y (or, with no JSON, when a
 *   conference exists), `nfa` when s47e_s47_nfa or NFA_FLAG is Y, otherwise blank.
 * - Referral and assessment outcomes are `nfa` when their NFA flag is Y, otherwise blank (SSD does
 *   not code other outcomes).
 * - Allocations are `ssd_involvements` rows whose role is an allocated case/social worker
 *   (`CW`, "Allocated Case Worker", "Social Worker" …); when no role is recognised, every
 *   involvement with a worker is read and the limitation says so.
 * - Reviews with no held date (only a due date) and cancelled CLA reviews are not reviews held.
 * - Team ids (`*_team`) are turned into names through `ssd_department.csv` when it is present.
 */
import type { LoadedExport } from '../../model/export.js';
import { normaliseHeader } from '../../model/schema.js';
import { END_REASONS, type TableName } from '../../model/tables.js';
import { DataQualityLog } from '../issues.js';
import type { TableMapping } from '../tableBuilder.js';
import { makeCodeParser } from '../values.js';
import { assembleExport, type SourceRecord, type TableSource } from './assemble.js';
import { dayOf, outcomeFlags, yes } from './fieldValues.js';
import { type SsdTable, readSsdFolder } from './folder.js';
import { periodsOfCare } from './periodsOfCare.js';
import type { RawRow } from './rawCsv.js';
import { SSD_ABSENT, SSD_LIMITATIONS, SSD_COVERAGE, SSD_SOURCES, type SsdFile } from './tables.js';

export interface SsdOptions {
  maxBytes?: number;
  mapping?: { [T in TableName]?: TableMapping };
  onTable?: (table: TableName, rows: number) => void;
}

const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;
const ALLOCATED_ROLES = new Set([
  'cw',
  'allocatedcaseworker',
  'allocatedworker',
  'allocatedsocialworker',
  'socialworker',
  'caseworker',
  'allwkr',
  'keyworker',
]);

export async function loadSsd(dir: string, opts: SsdOptions = {}): Promise<LoadedExport> {
  const dq = new DataQualityLog();
  const t = await readSsdFolder(dir, dq, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const sources: TableSource[] = [];
  const limitations: { [T in TableName]?: string } = { ...SSD_LIMITATIONS };
  const dept = new Map<string, string>();
  const d = t.get('ssd_department');
  if (d)
    for (const r of d.rows) {
      const id = d.get(r, 'dept_team_id').trim();
      if (id) dept.set(id, d.get(r, 'dept_team_name'));
    }
  const team = (v: string) => dept.get(v.trim()) ?? v;

  // A file that is there but empty fails the tables it feeds, as an empty canonical file does:
  // CP plans read from nothing, the plan measures would count CIN and CLA plans alone (exit 0).
  const failed: { [T in TableName]?: { file: string; error: string } } = {};
  /** Adds a source mapping canonical columns to SSD fields (string) or derived values (function). */
  const add = (
    table: TableName,
    s: SsdTable,
    cols: Record<string, string | [string, (r: RawRow) => string]>,
    rows: RawRow[] = s.rows,
  ) => {
    if (s.raw.header.length === 0)
      failed[table] ??= { file: s.file, error: `${s.file}: file is empty (no header row)` };
    const labels: Record<string, string> = {};
    const positions: Record<string, number> = {};
    for (const [c, v] of Object.entries(cols)) {
      labels[c] = typeof v === 'string' ? s.label(v) : v[0];
      positions[c] = typeof v === 'string' ? s.position(v) : 0;
    }
    const records: SourceRecord[] = rows.map((r) => ({
      line: r.line,
      values: Object.fromEntries(
        Object.entries(cols).map(([c, v]) => [c, typeof v === 'string' ? s.get(r, v) : v[1](r)]),
      ),
    }));
    sources.push({ table, file: s.file, headerLine: s.raw.headerLine, labels, positions, records });
  };

  const person = t.get('ssd_person');
  if (person) {
    add('children', person, {
      child_id: 'pers_person_id',
      date_of_birth: 'pers_dob',
      ethnicity: 'pers_ethnicity',
      gender: person.has('pers_sex') ? 'pers_sex' : 'pers_gender',
    });
  }

  const prof = t.get('ssd_professionals');
  if (prof) {
    const agencyKnown =
      prof.has('prof_agency_worker_flag') &&
      prof.rows.some((r) => prof.get(r, 'prof_agency_worker_flag').trim() !== '');
    add('workers', prof, {
      worker_id: 'prof_professional_id',
      team: 'prof_professional_department',
      role: 'prof_professional_job_title',
      fte: 'prof_full_time_equivalency',
      ...(agencyKnown ? { agency: 'prof_agency_worker_flag' } : {}),
    });
  }

  const contacts = t.get('ssd_contacts');
  if (contacts)
    add('contacts', contacts, {
      contact_id: 'cont_contact_id',
      child_id: 'cont_person_id',
      contact_date: 'cont_contact_date',
      source: 'cont_contact_source_code',
    });

  const episodes = t.get('ssd_cin_episodes');
  if (episodes) {
    add('referrals', episodes, {
      referral_id: 'cine_referral_id',
      child_id: 'cine_person_id',
      referral_date: 'cine_referral_date',
      source: 'cine_referral_source_code',
      team: [episodes.label('cine_referral_team'), (r) => team(episodes.get(r, 'cine_referral_team'))],
      outcome: [episodes.label('cine_referral_nfa'), (r) => (yes(episodes.get(r, 'cine_referral_nfa')) ? 'nfa' : '')],
    });
  }

  const asmt = t.get('ssd_cin_assessments');
  if (asmt) {
    add('assessments', asmt, {
      assessment_id: 'cina_assessment_id',
      child_id: 'cina_person_id',
      referral_id: 'cina_referral_id',
      start_date: 'cina_assessment_start_date',
      completion_date: 'cina_assessment_auth_date',
      worker_id: 'cina_assessment_worker_id',
      team: [asmt.label('cina_assessment_team'), (r) => team(asmt.get(r, 'cina_assessment_team'))],
      outcome: [
        asmt.label('cina_assessment_outcome_nfa'),
        (r) =>
          yes(asmt.get(r, 'cina_assessment_outcome_nfa')) ||
          outcomeFlags(asmt.get(r, 'cina_assessment_outcome_json'))?.NFA_FLAG === 'Y'
            ? 'nfa'
            : '',
      ],
    });
  }

  const s47 = t.get('ssd_s47_enquiry');
  if (s47) {
    const icpc = t.get('ssd_initial_cp_conference');
    const conferences = new Map<string, { day: number | null; raw: string }>();
    if (icpc) {
      for (const r of icpc.rows) {
        const id = icpc.get(r, 'icpc_s47_enquiry_id').trim();
        if (!id) continue;
        const raw = icpc.get(r, 'icpc_icpc_date');
        const day = dayOf(raw);
        const prev = conferences.get(id);
        if (!prev || (day !== null && (prev.day === null || day < prev.day))) conferences.set(id, { day, raw });
      }
    }
    const conf = (r: RawRow) => conferences.get(s47.get(r, 's47e_s47_enquiry_id').trim());
    add('section47', s47, {
      s47_id: 's47e_s47_enquiry_id',
      child_id: 's47e_person_id',
      strategy_date: 's47e_s47_start_date',
      icpc_date: ['icpc_icpc_date (ssd_initial_cp_conference)', (r) => conf(r)?.raw ?? ''],
      outcome: [
        s47.label('s47e_s47_outcome_json'),
        (r) => {
          const flags = outcomeFlags(s47.get(r, 's47e_s47_outcome_json'));
          if (flags?.CP_CONFERENCE_FLAG === 'Y' || (!flags && conf(r))) return 'icpc';
          if (yes(s47.get(r, 's47e_s47_nfa')) || flags?.NFA_FLAG === 'Y') return 'nfa';
          return '';
        },
      ],
      team: [s47.label('s47e_s47_completed_by_team'), (r) => team(s47.get(r, 's47e_s47_completed_by_team'))],
    });
  }

  const cin = t.get('ssd_cin_plans');
  if (cin) {
    add('plans', cin, {
      plan_id: 'cinp_cin_plan_id',
      child_id: 'cinp_person_id',
      plan_type: ['plan_type (derived)', () => 'cin'],
      start_date: 'cinp_cin_plan_start_date',
      end_date: 'cinp_cin_plan_end_date',
      team: [cin.label('cinp_cin_plan_team'), (r) => team(cin.get(r, 'cinp_cin_plan_team'))],
    });
  }
  const cp = t.get('ssd_cp_plans');
  if (cp) {
    add('plans', cp, {
      plan_id: 'cppl_cp_plan_id',
      child_id: 'cppl_person_id',
      plan_type: ['plan_type (derived)', () => 'cp'],
      start_date: 'cppl_cp_plan_start_date',
      end_date: 'cppl_cp_plan_end_date',
      category: 'cppl_cp_plan_initial_category',
    });
  }
  const cla = t.get('ssd_cla_episodes');
  if (cla) sources.push(periodsOfCare(cla));
  const eh = t.get('ssd_early_help_episodes');
  if (eh) {
    const reason = makeCodeParser(END_REASONS, { stepped_down: 'step_down', stepped_up: 'step_up', closure: 'closed' });
    add('plans', eh, {
      plan_id: 'earl_episode_id',
      child_id: 'earl_person_id',
      plan_type: ['plan_type (derived)', () => 'early_help'],
      start_date: 'earl_episode_start_date',
      end_date: 'earl_episode_end_date',
      // Local free text ("Outcomes met"): only values that name a canonical reason are kept.
      end_reason: [
        eh.label('earl_episode_end_reason'),
        (r) => {
          const v = reason(eh.get(r, 'earl_episode_end_reason'));
          return typeof v === 'string' ? v : '';
        },
      ],
    });
  }

  const cpr = t.get('ssd_cp_reviews');
  if (cpr)
    add(
      'reviews',
      cpr,
      { plan_id: 'cppr_cp_plan_id', review_date: 'cppr_cp_review_date' },
      cpr.rows.filter((r) => cpr.get(r, 'cppr_cp_review_date').trim() !== ''),
    );
  const clr = t.get('ssd_cla_reviews');
  if (clr) {
    add(
      'reviews',
      clr,
      { plan_id: 'clar_cla_id', review_date: 'clar_cla_review_date' },
      clr.rows.filter(
        (r) => clr.get(r, 'clar_cla_review_date').trim() !== '' && !yes(clr.get(r, 'clar_cla_review_cancelled')),
      ),
    );
  }

  const invo = t.get('ssd_involvements');
  if (invo) {
    const withWorker = invo.rows.filter(
      (r) => invo.get(r, 'invo_professional_id').trim() !== '' && invo.get(r, 'invo_professional_id').trim() !== '-1',
    );
    const roles = [
      ...new Set(withWorker.map((r) => invo.get(r, 'invo_professional_role_id').trim()).filter(Boolean)),
    ].sort();
    const allocated = (r: RawRow) => ALLOCATED_ROLES.has(normaliseHeader(invo.get(r, 'invo_professional_role_id')));
    const recognised = withWorker.some(allocated);
    const rows = recognised ? withWorker.filter(allocated) : withWorker;
    add(
      'allocations',
      invo,
      {
        child_id: 'invo_person_id',
        worker_id: 'invo_professional_id',
        start_date: 'invo_involvement_start_date',
        end_date: 'invo_involvement_end_date',
      },
      rows,
    );
    const skipped = invo.rows.length - rows.length;
    if (!recognised && roles.length) {
      limitations.allocations = `No involvement role in ssd_involvements is a recognised allocated-worker role (CW, Allocated Case Worker, Social Worker), so every involvement with a worker is read as an allocation; roles found: ${roles.slice(0, 10).join(', ')}${roles.length > 10 ? ', …' : ''}. Caseloads may include non-allocated involvements.`;
    } else if (skipped > 0) {
      limitations.allocations = `${skipped} ssd_involvements row(s) with another role or no worker were not read as allocations.`;
    }
  }

  for (const [name, prefix] of [
    ['ssd_cp_visits', 'cppv_cp_visit'],
    ['ssd_cin_visits', 'cinv_cin_visit'],
    ['ssd_cla_visits', 'clav_cla_visit'],
  ] as const) {
    const v = t.get(name);
    if (!v) continue;
    add('visits', v, {
      child_id: `${prefix.slice(0, 4)}_person_id`,
      visit_date: `${prefix}_date`,
      seen: `${prefix}_seen`,
      seen_alone: `${prefix}_seen_alone`,
    });
  }

  if (t.has('ssd_care_leavers'))
    limitations.plans = `${limitations.plans!} ssd_care_leavers has ${t.get('ssd_care_leavers')!.rows.length} row(s) with no start dates; they are not read as plans.`;
  const absent: { [T in TableName]?: string } = { ...SSD_ABSENT };
  for (const [table, files] of Object.entries(SSD_SOURCES) as [TableName, readonly SsdFile[]][]) {
    if (files.length) absent[table] ??= `no ${files.map((f) => `${f}.csv`).join(' or ')} in the SSD export`;
  }
  const ex = assembleExport(sources, {
    source: dir,
    layout: 'ssd',
    dq,
    absent,
    limitations,
    failed,
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
    ...(opts.onTable ? { onTable: opts.onTable } : {}),
  });
  ex.coverage = SSD_COVERAGE;
  return ex;
}
