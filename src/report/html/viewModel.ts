/**
 * The report's view model: everything the templates show, already worded and formatted, so the
 * Handlebars templates hold layout only. Built from the AuditResult alone (plus free-text
 * excerpts when allowed), so HTML and PDF can never disagree with JSON.
 */
import { pct, plural } from '../../engine/metrics.js';
import { type CiTable, ciTables } from '../ciTables.js';
import {
  AREAS,
  AREA_TITLES,
  SEVERITY_ORDER,
  type Area,
  type AuditResult,
  type Breakdown,
  type Finding,
  type RuleResult,
} from '../../engine/types.js';
import { formatMetricValue } from '../format.js';
import { NOT_ASSESSED_REASON, OUTCOME_LABEL, areaSummary, ruleOutcome, ruleRag } from '../../engine/status.js';
import { safeId } from './escape.js';
import { renderChart } from './svg.js';
import { childrenView } from './childrenView.js';
import { renderTrendChart } from './trendChart.js';
import { directionText, trendsLine, worseningText } from '../trend.js';
import { OPEN_EVIDENCE_ROWS, printLimit, printedNote, tableView } from './evidenceTable.js';
import {
  affectedText,
  countsText,
  englandText,
  longDate,
  optionValue,
  ragView,
  severityView,
  thresholdText,
} from './viewText.js';
import type {
  AreaView,
  CiView,
  CrossRefView,
  FindingView,
  NotRunView,
  ReportView,
  RuleView,
  ViewOptions,
} from './viewTypes.js';

// Shapes, wording and evidence tables have their own modules; re-exported for existing importers.
export type {
  AreaCounts,
  AreaView,
  BreakdownView,
  CellView,
  CiView,
  CrossRefView,
  DqIssueView,
  DqTableView,
  FindingView,
  ImproveView,
  MethodView,
  MetricView,
  NotRunView,
  RagView,
  ReportView,
  RuleView,
  TableView,
  ViewOptions,
} from './viewTypes.js';
export { OPEN_EVIDENCE_ROWS, tableView } from './evidenceTable.js';
export { longDate, ragView } from './viewText.js';

/** Ranking for "What needs to improve": severity, then how many are affected, then report order. */
function byImportance(a: { f: Finding; order: number }, b: { f: Finding; order: number }): number {
  return (
    SEVERITY_ORDER[b.f.severity] - SEVERITY_ORDER[a.f.severity] ||
    b.f.affected.count - a.f.affected.count ||
    a.order - b.order
  );
}

function notRunView(rule: RuleResult): NotRunView {
  return {
    id: rule.id,
    anchor: safeId('not-run', rule.id),
    title: rule.title,
    status: rule.status === 'error' ? 'Error' : 'Not run',
    reason: rule.reason ?? '',
    areas: rule.area.map((a) => AREA_TITLES[a]).join('; '),
  };
}

export function buildView(result: AuditResult, opts: ViewOptions): ReportView {
  let paragraph = 0;
  const improveItems: { f: Finding; order: number; view: FindingView; rule: RuleView }[] = [];
  const ruleViews = new Map<string, RuleView>();
  const homeArea = (r: RuleResult): Area => r.area[0] ?? 'leaders';

  // Number paragraphs in document order: areas in ILACS order, each rule in its first ("home") area.
  const areas: AreaView[] = AREAS.map((area, i) => {
    // Which rules report on the area, its colour and counts: one summary for every view (status.ts).
    const summary = areaSummary(result.rules, area);
    const { rules: inArea, ran } = summary;
    const rules: RuleView[] = [];
    const crossRefs: CrossRefView[] = [];
    for (const rule of ran) {
      if (homeArea(rule) !== area) continue;
      const ruleAnchor = safeId('rule', rule.id);
      const rag = ruleRag(rule);
      const outcome = ruleOutcome(rule);
      const rv: RuleView = {
        id: rule.id,
        anchor: ruleAnchor,
        // never the passing title for a rule that measured nothing
        heading:
          outcome === 'fail' ? rule.failTitle : outcome === 'pass' ? rule.passTitle : `${rule.title}: not assessed`,
        neutralTitle: rule.title,
        rag: ragView(rag, outcome === 'not-assessed' ? OUTCOME_LABEL['not-assessed'] : 'No threshold'),
        notAssessed: outcome === 'not-assessed' ? NOT_ASSESSED_REASON : '',
        metrics: Object.entries(rule.metrics).map(([id, m]) => ({
          // a measured value with no threshold is context, not an unmeasured one
          id,
          label: m.label,
          value: formatMetricValue(m),
          threshold: thresholdText(m),
          england: englandText(m),
          rag: ragView(m.rag, m.value === null ? 'Not measured' : 'No threshold'),
          note: m.note ?? '',
          trend: directionText(m),
          trendSvg: renderTrendChart(m, safeId('trend', rule.id, id), directionText(m)),
        })),
        limitations: rule.limitations,
        findings: [],
        breakdowns: rule.breakdowns.map((b: Breakdown) => ({
          anchor: safeId('breakdown', rule.id, b.id),
          title: b.title,
          svg: renderChart(b, rule.id),
          table: tableView(b.columns, b.rows, null),
          open: opts.print,
        })),
        noFindings: rule.findings.length === 0,
        hasTrends: false,
        trendAnchor: safeId('trends', rule.id),
      };
      rv.hasTrends = rv.metrics.some((m) => m.trendSvg !== null);
      for (const f of rule.findings) {
        paragraph++;
        const m = f.metric ? rule.metrics[f.metric] : undefined;
        const limit = printLimit(f.evidence.length, opts);
        const fv: FindingView = {
          number: paragraph,
          anchor: safeId('finding', rule.id, f.id),
          severity: severityView(f.severity),
          title: f.title,
          message: f.message,
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
    const { red, amber, green } = summary.measures;
    const { high, medium } = summary.findings;
    const children = new Set<string>();
    for (const f of ran.flatMap((r) => r.findings))
      for (const e of f.evidence) if (typeof e.childId === 'string') children.add(e.childId);
    return {
      number: i + 1,
      id: area,
      anchor: safeId('area', area),
      title: AREA_TITLES[area],
      // An area no rule could measure is "not assessed", not green: silence is not assurance.
      rag: ragView(summary.rag, summary.notAssessed ? OUTCOME_LABEL['not-assessed'] : 'Not measured'),
      counts: {
        rulesRan: ran.length,
        rulesNotRun: notRun.length,
        red,
        amber,
        green,
        high,
        medium,
        children: children.size,
        rulesText: `${ran.length} of ${inArea.length} ${inArea.length === 1 ? 'rule' : 'rules'} ran`,
        metricsText: `${red} red, ${amber} amber, ${green} green`,
        findingsText: `${high} high, ${medium} medium`,
      },
      rules,
      crossRefs,
      notRun,
      empty: ran.length === 0 && notRun.length === 0,
    };
  });
  // Cross-references for rules that also inform an area other than their home area.
  for (const area of areas) {
    for (const rule of result.rules) {
      if (rule.status !== 'ran' || !rule.area.includes(area.id) || homeArea(rule) === area.id) continue;
      const rv = ruleViews.get(rule.id);
      if (!rv) continue;
      const home = areas.find((a) => a.id === homeArea(rule))!;
      area.crossRefs.push({
        anchor: rv.anchor,
        heading: rv.heading,
        firstParagraph: rv.findings[0]?.number ?? null,
        areaTitle: home.title,
      });
    }
  }

  const improve = improveItems
    .filter((x) => x.f.severity === 'high' || x.f.severity === 'medium')
    .sort(byImportance)
    .map((x) => ({
      number: x.view.number,
      anchor: x.view.anchor,
      severity: x.view.severity,
      title: x.f.title,
      ruleHeading: x.rule.heading,
      message: x.f.message,
      affected: x.view.affected,
      worsening: worseningText(
        x.f.metric ? result.rules.find((r) => r.id === x.rule.id)?.metrics[x.f.metric] : undefined,
      ),
    }));

  const dq = result.dataQuality;
  const errors = dq.issues.filter((g) => !g.informational);
  return {
    marking: opts.marking,
    documentTitle: `Children's services case audit${result.council ? `: ${result.council}` : ''}`,
    council: result.council ?? 'Council not named (set "council" in caseaudit.config.json)',
    councilNamed: result.council !== null,
    asAtLong: longDate(result.asAt),
    asAtIso: result.asAt,
    asAtSource: result.asAtSource,
    asAtCaveat: result.asAtCaveat ?? '',
    periodText: `${longDate(result.period.start)} to ${longDate(result.period.end)} (${plural(result.period.months, 'month')})`,
    source: `${result.source.export} (${result.source.layout})`,
    version: result.tool.version,
    trendsLine: trendsLine(result),
    headline: areas,
    improve,
    areas,
    notRun: result.rules.filter((r) => r.status !== 'ran').map(notRunView),
    methodology: result.rules
      .filter((r) => r.status === 'ran')
      .map((r) => ({
        id: r.id,
        title: r.title,
        areas: r.area.map((a) => AREA_TITLES[a]).join('; '),
        description: r.description,
        status: 'ran',
        options: Object.entries(r.options).map(([name, value]) => ({ name, value: optionValue(value) })),
      })),
    dq: {
      summary: `${plural(dq.rowsRead, 'row')} read from ${plural(dq.tables.filter((t) => t.status === 'loaded').length, 'table')}; ${plural(dq.rowsWithIssues, 'row')}${dq.rowsWithIssuesShare !== null ? ` (${pct(dq.rowsWithIssuesShare)})` : ''} with at least one data-quality error; ${countsText(errors.length, 'kind')} of error found.`,
      tables: dq.tables.map((t) => ({
        table: t.table,
        file: t.file ?? '',
        status:
          t.status === 'loaded'
            ? 'Loaded'
            : t.status === 'missing'
              ? 'Not in the export'
              : t.status === 'not-read'
                ? 'Not read: no rule selected for this audit uses it'
                : `Could not be loaded${t.error ? `: ${t.error}` : ''}`,
        rowsRead: String(t.rowsRead),
        rowsWithIssues: String(t.rowsWithIssues),
        notes: [
          t.encoding && t.encoding !== 'utf-8' ? `read as ${t.encoding}` : '',
          t.columnsIgnored.length ? `ignored columns: ${t.columnsIgnored.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; '),
      })),
      issues: dq.issues.map((g) => ({
        table: g.table,
        column: g.column || '(whole row or file)',
        title: g.title,
        kind: g.informational ? 'Note' : 'Error',
        count: String(g.count),
        examples: g.examples.map(
          (e) => `${e.file}:${e.line}${e.columnIndex ? `:${e.columnIndex}` : ''}${e.value ? ` “${e.value}”` : ''}`,
        ),
      })),
      noIssues: dq.issues.length === 0,
    },
    print: opts.print,
    children: childrenView(result, opts.print),
    excerptsShown: opts.excerpts !== null,
    ci: (() => {
      const t = ciTables(result);
      const view = (x: CiTable): CiView => ({
        anchor: safeId('ci', x.id),
        title: x.title,
        intro: x.intro,
        table: x.rows.length ? tableView(x.columns, x.rows, null) : null,
      });
      return { before: t.before.map(view), after: t.after.map(view) };
    })(),
  };
}
