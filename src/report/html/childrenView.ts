/**
 * The "Children to track" section of the HTML and PDF report (SPEC §8), kept apart from the rest
 * of the view model: children with concerns from two or more rules first, open; the rest in a
 * closed list. On paper, the first 25 in tracking order, every list open.
 */
import { highestSeverity } from '../../engine/children.js';
import type { AuditResult, ChildProfile, Rag, Severity } from '../../engine/types.js';
import { plural } from '../../engine/metrics.js';
import { CHILDREN_WORKLIST, PDF_CHILDREN, planText, trackedFirst } from '../children.js';
import type { RagView } from './viewModel.js';

export interface ChildRowView {
  rank: number;
  childId: string;
  team: string;
  worker: string;
  plans: string;
  rules: number;
  score: number;
  severity: RagView;
  concerns: string[];
}
export interface ChildrenView {
  /** False for a result without profiles (a findings.json from before them): no section at all. */
  shown: boolean;
  intro: string;
  multi: ChildRowView[];
  single: ChildRowView[];
  singleSummary: string;
  open: boolean;
  printedNote: string;
}

const SEVERITY_RAG: Readonly<Record<Severity, Rag>> = { high: 'red', medium: 'amber', low: 'green', info: 'none' };
const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

function row(p: ChildProfile, rank: number): ChildRowView {
  const s = highestSeverity(p);
  return {
    rank,
    childId: p.childId,
    team: p.team ?? '',
    worker: p.workerId ?? '',
    plans: planText(p),
    rules: p.rules,
    score: p.score,
    severity: { cls: SEVERITY_RAG[s], label: SEVERITY_LABEL[s] },
    concerns: p.concerns.map((c) => `${SEVERITY_LABEL[c.severity]} — ${c.summary} (${c.rule})`),
  };
}

export function childrenView(result: AuditResult, print: boolean): ChildrenView {
  const all = result.children;
  if (!all) return { shown: false, intro: '', multi: [], single: [], singleSummary: '', open: print, printedNote: '' };
  const shownProfiles = print ? all.slice(0, PDF_CHILDREN) : all;
  const rows = shownProfiles.map((p, i) => row(p, i + 1));
  const { multi } = trackedFirst(all);
  const intro =
    all.length === 0
      ? 'No child is named in any finding.'
      : `${plural(all.length, 'child', 'children')} named in the findings (acknowledged items not counted), ${multi.length} with concerns from two or more rules. Ordered by the number of rules, then the most severe concern, then the score (high 3, medium 2, low 1), then the child's id. Each child's chronology: caseaudit child <export> <child id>.`;
  return {
    shown: true,
    intro,
    multi: rows.filter((r) => r.rules >= 2),
    single: rows.filter((r) => r.rules < 2),
    singleSummary: `${plural(rows.filter((r) => r.rules < 2).length, 'child', 'children')} with concerns from one rule`,
    open: print,
    printedNote:
      print && all.length > PDF_CHILDREN
        ? `Printed here: the first ${PDF_CHILDREN} of ${all.length} children. Every child is in the HTML report, ${CHILDREN_WORKLIST} and findings.json.`
        : '',
  };
}
