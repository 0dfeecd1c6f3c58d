/**
 * The report's view model: everything the templates show, already worded and formatted, so the
 * Handlebars templates hold layout only. Built from the AuditResult alone (plus free-text
 * excerpts when allowed), so HTML and PDF can never disagree with JSON.
 */
import { pct, plural } from '../../engine/metrics.js';
import { type CiTable, ciTables } from '../ciTables.js';
import {
  AREAS, AREA_TITLES, SEVERITY_ORDER,
  type Area, type AuditResult, type Breakdown, type EvidenceColumn, type EvidenceRow, type Finding, type Metric, type Rag, type RuleResult, type Severity,
} from '../../engine/types.js';
import { fmtNumber, formatCell, formatMetricValue, groupDigits } from '../format.js';
import { worklistName } from '../csv.js';
import { NOT_ASSESSED_REASON, OUTCOME_LABEL, ruleOutcome } from '../../engine/status.js';
import { safeId } from './escape.js';
import { renderChart } from './svg.js';
import { childrenView, type ChildrenView } from './childrenView.js';
import { renderTrendChart } from './trendChart.js';
import { directionText, trendsLine, worseningText } from '../trend.js';

export interface RagView { cls: Rag; label: string }
export interface CellView { text: string; cls: string }
export interface TableView { columns: CellView[]; rows: { cells: CellView[]; excerpt: string | null }[]; colspan: number }

export interface MetricView {
  id: string; label: string; value: string; threshold: string; england: string; rag: RagView; note: string;
  /** Direction over six months ('' without a trend) and the month-by-month chart (./trendChart.ts). */
  trend: string; trendSvg: string | null;
}
export interface FindingView {
  number: number; anchor: string; severity: RagView & { severity: Severity }; title: string; message: string;
  measure: string; threshold: string; england: string; affected: string; evidenceSummary: string; open: boolean; table: TableView;
  /** In print, when rows were left out: how many are printed and where every row is. */
  printedNote: string;
}
export interface BreakdownView { anchor: string; title: string; svg: string | null; table: TableView; open: boolean }
export interface RuleView {
  id: string; anchor: string; heading: string; neutralTitle: string; rag: RagView; metrics: MetricView[];
  limitations: string[]; findings: FindingView[]; breakdowns: BreakdownView[]; noFindings: boolean;
  /** Why the rule is not assessed (none of its measures could be measured); '' when it is. */
  notAssessed: string;
  /** Any metric has a trend chart; `trendAnchor` names the figure group. */
  hasTrends: boolean; trendAnchor: string;
}
export interface CrossRefView { anchor: string; heading: string; firstParagraph: number | null; areaTitle: string }
export interface NotRunView { id: string; anchor: string; title: string; status: string; reason: string; areas: string }
export interface AreaView {
  number: number; id: Area; anchor: string; title: string; rag: RagView;
  counts: AreaCounts; rules: RuleView[]; crossRefs: CrossRefView[]; notRun: NotRunView[]; empty: boolean;
}
export interface AreaCounts { rulesRan: number; rulesNotRun: number; red: number; amber: number; green: number; high: number; medium: number; children: number; findingsText: string; metricsText: string; rulesText: string }
export interface ImproveView { number: number; anchor: string; severity: RagView; title: string; ruleHeading: string; message: string; affected: string; worsening: string }
export interface MethodView { id: string; title: string; areas: string; description: string; options: { name: string; value: string }[]; status: string }
export interface DqTableView { table: string; file: string; status: string; rowsRead: string; rowsWithIssues: string; notes: string }
export interface DqIssueView { table: string; column: string; title: string; kind: string; count: string; examples: string[] }

export interface ReportView {
  marking: string; documentTitle: string; council: string; councilNamed: boolean;
  asAtLong: string; asAtIso: string; asAtSource: string; periodText: string; source: string; version: string;
  /** What the trends are and their caveat, or why there are none ('' with --no-trends). */
  trendsLine: string;
  headline: AreaView[]; improve: ImproveView[]; areas: AreaView[]; notRun: NotRunView[]; methodology: MethodView[];
  dq: { summary: string; tables: DqTableView[]; issues: DqIssueView[]; noIssues: boolean };
  print: boolean; excerptsShown: boolean;
  /** Budgets (shown first), then changes since a baseline and acknowledged items. */
  ci: { before: CiView[]; after: CiView[] };
  /** Children to track (SPEC §8), src/report/html/childrenView.ts. */
  children: ChildrenView;
}

export interface ViewOptions {
  marking: string;
  excerpts: ReadonlyMap<string, string> | null;
  /** The PDF variant: every evidence table open (a closed <details> would print closed). */
  print: boolean;
  /** With print: evidence rows printed per finding, 0 for all. */
  printRows: number;
}

/** Evidence tables with this many rows or fewer are open in the HTML; longer ones start closed. */
export const OPEN_EVIDENCE_ROWS = 10;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** GOV.UK style long date, "31 March 2024"; ISO dates stay ISO inside tables so they match case systems. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

const RAG_LABEL: Readonly<Record<Rag, string>> = { red: 'Red', amber: 'Amber', green: 'Green', none: 'Not measured' };
export function ragView(rag: Rag, noneLabel = RAG_LABEL.none): RagView {
  return { cls: rag, label: rag === 'none' ? noneLabel : RAG_LABEL[rag] };
}
const SEVERITY_RAG: Readonly<Record<Severity, Rag>> = { high: 'red', medium: 'amber', low: 'green', info: 'none' };
const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };
function severityView(s: Severity): RagView & { severity: Severity } {
  return { cls: SEVERITY_RAG[s], label: SEVERITY_LABEL[s], severity: s };
}

export function worstRag(rags: readonly Rag[]): Rag {
  for (const r of ['red', 'amber', 'green'] as const) if (rags.includes(r)) return r;
  return 'none';
}

function ruleRag(rule: RuleResult): Rag {
  return worstRag(Object.values(rule.metrics).map((m) => m.rag));
}

/** Limits and England figures keep one decimal (85.7%, not 86%): they are published values. */
export function exactPct(v: number): string {
  return `${Number((v * 100).toFixed(1))}%`;
}

function thresholdText(m: Metric): string {
  if (m.threshold === undefined) return '';
  const word = m.direction === 'min' ? 'at least' : 'at most';
  const value = m.unit === 'share' ? exactPct(m.threshold) : formatMetricValue({ unit: m.unit, value: m.threshold });
  return `${word} ${value}`;
}

/**
 * England figure in the metric's unit. SPEC §7 figures are shares (below 1) or per-FTE numbers; a
 * count metric compared with an England *share* (long CP plans) shows the share as a percentage,
 * and the figure's note says it is not directly comparable.
 */
function englandText(m: Metric): string {
  const e = m.england;
  if (!e) return '';
  const asShare = m.unit === 'share' || (e.value > 0 && e.value < 1 && m.unit !== 'workingDays' && m.unit !== 'days');
  const value = asShare ? exactPct(e.value) : String(e.value);
  const counts = e.numerator !== undefined && e.denominator !== undefined ? `${groupDigits(e.numerator)} of ${groupDigits(e.denominator)}; ` : '';
  // whose figures: England's, or the comparator the config names (e.g. statistical neighbours)
  return `${e.comparator} ${value} (${counts}${e.year}, ${e.source}${e.note ? `; ${e.note}` : ''})`;
}

function cellClass(type: EvidenceColumn['type']): string {
  return type === 'id' ? 'id' : type === 'text' ? 'text' : type === 'date' ? 'date' : type === 'flag' ? 'flag' : 'num';
}

export function tableView(columns: readonly EvidenceColumn[], rows: readonly EvidenceRow[], excerpts: ReadonlyMap<string, string> | null): TableView {
  return {
    columns: columns.map((c) => ({ text: c.label, cls: cellClass(c.type) })),
    rows: rows.map((r) => ({
      cells: columns.map((c) => ({ text: formatCell(r[c.key], c.type), cls: cellClass(c.type) })),
      excerpt: excerpts?.get(r.key) ?? null,
    })),
    colspan: Math.max(1, columns.length),
  };
}

function affectedText(f: Finding): string {
  const unit = f.affected.unit === 'children' ? ['child', 'children'] : f.affected.unit === 'workers' ? ['worker', 'workers'] : f.affected.unit === 'teams' ? ['team', 'teams'] : ['record', 'records'];
  return plural(f.affected.count, unit[0]!, unit[1]);
}

/** Ranking for "What needs to improve": severity, then how many are affected, then report order. */
function byImportance(a: { f: Finding; order: number }, b: { f: Finding; order: number }): number {
  return SEVERITY_ORDER[b.f.severity] - SEVERITY_ORDER[a.f.severity] || b.f.affected.count - a.f.affected.count || a.order - b.order;
}

function optionValue(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return String(v);
  return JSON.stringify(v) ?? '';
}

function notRunView(rule: RuleResult): NotRunView {
  return {
    id: rule.id, anchor: safeId('not-run', rule.id), title: rule.title,
    status: rule.status === 'error' ? 'Error' : 'Not run', reason: rule.reason ?? '',
    areas: rule.area.map((a) => AREA_TITLES[a]).join('; '),
  };
}

function countsText(n: number, one: string): string {
  return n === 0 ? `no ${one}s` : plural(n, one);
}

/** On paper, how many of a finding's evidence rows are printed (the first ones, in its own order): null for all. */
function printLimit(rows: number, opts: ViewOptions): number | null {
  return opts.print && opts.printRows > 0 && rows > opts.printRows ? opts.printRows : null;
}

function printedNote(ruleId: string, rows: number, limit: number | null): string {
  if (limit === null) return '';
  return `Printed here: the first ${fmtNumber(limit)} of ${fmtNumber(rows)} rows, in the worklist's order. Every row is in the HTML report, the case worklist ${worklistName(ruleId)} and findings.json (--format html,csv,json).`;
}

export function buildView(result: AuditResult, opts: ViewOptions): ReportView {
  let paragraph = 0;
  const improveItems: { f: Finding; order: number; view: FindingView; rule: RuleView }[] = [];
  const ruleViews = new Map<string, RuleView>();
  const homeArea = (r: RuleResult): Area => r.area[0] ?? 'leaders';

  // Number paragraphs in document order: areas in ILACS order, each rule in its first ("home") area.
  const areas: AreaView[] = AREAS.map((area, i) => {
    const inArea = result.rules.filter((r) => r.area.includes(area));
    const ran = inArea.filter((r) => r.status === 'ran');
    const rules: RuleView[] = [];
    const crossRefs: CrossRefView[] = [];
    for (const rule of ran) {
      if (homeArea(rule) !== area) continue;
      const ruleAnchor = safeId('rule', rule.id);
      const rag = ruleRag(rule);
      const outcome = ruleOutcome(rule);
      const rv: RuleView = {
        id: rule.id, anchor: ruleAnchor,
        // never the passing title for a rule that measured nothing
        heading: outcome === 'fail' ? rule.failTitle : outcome === 'pass' ? rule.passTitle : `${rule.title}: not assessed`,
        neutralTitle: rule.title, rag: ragView(rag, outcome === 'not-assessed' ? OUTCOME_LABEL['not-assessed'] : 'No threshold'),
        notAssessed: outcome === 'not-assessed' ? NOT_ASSESSED_REASON : '',
        metrics: Object.entries(rule.metrics).map(([id, m]) => ({
          // a measured value with no threshold is context, not an unmeasured one
          id, label: m.label, value: formatMetricValue(m), threshold: thresholdText(m), england: englandText(m), rag: ragView(m.rag, m.value === null ? 'Not measured' : 'No threshold'), note: m.note ?? '',
          trend: directionText(m), trendSvg: renderTrendChart(m, safeId('trend', rule.id, id), directionText(m)),
        })),
        limitations: rule.limitations,
        findings: [],
        breakdowns: rule.breakdowns.map((b: Breakdown) => ({
          anchor: safeId('breakdown', rule.id, b.id), title: b.title, svg: renderChart(b, rule.id), table: tableView(b.columns, b.rows, null), open: opts.print,
        })),
        noFindings: rule.findings.length === 0,
        hasTrends: false, trendAnchor: safeId('trends', rule.id),
      };
      rv.hasTrends = rv.metrics.some((m) => m.trendSvg !== null);
      for (const f of rule.findings) {
        paragraph++;
        const m = f.metric ? rule.metrics[f.metric] : undefined;
        const limit = printLimit(f.evidence.length, opts);
        const fv: FindingView = {
          number: paragraph, anchor: safeId('finding', rule.id, f.id), severity: severityView(f.severity),
          title: f.title, message: f.message,
          measure: m ? `${m.label}: ${formatMetricValue(m)}` : '',
          threshold: m ? thresholdText(m) : '',
          england: m ? englandText(m) : '',
          affected: affectedText(f),
          evidenceSummary: `Evidence: ${plural(f.evidence.length, 'row')} (${affectedText(f)} affected)`,
          open: opts.print || f.evidence.length <= OPEN_EVIDENCE_ROWS,
          table: tableView(f.columns, limit === null ? f.evidence : f.evidence.slice(0, limit), opts.excerpts),
          printedNote: printedNote(rule.id, f.evidence.length, limit),
        };
        rv.findings.push(fv);
        improveItems.push({ f, order: paragraph, view: fv, rule: rv });
      }
      rules.push(rv);
      ruleViews.set(rule.id, rv);
    }
    const notRun = inArea.filter((r) => r.status !== 'ran').map(notRunView);
    const metrics = ran.flatMap((r) => Object.values(r.metrics));
    const findings = ran.flatMap((r) => r.findings);
    const children = new Set<string>();
    for (const f of findings) for (const e of f.evidence) if (typeof e.childId === 'string') children.add(e.childId);
    const red = metrics.filter((m) => m.rag === 'red').length;
    const amber = metrics.filter((m) => m.rag === 'amber').length;
    const green = metrics.filter((m) => m.rag === 'green').length;
    const high = findings.filter((f) => f.severity === 'high').length;
    const medium = findings.filter((f) => f.severity === 'medium').length;
    return {
      number: i + 1, id: area, anchor: safeId('area', area), title: AREA_TITLES[area],
      // An area no rule could measure is "not assessed", not green: silence is not assurance.
      rag: ragView(worstRag(metrics.map((m) => m.rag)), ran.every((r) => ruleOutcome(r) === 'not-assessed') ? OUTCOME_LABEL['not-assessed'] : 'Not measured'),
      counts: {
        rulesRan: ran.length, rulesNotRun: notRun.length, red, amber, green, high, medium, children: children.size,
        rulesText: `${ran.length} of ${inArea.length} ${inArea.length === 1 ? 'rule' : 'rules'} ran`,
        metricsText: `${red} red, ${amber} amber, ${green} green`,
        findingsText: `${high} high, ${medium} medium`,
      },
      rules, crossRefs, notRun, empty: ran.length === 0 && notRun.length === 0,
    };
  });
  // Cross-references for rules that also inform an area other than their home area.
  for (const area of areas) {
    for (const rule of result.rules) {
      if (rule.status !== 'ran' || !rule.area.includes(area.id) || homeArea(rule) === area.id) continue;
      const rv = ruleViews.get(rule.id);
      if (!rv) continue;
      const home = areas.find((a) => a.id === homeArea(rule))!;
      area.crossRefs.push({ anchor: rv.anchor, heading: rv.heading, firstParagraph: rv.findings[0]?.number ?? null, areaTitle: home.title });
    }
  }

  const improve = improveItems
    .filter((x) => x.f.severity === 'high' || x.f.severity === 'medium')
    .sort(byImportance)
    .map((x) => ({
      number: x.view.number, anchor: x.view.anchor, severity: x.view.severity, title: x.f.title, ruleHeading: x.rule.heading, message: x.f.message, affected: x.view.affected,
      worsening: worseningText(x.f.metric ? result.rules.find((r) => r.id === x.rule.id)?.metrics[x.f.metric] : undefined),
    }));

  const dq = result.dataQuality;
  const errors = dq.issues.filter((g) => !g.informational);
  return {
    marking: opts.marking,
    documentTitle: `Children's services case audit${result.council ? `: ${result.council}` : ''}`,
    council: result.council ?? 'Council not named (set "council" in caseaudit.config.json)',
    councilNamed: result.council !== null,
    asAtLong: longDate(result.asAt), asAtIso: result.asAt, asAtSource: result.asAtSource,
    periodText: `${longDate(result.period.start)} to ${longDate(result.period.end)} (${plural(result.period.months, 'month')})`,
    source: `${result.source.export} (${result.source.layout})`,
    version: result.tool.version,
    trendsLine: trendsLine(result),
    headline: areas, improve, areas,
    notRun: result.rules.filter((r) => r.status !== 'ran').map(notRunView),
    methodology: result.rules.filter((r) => r.status === 'ran').map((r) => ({
      id: r.id, title: r.title, areas: r.area.map((a) => AREA_TITLES[a]).join('; '), description: r.description, status: 'ran',
      options: Object.entries(r.options).map(([name, value]) => ({ name, value: optionValue(value) })),
    })),
    dq: {
      summary: `${plural(dq.rowsRead, 'row')} read from ${plural(dq.tables.filter((t) => t.status === 'loaded').length, 'table')}; ${plural(dq.rowsWithIssues, 'row')}${dq.rowsWithIssuesShare !== null ? ` (${pct(dq.rowsWithIssuesShare)})` : ''} with at least one data-quality error; ${countsText(errors.length, 'kind')} of error found.`,
      tables: dq.tables.map((t) => ({
        table: t.table, file: t.file ?? '', status: t.status === 'loaded' ? 'Loaded' : t.status === 'missing' ? 'Not in the export' : t.status === 'not-read' ? 'Not read: no rule selected for this audit uses it' : `Could not be loaded${t.error ? `: ${t.error}` : ''}`,
        rowsRead: String(t.rowsRead), rowsWithIssues: String(t.rowsWithIssues),
        notes: [t.encoding && t.encoding !== 'utf-8' ? `read as ${t.encoding}` : '', t.columnsIgnored.length ? `ignored columns: ${t.columnsIgnored.join(', ')}` : ''].filter(Boolean).join('; '),
      })),
      issues: dq.issues.map((g) => ({
        table: g.table, column: g.column || '(whole row or file)', title: g.title, kind: g.informational ? 'Note' : 'Error', count: String(g.count),
        examples: g.examples.map((e) => `${e.file}:${e.line}${e.columnIndex ? `:${e.columnIndex}` : ''}${e.value ? ` “${e.value}”` : ''}`),
      })),
      noIssues: dq.issues.length === 0,
    },
    print: opts.print,
    children: childrenView(result, opts.print),
    excerptsShown: opts.excerpts !== null,
    ci: (() => {
      const t = ciTables(result);
      const view = (x: CiTable): CiView => ({ anchor: safeId('ci', x.id), title: x.title, intro: x.intro, table: x.rows.length ? tableView(x.columns, x.rows, null) : null });
      return { before: t.before.map(view), after: t.after.map(view) };
    })(),
  };
}

export interface CiView { anchor: string; title: string; intro: string; table: TableView | null }
