/**
 * Trends: compares this result with a previous findings.json. Evidence keys are stable across
 * runs (SPEC §5), so "newly flagged" and "no longer flagged" are set differences of keys.
 */
import { readFile } from 'node:fs/promises';
import { parseJsonText } from '../config/jsonText.js';
import { trackedChildren } from '../engine/children.js';
import type { AuditResult, BaselineComparison, MetricChange, RuleChange } from '../engine/types.js';

export class BaselineError extends Error {}

export async function readFindings(path: string, what = 'baseline'): Promise<AuditResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(
      `${path}: ${code === 'ENOENT' ? `${what} file not found` : `cannot be read (${code ?? 'error'})`}`,
    );
  }
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (e) {
    throw new BaselineError(`${path}: ${(e as Error).message}; expected a findings.json written by caseaudit`);
  }
  const j = json as Partial<AuditResult> & { tool?: { name?: string } };
  if (!j || typeof j !== 'object' || j.tool?.name !== 'caseaudit' || !Array.isArray(j.rules)) {
    throw new BaselineError(`${path}: not a caseaudit findings.json`);
  }
  if (j.schemaVersion !== 1)
    throw new BaselineError(
      `${path}: schema version ${String(j.schemaVersion)} cannot be compared with schema version 1`,
    );
  return j as AuditResult;
}

/** Refuses comparisons that would mislead: another council, or pseudonymised against raw ids. */
export function assertComparable(prev: AuditResult, cur: AuditResult, prevName = 'baseline'): void {
  if ((prev.council ?? null) !== (cur.council ?? null)) {
    throw new BaselineError(
      `${prevName} is for ${prev.council ? `"${prev.council}"` : 'no named council'}, this audit is for ${cur.council ? `"${cur.council}"` : 'no named council'}; refusing to compare different councils`,
    );
  }
  if (Boolean(prev.pseudonymised) !== Boolean(cur.pseudonymised)) {
    throw new BaselineError(
      `${prevName} ${prev.pseudonymised ? 'is' : 'is not'} pseudonymised but this audit ${cur.pseudonymised ? 'is' : 'is not'}; ids would not match`,
    );
  }
}

function flagged(r: AuditResult): Map<string, Map<string, string | null>> {
  const out = new Map<string, Map<string, string | null>>();
  for (const rule of r.rules) {
    const keys = new Map<string, string | null>();
    for (const f of rule.findings) {
      for (const e of f.evidence) keys.set(e.key, typeof e.childId === 'string' ? e.childId : null);
      for (const s of f.suppressed ?? []) keys.set(s.row.key, typeof s.row.childId === 'string' ? s.row.childId : null);
    }
    out.set(rule.id, keys);
  }
  return out;
}

export function compareResults(prev: AuditResult, cur: AuditResult): BaselineComparison {
  const metrics: Record<string, MetricChange> = {};
  const ruleOrder = [...new Set([...cur.rules.map((r) => r.id), ...prev.rules.map((r) => r.id)])];
  for (const id of ruleOrder) {
    const a = prev.rules.find((r) => r.id === id)?.metrics ?? {};
    const b = cur.rules.find((r) => r.id === id)?.metrics ?? {};
    for (const m of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
      const previous = a[m]?.value ?? null;
      const current = b[m]?.value ?? null;
      metrics[`${id}.${m}`] = {
        previous,
        current,
        change: previous !== null && current !== null ? current - previous : null,
      };
    }
  }
  const pf = flagged(prev),
    cf = flagged(cur);
  const rules: Record<string, RuleChange> = {};
  for (const id of ruleOrder) {
    // Only compare rules that ran both times; a rule that did not run says nothing about children.
    const pr = prev.rules.find((r) => r.id === id),
      cr = cur.rules.find((r) => r.id === id);
    if (pr?.status !== 'ran' || cr?.status !== 'ran') continue;
    const a = pf.get(id) ?? new Map(),
      b = cf.get(id) ?? new Map();
    const newly = [...b.keys()].filter((k) => !a.has(k)).sort();
    const gone = [...a.keys()].filter((k) => !b.has(k)).sort();
    const childrenOf = (keys: string[], m: Map<string, string | null>) =>
      [...new Set(keys.map((k) => m.get(k)).filter((c): c is string => typeof c === 'string'))].sort();
    const prevChildren = new Set([...a.values()].filter((c): c is string => c !== null));
    const curChildren = new Set([...b.values()].filter((c): c is string => c !== null));
    rules[id] = {
      newlyFlagged: newly,
      noLongerFlagged: gone,
      newlyFlaggedChildren: childrenOf(newly, b).filter((c) => !prevChildren.has(c)),
      noLongerFlaggedChildren: childrenOf(gone, a).filter((c) => !curChildren.has(c)),
    };
  }
  const before = trackedChildren(prev),
    now = trackedChildren(cur);
  const children = {
    newlyTracked: [...now].filter((c) => !before.has(c)).sort(),
    noLongerTracked: [...before].filter((c) => !now.has(c)).sort(),
  };
  return { previousAsAt: prev.asAt, currentAsAt: cur.asAt, metrics, rules, children };
}

export function renderComparisonText(c: BaselineComparison): string {
  const lines = [`Changes from ${c.previousAsAt} to ${c.currentAsAt}`, ''];
  for (const [k, m] of Object.entries(c.metrics)) {
    if (m.previous === m.current) continue;
    const f = (v: number | null) => (v === null ? 'n/a' : Number.isInteger(v) ? String(v) : v.toFixed(3));
    lines.push(
      `  ${k.padEnd(48)} ${f(m.previous)} → ${f(m.current)}${m.change !== null ? ` (${m.change > 0 ? '+' : ''}${f(m.change)})` : ''}`,
    );
  }
  lines.push('');
  for (const [id, r] of Object.entries(c.rules)) {
    if (!r.newlyFlagged.length && !r.noLongerFlagged.length) continue;
    lines.push(`  ${id}: ${r.newlyFlagged.length} newly flagged, ${r.noLongerFlagged.length} no longer flagged`);
    if (r.newlyFlaggedChildren.length) lines.push(`    children newly flagged: ${r.newlyFlaggedChildren.join(', ')}`);
    if (r.noLongerFlaggedChildren.length)
      lines.push(`    children no longer flagged: ${r.noLongerFlaggedChildren.join(', ')}`);
  }
  if (c.children) {
    lines.push(
      '',
      `  children to track: ${c.children.newlyTracked.length} newly tracked, ${c.children.noLongerTracked.length} no longer tracked`,
    );
    if (c.children.newlyTracked.length) lines.push(`    newly tracked: ${c.children.newlyTracked.join(', ')}`);
    if (c.children.noLongerTracked.length)
      lines.push(`    no longer tracked: ${c.children.noLongerTracked.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
