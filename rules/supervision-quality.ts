/**
 * SPEC §4.7: is management oversight of children's cases frequent, do workers get personal
 * supervision, and are case supervision records good enough — child-focused, reflective, with
 * actions that have timescales, and not copied from the last record?
 */
import * as z from 'zod';
import { col, pct, plural, severityFor, shareMetric, valueMetric } from '../src/engine/metrics.js';
import { openOn, newlyQualifiedOn, workerActiveOn } from '../src/engine/exportIndex.js';
import { defineRule } from '../src/engine/rule.js';
import type { Breakdown, EvidenceRow, Finding, Metric } from '../src/engine/types.js';
import { type Day, isoOrNull, toIso } from '../src/model/day.js';
import type { PlanRow, SupervisionRow, SupervisionType } from '../src/model/tables.js';
import { CopyComparer, createScorer, type Explanation, loadLexicon, type SupervisionScorer, TEXT_BITS, type TextScores } from './lib/supervisionText.js';

const OPEN_PLAN_TYPES = new Set(['cin', 'cp', 'cla']);
const EXCERPT_CHARS = 200;
const CRITERION_LABELS = { childFocus: 'child focus', reflection: 'reflection', actions: 'actions with timescales', copied: 'copied from the previous record' } as const;

/** SPEC §3: a blank (or unreadable) type is `case` when the record names a child, else `personal`. */
export function supervisionType(r: SupervisionRow): SupervisionType {
  return r.type ?? (r.childId !== null ? 'case' : 'personal');
}

function isCaseRecord(r: SupervisionRow): boolean {
  const t = supervisionType(r);
  return t === 'case' || t === 'oversight';
}

function hasText(r: SupervisionRow): boolean {
  return (r.recordText !== null && r.recordText.trim() !== '') || (r.actions !== null && r.actions.trim() !== '');
}

/** The text excerpt shown in the HTML/PDF report only: whitespace folded, at most 200 characters. */
function excerpt(r: SupervisionRow): string {
  const text = [r.recordText, r.actions].filter((t): t is string => t !== null && t.trim() !== '').join(' | Actions: ').replace(/\s+/g, ' ').trim();
  return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
}

const EXPLAINED_LABELS = { childFocus: 'Child focus', reflection: 'Reflection', actions: 'Action with a timescale', reviewsPrevious: 'Reviews last actions' } as const;

/**
 * Why each criterion was judged present or not (issue 22): the words that made it present, at
 * most two per criterion, or that none did. Shown with the excerpt, so HTML/PDF only — never in
 * JSON or CSV, never under --pseudonymise (the report drops every excerpt then).
 */
function explanation(scorer: SupervisionScorer, r: SupervisionRow): string {
  const ex: Explanation = scorer.explain(r.recordText, r.actions);
  const parts = (Object.keys(EXPLAINED_LABELS) as (keyof Explanation)[]).map((c) => {
    const found = [...new Set(ex[c])];
    if (found.length === 0) return `${EXPLAINED_LABELS[c]}: no words found`;
    return `${EXPLAINED_LABELS[c]}: ${found.slice(0, 2).map((w) => `“${w}”`).join(', ')}${found.length > 2 ? ` and ${found.length - 2} more` : ''}`;
  });
  return `Why: ${parts.join('; ')}.`;
}

const lexiconPath = z.string().min(1).superRefine((path, ctx) => {
  // Read and compiled here so that a bad lexicon is a config error (exit 2) naming the file,
  // not a rule that fails part-way through an audit. The compiled lexicon is cached.
  try {
    loadLexicon(path);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
  }
});

export default defineRule({
  id: 'supervision-quality',
  title: 'Management oversight and supervision',
  passTitle: 'Managers oversee children\'s cases regularly and supervision records are purposeful',
  failTitle: 'Management oversight is infrequent and supervision records lack focus on children',
  area: ['leaders'],
  tables: ['supervisions'],
  optionalTables: ['plans', 'allocations', 'workers'],
  description: 'Oversight gaps: children with a CIN, CP or CLA plan open on the as-at date whose latest case or oversight supervision since the plan started (or the plan start, if none) is more than 30 days before the as-at date. Personal supervision gaps: active workers with at least one child allocated on the as-at date and no personal supervision in the 30 days before it (14 days for newly qualified workers). Record quality: each case or oversight record in the period with text is read against a lexicon for child focus (the child\'s voice, wishes and feelings, lived experience), reflection (analysis of risk, progress or practice), actions with a timescale, and review of the last actions, ignoring phrases negated within three words ("child not seen alone"); a record whose word 3-shingles are at least 80% the same (Jaccard) as the child\'s previous record is copied. A record meets the standard when it has child focus, reflection and actions and is not copied.',
  metrics: {
    oversightGaps: { needs: ['plans.plan_type'], history: 'latest' },
    personalSupervisionGaps: { needs: ['supervisions.supervision_date'], history: 'latest' },
    recordsMeetingStandard: { needs: [['supervisions.record_text', 'supervisions.actions']] },
    // The criteria behind the standard, reported for context.
    childFocus: { needs: [['supervisions.record_text', 'supervisions.actions']] },
    reflection: { needs: [['supervisions.record_text', 'supervisions.actions']] },
    actions: { needs: [['supervisions.record_text', 'supervisions.actions']] },
    reviewsPrevious: { needs: [['supervisions.record_text', 'supervisions.actions']] },
    copied: { needs: [['supervisions.record_text', 'supervisions.actions']] },
  },
  findings: {
    'oversight-gaps': { metric: 'oversightGaps', key: 'oversight', subject: 'child' },
    'personal-supervision-gaps': { metric: 'personalSupervisionGaps', key: 'personal', subject: 'worker' },
    'records-below-standard': { metric: 'recordsMeetingStandard', key: 'record', subject: 'supervision' },
  },
  options: z.object({
    maxDaysSinceOversight: z.number().int().min(0).default(30),
    personalSupervisionDays: z.number().int().min(0).default(30),
    newlyQualifiedSupervisionDays: z.number().int().min(0).default(14),
    minRecordsMeetingStandard: z.number().min(0).max(1).default(0.8),
    tolerance: z.number().min(0).max(1).default(0.1),
    // Counts of children or workers with a gap are judged against 0; up to this many is amber.
    countTolerance: z.number().int().min(0).default(5),
    copyThreshold: z.number().min(0).max(1).default(0.8),
    lexicon: lexiconPath.optional(),
    excerpts: z.boolean().default(true),
  }).strict(),
  // Reading the text is most of this rule's work and depends only on each record's own text, so
  // the engine may do it in a worker thread while the rest of the export loads.
  prepare: {
    table: 'supervisions',
    compute(rows, o) {
      return createScorer(loadLexicon(o.lexicon)).scoreTexts(rows.length, (i) => {
        const r = rows[i]!;
        return isCaseRecord(r) && hasText(r) ? [r.recordText, r.actions] : null;
      });
    },
  },
  run(ctx) {
    const o = ctx.options;
    const asAt = ctx.asAt;
    const limitations: string[] = [];
    const metrics: Record<string, Metric> = {};
    const findings: Finding[] = [];
    const breakdowns: Breakdown[] = [];
    const workers = ctx.index.workersById;
    const countJudge = (threshold: number) => ({ threshold, direction: 'max' as const, tolerance: o.countTolerance });

    // ---- oversight gaps -------------------------------------------------------------------
    if (!ctx.has('plans')) {
      metrics.oversightGaps = valueMetric('Children on a plan without management oversight in time', null, 'count', countJudge(0), 'not measured: the export has no plans table, so which children are on a plan is unknown');
      limitations.push('Oversight gaps were not measured: the export has no plans table.');
    } else {
      const evidence: EvidenceRow[] = [];
      let population = 0;
      for (const [childId, plans] of ctx.index.plansByChild) {
        const open = plans.filter((p) => p.planType !== null && OPEN_PLAN_TYPES.has(p.planType) && openOn(p.startDate, p.endDate, asAt));
        if (open.length === 0) continue;
        population++;
        // plansByChild is sorted by start then line, so the first open plan is the earliest.
        const first: PlanRow = open[0]!;
        const start = first.startDate!;
        let last: Day | null = null;
        for (const s of ctx.index.supervisionsByChild.get(childId) ?? []) {
          const d = s.supervisionDate;
          if (d !== null && d >= start && d <= asAt && isCaseRecord(s) && (last === null || d > last)) last = d;
        }
        const days = asAt - (last ?? start);
        if (days <= o.maxDaysSinceOversight) continue;
        evidence.push({
          key: `supervision-quality/oversight/${childId}`, childId, planId: first.planId, planType: first.planType,
          team: first.team, planStart: toIso(start), lastRecord: isoOrNull(last), days,
        });
      }
      evidence.sort((a, b) => (b.days as number) - (a.days as number) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const m = valueMetric('Children on a plan without management oversight in time', evidence.length, 'count', countJudge(0));
      m.denominator = population;
      metrics.oversightGaps = m;
      if (evidence.length > 0) {
        findings.push({
          id: 'oversight-gaps', severity: severityFor(m.rag), metric: 'oversightGaps',
          title: 'Children without recent management oversight',
          message: `${plural(evidence.length, 'child', 'children')} of ${population} on a CIN, CP or CLA plan on ${toIso(asAt)} had no case or oversight supervision recorded in the last ${o.maxDaysSinceOversight} days.`,
          affected: { count: evidence.length, unit: 'children' },
          columns: [col('childId', 'Child', 'id'), col('planId', 'Plan', 'id'), col('planType', 'Plan type', 'text'), col('team', 'Team', 'text'), col('planStart', 'Plan start', 'date'), col('lastRecord', 'Last oversight', 'date'), col('days', 'Days since', 'days')],
          evidence,
        });
      }
    }

    // ---- personal supervision gaps --------------------------------------------------------
    if (!ctx.has('allocations')) {
      metrics.personalSupervisionGaps = valueMetric('Case-holding workers without personal supervision in time', null, 'count', countJudge(0), 'not measured: the export has no allocations table, so caseloads are unknown');
      limitations.push('Personal supervision gaps were not measured: the export has no allocations table, so which workers hold cases is unknown.');
    } else {
      if (!ctx.has('workers')) {
        limitations.push(`The export has no workers table: newly qualified workers could not be identified, so the ${o.personalSupervisionDays}-day limit was used for every worker, and teams are unknown.`);
      }
      // SPEC §4.3: caseload = children with an allocation open on asAt. A worker unknown to the
      // workers table is still counted (caseloads does the same); one known but not active is not.
      const caseload = new Map<string, Set<string>>();
      for (const a of ctx.rows('allocations')) {
        if (a.workerId === null || a.childId === null || !openOn(a.startDate, a.endDate, asAt)) continue;
        const w = workers.get(a.workerId);
        if (w && !workerActiveOn(w, asAt)) continue;
        let set = caseload.get(a.workerId);
        if (!set) caseload.set(a.workerId, (set = new Set()));
        set.add(a.childId);
      }
      const evidence: EvidenceRow[] = [];
      for (const [workerId, children] of caseload) {
        const w = workers.get(workerId);
        const nq = w !== undefined && newlyQualifiedOn(w, asAt);
        const limit = nq ? o.newlyQualifiedSupervisionDays : o.personalSupervisionDays;
        let latest: Day | null = null;
        for (const s of ctx.index.supervisionsByWorker.get(workerId) ?? []) {
          const d = s.supervisionDate;
          if (d !== null && d <= asAt && supervisionType(s) === 'personal' && (latest === null || d > latest)) latest = d;
        }
        if (latest !== null && asAt - latest <= limit) continue;
        evidence.push({
          key: `supervision-quality/personal/${workerId}`, workerId, team: w?.team ?? null, newlyQualified: nq,
          caseload: children.size, limit, latest: isoOrNull(latest), days: latest === null ? null : asAt - latest,
        });
      }
      // Never supervised first, then longest since supervision.
      const since = (e: EvidenceRow): number => (e.days === null ? Infinity : (e.days as number));
      evidence.sort((a, b) => since(b) - since(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const m = valueMetric('Case-holding workers without personal supervision in time', evidence.length, 'count', countJudge(0));
      m.denominator = caseload.size;
      metrics.personalSupervisionGaps = m;
      if (evidence.length > 0) {
        const never = evidence.filter((e) => e.latest === null).length;
        findings.push({
          id: 'personal-supervision-gaps', severity: severityFor(m.rag), metric: 'personalSupervisionGaps',
          title: 'Workers without recent personal supervision',
          message: `${plural(evidence.length, 'worker')} of ${caseload.size} holding cases on ${toIso(asAt)} had no personal supervision within ${o.personalSupervisionDays} days (${o.newlyQualifiedSupervisionDays} for newly qualified workers)${never ? `; ${never} had none recorded at all` : ''}.`,
          affected: { count: evidence.length, unit: 'workers' },
          columns: [col('workerId', 'Worker', 'id'), col('team', 'Team', 'text'), col('newlyQualified', 'Newly qualified', 'flag'), col('caseload', 'Caseload', 'number'), col('limit', 'Limit (days)', 'days'), col('latest', 'Last personal supervision', 'date'), col('days', 'Days since', 'days')],
          evidence,
        });
      }
    }

    // ---- record quality ---------------------------------------------------------------------
    interface Scored { row: SupervisionRow; key: string; team: string | null; childFocus: boolean; reflection: boolean; actions: boolean; reviewsPrevious: boolean; copied: boolean; similarity: number | null }
    const scored: Scored[] = [];
    const texts = ctx.prepared() as TextScores;
    const rows = ctx.rows('supervisions');
    const positionOf = rowPositions(rows);
    const copies = new CopyComparer();
    const inPeriod = (d: Day | null): d is Day => d !== null && d >= ctx.period.start && d <= asAt;
    const teamOf = (r: SupervisionRow): string | null => {
      // The worker's team; failing that, the team of the child's plan open on the record date.
      const w = r.workerId !== null ? workers.get(r.workerId) : undefined;
      if (w?.team) return w.team;
      if (r.childId === null || r.supervisionDate === null) return null;
      const plans = ctx.index.plansByChild.get(r.childId) ?? [];
      for (let i = plans.length - 1; i >= 0; i--) if (openOn(plans[i]!.startDate, plans[i]!.endDate, r.supervisionDate) && plans[i]!.team) return plans[i]!.team;
      return null;
    };
    /** Records row i (compared with row `previous`, the child's last record with text) when it is in the period. */
    const score = (r: SupervisionRow, i: number, previous: number | null): void => {
      if (!inPeriod(r.supervisionDate)) return;
      const bits = texts.bits[i]!;
      const similarity = previous === null ? null : copies.similarity(texts, i, previous);
      scored.push({
        // A trend point uses only the counts: no keys or teams to make.
        row: r, key: ctx.metricsOnly ? '' : `supervision-quality/record/${r.supervisionId ?? `line-${r.line}`}`, team: ctx.metricsOnly ? null : teamOf(r),
        childFocus: (bits & TEXT_BITS.childFocus) !== 0, reflection: (bits & TEXT_BITS.reflection) !== 0,
        actions: (bits & TEXT_BITS.actions) !== 0, reviewsPrevious: (bits & TEXT_BITS.reviewsPrevious) !== 0,
        copied: similarity !== null && similarity >= o.copyThreshold, similarity,
      });
    };
    // Records of a child in date order (then line), so each is compared with the previous one
    // with text — any worker, and from before the period too.
    for (const list of ctx.index.supervisionsByChild.values()) {
      let previous: number | null = null;
      for (const r of list) {
        if (r.supervisionDate === null || !isCaseRecord(r) || !hasText(r)) continue;
        const i = positionOf(r);
        score(r, i, previous);
        previous = i;
      }
    }
    // Oversight records that name no child have nothing to be copied from.
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (r.childId === null && isCaseRecord(r) && hasText(r)) score(r, i, null);
    }
    if (!ctx.metricsOnly) scored.sort((a, b) => a.row.supervisionDate! - b.row.supervisionDate! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || a.row.line - b.row.line);

    const meets = (s: Scored) => s.childFocus && s.reflection && s.actions && !s.copied;
    const n = scored.length;
    const count = (f: (s: Scored) => boolean) => scored.reduce((c, s) => c + (f(s) ? 1 : 0), 0);
    const standard = shareMetric('Case supervision records meeting the standard', count(meets), n, { threshold: o.minRecordsMeetingStandard, direction: 'min', tolerance: o.tolerance });
    metrics.recordsMeetingStandard = standard;
    metrics.childFocus = shareMetric('Records that speak to the child\'s experience or voice', count((s) => s.childFocus), n);
    metrics.reflection = shareMetric('Records with reflection or analysis', count((s) => s.reflection), n);
    metrics.actions = shareMetric('Records with an action with a timescale', count((s) => s.actions), n);
    metrics.reviewsPrevious = shareMetric('Records reviewing the previous actions', count((s) => s.reviewsPrevious), n);
    metrics.copied = shareMetric('Records copied from the child\'s previous record', count((s) => s.copied), n);

    if (ctx.metricsOnly) return { metrics, findings, limitations };
    const below = scored.filter((s) => !meets(s));
    if (below.length > 0) {
      const evidence: EvidenceRow[] = below.map((s) => {
        const misses: string[] = (['childFocus', 'reflection', 'actions'] as const).filter((c) => !s[c]).map((c) => CRITERION_LABELS[c]);
        if (s.copied) misses.push(CRITERION_LABELS.copied);
        return {
          key: s.key, supervisionId: s.row.supervisionId, childId: s.row.childId, workerId: s.row.workerId,
          supervisorId: s.row.supervisorId, team: s.team, date: toIso(s.row.supervisionDate!), type: supervisionType(s.row),
          misses: misses.join('; '), childFocus: s.childFocus, reflection: s.reflection, actions: s.actions,
          reviewsPrevious: s.reviewsPrevious, copied: s.copied, similarity: s.similarity,
        };
      });
      findings.push({
        id: 'records-below-standard', severity: severityFor(standard.rag), metric: 'recordsMeetingStandard',
        title: 'Supervision records below the standard',
        message: `${plural(below.length, 'case supervision record')} of ${n} in the period (${pct(1 - (standard.value ?? 0))}) lack child focus, reflection or an action with a timescale, or are copied from the child's previous record.`,
        affected: { count: below.length, unit: 'records' },
        columns: [
          col('supervisionId', 'Record', 'id'), col('date', 'Date', 'date'), col('childId', 'Child', 'id'), col('workerId', 'Worker', 'id'),
          col('supervisorId', 'Supervisor', 'id'), col('team', 'Team', 'text'), col('misses', 'Misses', 'text'),
          col('childFocus', 'Child focus', 'flag'), col('reflection', 'Reflection', 'flag'), col('actions', 'Actions with timescales', 'flag'),
          col('reviewsPrevious', 'Reviews last actions', 'flag'), col('copied', 'Copied', 'flag'), col('similarity', 'Similarity to previous', 'share'),
        ],
        evidence,
      });
    }
    if (n > 0) {
      breakdowns.push(groupTable('by-team', 'Supervision records by team', 'team', 'Team', scored, (s) => s.team, meets));
      breakdowns.push(groupTable('by-supervisor', 'Supervision records by supervisor', 'supervisorId', 'Supervisor', scored, (s) => s.row.supervisorId, meets));
    }

    // Made only if a report shows them (HTML/PDF), from the records below the standard.
    const excerpts = () => {
      const scorer = createScorer(loadLexicon(o.lexicon));
      return Object.fromEntries(below.map((x) => [x.key, `${excerpt(x.row)} — ${explanation(scorer, x.row)}`]));
    };
    return { metrics, findings, breakdowns, limitations, ...(o.excerpts && below.length > 0 ? { excerpts } : {}) };
  },
});

/**
 * Row position of a row: by its source line through a typed array when every row has its own
 * line (as rows read from a CSV file do), else through a Map of the rows themselves.
 */
function rowPositions(rows: readonly SupervisionRow[]): (r: SupervisionRow) => number {
  let maxLine = 0;
  for (const r of rows) if (r.line > maxLine) maxLine = r.line;
  if (maxLine <= rows.length * 4 + 1024) {
    const byLine = new Int32Array(maxLine + 1).fill(-1);
    let unique = true;
    for (let i = 0; i < rows.length && unique; i++) {
      const line = rows[i]!.line;
      if (line < 0 || byLine[line] !== -1) unique = false;
      else byLine[line] = i;
    }
    if (unique) return (r) => byLine[r.line]!;
  }
  const byRow = new Map<SupervisionRow, number>();
  rows.forEach((r, i) => byRow.set(r, i));
  return (r) => byRow.get(r)!;
}

/** Records, share meeting the standard and copied, per team or per supervisor (blank = "unknown"). */
function groupTable<S extends { copied: boolean }>(id: string, title: string, keyCol: string, label: string, rows: readonly S[], group: (s: S) => string | null, meets: (s: S) => boolean): Breakdown {
  const groups = new Map<string, { records: number; meeting: number; copied: number }>();
  for (const s of rows) {
    const g = group(s) ?? '(unknown)';
    let t = groups.get(g);
    if (!t) groups.set(g, (t = { records: 0, meeting: 0, copied: 0 }));
    t.records++;
    if (meets(s)) t.meeting++;
    if (s.copied) t.copied++;
  }
  const out: EvidenceRow[] = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([g, t]) => ({
    key: `supervision-quality/${id}/${g}`, [keyCol]: g, records: t.records, meeting: t.meeting,
    meetingShare: t.meeting / t.records, copied: t.copied,
  }));
  return {
    id, title,
    columns: [col(keyCol, label, 'text'), col('records', 'Records', 'number', 'recordsMeetingStandard'), col('meeting', 'Meeting standard', 'number', 'recordsMeetingStandard'), col('meetingShare', 'Share meeting standard', 'share', 'recordsMeetingStandard'), col('copied', 'Copied', 'number', 'recordsMeetingStandard')],
    rows: out,
    chart: { kind: 'bar', x: keyCol, y: 'meetingShare', label: 'Share of records meeting the standard' },
  };
}
