/**
 * The CI parts of a result — budgets, acknowledged (suppressed) items and changes since a
 * baseline — as typed tables, so the Markdown, HTML and PDF views draw them with the same generic
 * table code as evidence, and never disagree.
 */
import type { AuditResult, EvidenceColumn, EvidenceRow } from '../engine/types.js';
import { col } from '../engine/metrics.js';
import { compareText } from '../model/compare.js';

export interface CiTable {
  id: string;
  title: string;
  intro: string;
  columns: EvidenceColumn[];
  rows: EvidenceRow[];
}

/** Broken budgets first: they decide whether the build fails. */
export function budgetTable(r: AuditResult): CiTable | null {
  const budgets = r.budgets ?? [];
  if (budgets.length === 0) return null;
  const order = { fail: 0, 'not-measured': 1, pass: 2 } as const;
  const sorted = [...budgets].sort((a, b) => order[a.status] - order[b.status] || compareText(a.key, b.key));
  const broken = budgets.filter((b) => b.status === 'fail').length;
  return {
    id: 'budgets',
    title: 'Budgets',
    intro: `${broken} of ${budgets.length} budget${budgets.length === 1 ? '' : 's'} broken${broken ? ': the build fails (exit 1).' : '.'}`,
    columns: [col('status', 'Status', 'text'), col('budget', 'Budget', 'id'), col('message', 'Result', 'text')],
    rows: sorted.map((b) => ({
      key: `budget/${b.key}`,
      status: b.status === 'fail' ? 'BROKEN' : b.status === 'pass' ? 'met' : 'not measured',
      budget: b.key,
      message: b.message,
    })),
  };
}

export function suppressedTable(r: AuditResult): CiTable | null {
  if (!r.suppressions) return null;
  const rows: EvidenceRow[] = [];
  for (const rule of r.rules) {
    for (const f of rule.findings) {
      for (const s of f.suppressed ?? []) {
        rows.push({
          key: s.row.key,
          rule: rule.id,
          finding: f.id,
          item: s.row.key,
          childId: typeof s.row.childId === 'string' ? s.row.childId : null,
          who: s.who,
          reason: s.reason,
          expires: s.expires,
        });
      }
    }
  }
  const s = r.suppressions;
  return {
    id: 'suppressed',
    title: 'Acknowledged items (suppressed)',
    intro: `${s.applied} item${s.applied === 1 ? '' : 's'} acknowledged in ${s.file} ${s.applied === 1 ? 'is' : 'are'} listed here instead of in the worklists above; ${s.expired} expired and ${s.changed} changed since acknowledged (both back in the worklists); ${s.unmatched} no longer flagged.`,
    columns: [
      col('rule', 'Rule', 'text'),
      col('finding', 'Finding', 'text'),
      col('item', 'Item', 'id'),
      col('childId', 'Child', 'id'),
      col('who', 'Acknowledged by', 'text'),
      col('reason', 'Reason', 'text'),
      col('expires', 'Expires', 'date'),
    ],
    rows,
  };
}

export function changesTable(r: AuditResult): CiTable | null {
  const b = r.baseline;
  if (!b) return null;
  const rows: EvidenceRow[] = [];
  for (const [key, m] of Object.entries(b.metrics)) {
    // Compare as findings.json stores numbers (rounded), so float noise is not reported as change.
    if (
      m.previous === m.current ||
      (m.previous !== null && m.current !== null && Math.abs(m.previous - m.current) < 1e-9)
    )
      continue;
    const rule = key.slice(0, key.lastIndexOf('.'));
    const rc = b.rules[rule];
    rows.push({
      key: `change/${key}`,
      metric: key,
      previous: num(m.previous),
      current: num(m.current),
      change: m.change === null ? null : `${m.change > 0 ? '+' : ''}${num(m.change)}`,
      newly: rc?.newlyFlagged.length ?? null,
      gone: rc?.noLongerFlagged.length ?? null,
    });
  }
  const newlyChildren = new Set(Object.values(b.rules).flatMap((x) => x.newlyFlaggedChildren)).size;
  const goneChildren = new Set(Object.values(b.rules).flatMap((x) => x.noLongerFlaggedChildren)).size;
  return {
    id: 'changes',
    title: `Changes since ${b.previousAsAt}`,
    intro: `${newlyChildren} child${newlyChildren === 1 ? '' : 'ren'} newly flagged and ${goneChildren} no longer flagged by at least one rule since the audit as at ${b.previousAsAt} (the lists are in findings.json and from \`caseaudit diff\`).${b.children ? ` Children to track: ${b.children.newlyTracked.length} newly tracked, ${b.children.noLongerTracked.length} no longer tracked.` : ''}`,
    columns: [
      col('metric', 'Measure', 'id'),
      col('previous', 'Before', 'text'),
      col('current', 'Now', 'text'),
      col('change', 'Change', 'text'),
      col('newly', 'Items newly flagged (rule)', 'number'),
      col('gone', 'No longer flagged (rule)', 'number'),
    ],
    rows,
  };
}

export function ciTables(r: AuditResult): { before: CiTable[]; after: CiTable[] } {
  return {
    before: [budgetTable(r)].filter((t): t is CiTable => t !== null),
    after: [changesTable(r), suppressedTable(r)].filter((t): t is CiTable => t !== null),
  };
}

/** Up to three decimals: shares (0–1) and counts both read correctly. */
function num(v: number | null): string | null {
  return v === null ? null : String(Math.round(v * 1000) / 1000);
}
