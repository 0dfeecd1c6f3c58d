/**
 * `--format csv` → worklist-<rule>.csv: one case worklist per rule that ran, with the evidence of
 * all its findings. Built for Excel on UK council machines: UTF-8 with a BOM, RFC 4180 quoting,
 * CRLF, and text that could start a formula neutralised.
 */
import type { AuditResult, EvidenceColumn, EvidenceRow, RuleResult } from '../engine/types.js';
import { formatCell } from './format.js';
import type { OutputFile } from './write.js';

const BOM = '\uFEFF';
/** Ids the shared contract puts on evidence rows: kept in a worklist even if a finding forgot to declare them. */
const CONTRACT_IDS: readonly string[] = [
  'childId',
  'planId',
  'workerId',
  'assessmentId',
  'referralId',
  's47Id',
  'supervisionId',
  'team',
];
const CONTRACT_LABELS: Readonly<Record<string, string>> = {
  childId: 'Child',
  planId: 'Plan',
  workerId: 'Worker',
  assessmentId: 'Assessment',
  referralId: 'Referral',
  s47Id: 'Section 47',
  supervisionId: 'Supervision',
  team: 'Team',
};

/** The file of a rule's case worklist. */
export const worklistName = (ruleId: string): string => `worklist-${ruleId.replace(/[^A-Za-z0-9_-]/g, '_')}.csv`;

/**
 * A text cell Excel (or LibreOffice, or Sheets) could read as a formula gets a leading apostrophe
 * (OWASP CSV injection). Numbers are written as numbers: a number cannot carry a formula, and
 * neutralising "-3" would turn it into text nobody can sort.
 */
export function neutralise(text: string): string {
  const safe = escapeControls(text);
  return /^[=+\-@\t\r]/.test(safe) ? `'${safe}` : safe;
}

/**
 * Terminal control characters (ESC, BEL, NUL, C1 …) are written as \xNN, as in data-quality
 * values, so `cat worklist.csv` cannot drive a terminal (issue 19). Tab and line breaks stay.
 */
export function escapeControls(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`,
  );
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling quotes inside. */
export function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function cell(v: EvidenceRow[string] | undefined, type: EvidenceColumn['type']): string {
  if (typeof v === 'number' && type !== 'share') return String(v);
  return quote(neutralise(formatCell(v, type)));
}

/**
 * Columns: `finding`, then the findings' declared columns in order of first appearance, then any
 * contract id a row carries undeclared, then the stable `key` (for acknowledging items across runs).
 */
export function worklistColumns(rule: RuleResult): EvidenceColumn[] {
  const cols: EvidenceColumn[] = [];
  const seen = new Set<string>(['finding']);
  for (const f of rule.findings) {
    for (const c of f.columns)
      if (!seen.has(c.key)) {
        seen.add(c.key);
        cols.push(c);
      }
  }
  for (const id of CONTRACT_IDS) {
    if (!seen.has(id) && rule.findings.some((f) => f.evidence.some((e) => e[id] !== undefined && e[id] !== null))) {
      seen.add(id);
      cols.push({ key: id, label: CONTRACT_LABELS[id]!, type: id === 'team' ? 'text' : 'id' });
    }
  }
  if (!seen.has('key')) cols.push({ key: 'key', label: 'Key', type: 'id' });
  // Acknowledged items stay in the worklist, marked, so nothing is silently missing from it.
  if (rule.findings.some((f) => f.suppressed?.length)) {
    cols.push(
      { key: 'suppressedBy', label: 'Acknowledged by', type: 'text' },
      { key: 'suppressedReason', label: 'Acknowledged because', type: 'text' },
      { key: 'suppressedUntil', label: 'Acknowledged until', type: 'date' },
    );
  }
  return cols;
}

/** Two columns with the same label get their key added, so every header is unique. */
function headers(cols: readonly EvidenceColumn[]): string[] {
  const counts = new Map<string, number>();
  for (const c of cols) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  return ['Finding', ...cols.map((c) => ((counts.get(c.label) ?? 0) > 1 ? `${c.label} (${c.key})` : c.label))];
}

export function renderWorklist(rule: RuleResult): string {
  const cols = worklistColumns(rule);
  const lines = [
    headers(cols)
      .map((h) => quote(neutralise(h)))
      .join(','),
  ];
  for (const f of rule.findings) {
    // a finding's own column types win over another finding's for the same key
    const types = new Map(f.columns.map((c) => [c.key, c.type]));
    for (const row of f.evidence) {
      lines.push([quote(neutralise(f.id)), ...cols.map((c) => cell(row[c.key], types.get(c.key) ?? c.type))].join(','));
    }
    for (const s of f.suppressed ?? []) {
      const row: EvidenceRow = {
        ...s.row,
        suppressedBy: s.who,
        suppressedReason: s.reason,
        suppressedUntil: s.expires,
      };
      lines.push(
        [
          quote(neutralise(`${f.id} (acknowledged)`)),
          ...cols.map((c) => cell(row[c.key], types.get(c.key) ?? c.type)),
        ].join(','),
      );
    }
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Every rule that ran gets a worklist, header-only when it has no cases: an empty list is an answer. */
export function renderCsv(result: AuditResult): OutputFile[] {
  return result.rules
    .filter((r) => r.status === 'ran')
    .map((r) => ({ name: worklistName(r.id), content: renderWorklist(r) }));
}
