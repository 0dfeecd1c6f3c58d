/**
 * The "children to track" views of a result's profiles (SPEC §8): the worklist CSV, the Markdown
 * section and the terminal line. The HTML/PDF section is src/report/html/childrenView.ts.
 */
import { highestSeverity } from '../engine/children.js';
import type { AuditSample } from '../engine/sample.js';
import type { AuditResult, ChildConcern, ChildProfile } from '../engine/types.js';
import { neutralise, quote } from './csv.js';
import type { OutputFile } from './write.js';

/** Markdown shows the first ten; the PDF the first 25 (SPEC §8). */
export const MD_CHILDREN = 10;
export const PDF_CHILDREN = 25;

export const CHILDREN_WORKLIST = 'worklist-children.csv';

const SEVERITY_WORD = { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' } as const;

/** A concern in one line; a chronology's from the child's own rows has no severity (it needs a full audit). */
export function concernText(c: Omit<ChildConcern, 'severity'> & { severity: ChildConcern['severity'] | null }): string {
  const severity = c.severity === null ? 'severity with --findings' : SEVERITY_WORD[c.severity].toLowerCase();
  return `${c.rule} ${c.findingId} (${severity}): ${c.summary}`;
}

export function planText(p: ChildProfile): string {
  return p.openPlans.length ? p.openPlans.join(', ') : 'none open';
}

/** Profiles with concerns from two or more rules: the ones the report puts first. */
export function trackedFirst(profiles: readonly ChildProfile[]): { multi: ChildProfile[]; single: ChildProfile[] } {
  return { multi: profiles.filter((p) => p.rules >= 2), single: profiles.filter((p) => p.rules < 2) };
}

/**
 * One row per child in tracking order, concerns joined with " | " in one cell (and their keys in
 * another, for acknowledging items); Excel-friendly as the other worklists (BOM, CRLF, quoting,
 * formula-looking text neutralised).
 */
export function renderChildrenWorklist(profiles: readonly ChildProfile[]): string {
  const header = [
    'Rank',
    'Child',
    'Team',
    'Worker',
    'Open plans',
    'Rules',
    'Highest severity',
    'Score',
    'Concerns',
    'Concern details',
    'Keys',
  ];
  const cell = (v: string | number | null) => (typeof v === 'number' ? String(v) : quote(neutralise(v ?? '')));
  const lines = [header.map(cell).join(',')];
  profiles.forEach((p, i) => {
    lines.push(
      [
        i + 1,
        p.childId,
        p.team,
        p.workerId,
        p.openPlans.join(' '),
        p.rules,
        SEVERITY_WORD[highestSeverity(p)],
        p.score,
        p.concerns.length,
        p.concerns.map(concernText).join(' | '),
        p.concerns.map((c) => c.key).join(' | '),
      ]
        .map(cell)
        .join(','),
    );
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Written with the other worklists whenever the result carries profiles (an empty list is an answer). */
export function childrenCsv(result: AuditResult): OutputFile[] {
  return result.children ? [{ name: CHILDREN_WORKLIST, content: renderChildrenWorklist(result.children) }] : [];
}

/** The Markdown section: the first ten profiles, values escaped by the caller's escaper. */
export function childrenMarkdown(result: AuditResult, esc: (s: string) => string): string[] {
  const profiles = result.children;
  if (!profiles) return [];
  const out = ['## Children to track', ''];
  const multi = profiles.filter((p) => p.rules >= 2).length;
  out.push(
    `${profiles.length} ${profiles.length === 1 ? 'child is' : 'children are'} named in the findings; ${multi} with concerns from two or more rules. ${profiles.length > MD_CHILDREN ? `The first ${MD_CHILDREN} are listed; every child is in ${CHILDREN_WORKLIST} and findings.json.` : ''}`.trimEnd(),
    '',
  );
  if (profiles.length === 0) return out;
  out.push(
    '| # | Child | Team | Worker | Open plans | Rules | Score | Concerns |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  profiles.slice(0, MD_CHILDREN).forEach((p, i) => {
    out.push(
      `| ${i + 1} | ${esc(p.childId)} | ${esc(p.team ?? '')} | ${esc(p.workerId ?? '')} | ${esc(planText(p))} | ${p.rules} | ${p.score} | ${p.concerns.map((c) => esc(concernText(c))).join('<br>')} |`,
    );
  });
  out.push('');
  return out;
}

/** The terminal's count line (null when the result has no profiles). */
export function childrenTerminalLine(result: AuditResult): string | null {
  const profiles = result.children;
  if (!profiles) return null;
  const multi = profiles.filter((p) => p.rules >= 2).length;
  return `Children to track: ${profiles.length} (${multi} with concerns from two or more rules; list in ${CHILDREN_WORKLIST} with --format csv)`;
}

/**
 * The sample as CSV: a first line naming as-at, seed and the open cases (so the file says how to
 * draw it again), then one row per child. Plain UTF-8 with CRLF, text neutralised as in worklists.
 */
export function renderSample(s: AuditSample): string {
  const cell = (v: string | null) => quote(neutralise(v ?? ''));
  const note =
    (s.all ? `; the size ${s.size} is at least the open cases, so all are listed` : '') +
    (s.plansUntil
      ? `; plans are known up to ${s.plansUntil.date} only (${s.plansUntil.what}): open then, they may have closed since`
      : '');
  const lines = [
    `# caseaudit audit sample; as at ${s.asAt}; seed ${s.seed}; ${s.rows.length} of ${s.openCases} children with a CIN, CP or CLA plan open${note}`,
  ];
  lines.push(['Child', 'Team', 'Worker', 'Plan types', 'Reason'].join(','));
  for (const r of s.rows)
    lines.push(
      [cell(r.childId), cell(r.team), cell(r.workerId), cell(r.planTypes.join(' ')), cell(r.reason)].join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}
