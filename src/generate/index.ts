/**
 * `generateExport`: writes a synthetic council export (every table of SPEC §3) and its planted
 * ground truth. Children are generated, evaluated and written one at a time, so memory stays
 * bounded however many children are asked for; the same options always give the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadRules } from '../../rules/registry.js';
import { type Day, addMonths, periodStartFor, toIso, ymd } from '../model/day.js';
import { ChildBuilder } from './council.js';
import type { CouncilContext } from './councilContext.js';
import { type DataQualityPlant, findingIds, type GroundTruth, TruthBuilder } from './groundTruth.js';
import { CORE_TEAMS, SAFEGUARDING_TEAMS } from './names.js';
import { Rng } from './rng.js';
import { type Scenario, buildScenarios } from './scenarios.js';
import type { GChild, GSupervision } from './types.js';
import { ANNEX_A_LISTS } from './annexAWriter.js';
import { LAYOUT_WRITERS } from './layoutWriters.js';
import { ANNEX_A_WORKBOOK, writeAnnexAWorkbook } from './annexAWorkbook.js';
import { type ChildPlants, type LayoutSink } from './layouts.js';
import { CsvTableWriter } from './writer.js';
import { Workforce } from './workforce.js';
import { TABLES } from './canonicalTables.js';
import { DEFAULT_CHILDREN, DEFAULT_SEED, type GenerateOptions, type GenerateSummary } from './generateOptions.js';
import { groupSupervisions, personalSupervisions } from './workerSupervision.js';

export { GENERATE_LAYOUTS, type GenerateLayout } from './layoutWriters.js';
// Options, summary and defaults live in their own module; re-exported so importers keep this path.
export {
  DEFAULT_AS_AT,
  DEFAULT_CHILDREN,
  DEFAULT_SEED,
  type GenerateOptions,
  type GenerateSummary,
} from './generateOptions.js';

const yn = (b: boolean) => (b ? 'Y' : 'N');

/** Deliberate data-quality issues, each at a known row (SPEC §2), listed in the ground truth. */
interface DqPlan {
  badDate: number;
  twoDigitYear: number;
  badFlag: number;
  unknownCode: number;
  duplicateId: number;
}

export async function generateExport(opts: GenerateOptions): Promise<GenerateSummary> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const total = opts.children ?? DEFAULT_CHILDREN;
  const A = opts.asAt ?? Date.UTC(2024, 2, 31) / 86_400_000;
  const P = periodStartFor(A, 12);
  const H = addMonths(A, -36);
  const layout = opts.layout ?? 'canonical';
  const rng = new Rng(seed);
  // Every rule's findings, each a list of the ground truth: loaded from the registry before a
  // file is written (a rule that cannot load leaves no half-made export behind).
  const findings = findingIds(await loadRules());
  await mkdir(opts.out, { recursive: true });

  // Teams: four core teams plus two to six long-term teams (6–10 in all).
  // Small councils (the demo) get the smallest structure so teams are not near-empty.
  const nSafeguarding = rng.int(2, 6);
  const safeguarding = SAFEGUARDING_TEAMS.slice(0, total < 1500 ? 2 : nSafeguarding);
  const teams = {
    all: [CORE_TEAMS.assessmentNorth, CORE_TEAMS.assessmentSouth, ...safeguarding, CORE_TEAMS.disabled, CORE_TEAMS.cic],
    assessment: [CORE_TEAMS.assessmentNorth, CORE_TEAMS.assessmentSouth],
    safeguarding,
    disabled: CORE_TEAMS.disabled,
    cic: CORE_TEAMS.cic,
  };
  // About 0.14 children per generated child are open to a social worker on as-at, ~12 each.
  const expectedPerTeam = Math.max(2, (total * 0.1) / 12 / teams.all.length);
  const wf = new Workforce(rng, teams, {
    asAt: A,
    periodStart: P,
    historyStart: H,
    expectedPerTeam,
    agencyShare: 0.22,
    nqShare: 0.14,
    overShare: 0.1,
    personalGapShare: 0.12,
    personalNoneShare: 0.04,
  });
  // The outlier team's share shrinks with scale so it stays an outlier without pushing every
  // other team outside its control limits (SPEC §4.6 limits narrow as n grows).
  // With N assessments completed in the period, 1.5·√N of them in the outlier team keeps it at
  // least 10 strong in the demo and far outside its limits, while the others stay well inside.
  const expectedCompleted = Math.max(1, total * 0.2);
  const outlierShare = Math.min(0.2, 1.5 / Math.sqrt(expectedCompleted));
  const ctx: CouncilContext = {
    rng,
    asAt: A,
    periodStart: P,
    historyStart: H,
    wf,
    teams,
    outlierShare,
    nfaRate: 0.28,
    outlierNfaRate: 0.9,
    icpcRate: 0.55,
    ids: { contact: 0, referral: 0, assessment: 0, s47: 0, plan: 0, supervision: 0 },
    quotas: { nfa: new Map(), icpc: new Map() },
  };
  const builder = new ChildBuilder(ctx);
  const truth = new TruthBuilder(A, P, findings);
  // In another layout the canonical writers only count lines, so the planted data-quality issues
  // keep their canonical places in the ground truth; the layout sink writes the files.
  const countOnly = layout !== 'canonical';
  const writers = Object.fromEntries(
    Object.entries(TABLES).map(([t, s]) => [t, new CsvTableWriter(opts.out, t, s.header, s.style, { countOnly })]),
  ) as Record<keyof typeof TABLES, CsvTableWriter>;
  const sink: LayoutSink | null =
    layout === 'canonical' ? null : LAYOUT_WRITERS[layout]({ out: opts.out, asAt: A, periodStart: P });

  const scenarios = total >= 60 ? buildScenarios(A, P) : [];
  const scenarioAt = new Map<number, Scenario>();
  scenarios.forEach((s, k) => scenarioAt.set(Math.floor(((k + 0.5) * total) / scenarios.length), s));
  const dq: DqPlan = {
    badDate: Math.floor(total * 0.11),
    twoDigitYear: Math.floor(total * 0.37),
    badFlag: Math.floor(total * 0.53),
    unknownCode: Math.floor(total * 0.61),
    duplicateId: Math.floor(total * 0.83),
  };
  const dqPlants: DataQualityPlant[] = [];
  let unknownCodePending = total >= 10;
  const planted: Array<[string, string, string]> = [];
  const idWidth = Math.max(6, String(total).length);

  const writeChild = (c: GChild, index: number): ChildPlants => {
    const w = writers;
    const plants: ChildPlants = { dobUnreadable: false, duplicateContact: null, unknownOutcomeReferralId: null };
    let dob = w.children.date(c.dob);
    let disability = yn(c.disability);
    if (total >= 10 && index === dq.badDate) {
      dob = `31/02/${ymd(c.dob).year}`;
      plants.dobUnreadable = true;
      dqPlants.push({ table: 'children', line: w.children.nextLine, column: 'date_of_birth', code: 'bad-date' });
    } else if (total >= 10 && index === dq.twoDigitYear) {
      dob = `${dob.slice(0, 6)}${dob.slice(8)}`;
      plants.dobUnreadable = true;
      dqPlants.push({ table: 'children', line: w.children.nextLine, column: 'date_of_birth', code: 'two-digit-year' });
    } else if (total >= 10 && index === dq.badFlag) {
      disability = 'Not known';
      dqPlants.push({ table: 'children', line: w.children.nextLine, column: 'disability', code: 'bad-flag' });
    }
    w.children.row([c.id, dob, c.gender, c.ethnicity, disability, c.uasc ? 'Y' : 'N']);
    for (const k of c.contacts) w.contacts.row([k.id, c.id, w.contacts.date(k.date), k.source, k.outcome]);
    if (total >= 10 && index === dq.duplicateId && c.contacts.length > 0) {
      const k = c.contacts[0]!;
      plants.duplicateContact = { id: k.id, date: k.date + 1, source: 'Police', outcome: 'Information and advice' };
      dqPlants.push({ table: 'contacts', line: w.contacts.nextLine, column: 'contact_id', code: 'duplicate-id' });
      w.contacts.row([k.id, c.id, w.contacts.date(k.date + 1), 'Police', 'Information and advice']);
    }
    for (const r of c.referrals) {
      let outcome: string = r.outcome;
      if (unknownCodePending && index >= dq.unknownCode && !scenarioAt.has(index)) {
        outcome = 'Passed to partner agency';
        plants.unknownOutcomeReferralId = r.id;
        unknownCodePending = false;
        dqPlants.push({ table: 'referrals', line: w.referrals.nextLine, column: 'outcome', code: 'unknown-code' });
      }
      w.referrals.row([r.id, c.id, w.referrals.date(r.date), r.source, r.team, outcome]);
    }
    for (const a of c.assessments) {
      w.assessments.row([
        a.id,
        c.id,
        a.referralId,
        w.assessments.date(a.start),
        w.assessments.date(a.completion),
        a.workerId ?? '',
        a.team,
        w.assessments.date(a.seen),
        w.assessments.date(a.seenAlone),
        a.outcome ?? '',
      ]);
    }
    for (const s of c.s47)
      w.section47.row([s.id, c.id, w.section47.date(s.strategy), w.section47.date(s.icpc), s.outcome ?? '', s.team]);
    for (const p of c.plans) {
      w.plans.row([
        p.id,
        c.id,
        p.type,
        w.plans.date(p.start),
        w.plans.date(p.end),
        p.endReason ?? '',
        p.category,
        p.team,
      ]);
      for (const r of p.reviews) w.reviews.row([p.id, w.reviews.date(r)]);
    }
    for (const a of c.allocations)
      w.allocations.row([c.id, a.workerId, w.allocations.date(a.start), w.allocations.date(a.end)]);
    for (const v of c.visits)
      w.visits.row([c.id, w.visits.date(v.date), v.workerId, yn(v.seen), v.seenAlone === null ? '' : yn(v.seenAlone)]);
    for (const s of c.supervisions) writeSupervision(s);
    sink?.child(c, plants);
    return plants;
  };
  const writeSupervision = (s: GSupervision) => {
    writers.supervisions.row([
      s.id,
      s.workerId,
      writers.supervisions.date(s.date),
      s.childId ?? '',
      s.supervisorId,
      s.type,
      s.recordText,
      s.actions,
    ]);
  };
  const drainAll = async () => {
    for (const w of Object.values(writers)) if (w.full) await w.drain();
    if (sink?.full) await sink.drain();
  };

  const step = Math.max(1, Math.floor(total / 100));
  let lastChild: GChild | null = null;
  let lastPlants: ChildPlants | null = null;
  for (let i = 0; i < total; i++) {
    const scenario = scenarioAt.get(i) ?? null;
    const c = builder.build(`C${String(i + 1).padStart(idWidth, '0')}`, scenario?.force ?? null);
    truth.observe(c);
    if (scenario) {
      for (const [r, f, k] of scenario.nearMisses(c)) truth.nearMiss(r, f, k);
      planted.push(...scenario.planted(c));
    }
    lastPlants = writeChild(c, i);
    lastChild = c;
    await drainAll();
    if (opts.onProgress && (i + 1) % step === 0) opts.onProgress(i + 1, total);
  }
  // A contact on the as-at date, so an audit that infers as-at (SPEC §1) lands on the same day.
  if (lastChild) {
    const k = {
      id: `CT${String(ctx.ids.contact + 1).padStart(7, '0')}`,
      date: A,
      source: 'Police',
      outcome: 'Information and advice',
    };
    writers.contacts.row([k.id, lastChild.id, writers.contacts.date(A), k.source, k.outcome]);
    sink?.contact(k, lastChild, lastPlants!);
  }

  // Personal and group supervision, then the workers table.
  const latestPersonal = new Map<string, Day>();
  for (const w of wf.workers) {
    for (const s of personalSupervisions(rng, w, A, ctx)) {
      writeSupervision(s);
      if (s.date <= A && (latestPersonal.get(w.id) ?? -Infinity) < s.date) latestPersonal.set(w.id, s.date);
    }
    await drainAll();
  }
  for (const team of teams.all) {
    for (const s of groupSupervisions(rng, team, A, ctx)) writeSupervision(s);
  }
  for (const w of wf.workers) {
    writers.workers.row([
      w.id,
      w.team,
      w.role,
      String(w.fte),
      writers.workers.date(w.start),
      writers.workers.date(w.end),
      w.agency ? 'Yes' : 'No',
      writers.workers.date(w.qualified),
    ]);
    sink?.worker(w);
  }
  for (const w of wf.workers) {
    if (w.personal === 'at-limit' && w.caseload >= 1 && w.end === null)
      truth.nearMiss('supervision-quality', 'personal-supervision-gaps', `supervision-quality/personal/${w.id}`);
    if (wf.caseloadNearMiss.has(w.id) && w.caseload === 15 && w.fte === 1)
      truth.nearMiss('caseloads', 'over-target', `caseloads/worker/${w.id}`);
  }
  truth.observeWorkers(wf.workers, latestPersonal);
  await Promise.all(Object.values(writers).map((w) => w.close()));
  await sink?.close();
  if (layout === 'annex-a' && opts.workbook)
    await writeAnnexAWorkbook(
      opts.out,
      ANNEX_A_LISTS.map((l) => l.list),
      A,
    );

  const finished = truth.finish({
    seed,
    outlierTeam: teams.disabled,
    dataQuality: dqPlants.sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : a.line - b.line)),
  });
  // The truth is the council's, whatever the layout; `layout` says which files it came with
  // (absent for canonical, so the canonical ground truth keeps its bytes).
  const groundTruth: GroundTruth = layout === 'canonical' ? finished : { ...finished, layout };
  await writeFile(join(opts.out, 'ground-truth.json'), `${JSON.stringify(groundTruth, null, 2)}\n`);
  opts.onProgress?.(total, total);
  return {
    out: opts.out,
    seed,
    children: total,
    layout,
    groundTruth,
    planted,
    teams: teams.all,
    rows: sink
      ? workbookRows(sink.rows(), layout === 'annex-a' && opts.workbook === true)
      : Object.fromEntries(Object.entries(writers).map(([t, w]) => [t, w.rows])),
    notCarried: sink?.notCarried ?? [],
  };
}

export { toIso };

/** Rows per file, with the lists named as sheets of the workbook when one was written. */
function workbookRows(rows: Record<string, number>, workbook: boolean): Record<string, number> {
  return workbook
    ? Object.fromEntries(Object.entries(rows).map(([f, n]) => [`${ANNEX_A_WORKBOOK}#${f.replace(/\.csv$/, '')}`, n]))
    : rows;
}
