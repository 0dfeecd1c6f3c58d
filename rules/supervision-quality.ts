/**
 * SPEC §4.7: is management oversight of children's cases frequent, do workers get personal
 * supervision, and are case supervision records good enough — child-focused, reflective, with
 * actions that have timescales, and not copied from the last record?
 */
import { col, pct, plural, severityFor, shareMetric } from '../src/engine/metrics.js';
import { openOn } from '../src/engine/exportIndex.js';
import { defineRule } from '../src/engine/rule.js';
import type { Breakdown, EvidenceRow, Finding, Metric } from '../src/engine/types.js';
import { type Day, toIso } from '../src/model/day.js';
import type { SupervisionRow } from '../src/model/tables.js';
import { GroupNames, groupTable } from './lib/supervisionBreakdowns.js';
import { excerpt, explanation } from './lib/supervisionExcerpts.js';
import { oversightGaps, personalSupervisionGaps } from './lib/supervisionGaps.js';
import { options } from './lib/supervisionOptions.js';
import { holdTexts, mayBeEvidence, type PreparedTexts, withText } from './lib/supervisionHeld.js';
import { hasText, isCaseRecord, rowPositions, supervisionType } from './lib/supervisionRecords.js';
import { scoreByChild } from './lib/supervisionPrevious.js';
import { scoreShare } from './lib/scoreShare.js';
import { recordTallies, TALLY_BITS, walkRecords } from './lib/supervisionTallies.js';
import { createScorer, loadLexicon, TEXT_BITS } from './lib/supervisionText.js';

// Re-exported: it was public here before its helpers moved to lib/supervisionRecords.
export { supervisionType };

const CRITERION_LABELS = {
  childFocus: 'child focus',
  reflection: 'reflection',
  actions: 'actions with timescales',
  copied: 'copied from the previous record',
} as const;

export default defineRule({
  id: 'supervision-quality',
  title: 'Management oversight and supervision',
  passTitle: "Managers oversee children's cases regularly and supervision records are purposeful",
  failTitle: 'Management oversight is infrequent and supervision records lack focus on children',
  area: ['leaders'],
  // a record is compared with the same child's previous record; the personal-supervision gaps
  // name workers, never a child
  perChild: true,
  tables: ['supervisions'],
  optionalTables: ['plans', 'allocations', 'workers'],
  // A trend point reads the supervisions' and allocations' days kept at the headline (the gap
  // parts, lib/supervisionGaps.ts; the record tallies, lib/supervisionTallies.ts), each compared
  // with the point's date; only the workers' dates are read as they stand (issue 24: the
  // supervisions' blanking and restoring was most of the trend call after the worker's answer).
  pointTables: ['workers'],
  description:
    'Oversight gaps: children with a CIN, CP or CLA plan open on the as-at date whose latest case or oversight supervision since the plan started (or the plan start, if none) is more than 30 days before the as-at date. Personal supervision gaps: active workers with at least one child allocated on the as-at date and no personal supervision in the 30 days before it (14 days for newly qualified workers). Record quality: each case or oversight record in the period with text is read against a lexicon for child focus (the child\'s voice, wishes and feelings, lived experience), reflection (analysis of risk, progress or practice), actions with a timescale, and review of the last actions, ignoring phrases negated within three words ("child not seen alone"); a record whose word 3-shingles are at least 80% the same (Jaccard) as the child\'s previous record is copied. A record meets the standard when it has child focus, reflection and actions and is not copied.',
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
  options,
  // Reading the text is most of this rule's work and depends only on each record's own text and
  // date, so the engine may do it in a worker thread while the rest of the export loads.
  // A worker preparing the table for an audit keeps the text to itself (issue 24: it was held
  // twice at the peak, and by the main thread for the whole audit): the run needs only the scores
  // and the text of records that can be evidence (supervisionHeld).
  prepare: {
    table: 'supervisions',
    holds: ['recordText', 'actions'],
    compute(rows, o, held): PreparedTexts {
      const scores = scoreByChild(createScorer(loadLexicon(o.lexicon)), rows, (i) => {
        const r = rows[i]!;
        // The row's date is the record's own date for the stale-date check (StaleDates).
        return isCaseRecord(r) && hasText(r) ? [r.recordText, r.actions, r.supervisionDate] : null;
      });
      return held ? { ...scores, ...holdTexts(rows, mayBeEvidence(scores, o.copyThreshold)) } : scores;
    },
    // The same scores in parts of whole children, so the main thread scores the last parts while
    // it waits (lib/scoreShare.ts): both cores finish the full audit's critical path together.
    share: scoreShare,
  },
  run(ctx) {
    const o = ctx.options;
    const asAt = ctx.asAt;
    const limitations: string[] = [];
    const metrics: Record<string, Metric> = {};
    const findings: Finding[] = [];
    const breakdowns: Breakdown[] = [];
    const workers = ctx.index.workersById;

    oversightGaps(ctx, { metrics, findings, limitations });
    personalSupervisionGaps(ctx, { metrics, findings, limitations });

    // ---- record quality ---------------------------------------------------------------------
    interface Scored {
      row: SupervisionRow;
      /** The record's position in the rows (and in the prepared value's arrays). */
      i: number;
      key: string;
      team: string | null;
      /** The team's and the supervisor's numbers for the breakdowns (GroupNames). */
      teamGroup: number;
      supervisorGroup: number;
      childFocus: boolean;
      reflection: boolean;
      actions: boolean;
      reviewsPrevious: boolean;
      copied: boolean;
      similarity: number | null;
    }
    const rows = ctx.rows('supervisions');
    const inPeriod = (d: Day | null): d is Day => d !== null && d >= ctx.period.start && d <= asAt;
    const teamOf = (r: SupervisionRow): string | null => {
      // The worker's team; failing that, the team of the child's plan open on the record date.
      const w = r.workerId !== null ? workers.get(r.workerId) : undefined;
      if (w?.team) return w.team;
      if (r.childId === null || r.supervisionDate === null) return null;
      const plans = ctx.index.plansByChild.get(r.childId) ?? [];
      for (let i = plans.length - 1; i >= 0; i--)
        if (openOn(plans[i]!.startDate, plans[i]!.endDate, r.supervisionDate) && plans[i]!.team) return plans[i]!.team;
      return null;
    };
    // Every record in the period, with its key and team, in report order (date, key, line): none
    // of it depends on the scores, so it is worked out before they are asked for. When a worker
    // thread scores the text (a large audit), `ctx.prepared()` waits for it, and this work then
    // overlaps the wait instead of following it (issue 24). The records scored are picked out of
    // this order afterwards; the order is total (a line is one record), so they come out as
    // sorting them alone would put them. A trend point (ctx.metricsOnly) keeps no records at all.
    const inOrder: Scored[] = [];
    const teams = new GroupNames(),
      supervisors = new GroupNames();
    if (!ctx.metricsOnly) {
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i]!;
        if (!inPeriod(r.supervisionDate)) continue;
        const team = teamOf(r);
        inOrder.push({
          row: r,
          i,
          key: `supervision-quality/record/${r.supervisionId ?? `line-${r.line}`}`,
          team,
          teamGroup: teams.of(team),
          supervisorGroup: supervisors.of(r.supervisorId),
          childFocus: false,
          reflection: false,
          actions: false,
          reviewsPrevious: false,
          copied: false,
          similarity: null,
        });
      }
      byDay(inOrder, ctx.period.start, asAt);
      inOrder.sort(
        (a, b) => a.row.supervisionDate! - b.row.supervisionDate! || keyOrder(a, b) || a.row.line - b.row.line,
      );
    }
    const texts = ctx.prepared() as PreparedTexts;
    // What no date changes is worked out once and shared by every trend point (ctx.shared):
    // row positions and which records are case records with text.
    const positionOf = ctx.shared('positions', () => rowPositions(rows));
    // A case record with text is exactly one the scorer scored (the rows may carry no text).
    const readable = ctx.shared('readable', () => texts.bits.map((b) => ((b & TEXT_BITS.scored) !== 0 ? 1 : 0)));
    // Compared when scored (scoreByChild), with the same previous record as here: dates blanked
    // after a date leave a dated record's earlier records in place.
    const similarityTo = (i: number, previous: number): number => {
      if (texts.previous[i] !== previous)
        throw new Error(
          `supervision-quality: the record on line ${rows[i]!.line} has another previous record than when scored`,
        );
      return texts.similarity[i]!;
    };
    // The counts behind the metrics, kept as each record is scored: a trend point (ctx.metricsOnly)
    // keeps no per-record objects at all (130k of them per point, held for the whole rule, were
    // promoted and grew the heap point by point).
    const tally = { n: 0, meets: 0, childFocus: 0, reflection: 0, actions: 0, reviewsPrevious: 0, copied: 0 };
    // The records scored, by position, with the previous record each was compared with (+1; 0: none).
    const picked = ctx.metricsOnly ? null : new Int32Array(rows.length);
    /** Records row i (compared with row `previous`, the child's last record with text) when it is in the period. */
    const score = (r: SupervisionRow, i: number, previous: number | null): void => {
      if (!inPeriod(r.supervisionDate)) return;
      const bits = texts.bits[i]!;
      const similarity = previous === null ? null : similarityTo(i, previous);
      const childFocus = (bits & TEXT_BITS.childFocus) !== 0;
      const reflection = (bits & TEXT_BITS.reflection) !== 0;
      const actions = (bits & TEXT_BITS.actions) !== 0;
      const copied = similarity !== null && similarity >= o.copyThreshold;
      const reviewsPrevious = reviews(bits, copied);
      tally.n++;
      if (childFocus && reflection && actions && !copied) tally.meets++;
      if (childFocus) tally.childFocus++;
      if (reflection) tally.reflection++;
      if (actions) tally.actions++;
      if (reviewsPrevious) tally.reviewsPrevious++;
      if (copied) tally.copied++;
      if (picked) picked[i] = previous === null ? -1 : previous + 1;
    };
    /** A record's criteria as TALLY_BITS, compared with `previous` as `score` does. */
    const judge = (i: number, previous: number | null): number => {
      const bits = texts.bits[i]!;
      const childFocus = (bits & TEXT_BITS.childFocus) !== 0;
      const reflection = (bits & TEXT_BITS.reflection) !== 0;
      const actions = (bits & TEXT_BITS.actions) !== 0;
      const similarity = previous === null ? null : similarityTo(i, previous);
      const copied = similarity !== null && similarity >= o.copyThreshold;
      return (
        (childFocus && reflection && actions && !copied ? TALLY_BITS.meets : 0) |
        (childFocus ? TALLY_BITS.childFocus : 0) |
        (reflection ? TALLY_BITS.reflection : 0) |
        (actions ? TALLY_BITS.actions : 0) |
        (reviews(bits, copied) ? TALLY_BITS.reviewsPrevious : 0) |
        (copied ? TALLY_BITS.copied : 0)
      );
    };
    // Records of a child in date order (then line), each compared with the previous one with text
    // (any worker, and from before the period too); oversight records naming no child last.
    const walk = (): void => walkRecords(ctx, positionOf, readable, score);
    // The headline walks the records once, scoring them and making the tallies (running sums by
    // date, lib/supervisionTallies.ts) that its trend points then count from, instead of walking
    // every child's records again at each point (issue 24: those points come after the worker's answer).
    let walked = false;
    const tallies = ctx.shared('tallies', () => {
      walked = true;
      return recordTallies(ctx, positionOf, readable, (i, previous) => {
        if (!ctx.metricsOnly) score(rows[i]!, i, previous);
        return judge(i, previous);
      });
    });
    if (ctx.metricsOnly && tallies.at >= asAt) Object.assign(tally, tallies.between(ctx.period.start, asAt));
    else if (!walked || ctx.metricsOnly) walk();
    const scored: Scored[] = [];
    if (picked)
      for (const s of inOrder) {
        const p = picked[s.i]!;
        if (p === 0) continue;
        const bits = texts.bits[s.i]!;
        s.childFocus = (bits & TEXT_BITS.childFocus) !== 0;
        s.reflection = (bits & TEXT_BITS.reflection) !== 0;
        s.actions = (bits & TEXT_BITS.actions) !== 0;
        s.similarity = p === -1 ? null : texts.similarity[s.i]!;
        s.copied = s.similarity !== null && s.similarity >= o.copyThreshold;
        s.reviewsPrevious = reviews(bits, s.copied);
        scored.push(s);
      }

    const meets = (s: Scored) => s.childFocus && s.reflection && s.actions && !s.copied;
    const n = tally.n;
    const standard = shareMetric('Case supervision records meeting the standard', tally.meets, n, {
      threshold: o.minRecordsMeetingStandard,
      direction: 'min',
      tolerance: o.tolerance,
    });
    metrics.recordsMeetingStandard = standard;
    metrics.childFocus = shareMetric("Records that speak to the child's experience or voice", tally.childFocus, n);
    metrics.reflection = shareMetric('Records with reflection or analysis', tally.reflection, n);
    metrics.actions = shareMetric('Records with an action with a timescale', tally.actions, n);
    metrics.reviewsPrevious = shareMetric('Records reviewing the previous actions', tally.reviewsPrevious, n);
    metrics.copied = shareMetric("Records copied from the child's previous record", tally.copied, n);

    if (ctx.metricsOnly) return { metrics, findings, limitations };
    const below = scored.filter((s) => !meets(s));
    if (below.length > 0) {
      // The text of each of the 16 combinations of misses, made once rather than per row.
      const missesText: string[] = [];
      const missesOf = (s: Scored): string => {
        const m = (s.childFocus ? 1 : 0) | (s.reflection ? 2 : 0) | (s.actions ? 4 : 0) | (s.copied ? 8 : 0);
        let text = missesText[m];
        if (text === undefined) {
          const misses: string[] = (['childFocus', 'reflection', 'actions'] as const)
            .filter((c) => !s[c])
            .map((c) => CRITERION_LABELS[c]);
          if (s.copied) misses.push(CRITERION_LABELS.copied);
          missesText[m] = text = misses.join('; ');
        }
        return text;
      };
      const evidence: EvidenceRow[] = below.map((s) => {
        return {
          key: s.key,
          supervisionId: s.row.supervisionId,
          childId: s.row.childId,
          workerId: s.row.workerId,
          supervisorId: s.row.supervisorId,
          team: s.team,
          date: toIso(s.row.supervisionDate!),
          type: supervisionType(s.row),
          misses: missesOf(s),
          childFocus: s.childFocus,
          reflection: s.reflection,
          actions: s.actions,
          reviewsPrevious: s.reviewsPrevious,
          copied: s.copied,
          similarity: s.similarity,
        };
      });
      findings.push({
        id: 'records-below-standard',
        severity: severityFor(standard.rag),
        metric: 'recordsMeetingStandard',
        title: 'Supervision records below the standard',
        message: `${plural(below.length, 'case supervision record')} of ${n} in the period (${pct(1 - (standard.value ?? 0))}) lack child focus, reflection or an action with a timescale, or are copied from the child's previous record.`,
        affected: { count: below.length, unit: 'records' },
        columns: [
          col('supervisionId', 'Record', 'id'),
          col('date', 'Date', 'date'),
          col('childId', 'Child', 'id'),
          col('workerId', 'Worker', 'id'),
          col('supervisorId', 'Supervisor', 'id'),
          col('team', 'Team', 'text'),
          col('misses', 'Misses', 'text'),
          col('childFocus', 'Child focus', 'flag'),
          col('reflection', 'Reflection', 'flag'),
          col('actions', 'Actions with timescales', 'flag'),
          col('reviewsPrevious', 'Reviews last actions', 'flag'),
          col('copied', 'Copied', 'flag'),
          col('similarity', 'Similarity to previous', 'share'),
        ],
        evidence,
      });
    }
    if (n > 0) {
      breakdowns.push(
        groupTable('by-team', 'Supervision records by team', 'team', 'Team', scored, (s) => s.teamGroup, teams, meets),
      );
      breakdowns.push(
        groupTable(
          'by-supervisor',
          'Supervision records by supervisor',
          'supervisorId',
          'Supervisor',
          scored,
          (s) => s.supervisorGroup,
          supervisors,
          meets,
        ),
      );
    }

    // Made only if a report shows them (HTML/PDF), from the records below the standard.
    const excerpts = () => {
      const scorer = createScorer(loadLexicon(o.lexicon));
      return Object.fromEntries(
        below.map((x) => {
          const r = withText(texts, positionOf(x.row), x.row);
          return [x.key, `${excerpt(r)} — ${explanation(scorer, r, x.reviewsPrevious, x.copied)}`];
        }),
      );
    };
    return { metrics, findings, breakdowns, limitations, ...(o.excerpts && below.length > 0 ? { excerpts } : {}) };
  },
});

/**
 * Whether a record reviews the last actions: its text says what became of them, and it is not a copy
 * (round 28: a copy's review is the last record's carried forward, not a review of its actions).
 */
function reviews(bits: number, copied: boolean): boolean {
  return (bits & TEXT_BITS.reviewsPrevious) !== 0 && !copied;
}

/**
 * Two records' keys compared. The keys share their prefix, so two records with ids compare as
 * their ids do: the ids are the loader's flat strings, where each key is a rope (prefix + id)
 * that V8 compares character by character through its pieces (issue 24: the report-order sort's
 * comparisons took about three times as long on the keys).
 */
function keyOrder(a: { row: SupervisionRow; key: string }, b: { row: SupervisionRow; key: string }): number {
  const x = a.row.supervisionId,
    y = b.row.supervisionId;
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Puts records in date order, each day's in the order they came (a counting pass over the
 * period's days), before the sort into report order (date, key, line). The sort's result is the
 * same, as its order is total; but on records already in that order it only confirms them
 * (n − 1 comparisons for the one run it finds) instead of comparing 130,000 records by date and
 * then by key string about 17 times each (issue 24: about 100 ms of the main thread before it
 * helps the worker score). Exports usually number their records in line order, so each day's
 * keys then already ascend; when they do not, the sort puts them right as before.
 */
function byDay<S extends { row: SupervisionRow }>(list: S[], start: Day, end: Day): void {
  const days = end - start + 1;
  if (list.length < 2 || days <= 0) return;
  const at = new Int32Array(days + 1);
  for (let i = 0; i < list.length; i++) at[list[i]!.row.supervisionDate! - start + 1]!++;
  for (let d = 1; d <= days; d++) at[d]! += at[d - 1]!;
  const copy = list.slice();
  for (let i = 0; i < copy.length; i++) list[at[copy[i]!.row.supervisionDate! - start]!++] = copy[i]!;
}
